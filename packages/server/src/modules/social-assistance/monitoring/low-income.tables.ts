import type { ColumnType, Generated } from 'kysely';

// Kysely types of the low-income dynamic-monitoring tables (migration 20261123_0800).
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = ColumnType<string, string, string>;
type Json<T = unknown> = ColumnType<T, string | undefined, string>;
type Id = Generated<number>;

export type LowIncomeFlagTable = {
  id: Id;
  province_code: string;
  division_id: number;
  household_id: number;
  category: string;
  reason: string;
  valid_from: DateString;
  valid_to: DateString | null;
  created_by: number | null;
  created_at: Generated<Date>;
};

export type LowIncomeThresholdTable = {
  division_id: number;
  province_code: string;
  config: Json;
  handling_working_days: number;
  updated_by: number | null;
  updated_at: Generated<Date>;
};

export type DepartmentEventBatchTable = {
  id: Id;
  province_code: string;
  division_id: number;
  file_name: string;
  file_sha256: string;
  row_count: number;
  matched_count: Generated<number>;
  imported_by: number | null;
  imported_at: Generated<Date>;
};

export type DepartmentEventTable = {
  id: Id;
  province_code: string;
  division_id: number;
  batch_id: number;
  row_number: number;
  department: string;
  kind: string;
  citizen_id: string;
  name: string;
  occurred_on: DateString;
  amount_fen: number | null;
  disability_category: string | null;
  disability_grade: number | null;
  diagnosis: string | null;
  on_local_list: boolean | null;
  student_stage: string | null;
  description: string | null;
  household_id: number | null;
  member_id: number | null;
  household_division_id: number | null;
  evaluated_at: Timestamp | null;
};

export type LowIncomeEvaluationTable = {
  id: Id;
  province_code: string;
  division_id: number;
  as_of: DateString;
  households: number;
  events: number;
  warnings: number;
  run_by: number | null;
  run_at: Generated<Date>;
};

export type LowIncomeWarningTable = {
  id: Id;
  province_code: string;
  division_id: number;
  household_id: number;
  member_id: number | null;
  code: string;
  dedupe_key: string;
  triggered_on: DateString;
  rule_due_on: DateString | null;
  raised_on: DateString;
  due_on: DateString;
  suggested_action: string;
  reasons: Json;
  status: Generated<string>;
  outcome: string | null;
  outcome_note: string | null;
  referred_to: string | null;
  handled_on: DateString | null;
  handled_by: number | null;
  evaluation_id: number | null;
  created_at: Generated<Date>;
};

export type LowIncomeMonitoringTables = {
  low_income_flag: LowIncomeFlagTable;
  low_income_threshold: LowIncomeThresholdTable;
  department_event_batch: DepartmentEventBatchTable;
  department_event: DepartmentEventTable;
  low_income_evaluation: LowIncomeEvaluationTable;
  low_income_warning: LowIncomeWarningTable;
};
