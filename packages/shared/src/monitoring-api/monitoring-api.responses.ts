import { z } from 'zod';

import { DIVISION_LEVELS } from '../core/divisions';
import {
  AGGREGATION_METHODS,
  INDICATOR_ATTRIBUTES,
  PLAN_LEVELS,
  PROGRESS_STATUSES,
  TARGET_VERDICTS,
  TIME_PROGRESS_VERDICTS,
  VALUE_KINDS,
} from '../monitoring/monitoring.codes';
import { ZIndicatorTarget } from '../monitoring/monitoring.contract';
import {
  REPORTING_FREQUENCIES,
  REVIEW_LEVELS,
  SUBMISSION_STATUSES,
  VALUE_INPUT_FIELDS,
  VALUE_SOURCES,
  ZTimeProgressCutOffs,
} from './monitoring-api.contract';

// Response shapes of /api/monitoring/…: the server returns exactly these (its services are typed
// with them, and a DB test parses a real response of every route), the web imports them.

const nullableNumber = z.number().nullable();
const isoDateTime = z.string();

export const ZMonitoringDivisionRef = z.object({ id: z.number(), code: z.string(), name: z.string(), level: z.enum(DIVISION_LEVELS) });
export type TMonitoringDivisionRef = z.infer<typeof ZMonitoringDivisionRef>;

export const ZMonitoringPlanSummary = z.object({
  id: z.number(),
  seedId: z.string(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  level: z.enum(PLAN_LEVELS),
  division: z.object({ id: z.number().nullable(), code: z.string(), name: z.string() }),
  periodStartYear: z.number(),
  periodEndYear: z.number(),
  baseYear: z.number(),
  targetYear: z.number(),
  indicatorCount: z.number(),
  bindingCount: z.number(),
});
export type TMonitoringPlanSummary = z.infer<typeof ZMonitoringPlanSummary>;
export const ZMonitoringPlanList = z.array(ZMonitoringPlanSummary);

export const ZVerdictSummary = z.object({
  year: z.number(),
  /** 0 = the whole year; 1–4 = the verdict at the end of that quarter (季报 indicators). */
  quarter: z.number().int().min(0).max(4),
  value: nullableNumber,
  targetVerdict: z.enum(TARGET_VERDICTS),
  scheduleVerdict: z.enum(TIME_PROGRESS_VERDICTS).nullable(),
  progressStatus: z.enum(PROGRESS_STATUSES),
  expectedValue: nullableNumber,
  isLagging: z.boolean(),
  reasons: z.array(z.string()),
});
export type TVerdictSummary = z.infer<typeof ZVerdictSummary>;

export const ZOverviewIndicator = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  attribute: z.enum(INDICATOR_ATTRIBUTES).nullable(),
  printedAttribute: z.string().nullable(),
  baselinePrinted: z.string().nullable(),
  targetPrinted: z.string(),
  targetYear: z.number(),
  reportingFrequency: z.enum(REPORTING_FREQUENCIES),
  latest: ZVerdictSummary.nullable(),
  /** Quarterly indicators: the verdict of the latest quarter with data (it may be newer than `latest`). */
  latestQuarter: ZVerdictSummary.nullable(),
  /** Binding and lagging: shown first, flagged in red. */
  isBindingLagging: z.boolean(),
});
export type TOverviewIndicator = z.infer<typeof ZOverviewIndicator>;

const countsOf = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number()])) as Record<K, z.ZodNumber>);

export const ZPlanOverview = z.object({
  plan: ZMonitoringPlanSummary,
  division: ZMonitoringDivisionRef,
  year: nullableNumber,
  counts: z.object({
    byTargetVerdict: countsOf(TARGET_VERDICTS),
    bySchedule: countsOf([...TIME_PROGRESS_VERDICTS, 'none'] as const),
    bindingLagging: z.number(),
    noData: z.number(),
  }),
  hasDemoData: z.boolean(),
  cutOffs: ZTimeProgressCutOffs,
  indicators: z.array(ZOverviewIndicator),
});
export type TPlanOverview = z.infer<typeof ZPlanOverview>;

