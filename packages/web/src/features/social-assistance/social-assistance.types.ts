import type {
  TCaseAuthorisation,
  TCaseDeadline,
  TCaseDetail,
  TCaseDocument,
  TCaseObjection,
  TCasePublicity,
  TCaseVerificationRequest,
  TCaseVerificationResponse,
  THouseholdSummary,
  TMemberView,
  TTaskItem,
} from '@mz/shared';

// Response shapes of the server's social-assistance module that the shared contracts do not spell
// out. Written down as the server returns them: the registry answers in camelCase at the top level
// with database rows (snake_case) for items; the case file is the shared contract TCaseDetail.

export type { THouseholdSummary, TMemberView, TTaskItem };

export type IncomeItemRow = {
  id: number;
  member_id: number;
  kind: string;
  month: string;
  amount_fen: number;
  withheld_fen: number;
  payer: string | null;
  source: string;
  note: string | null;
};

export type PropertyItemRow = {
  id: number;
  owner_member_id: number;
  kind: string;
  vehicle_kind: string | null;
  value_fen: number | null;
  floor_area_m2: number | string | null;
  employs_others: boolean | null;
  exemption_reason: string | null;
  description: string | null;
  source: string;
};

export type ObligorRow = {
  id: number;
  supports_member_id: number | null;
  name: string;
  citizen_id: string | null;
  relation: string;
  birth_date: string;
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
};

export type HouseholdChangeRow = {
  id: number;
  kind: string;
  status: string;
  payload: Record<string, unknown>;
  reason: string;
  effective_on: string;
  related_household_id: number | null;
  result: unknown;
  requested_by: number;
  requested_at: string;
  decided_by: number | null;
  decided_at: string | null;
  decision_note: string | null;
};

export type RecipientRow = {
  id: number;
  application_id: number | null;
  programme: string;
  unit: string;
  member_id: number | null;
  member_count: number;
  start_month: string;
  end_month: string | null;
  status: string;
  one_off_amount_fen: number | null;
  next_review_on: string | null;
};

export type HouseholdApplicationRef = {
  id: number;
  programme: string;
  status: string;
  applied_on: string;
  decided_on: string | null;
  decision: string | null;
  amount_fen: number | null;
};

export type THouseholdDetail = {
  id: number;
  version: number;
  divisionId: number;
  divisionName: string;
  divisionCode: string;
  areaType: string;
  address: string;
  hukouAddress: string | null;
  residenceAddress: string | null;
  residencePermit: boolean;
  separateRegistration: boolean;
  phone: string | null;
  status: string;
  closedReason: string | null;
  headMemberId: number | null;
  members: TMemberView[];
  formerMembers: TMemberView[];
  obligors: ObligorRow[];
  incomeItems: IncomeItemRow[];
  propertyItems: PropertyItemRow[];
  changes: HouseholdChangeRow[];
  recipients: RecipientRow[];
  applications: HouseholdApplicationRef[];
};

export type TPersonalData = {
  householdId: number;
  members: { id: number; name: string; citizenId: string; validTo: string | null }[];
  obligors: { id: number; name: string; citizenId: string | null }[];
};

export type ApplicationListItem = {
  id: number;
  household_id: number;
  division_id: number;
  division_name: string;
  programme: string;
  channel: string;
  status: string;
  current_step: string;
  applied_on: string;
  decided_on: string | null;
  decision: string | null;
  amount_fen: number | null;
  overall_due_on: string | null;
  applicant_name: string | null;
};

export type MissingItem = { item: string; notifiedOn: string; receivedOn: string | null };

export type InvestigationRecord = {
  on: string;
  investigators: string[];
  homeVisit: { visitedOn: string; membersPresent: string[]; findings: string };
  neighbourVisits?: string;
  note?: string;
};

export type CountyCheckRecord = { on: string; kind: string; investigators: string[]; findings: string; by: number };

export type ReasonEffect = 'pass' | 'fail' | 'info';

export type DecisionReason = {
  code: string;
  section: string;
  basis: string;
  effect: ReasonEffect;
  message: string;
  inputs: Record<string, unknown>;
};

