import type { ColumnType, Generated } from 'kysely';

// Kysely table types of the social-assistance module (snake_case, as in the migration).
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = ColumnType<string, string, string>;
type Json<T = unknown> = ColumnType<T, string | undefined, string>;
type Id = Generated<number>;

export type ImportBatchTable = {
  id: Id;
  province_code: string;
  division_id: number;
  kind: string;
  file_name: string;
  file_sha256: string;
  row_count: number;
  record_count: number;
  imported_by: number | null;
  imported_at: Generated<Date>;
};

export type HouseholdTable = {
  id: Id;
  province_code: string;
  division_id: number;
  area_type: string;
  address: string;
  hukou_address: string | null;
  residence_address: string | null;
  residence_permit: Generated<boolean>;
  separate_registration: Generated<boolean>;
  phone: string | null;
  head_member_id: number | null;
  status: Generated<string>;
  closed_reason: string | null;
  closed_on: DateString | null;
  source_key: string | null;
  import_batch_id: number | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type HouseholdMemberTable = {
  id: Id;
  province_code: string;
  household_id: number;
  division_id: number;
  citizen_id: string;
  name: string;
  sex: string;
  birth_date: DateString;
  relation: string;
  lives_together: Generated<boolean>;
  has_support_duty: boolean | null;
  exclusion: string | null;
  disability_category: string | null;
  disability_grade: number | null;
  disability_cert_no: string | null;
  has_major_illness: Generated<boolean>;
  labour_capacity: string | null;
  self_care_failed_items: ColumnType<string[], string[] | undefined, string[]>;
  care_mode: string | null;
  employment: string;
  student_stage: string | null;
  student_full_time: boolean | null;
  cannot_live_independently: Generated<boolean>;
  /** 拒绝就业 (migration 1100): null, 'no-valid-reason' or the accepted valid reason. */
  employment_refusal: string | null;
  valid_from: DateString;
  valid_to: DateString | null;
  end_reason: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type HouseholdObligorTable = {
  id: Id;
  province_code: string;
  household_id: number;
  division_id: number;
  supports_member_id: number | null;
  name: string;
  citizen_id: string | null;
  relation: string;
  birth_date: DateString;
  address: string | null;
  deceased: boolean;
  annual_income_fen: number;
  monthly_support_fen: number;
  financial_assets_fen: number;
  is_extreme_poverty: boolean;
  is_dibao: boolean;
  disability_category: string | null;
  disability_grade: number | null;
  no_civil_capacity: boolean;
  declared_missing: boolean;
  imprisoned: boolean;
  provincial_incapacity_case: string | null;
  valid_to: DateString | null;
  created_at: Generated<Date>;
};

export type IncomeItemTable = {
  id: Id;
  province_code: string;
  household_id: number;
  division_id: number;
  member_id: number;
  kind: string;
  month: string;
  amount_fen: number;
  withheld_fen: number;
  payer: string | null;
  source: Generated<string>;
  note: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
};

export type PropertyItemTable = {
  id: Id;
  province_code: string;
  household_id: number;
  division_id: number;
  owner_member_id: number;
  kind: string;
  vehicle_kind: string | null;
  value_fen: number | null;
  floor_area_m2: number | null;
  employs_others: boolean | null;
  exemption_reason: string | null;
  description: string | null;
  source: Generated<string>;
  created_by: number | null;
  created_at: Generated<Date>;
};

export type HouseholdChangeTable = {
  id: Id;
  province_code: string;
  household_id: number;
  division_id: number;
  kind: string;
  status: Generated<string>;
  payload: Json;
  reason: string;
  effective_on: DateString;
  related_household_id: number | null;
  result: Json | null;
  requested_by: number | null;
  requested_at: Generated<Date>;
  decided_by: number | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
};

export type AssistanceParameterTable = {
  id: Id;
  province_code: string;
  division_id: number;
  valid_from: DateString;
  valid_to: DateString | null;
  params: Json;
  note: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
};

export type AssistanceCountySettingTable = {
  division_id: number;
  province_code: string;
  delegate_approval: boolean;
  due_soon_working_days: number;
  updated_by: number | null;
  updated_at: Generated<Date>;
};

export type AssistanceApplicationTable = {
  id: Id;
  province_code: string;
  household_id: number;
  division_id: number;
  programme: string;
  channel: string;
  status: string;
  current_step: string;
  applicant_member_id: number;
  entrusted_by: string | null;
  applied_on: DateString;
  accepted_on: DateString | null;
  commitment_signed: boolean;
  authorisation_signed: boolean;
  missing_items: Json;
  special_case: boolean;
  separate_registration: boolean;
  spot_check_required: Generated<boolean>;
  investigation: Json | null;
  investigated_on: DateString | null;
  preliminary_opinion: string | null;
  preliminary_on: DateString | null;
  assessment: Json | null;
  eligible: boolean | null;
  submitted_to_county_on: DateString | null;
  county_checks: Json;
  decision: string | null;
  decided_on: DateString | null;
  decided_by: number | null;
  decision_level: string | null;
  amount_fen: number | null;
  payment_start_month: string | null;
  reasons: Json | null;
  refusal_reason: string | null;
  notice_due_on: DateString | null;
  notice_served_on: DateString | null;
  overall_due_on: DateString | null;
  parameter_id: number | null;
  /** 临时救助 先行救助 (migration 0900). */
  advance_amount_fen: number | null;
  advance_paid_on: DateString | null;
  advance_due_on: DateString | null;
  advance_completed_on: DateString | null;
  advance: Json | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

/** A signed 家庭经济状况核对授权书 of one person (member or statutory obligor), rules doc §6.1. */
export type VerificationAuthorisationTable = {
  id: Id;
  province_code: string;
  household_id: number;
  division_id: number;
  application_id: number | null;
  member_id: number | null;
  obligor_id: number | null;
  person_name: string;
  citizen_id: string | null;
  document_id: number | null;
  signer_name: string;
  signed_as: string;
  signed_on: DateString;
  departments: string[] | null;
  valid_until: DateString | null;
  source: Generated<string>;
  revoked_on: DateString | null;
  revoke_reason: string | null;
  revoked_by: number | null;
  created_by: number | null;
  created_at: Generated<Date>;
};

export type ApplicationDeadlineTable = {
  id: Id;
  province_code: string;
  application_id: number;
  division_id: number;
  code: string;
  level: string;
  label: string;
  triggered_on: DateString;
  due_on: DateString;
  completed_on: DateString | null;
  provisional: boolean;
  explanation: string;
};

export type ApplicationEventTable = {
  id: Id;
  province_code: string;
  application_id: number;
  division_id: number;
  action: string;
  from_status: string | null;
  to_status: string;
  on_date: DateString;
  at: Generated<Date>;
  actor_id: number | null;
  actor_name: string | null;
  note: string | null;
  data: Json | null;
};

export type DepartmentRecordTable = {
  id: Id;
  province_code: string;
  division_id: number;
  department: string;
  citizen_id: string;
  name: string;
  record_kind: string;
  amount_fen: number | null;
  description: string | null;
  data_date: DateString;
  import_batch_id: number | null;
  imported_at: Generated<Date>;
};

export type VerificationRequestTable = {
  id: Id;
  province_code: string;
  application_id: number;
  household_id: number;
  division_id: number;
  department: string;
  status: Generated<string>;
  member_ids: ColumnType<number[], number[], number[]>;
  requested_on: DateString;
  due_on: DateString;
  requested_by: number | null;
  responded_on: DateString | null;
  created_at: Generated<Date>;
};

export type VerificationResponseTable = {
  id: Id;
  province_code: string;
  request_id: number;
  application_id: number;
  division_id: number;
  department: string;
  adapter: string;
  result: string;
  findings: Json;
  differences: Json;
  responded_on: DateString;
  responded_by: number | null;
  at: Generated<Date>;
};

export type PublicityTable = {
  id: Id;
  province_code: string;
  application_id: number;
  division_id: number;
  first_day: DateString;
  last_day: DateString;
  next_step_from: DateString;
  location: string;
  status: Generated<string>;
  created_by: number | null;
  created_at: Generated<Date>;
};

export type PublicityObjectionTable = {
  id: Id;
  province_code: string;
  publicity_id: number;
  application_id: number;
  division_id: number;
  received_on: DateString;
  objector: string | null;
  content: string;
  status: Generated<string>;
  outcome: string | null;
  handling: string | null;
  democratic_review: Json | null;
  handled_on: DateString | null;
  handled_by: number | null;
  created_at: Generated<Date>;
};

export type CaseDocumentTable = {
  id: Id;
  province_code: string;
  division_id: number;
  household_id: number;
  application_id: number | null;
  kind: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: number | null;
  uploaded_at: Generated<Date>;
};

export type AssistanceRecipientTable = {
  id: Id;
  province_code: string;
  division_id: number;
  household_id: number;
  application_id: number | null;
  programme: string;
  unit: string;
  member_id: number | null;
  area_type: string;
  member_count: number;
  counted_income_fen: number;
  supplement_fen: number;
  care_tier: string | null;
  care_mode: string | null;
  start_month: DateString;
  end_month: DateString | null;
  status: Generated<string>;
  one_off_amount_fen: number | null;
  granted_on: DateString | null;
  next_review_on: DateString | null;
  import_batch_id: number | null;
  created_at: Generated<Date>;
};

export type AssistanceAmountPeriodTable = {
  id: Id;
  province_code: string;
  recipient_id: number;
  division_id: number;
  from_month: DateString;
  to_month: DateString | null;
  standard_fen: number;
  monthly_amount_fen: number;
  parameter_id: number | null;
  reason: string;
};

export type SocialAssistanceTables = {
  assistance_import_batch: ImportBatchTable;
  household: HouseholdTable;
  household_member: HouseholdMemberTable;
  household_obligor: HouseholdObligorTable;
  income_item: IncomeItemTable;
  property_item: PropertyItemTable;
  household_change: HouseholdChangeTable;
  assistance_parameter: AssistanceParameterTable;
  assistance_county_setting: AssistanceCountySettingTable;
  assistance_application: AssistanceApplicationTable;
  application_deadline: ApplicationDeadlineTable;
  application_event: ApplicationEventTable;
  department_record: DepartmentRecordTable;
  verification_request: VerificationRequestTable;
  verification_response: VerificationResponseTable;
  publicity: PublicityTable;
  publicity_objection: PublicityObjectionTable;
  case_document: CaseDocumentTable;
  verification_authorisation: VerificationAuthorisationTable;
  assistance_recipient: AssistanceRecipientTable;
  assistance_amount_period: AssistanceAmountPeriodTable;
};
