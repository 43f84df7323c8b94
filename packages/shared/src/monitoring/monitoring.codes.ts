import type { DivisionLevel } from '../core/divisions';

// Closed value sets of plan monitoring (规划实施监测评估). Each set is an `as const` array, the
// union derived from it, and a Chinese label map that must cover every member.

/** Administrative level of the issuing government (规划层级). */
export const PLAN_LEVELS = ['national', 'provincial', 'prefecture', 'county'] as const;
export type PlanLevel = (typeof PLAN_LEVELS)[number];
export const PLAN_LEVEL_LABELS = {
  national: '国家级',
  provincial: '省级',
  prefecture: '地市级',
  county: '县级',
} as const satisfies Record<PlanLevel, string>;

/** The division level (core/divisions) of the government that issues a plan of each level. */
export const PLAN_LEVEL_DIVISION_LEVELS = {
  national: 'nation',
  provincial: 'province',
  prefecture: 'prefecture',
  county: 'county',
} as const satisfies Record<PlanLevel, DivisionLevel>;

/** 指标属性: binding 约束性 / expected 预期性. */
export const INDICATOR_ATTRIBUTES = ['binding', 'expected'] as const;
export type IndicatorAttribute = (typeof INDICATOR_ATTRIBUTES)[number];
export const INDICATOR_ATTRIBUTE_LABELS = {
  binding: '约束性',
  expected: '预期性',
} as const satisfies Record<IndicatorAttribute, string>;

/**
 * How a target value is compared with the observed value.
 * - `gte` ≥, `gt` >, `eq` =, `lte` ≤, `lt` <: numeric comparisons as printed with a symbol
 *   (a bare number such as 「75」 is read as `gte`/`lte` with `isImplicit`).
 * - `at_least`: 「以上」「不低于」「不少于」, inclusive; evaluates like `gte`, kept apart so the printed
 *   wording survives.
 * - `range`: a band (「保持在…以内」, 「…至…」).
 * - `cumulative`: a sum of yearly flows since a start year (「累计新增…」).
 * - `qualitative`: a stated state of affairs (「基本建立」).
 * - `relative_growth`: this series' year-on-year growth compared with another series' growth
 *   of an earlier year (「不低于居民上年度人均消费支出增速」).
 */
export const COMPARATOR_KINDS = [
  'gte',
  'gt',
  'eq',
  'lte',
  'lt',
  'at_least',
  'range',
  'cumulative',
  'qualitative',
  'relative_growth',
] as const;
export type ComparatorKind = (typeof COMPARATOR_KINDS)[number];
export const COMPARATOR_KIND_LABELS = {
  gte: '不小于（≥）',
  gt: '大于（>）',
  eq: '等于（=）',
  lte: '不大于（≤）',
  lt: '小于（<）',
  at_least: '以上（不低于）',
  range: '区间',
  cumulative: '累计',
  qualitative: '定性',
  relative_growth: '不低于参照指标上年度增速',
} as const satisfies Record<ComparatorKind, string>;

/** Comparators that compare one number with one threshold. */
export const NUMERIC_COMPARATOR_KINDS = ['gte', 'gt', 'eq', 'lte', 'lt', 'at_least'] as const;
export type NumericComparatorKind = (typeof NUMERIC_COMPARATOR_KINDS)[number];
export const NUMERIC_COMPARATOR_SYMBOLS = {
  gte: '≥',
  gt: '>',
  eq: '=',
  lte: '≤',
  lt: '<',
  at_least: '≥',
} as const satisfies Record<NumericComparatorKind, string>;

/** Desired direction of change (指标方向). */
export const DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABELS = {
  increase: '提高',
  decrease: '降低',
  maintain: '保持',
} as const satisfies Record<Direction, string>;

/**
 * What the indicator value is made of.
 * - `count`: a number of things or people (aggregates by sum).
 * - `ratio`: numerator / denominator × factor (%, ‰, per 100 households; aggregates Σnum/Σden).
 * - `level`: an amount or standard such as 低保标准 (aggregates by a weighted mean).
 * - `qualitative`: achieved / not achieved.
 */
export const VALUE_KINDS = ['count', 'ratio', 'level', 'qualitative'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];
export const VALUE_KIND_LABELS = {
  count: '数量',
  ratio: '比率',
  level: '水平（标准、金额）',
  qualitative: '定性',
} as const satisfies Record<ValueKind, string>;

/** How a local indicator relates to a national one (上下级指标衔接). */
export const CASCADE_LINK_KINDS = ['same', 'decomposed', 'proxy', 'local_only'] as const;
export type CascadeLinkKind = (typeof CASCADE_LINK_KINDS)[number];
export const CASCADE_LINK_KIND_LABELS = {
  same: '同一指标',
  decomposed: '分解落实',
  proxy: '替代指标',
  local_only: '地方特色指标',
} as const satisfies Record<CascadeLinkKind, string>;

/** Verdict of a target test (目标达成判定). */
export const TARGET_VERDICTS = ['met', 'not_met', 'pending', 'not_applicable'] as const;
export type TargetVerdict = (typeof TARGET_VERDICTS)[number];
export const TARGET_VERDICT_LABELS = {
  met: '已达标',
  not_met: '未达标',
  pending: '待评估',
  not_applicable: '不适用',
} as const satisfies Record<TargetVerdict, string>;

/** Verdict of the time-elapsed schedule test (时序进度). */
export const TIME_PROGRESS_VERDICTS = ['ahead', 'on_track', 'lagging', 'seriously_lagging'] as const;
export type TimeProgressVerdict = (typeof TIME_PROGRESS_VERDICTS)[number];
export const TIME_PROGRESS_VERDICT_LABELS = {
  ahead: '超额完成',
  on_track: '进度正常',
  lagging: '滞后',
  seriously_lagging: '严重滞后',
} as const satisfies Record<TimeProgressVerdict, string>;

