import { z } from 'zod';

import {
  AGGREGATION_METHODS,
  CASCADE_LINK_KINDS,
  COMPLETION_FLAGS,
  DIRECTIONS,
  INDICATOR_ATTRIBUTES,
  NUMERIC_COMPARATOR_KINDS,
  PLAN_LEVELS,
  PLAN_TABLE_KINDS,
  PROGRESS_STATUSES,
  SEED_DOCUMENT_KINDS,
  SOURCE_NOTE_KINDS,
  TARGET_SOURCES,
  TARGET_VERDICTS,
  TIME_PROGRESS_VERDICTS,
  VALUE_KINDS,
} from './monitoring.codes';

// Shapes shared by the plan register, the indicator rules and (later) the monitoring API.
// Schemas are Z<Name>; the inferred types are T<Name>.

export const ZYearValue = z.object({ year: z.number().int(), value: z.number() });
export type TYearValue = z.infer<typeof ZYearValue>;

// ---------------------------------------------------------------------------------------------
// Targets (comparators as data)

export const ZNumericTarget = z.object({
  kind: z.enum(NUMERIC_COMPARATOR_KINDS),
  value: z.number(),
  /** True when the source prints a bare number (「75」) and the comparator follows the direction. */
  isImplicit: z.boolean().optional(),
});
export const ZRangeTarget = z.object({
  kind: z.literal('range'),
  min: z.number().nullable(),
  max: z.number().nullable(),
  includesMin: z.boolean(),
  includesMax: z.boolean(),
});
export const ZCumulativeTarget = z.object({
  kind: z.literal('cumulative'),
  value: z.number(),
  /** First year whose flow counts towards the total. */
  fromYear: z.number().int(),
});
export const ZQualitativeTarget = z.object({
  kind: z.literal('qualitative'),
  description: z.string(),
});
export const ZRelativeGrowthTarget = z.object({
  kind: z.literal('relative_growth'),
  /** The reference series as printed, e.g. 「居民上年度人均消费支出增速」. */
  reference: z.string(),
  /** 1 for 「上年度」: the growth of year t is compared with the reference growth of year t − 1. */
  referenceLagYears: z.number().int().nonnegative(),
  /** Allowed shortfall in percentage points (0 = 「不低于」). */
  marginPoints: z.number().optional(),
});
export const ZIndicatorTarget = z.discriminatedUnion('kind', [
  ZNumericTarget,
  ZRangeTarget,
  ZCumulativeTarget,
  ZQualitativeTarget,
  ZRelativeGrowthTarget,
]);
export type TNumericTarget = z.infer<typeof ZNumericTarget>;
export type TRangeTarget = z.infer<typeof ZRangeTarget>;
export type TCumulativeTarget = z.infer<typeof ZCumulativeTarget>;
export type TQualitativeTarget = z.infer<typeof ZQualitativeTarget>;
export type TRelativeGrowthTarget = z.infer<typeof ZRelativeGrowthTarget>;
export type TIndicatorTarget = z.infer<typeof ZIndicatorTarget>;

// ---------------------------------------------------------------------------------------------
// Observations and verdicts

export const ZObservation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('value'), value: z.number() }),
  z.object({
    kind: z.literal('ratio'),
    numerator: z.number(),
    denominator: z.number(),
    /** 100 for %, 1000 for ‰ and 「每千名」, 100 for 「每百户」. */
    factor: z.number().positive(),
  }),
  /** Yearly flows, for cumulative targets. */
  z.object({ kind: z.literal('series'), points: z.array(ZYearValue) }),
  z.object({
    kind: z.literal('qualitative'),
    isAchieved: z.boolean(),
    evidence: z.string().optional(),
  }),
  /** Levels of the indicator's own series and of the reference series, by year. */
  z.object({
    kind: z.literal('growth_comparison'),
    own: z.array(ZYearValue),
    reference: z.array(ZYearValue),
  }),
]);
export type TObservation = z.infer<typeof ZObservation>;

export const ZTargetEvaluation = z.object({
  verdict: z.enum(TARGET_VERDICTS),
  /** The compared number (value, ratio value, cumulative sum or own growth in %), if any. */
  actual: z.number().nullable(),
  /** Chinese sentences with the numbers used. */
  reasons: z.array(z.string()),
});
export type TTargetEvaluation = z.infer<typeof ZTargetEvaluation>;

