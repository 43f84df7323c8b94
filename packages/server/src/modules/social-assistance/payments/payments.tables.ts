import type { ColumnType, Generated } from 'kysely';

// Kysely types of the payment tables (migration 20261123_0800).
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = ColumnType<string, string, string>;
type Id = Generated<number>;

export type HouseholdPaymentAccountTable = {
  id: Id;
  province_code: string;
  household_id: number;
  division_id: number;
  member_id: number;
  account_name: string;
  account_no: string;
  bank_name: string;
  valid_from: DateString;
  valid_to: DateString | null;
  created_by: number | null;
  created_at: Generated<Date>;
};

export type PaymentSuspensionTable = {
  id: Id;
  province_code: string;
  household_id: number;
  division_id: number;
  recipient_id: number | null;
  from_month: DateString;
  to_month: DateString | null;
  reason: string;
  created_by: number | null;
  created_at: Generated<Date>;
  lifted_on: DateString | null;
  lifted_by: number | null;
  lift_reason: string | null;
};

export type PaymentRollTable = {
  id: Id;
  province_code: string;
  division_id: number;
  month: DateString;
  status: Generated<string>;
  line_count: Generated<number>;
  total_fen: Generated<number>;
  arrears_line_count: Generated<number>;
  arrears_fen: Generated<number>;
  suspended_count: Generated<number>;
  missing_account_count: Generated<number>;
  digest: string | null;
  frozen_digest: string | null;
  generation_count: Generated<number>;
  generated_at: Timestamp | null;
  generated_by: number | null;
  approved_at: Timestamp | null;
  approved_by: number | null;
  exported_at: Timestamp | null;
  exported_by: number | null;
  export_count: Generated<number>;
  reconciled_at: Timestamp | null;
  created_at: Generated<Date>;
};

export type PaymentLineTable = {
  id: Id;
  province_code: string;
  roll_id: number;
  division_id: number;
  household_id: number;
  recipient_id: number;
  programme: string;
  kind: string;
  arrears_id: number | null;
  service_month: DateString;
  payee_member_id: number | null;
  account_name: string | null;
  account_no: string | null;
  bank_name: string | null;
  citizen_id: string | null;
  amount_fen: number;
  gradual_exit: Generated<boolean>;
  memo: string;
  status: Generated<string>;
  result_note: string | null;
  result_on: DateString | null;
};

export type PaymentArrearsTable = {
  id: Id;
  province_code: string;
  county_id: number;
  division_id: number;
  household_id: number;
  recipient_id: number;
  programme: string;
  source_roll_id: number;
  source_line_id: number;
  source_month: DateString;
  service_month: DateString;
  amount_fen: number;
  reason: string;
  status: Generated<string>;
  settled_line_id: number | null;
  settled_roll_id: number | null;
  created_at: Generated<Date>;
};

export type PaymentTables = {
  household_payment_account: HouseholdPaymentAccountTable;
  payment_suspension: PaymentSuspensionTable;
  payment_roll: PaymentRollTable;
  payment_line: PaymentLineTable;
  payment_arrears: PaymentArrearsTable;
};