/** Statuses of the Open SDG / Statistics Canada progress measure. */
export const PROGRESS_STATUSES = [
  'target_achieved',
  'substantial_progress',
  'moderate_progress',
  'limited_progress',
  'deterioration',
  'not_available',
] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
export const PROGRESS_STATUS_LABELS = {
  target_achieved: '已实现目标',
  substantial_progress: '进展显著',
  moderate_progress: '有进展但需加快',
  limited_progress: '进展有限',
  deterioration: '出现倒退',
  not_available: '无法评估',
} as const satisfies Record<ProgressStatus, string>;

/** How values of lower units are combined into a higher unit (汇总方法). */
export const AGGREGATION_METHODS = ['sum', 'ratio_of_sums', 'recipient_weighted_mean', 'simple_mean'] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];
export const AGGREGATION_METHOD_LABELS = {
  sum: '求和',
  ratio_of_sums: '分子、分母分别求和后相除',
  recipient_weighted_mean: '按保障人数加权平均',
  simple_mean: '简单算术平均',
} as const satisfies Record<AggregationMethod, string>;

/** 「是否完成」 column of a 十三五 completion table. */
export const COMPLETION_FLAGS = ['completed', 'not_completed', 'not_stated'] as const;
export type CompletionFlag = (typeof COMPLETION_FLAGS)[number];
export const COMPLETION_FLAG_LABELS = {
  completed: '完成',
  not_completed: '未完成',
  not_stated: '未填写',
} as const satisfies Record<CompletionFlag, string>;

/** What kind of document a seed file is. */
export const SEED_DOCUMENT_KINDS = ['plan_full_text', 'plan_summary', 'policy_interpretation', 'plan_truncated'] as const;
export type SeedDocumentKind = (typeof SEED_DOCUMENT_KINDS)[number];
export const SEED_DOCUMENT_KIND_LABELS = {
  plan_full_text: '规划全文',
  plan_summary: '规划摘要',
  policy_interpretation: '政策解读',
  plan_truncated: '规划全文（文本不完整）',
} as const satisfies Record<SeedDocumentKind, string>;

/** Kinds of table (or table-like passage) a plan register entry was read from. */
export const PLAN_TABLE_KINDS = [
  'fourteenth_indicators',
  'thirteenth_completion',
  'prose_targets',
  'narrative_targets',
  'schedule',
] as const;
export type PlanTableKind = (typeof PLAN_TABLE_KINDS)[number];
export const PLAN_TABLE_KIND_LABELS = {
  fourteenth_indicators: '“十四五”主要指标表',
  thirteenth_completion: '“十三五”指标完成情况表',
  prose_targets: '目标表述',
  narrative_targets: '正文目标',
  schedule: '专栏推进计划',
} as const satisfies Record<PlanTableKind, string>;

/** Where in the document a target was read. */
export const TARGET_SOURCES = ['table', 'prose', 'narrative'] as const;
export type TargetSource = (typeof TARGET_SOURCES)[number];
export const TARGET_SOURCE_LABELS = {
  table: '指标表',
  prose: '目标表述',
  narrative: '正文',
} as const satisfies Record<TargetSource, string>;

/** Kinds of source oddity kept visible next to the loaded value (原文问题). */
export const SOURCE_NOTE_KINDS = [
  'attribute_as_printed',
  'attribute_not_stated',
  'unit_inconsistency',
  'value_inconsistency',
  'unit_as_printed',
  'region_as_printed',
  'blank_baseline',
  'partial_baseline',
  'no_baseline_column',
  'flattened_split',
  'ambiguous_split',
  'single_value_row',
  'chunk_marker_inside',
  'unnumbered_row',
  'duplicate_entry',
  'deadline_as_printed',
  'missing_cell',
  'pinyin_gloss',
  'mixed_script',
  'garbled_text',
  'truncated_document',
  'summary_document',
  'narrative_differs',
  'narrative_confirms',
  'numbering_as_printed',
  'implicit_comparator',
  'target_year_not_stated',
] as const;
export type SourceNoteKind = (typeof SOURCE_NOTE_KINDS)[number];
export const SOURCE_NOTE_KIND_LABELS = {
  attribute_as_printed: '属性原文有误',
  attribute_not_stated: '未标注属性',
  unit_inconsistency: '单位前后不一致',
  value_inconsistency: '数值前后不一致',
  unit_as_printed: '单位原文有误',
  region_as_printed: '地域表述有误',
  blank_baseline: '基期值空缺',
  partial_baseline: '基期值口径不全',
  no_baseline_column: '无基期值栏',
  flattened_split: '表格被拉平，数值经拆分',
  ambiguous_split: '拆分存在歧义',
  single_value_row: '单值行按目标值读取',
  chunk_marker_inside: '分页标记插入文中',
  unnumbered_row: '未编号行',
  duplicate_entry: '重复列名',
  deadline_as_printed: '完成时间原文有误',
  missing_cell: '单元格缺失',
  pinyin_gloss: '含拼音注音',
  mixed_script: '繁简混用',
  garbled_text: '文字乱码',
  truncated_document: '文本不完整',
  summary_document: '仅为摘要',
  narrative_differs: '与正文表述不一致',
  narrative_confirms: '正文印证',
  numbering_as_printed: '编号原文有误',
  implicit_comparator: '未标比较符',
  target_year_not_stated: '未写目标年份',
} as const satisfies Record<SourceNoteKind, string>;