export const ZTimeProgress = z.object({
  verdict: z.enum(TIME_PROGRESS_VERDICTS).nullable(),
  baselineYear: z.number().int().nullable(),
  baselineValue: z.number().nullable(),
  /** `printed`: the plan's baseline; `substitute`: first observation (blank baseline). */
  baselineSource: z.enum(['printed', 'substitute', 'none']),
  expectedValue: z.number().nullable(),
  actualValue: z.number().nullable(),
  /** Share of the plan period elapsed, (t − t0)/(T − t0). */
  timeShare: z.number().nullable(),
  /** Share of the baseline-to-target distance covered, (yt − y0)/(yT − y0). */
  distanceShare: z.number().nullable(),
  /** distanceShare / timeShare (完成进度 ÷ 时间进度). */
  scheduleRatio: z.number().nullable(),
  reasons: z.array(z.string()),
});
export type TTimeProgress = z.infer<typeof ZTimeProgress>;

export const ZProgressMeasure = z.object({
  status: z.enum(PROGRESS_STATUSES),
  score: z.number().nullable(),
  progressValue: z.number().nullable(),
  method: z.union([z.literal(1), z.literal(2)]),
  isTargetAchieved: z.boolean(),
  baseYear: z.number().int().nullable(),
  baseValue: z.number().nullable(),
  currentYear: z.number().int().nullable(),
  currentValue: z.number().nullable(),
  sign: z.union([z.literal(1), z.literal(-1)]).nullable(),
  direction: z.union([z.literal(1), z.literal(-1)]),
  thresholds: z.object({
    high: z.number(),
    med: z.number(),
    low: z.number(),
    coefficient: z.number().optional(),
  }),
  warnings: z.array(z.string()),
});
export type TProgressMeasure = z.infer<typeof ZProgressMeasure>;

export const ZAggregate = z.object({
  method: z.enum(AGGREGATION_METHODS),
  /** Human-readable method string printed with the figure. */
  methodDescription: z.string(),
  value: z.number().nullable(),
  verdict: z.enum(['computed', 'not_applicable']),
  includedUnits: z.array(z.string()),
  /** Units that did not report: excluded from numerator and denominator. */
  missingUnits: z.array(z.string()),
  isPartial: z.boolean(),
});
export type TAggregate = z.infer<typeof ZAggregate>;

// ---------------------------------------------------------------------------------------------
// Plan register (loaded from the seed texts)

export const ZSourceNote = z.object({
  kind: z.enum(SOURCE_NOTE_KINDS),
  /** The exact text in the seed the note is about (occurs verbatim in the seed), if any. */
  printed: z.string().nullable(),
  message: z.string(),
});
export type TSourceNote = z.infer<typeof ZSourceNote>;

/** Text exactly as printed, and its display form (glosses removed, whitespace collapsed). */
export const ZPrintedText = z.object({ printed: z.string(), text: z.string() });
export type TPrintedText = z.infer<typeof ZPrintedText>;

/** A number cell as printed (「城市:13.5」, 「64%」, 「—」) and its parsed form. */
export const ZPrintedNumber = z.object({
  printed: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  /** Part of the population the value covers when printed (「城市」). */
  scope: z.string().nullable(),
  isBlank: z.boolean(),
});
export type TPrintedNumber = z.infer<typeof ZPrintedNumber>;

export const ZPlanTarget = z.object({
  year: z.number().int(),
  printed: z.string(),
  target: ZIndicatorTarget,
  unit: z.string().nullable(),
  source: z.enum(TARGET_SOURCES),
});
export type TPlanTarget = z.infer<typeof ZPlanTarget>;

export const ZCascadeLink = z.object({
  kind: z.enum(CASCADE_LINK_KINDS),
  /** National indicator codes this indicator implements (empty for local_only). */
  nationalCodes: z.array(z.string()),
  /** Grouping key for local-only concepts shared by several plans (e.g. 节地生态安葬率). */
  localConcept: z.string().nullable(),
  note: z.string().nullable(),
});
export type TCascadeLink = z.infer<typeof ZCascadeLink>;

export const ZPlanIndicator = z.object({
  code: z.string(),
  seedId: z.string(),
  tableId: z.string(),
  source: z.enum(TARGET_SOURCES),
  /** 1-based position in the table (or order in the prose). */
  position: z.number().int().positive(),
  /** Row number as printed (「13」); null when the row is unnumbered. */
  rowNumber: z.string().nullable(),
  category: ZPrintedText.nullable(),
  name: ZPrintedText,
  unit: z.string().nullable(),
  valueKind: z.enum(VALUE_KINDS),
  ratioFactor: z.number().nullable(),
  direction: z.enum(DIRECTIONS),
  attribute: z.enum(INDICATOR_ATTRIBUTES).nullable(),
  printedAttribute: z.string().nullable(),
  baselineYear: z.number().int().nullable(),
  baseline: ZPrintedNumber.nullable(),
  targets: z.array(ZPlanTarget),
  cascade: ZCascadeLink,
  notes: z.array(ZSourceNote),
});
export type TPlanIndicator = z.infer<typeof ZPlanIndicator>;