export const ZIndicatorSeriesPoint = z.object({
  year: z.number(),
  value: nullableNumber,
  numerator: nullableNumber,
  denominator: nullableNumber,
  units: z.number(),
  source: z.enum(['demo', 'reported', 'computed', 'mixed']),
  /** Every row of the point was computed from business records (系统计算), none typed in. */
  isComputed: z.boolean(),
  verdict: ZVerdictSummary.nullable(),
});
export type TIndicatorSeriesPoint = z.infer<typeof ZIndicatorSeriesPoint>;

export const ZQuarterPoint = z.object({
  year: z.number(),
  quarter: z.number().int().min(1).max(4),
  value: nullableNumber,
  units: z.number(),
  verdict: ZVerdictSummary.nullable(),
});
export type TQuarterPoint = z.infer<typeof ZQuarterPoint>;

export const ZChildDivision = ZMonitoringDivisionRef.extend({ hasChildren: z.boolean() });

export const ZChildRow = z.object({
  division: ZChildDivision,
  value: nullableNumber,
  numerator: nullableNumber,
  denominator: nullableNumber,
  weight: nullableNumber,
  verdict: ZVerdictSummary.nullable(),
});
export type TChildRow = z.infer<typeof ZChildRow>;

const ZNote = z.object({ kind: z.string(), printed: z.string().nullable(), message: z.string() });
export type TMonitoringSourceNote = z.infer<typeof ZNote>;
const ZPrintedTarget = z.object({ year: z.number(), value: nullableNumber, printed: z.string() });

export const ZIndicatorDetail = z.object({
  indicator: ZOverviewIndicator.extend({
    valueKind: z.enum(VALUE_KINDS),
    ratioFactor: nullableNumber,
    direction: z.string(),
    baseline: z.object({ year: nullableNumber, value: nullableNumber, printed: z.string().nullable() }),
    interimTargets: z.array(ZPrintedTarget),
    finalTarget: ZPrintedTarget,
    notes: z.array(ZNote),
    cascade: z.object({ kind: z.string(), nationalCodes: z.array(z.string()), note: z.string().nullable() }),
  }),
  division: ZMonitoringDivisionRef,
  series: z.array(ZIndicatorSeriesPoint),
  /** Quarterly indicators: values and verdicts per quarter (empty for annual ones). */
  quarters: z.array(ZQuarterPoint),
  projection: z.object({ linear: nullableNumber, compound: nullableNumber, toYear: z.number() }),
  aggregation: z.object({ method: z.enum(AGGREGATION_METHODS), description: z.string() }).nullable(),
  /** How 时序进度 is judged for this plan (the cut-offs in force), printed with the verdicts. */
  scheduleMethod: z.string(),
  year: nullableNumber,
  children: z.array(ZChildRow),
  deviationNotes: z.array(z.object({ year: z.number(), text: z.string(), updatedAt: isoDateTime })),
});
export type TIndicatorDetail = z.infer<typeof ZIndicatorDetail>;

// ---------------------------------------------------------------------------------------------
// Plan register and cross-plan matrix

export const ZPlanRegisterIndicator = z.object({
  id: z.number(),
  code: z.string(),
  tableId: z.string(),
  source: z.string(),
  rowNumber: z.string().nullable(),
  category: z.string().nullable(),
  name: z.string(),
  namePrinted: z.string(),
  unit: z.string().nullable(),
  inputUnit: z.string().nullable(),
  valueKind: z.enum(VALUE_KINDS),
  ratioFactor: nullableNumber,
  direction: z.string(),
  attribute: z.enum(INDICATOR_ATTRIBUTES).nullable(),
  printedAttribute: z.string().nullable(),
  aggregationMethod: z.enum(AGGREGATION_METHODS),
  reportingLevel: z.string().nullable(),
  reportingFrequency: z.enum(REPORTING_FREQUENCIES),
  baseline: z.object({ year: nullableNumber, value: nullableNumber, printed: z.string().nullable() }),
  target: ZPrintedTarget.extend({ comparator: ZIndicatorTarget }),
  interimTargets: z.array(ZPrintedTarget.extend({ comparator: ZIndicatorTarget })),
  cascade: z.array(
    z.object({ kind: z.string(), nationalCode: z.string().nullable(), localConcept: z.string().nullable(), note: z.string().nullable() }),
  ),
  notes: z.array(ZNote),
});
export type TPlanRegisterIndicator = z.infer<typeof ZPlanRegisterIndicator>;

