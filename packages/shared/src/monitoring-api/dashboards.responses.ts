import { z } from 'zod';

import { AGGREGATION_METHODS, TARGET_VERDICTS, TIME_PROGRESS_VERDICTS, VALUE_KINDS } from '../monitoring/monitoring.codes';
import { ZTimeProgressCutOffs } from './monitoring-api.contract';
import { ZChildDivision, ZMonitoringDivisionRef, ZMonitoringPlanSummary, ZOverviewIndicator, ZVerdictSummary } from './common.responses';
import { isoDateTime, nullableNumber, ZNote, ZPrintedTarget } from './response-parts';

// Response shapes of /api/monitoring/…: the server returns exactly these (its services are typed
// with them, and a DB test parses a real response of every route), the web imports them.
// Here: dashboards (plan overview, indicator detail, drill-down and map).

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

export const ZChildRow = z.object({
  division: ZChildDivision,
  value: nullableNumber,
  numerator: nullableNumber,
  denominator: nullableNumber,
  weight: nullableNumber,
  verdict: ZVerdictSummary.nullable(),
});
export type TChildRow = z.infer<typeof ZChildRow>;

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
