import type { ColumnType, Generated } from 'kysely';

// Kysely types of the dynamic-management tables (migration 20261123_0800).
type DateString = ColumnType<string, string, string>;
type Json<T = unknown> = ColumnType<T, string | undefined, string>;
type Id = Generated<number>;

export type AssistanceRecheckTable = {
  id: Id;
  province_code: string;
  division_id: number;
  household_id: number;
  recipient_id: number;
  programme: string;
  due_on: DateString | null;
  checked_on: DateString;
  outcome: string;
  interval_months: number;
  next_review_on: DateString;
  change_report_id: number | null;
  note: string | null;
  checked_by: number | null;
  created_at: Generated<Date>;
};

export type AssistanceChangeReportTable = {
  id: Id;
  province_code: string;
  division_id: number;
  household_id: number;
  recipient_id: number | null;
  source: string;
  kind: string;
  description: string;
  reported_on: DateString;
  review_due_on: DateString;
  status: Generated<string>;
  proposed_outcome: string | null;
  outcome: string | null;
  decision: Json | null;
  decided_on: DateString | null;
  decided_by: number | null;
  effective_month: DateString | null;
  publicity_first_day: DateString | null;
  publicity_last_day: DateString | null;
  publicity_next_step_from: DateString | null;
  publicity_location: string | null;
  dedupe_key: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
};

export type AmountRecalculationTable = {
  id: Id;
  province_code: string;
  division_id: number;
  from_month: DateString;
  until_month: DateString | null;
  parameter_id: number | null;
  recipients: number;
  changed: number;
  flagged: number;
  batches: number;
  elapsed_ms: number;
  run_by: number | null;
  run_at: Generated<Date>;
};

export type DynamicTables = {
  assistance_recheck: AssistanceRecheckTable;
  assistance_change_report: AssistanceChangeReportTable;
  amount_recalculation: AmountRecalculationTable;
};