export const ZPlanRegister = ZMonitoringPlanSummary.extend({
  documentKind: z.string(),
  issuedOn: z.string().nullable(),
  notes: z.array(ZNote),
  tables: z.array(z.object({ kind: z.string(), title: z.string().nullable(), tableId: z.string(), rowCount: z.number() })),
  indicators: z.array(ZPlanRegisterIndicator),
  completionRows: z.array(
    z.object({
      code: z.string(),
      tableId: z.string(),
      rowNumber: z.string().nullable(),
      name: z.string(),
      unit: z.string().nullable(),
      baseYear: nullableNumber,
      basePrinted: z.string().nullable(),
      plannedPrinted: z.string().nullable(),
      actualPrinted: z.string(),
      attribute: z.string().nullable(),
      printedAttribute: z.string().nullable(),
      completion: z.string().nullable(),
      printedCompletion: z.string().nullable(),
      notes: z.array(ZNote),
    }),
  ),
  schedules: z.array(
    z.object({
      id: z.number(),
      boxId: z.string(),
      boxTitle: z.string(),
      rowNumber: z.string().nullable(),
      deadlinePrinted: z.string().nullable(),
      year: nullableNumber,
      column: z.string().nullable(),
      content: z.string().nullable(),
      quantityPrinted: z.string().nullable(),
      percentPrinted: z.string().nullable(),
      /** The parsed schedule lines (TScheduleLine of the register). */
      lines: z.array(z.record(z.string(), z.unknown())),
      notes: z.array(ZNote),
      allocations: z.array(
        z.object({
          year: nullableNumber,
          county: z.string(),
          divisionId: nullableNumber,
          divisionCode: z.string().nullable(),
          count: z.number(),
        }),
      ),
    }),
  ),
});
export type TPlanRegister = z.infer<typeof ZPlanRegister>;

export const TARGET_STRENGTHS = ['weaker', 'equal', 'stronger', 'not_comparable'] as const;
export type TargetStrength = (typeof TARGET_STRENGTHS)[number];
export const ATTRIBUTE_STRENGTHS = ['weaker', 'equal', 'stronger', 'unknown'] as const;
export type AttributeStrength = (typeof ATTRIBUTE_STRENGTHS)[number];

const ZYearPrinted = z.object({ year: z.number(), printed: z.string() });

export const ZCascadeAdoption = z.object({
  seedId: z.string(),
  planId: nullableNumber,
  level: z.enum(PLAN_LEVELS),
  indicatorCode: z.string(),
  linkKind: z.string(),
  name: z.string(),
  source: z.string(),
  baselinePrinted: z.string().nullable(),
  targets: z.array(ZYearPrinted),
  attribute: z.enum(INDICATOR_ATTRIBUTES).nullable(),
  printedAttribute: z.string().nullable(),
  targetStrength: z.enum(TARGET_STRENGTHS).nullable(),
  attributeStrength: z.enum(ATTRIBUTE_STRENGTHS).nullable(),
  isWeakerThanNational: z.boolean(),
  reasons: z.array(z.string()),
});
export type TCascadeAdoption = z.infer<typeof ZCascadeAdoption>;

export const ZCascadeRow = z.object({
  conceptKey: z.string(),
  conceptName: z.string(),
  national: z
    .object({
      code: z.string(),
      name: z.string(),
      unit: z.string().nullable(),
      targets: z.array(ZYearPrinted),
      printedAttribute: z.string().nullable(),
      attribute: z.enum(INDICATOR_ATTRIBUTES).nullable(),
    })
    .nullable(),
  adoptions: z.array(ZCascadeAdoption),
  weakerCount: z.number(),
});
export type TCascadeRow = z.infer<typeof ZCascadeRow>;

export const ZCascadeMatrix = z.object({
  plans: z.array(
    z.object({ id: z.number(), seedId: z.string(), title: z.string().nullable(), level: z.enum(PLAN_LEVELS), divisionName: z.string() }),
  ),
  rows: z.array(ZCascadeRow),
});
export type TCascadeMatrix = z.infer<typeof ZCascadeMatrix>;

// ---------------------------------------------------------------------------------------------
// Drill-down and map

export const ZDrillCell = z.object({
  indicatorId: z.number(),
  value: nullableNumber,
  units: z.number(),
  numerator: nullableNumber,
  denominator: nullableNumber,
  verdict: ZVerdictSummary.nullable(),
});
export type TDrillCell = z.infer<typeof ZDrillCell>;

