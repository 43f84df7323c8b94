import type { ColumnType, Generated } from 'kysely';

// Kysely table types of the monitoring module (snake_case, as in migration 20261123_0700_monitoring).
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = ColumnType<string, string, string>;
/** jsonb: read as T, written as a JSON string. */
type Json<T = unknown> = ColumnType<T, string, string>;
type Id = Generated<number>;

export type MonitoringPlanTable = {
  id: Id;
  seed_id: string;
  file_name: string;
  level: string;
  division_code: string;
  division_id: number | null;
  division_name: string;
  document_kind: string;
  title: string | null;
  title_printed: string | null;
  issuer: string | null;
  issuer_printed: string | null;
  document_number: string | null;
  issued_on: DateString | null;
  issued_on_printed: string | null;
  published_on: DateString | null;
  period_start_year: number;
  period_end_year: number;
  period_printed: string | null;
  base_year: number;
  target_year: number;
  tables: Json;
  notes: Json;
  loaded_at: Generated<Date>;
};

export type MonitoringPlanIndicatorTable = {
  id: Id;
  plan_id: number;
  code: string;
  table_id: string;
  source: string;
  position: number;
  row_number: string | null;
  category: string | null;
  category_printed: string | null;
  name: string;
  name_printed: string;
  unit: string | null;
  input_unit: string | null;
  unit_scale: number;
  value_kind: string;
  ratio_factor: number | null;
  direction: string;
  attribute: string | null;
  printed_attribute: string | null;
  aggregation_method: string;
  reporting_level: string;
  /** 'annual' | 'quarterly' (季报: verdicts per quarter too). */
  reporting_frequency: Generated<string>;
  baseline_year: number | null;
  baseline_value: number | null;
  baseline_printed: string | null;
  baseline: Json | null;
  comparator_kind: string;
  comparator: Json;
  target_year: number;
  target_value: number | null;
  target_printed: string;
  target_unit: string | null;
  targets: Json;
  notes: Json;
};

export type MonitoringInterimTargetTable = {
  plan_indicator_id: number;
  year: number;
  value: number | null;
  printed: string;
  target: Json;
};

export type MonitoringCascadeLinkTable = {
  id: Id;
  plan_indicator_id: number;
  kind: string;
  national_code: string | null;
  national_indicator_id: number | null;
  local_concept: string | null;
  note: string | null;
};

export type MonitoringCompletionRowTable = {
  id: Id;
  plan_id: number;
  code: string;
  table_id: string;
  position: number;
  row_number: string | null;
  name: string;
  name_printed: string;
  unit: string | null;
  base_year: number | null;
  base_printed: string | null;
  base_value: number | null;
  planned_printed: string | null;
  planned_value: number | null;
  actual_printed: string;
  actual_value: number | null;
  attribute: string | null;
  printed_attribute: string | null;
  completion: string | null;
  printed_completion: string | null;
  notes: Json;
};

export type MonitoringScheduleItemTable = {
  id: Id;
  plan_id: number;
  position: number;
  box_id: string;
  box_title: string;
  row_number: string | null;
  deadline_printed: string | null;
  year: number | null;
  column_name: string | null;
  content: string | null;
  content_printed: string | null;
  quantity: number | null;
  quantity_printed: string | null;
  percent: number | null;
  percent_printed: string | null;
  lines: Json;
  notes: Json;
};

export type MonitoringScheduleAllocationTable = {
  id: Id;
  schedule_item_id: number;
  line_index: number;
  position: number;
  year: number | null;
  county_name: string;
  division_id: number | null;
  count: number;
  printed: string;
};

export type MonitoringIndicatorValueTable = {
  id: Id;
  province_code: string;
  plan_indicator_id: number;
  division_id: number;
  year: number;
  quarter: Generated<number>;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  weight: number | null;
  denominator_weight: number | null;
  reference_value: number | null;
  source: string;
  note: string | null;
  entered_by: number | null;
  entered_at: Generated<Date>;
};

export type MonitoringSubmissionTable = {
  id: Id;
  province_code: string;
  plan_id: number;
  division_id: number;
  year: number;
  status: string;
  next_review_level: string | null;
  final_level: string;
  return_reason: string | null;
  submitted_by: number | null;
  submitted_at: Timestamp | null;
  last_actor_id: number | null;
  last_action_at: Generated<Date>;
};

export type MonitoringSubmissionEventTable = {
  id: Id;
  province_code: string;
  submission_id: number;
  action: string;
  from_status: string;
  to_status: string;
  review_level: string | null;
  reason: string | null;
  actor_id: number;
  at: Generated<Date>;
};

export type MonitoringDeviationNoteTable = {
  id: Id;
  province_code: string;
  plan_indicator_id: number;
  division_id: number;
  year: number;
  text: string;
  author_id: number | null;
  updated_at: Generated<Date>;
};

export type MonitoringVerdictTable = {
  province_code: string;
  plan_indicator_id: number;
  division_id: number;
  year: number;
  /** 0 = the whole year; 1–4 = at the end of that quarter. */
  quarter: Generated<number>;
  plan_id: number;
  value: number | null;
  expected_value: number | null;
  target_verdict: string;
  schedule_verdict: string | null;
  progress_status: string;
  progress_score: number | null;
  is_binding: boolean;
  is_lagging: boolean;
  has_demo: boolean;
  inputs: Json;
  result: Json;
  computed_at: Generated<Date>;
};

/** 时序进度 cut-offs of a plan; no row = the defaults (DEFAULT_CUT_OFFS). */
export type MonitoringPlanCutOffsTable = {
  plan_id: number;
  ahead_from: number;
  on_track_from: number;
  lagging_from: number;
  reason: string;
  updated_by: number | null;
  updated_at: Generated<Date>;
};

export type MonitoringTables = {
  monitoring_plan: MonitoringPlanTable;
  monitoring_plan_indicator: MonitoringPlanIndicatorTable;
  monitoring_interim_target: MonitoringInterimTargetTable;
  monitoring_cascade_link: MonitoringCascadeLinkTable;
  monitoring_completion_row: MonitoringCompletionRowTable;
  monitoring_schedule_item: MonitoringScheduleItemTable;
  monitoring_schedule_allocation: MonitoringScheduleAllocationTable;
  monitoring_indicator_value: MonitoringIndicatorValueTable;
  monitoring_submission: MonitoringSubmissionTable;
  monitoring_submission_event: MonitoringSubmissionEventTable;
  monitoring_deviation_note: MonitoringDeviationNoteTable;
  monitoring_verdict: MonitoringVerdictTable;
  monitoring_plan_cut_offs: MonitoringPlanCutOffsTable;
};