/** A row of a 十三五 completion table (2015 base or 2020 target, 2020 actual, 是否完成). */
export const ZCompletionRow = z.object({
  code: z.string(),
  seedId: z.string(),
  tableId: z.string(),
  position: z.number().int().positive(),
  rowNumber: z.string().nullable(),
  name: ZPrintedText,
  unit: z.string().nullable(),
  baseYear: z.number().int().nullable(),
  baseValue: ZPrintedNumber.nullable(),
  plannedValue: ZPrintedNumber.nullable(),
  actualValue: ZPrintedNumber,
  attribute: z.enum(INDICATOR_ATTRIBUTES).nullable(),
  printedAttribute: z.string().nullable(),
  completion: z.enum(COMPLETION_FLAGS).nullable(),
  printedCompletion: z.string().nullable(),
  notes: z.array(ZSourceNote),
});
export type TCompletionRow = z.infer<typeof ZCompletionRow>;

export const ZCountyAllocation = z.object({ county: z.string(), count: z.number() });
export type TCountyAllocation = z.infer<typeof ZCountyAllocation>;

export const ZMilestone = z.object({
  label: z.string(),
  printed: z.string(),
  value: z.number(),
  unit: z.string(),
});
export type TMilestone = z.infer<typeof ZMilestone>;

/** One printed line of a 专栏 detail cell, with what could be read from it. */
export const ZScheduleLine = z.object({
  printed: z.string(),
  /** 「到2021年底」 in the line, else the row's year. */
  year: z.number().int().nullable(),
  /** Counties named in the line, in order, without duplicates. */
  counties: z.array(z.string()),
  /** Per-county quantities (「文山市、马关县各建立2个」), as printed: duplicates kept. */
  allocations: z.array(ZCountyAllocation),
  /** 「小计10家」. */
  subtotal: ZPrintedNumber.nullable(),
  /** Numeric milestones (「墓区绿化率达30%」). */
  milestones: z.array(ZMilestone),
});
export type TScheduleLine = z.infer<typeof ZScheduleLine>;

/** A row of a 专栏 schedule box (a year of a programme, or a year × column of a grid). */
export const ZScheduleRow = z.object({
  boxId: z.string(),
  boxTitle: z.string(),
  rowNumber: z.string().nullable(),
  deadlinePrinted: z.string().nullable(),
  year: z.number().int().nullable(),
  column: z.string().nullable(),
  content: ZPrintedText.nullable(),
  quantity: ZPrintedNumber.nullable(),
  percent: ZPrintedNumber.nullable(),
  lines: z.array(ZScheduleLine),
  notes: z.array(ZSourceNote),
});
export type TScheduleRow = z.infer<typeof ZScheduleRow>;

export const ZPlanTable = z.object({
  tableId: z.string(),
  title: z.string().nullable(),
  kind: z.enum(PLAN_TABLE_KINDS),
  rowCount: z.number().int().nonnegative(),
});
export type TPlanTable = z.infer<typeof ZPlanTable>;

export const ZSeedPlan = z.object({
  seedId: z.string(),
  fileName: z.string(),
  level: z.enum(PLAN_LEVELS),
  /** GB/T 2260 code of the issuing division ('000000' for the national plan). */
  divisionCode: z.string(),
  divisionName: z.string(),
  documentKind: z.enum(SEED_DOCUMENT_KINDS),
  title: ZPrintedText.nullable(),
  issuer: ZPrintedText.nullable(),
  documentNumber: ZPrintedText.nullable(),
  /** ISO date (yyyy-mm-dd) with the text it was read from. */
  issuedOn: z.object({ printed: z.string(), date: z.string() }).nullable(),
  publishedOn: z.object({ printed: z.string(), date: z.string() }).nullable(),
  periodStartYear: z.number().int(),
  periodEndYear: z.number().int(),
  periodPrinted: z.string().nullable(),
  baseYear: z.number().int(),
  baseYearPrinted: z.string().nullable(),
  targetYear: z.number().int(),
  targetYearPrinted: z.string().nullable(),
  tables: z.array(ZPlanTable),
  indicators: z.array(ZPlanIndicator),
  completionRows: z.array(ZCompletionRow),
  schedules: z.array(ZScheduleRow),
  notes: z.array(ZSourceNote),
});
export type TSeedPlan = z.infer<typeof ZSeedPlan>;