export const ZDrillChild = z.object({
  division: ZChildDivision,
  cells: z.array(ZDrillCell),
  laggingCount: z.number(),
  bindingLaggingCount: z.number(),
});
export type TDrillChild = z.infer<typeof ZDrillChild>;

export const ZDrillDown = z.object({
  plan: ZMonitoringPlanSummary,
  division: ZMonitoringDivisionRef,
  /** Drill-up path (top down), without the division itself. */
  ancestors: z.array(ZMonitoringDivisionRef),
  year: nullableNumber,
  indicators: z.array(ZOverviewIndicator),
  children: z.array(ZDrillChild),
});
export type TDrillDown = z.infer<typeof ZDrillDown>;

export const MAP_COLOURS = ['ahead', 'on_track', 'lagging', 'seriously_lagging', 'no_schedule', 'no_data'] as const;
export type MapColour = (typeof MAP_COLOURS)[number];

/** The GeoJSON feature's own properties (name, adcode, …) are kept next to ours. */
export const ZMapFeatureProperties = z.looseObject({
  name: z.string().optional(),
  divisionId: nullableNumber,
  divisionCode: z.string().nullable(),
  divisionName: z.string(),
  indicatorCount: z.number(),
  laggingCount: z.number(),
  bindingLaggingCount: z.number(),
  value: nullableNumber,
  targetVerdict: z.enum(TARGET_VERDICTS).nullable(),
  scheduleVerdict: z.enum(TIME_PROGRESS_VERDICTS).nullable(),
  colour: z.enum(MAP_COLOURS),
});
export type TMapFeatureProperties = z.infer<typeof ZMapFeatureProperties>;

export const ZMapFeature = z.object({
  type: z.literal('Feature'),
  id: z.string().optional(),
  properties: ZMapFeatureProperties,
  geometry: z.unknown(),
});
export type TMapFeature = z.infer<typeof ZMapFeature>;

export const ZVerdictMap = z.discriminatedUnion('available', [
  z.object({ available: z.literal(false), message: z.string(), division: ZMonitoringDivisionRef }),
  z.object({
    available: z.literal(true),
    division: ZMonitoringDivisionRef,
    year: nullableNumber,
    indicatorId: nullableNumber,
    geojson: z.object({ type: z.literal('FeatureCollection'), features: z.array(ZMapFeature) }),
  }),
]);
export type TVerdictMap = z.infer<typeof ZVerdictMap>;

// ---------------------------------------------------------------------------------------------
// Data collection

export const ZFormField = z.object({ field: z.enum(VALUE_INPUT_FIELDS), label: z.string() });
export type TFormField = z.infer<typeof ZFormField>;

const inputCells = Object.fromEntries(VALUE_INPUT_FIELDS.map((f) => [f, nullableNumber])) as Record<
  (typeof VALUE_INPUT_FIELDS)[number],
  typeof nullableNumber
>;

/**
 * Why a row of the form cannot be typed in: the period is locked (submitted), a business system
 * computes it, it is rolled up from lower reporting units (read-only, see `rolledUp`), or it is
 * reported at a higher level. null = entry allowed.
 */
export const FORM_ROW_READ_ONLY_KINDS = ['locked', 'computed', 'rolled_up', 'reported_above'] as const;
export type FormRowReadOnlyKind = (typeof FORM_ROW_READ_ONLY_KINDS)[number];

export const ZFormIndicator = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  inputUnit: z.string().nullable(),
  valueKind: z.enum(VALUE_KINDS),
  attribute: z.enum(INDICATOR_ATTRIBUTES).nullable(),
  reportingFrequency: z.enum(REPORTING_FREQUENCIES),
  targetPrinted: z.string(),
  fields: z.array(ZFormField),
  own: z
    .object({
      ...inputCells,
      source: z.enum(VALUE_SOURCES),
      note: z.string().nullable(),
      rowValue: nullableNumber,
      enteredAt: isoDateTime,
    })
    .nullable(),
  previousValue: nullableNumber,
  rolledUp: z.object({ value: nullableNumber, units: z.number() }).nullable(),
  entryAllowed: z.boolean(),
  /** Computed from business records (系统计算): read-only, whatever else applies. */
  isComputed: z.boolean(),
  readOnlyKind: z.enum(FORM_ROW_READ_ONLY_KINDS).nullable(),
  blockedReason: z.string().nullable(),
  deviationNote: z.string().nullable(),
  verdict: ZVerdictSummary.nullable(),
});
export type TFormIndicator = z.infer<typeof ZFormIndicator>;