export type Assessment = {
  programme: string;
  asOf: string;
  parameterId: number;
  eligible: boolean;
  amountFen: number;
  paymentStartMonth: string | null;
  approvalLevel: string | null;
  outcome: string;
  reasons: DecisionReason[];
};

export type ApplicationEvent = TCaseDetail['events'][number];

export type DeadlineStatus = TCaseDeadline['status'];
export type CaseDeadline = TCaseDeadline;

export type VerificationFinding = {
  memberId: number;
  name: string;
  citizenIdMasked: string;
  recordKind: string;
  amountFen: number | null;
  description: string | null;
  dataDate: string;
  source: string;
};

export type VerificationDifference = Record<string, unknown> & { message?: string };

export type VerificationResponseRow = Omit<TCaseVerificationResponse, 'findings' | 'differences'> & {
  findings: VerificationFinding[];
  differences: VerificationDifference[];
};

export type VerificationRequestRow = Omit<TCaseVerificationRequest, 'responses'> & { responses: VerificationResponseRow[] };

export type ObjectionRow = TCaseObjection;
export type PublicityRow = TCasePublicity;
export type CaseDocumentRow = TCaseDocument;
export type AuthorisationRow = TCaseAuthorisation;

/** The case file (shared contract TCaseDetail) with the rule-written JSON parts narrowed for display. */
export type ApplicationDetail = Omit<TCaseDetail, 'investigation' | 'assessment' | 'countyChecks' | 'reasons' | 'verifications'> & {
  investigation: InvestigationRecord | null;
  assessment: Assessment | null;
  countyChecks: CountyCheckRecord[];
  reasons: DecisionReason[] | null;
  verifications: VerificationRequestRow[];
};

export type TaskPage = {
  asOf: string;
  dueSoonWorkingDays: number;
  items: TTaskItem[];
  total: number;
  page: number;
  pageSize: number;
};

export type PublicityListItem = {
  id: number;
  application_id: number;
  first_day: string;
  last_day: string;
  location: string;
  status: string;
  division_name: string;
  programme: string;
  preliminary_opinion: string | null;
  applicant_name: string | null;
  amount_fen: number | null;
  member_count: number;
};

export type PublicityList = { asOf: string; items: PublicityListItem[] };

export type ImportResult = {
  batchId: number;
  sha256: string;
  rows: number;
  elapsedMs: number;
  [count: string]: number | string;
};

export type PaymentLine = {
  id: number;
  divisionId: number;
  divisionName: string;
  householdId: number;
  recipientId: number;
  programme: string;
  kind: string;
  serviceMonth: string;
  accountName: string | null;
  accountNo: string | null;
  bankName: string | null;
  citizenId: string | null;
  amountFen: number;
  gradualExit: boolean;
  memo: string;
  status: string;
  resultNote: string | null;
  resultOn: string | null;
};

export type BankResultImport = Record<string, unknown>;

export type CountySettingView = { divisionId: number; delegateApproval: boolean; dueSoonWorkingDays: number };

export type PaymentAccountView = {
  id: number;
  memberId: number;
  accountName: string;
  /** Masked by the server. */
  accountNo: string;
  bankName: string;
  validFrom: string;
  validTo: string | null;
};

export type PaymentAccountList = { householdId: number; items: PaymentAccountView[] };

export type WarningView = {
  id: number;
  divisionId: number;
  divisionName: string;
  householdId: number;
  memberId: number | null;
  memberName: string | null;
  code: string;
  triggeredOn: string;
  ruleDueOn: string | null;
  raisedOn: string;
  dueOn: string;
  suggestedAction: string | null;
  reasons: DecisionReason[] | null;
  status: 'open' | 'closed';
  outcome: string | null;
  outcomeNote: string | null;
  referredTo: string | null;
  handledOn: string | null;
  deadline: { status: DeadlineStatus; remainingWorkingDays: number; overdueWorkingDays: number };
};

export type WarningPage = { asOf: string; total: number; page: number; pageSize: number; items: WarningView[] };

export type WarningEvaluation = {
  evaluationId: number;
  asOf: string;
  households: number;
  events: number;
  warnings: number;
  byCode: Record<string, number>;
};