export const ZFormSubmission = z.object({
  id: z.number(),
  status: z.enum(SUBMISSION_STATUSES),
  statusLabel: z.string(),
  nextReviewLevel: z.enum(REVIEW_LEVELS).nullable(),
  returnReason: z.string().nullable(),
});

export const ZCollectionForm = z.object({
  plan: ZMonitoringPlanSummary,
  division: ZMonitoringDivisionRef,
  year: z.number(),
  quarter: z.number(),
  submission: ZFormSubmission.nullable(),
  locked: z.boolean(),
  indicators: z.array(ZFormIndicator),
});
export type TCollectionForm = z.infer<typeof ZCollectionForm>;

export const ZSaveResult = z.object({
  saved: z.number(),
  cleared: z.number(),
  warnings: z.array(
    z.object({ indicatorCode: z.string(), field: z.string().optional(), code: z.string().optional(), message: z.string() }),
  ),
});
export type TSaveResult = z.infer<typeof ZSaveResult>;

export const ZImportResult = z.object({
  imported: z.number(),
  fileName: z.string(),
  sha256: z.string(),
  warnings: z.array(z.object({ row: nullableNumber, indicatorCode: z.string(), message: z.string() })),
});
export type TImportResult = z.infer<typeof ZImportResult>;

export const ZDeviationNoteResult = z.object({
  id: z.number(),
  indicatorId: z.number(),
  year: z.number(),
  text: z.string(),
  updatedAt: isoDateTime,
});
export type TDeviationNoteResult = z.infer<typeof ZDeviationNoteResult>;

// ---------------------------------------------------------------------------------------------
// Sign-off

export const ZSubmission = z.object({
  id: z.number(),
  planId: z.number(),
  planSeedId: z.string(),
  planTitle: z.string().nullable(),
  division: ZMonitoringDivisionRef,
  year: z.number(),
  status: z.enum(SUBMISSION_STATUSES),
  statusLabel: z.string(),
  nextReviewLevel: z.enum(REVIEW_LEVELS).nullable(),
  finalLevel: z.enum(REVIEW_LEVELS),
  isLocked: z.boolean(),
  isFinal: z.boolean(),
  returnReason: z.string().nullable(),
  submittedAt: isoDateTime.nullable(),
  lastActionAt: isoDateTime,
  canReview: z.boolean(),
});
export type TSubmission = z.infer<typeof ZSubmission>;

export const ZSubmissionList = z.object({ items: z.array(ZSubmission), total: z.number() });
export type TSubmissionList = z.infer<typeof ZSubmissionList>;

export const SUBMISSION_ACTIONS = ['submit', 'approve', 'return'] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];

export const ZSubmissionEvent = z.object({
  id: z.number(),
  action: z.enum(SUBMISSION_ACTIONS),
  fromStatus: z.enum(SUBMISSION_STATUSES),
  toStatus: z.enum(SUBMISSION_STATUSES),
  reviewLevel: z.enum(REVIEW_LEVELS).nullable(),
  reason: z.string().nullable(),
  at: isoDateTime,
  actorName: z.string().nullable(),
});
export type TSubmissionEvent = z.infer<typeof ZSubmissionEvent>;

export const ZSubmissionDetail = ZSubmission.extend({ events: z.array(ZSubmissionEvent) });
export type TSubmissionDetail = z.infer<typeof ZSubmissionDetail>;

// ---------------------------------------------------------------------------------------------
// 时序进度 cut-offs of a plan

export const ZPlanCutOffs = z.object({
  planId: z.number(),
  cutOffs: ZTimeProgressCutOffs,
  /** True while the plan uses the platform defaults (no stored setting). */
  isDefault: z.boolean(),
  /** The method as printed in reports (「完成进度÷时间进度≥110%为超额完成……」). */
  method: z.string(),
  updatedAt: isoDateTime.nullable(),
  updatedBy: z.string().nullable(),
  /** Verdicts recomputed by the change (PUT only). */
  recomputed: z.number().optional(),
});
export type TPlanCutOffs = z.infer<typeof ZPlanCutOffs>;
