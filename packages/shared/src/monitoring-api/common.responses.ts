import { z } from 'zod';

import { DIVISION_LEVELS } from '../core/divisions';
import {
  INDICATOR_ATTRIBUTES,
  PLAN_LEVELS,
  PROGRESS_STATUSES,
  TARGET_VERDICTS,
  TIME_PROGRESS_VERDICTS,
} from '../monitoring/monitoring.codes';
import { REPORTING_FREQUENCIES } from './monitoring-api.contract';
import { nullableNumber, type ZNote } from './response-parts';

// Response shapes of /api/monitoring/…: the server returns exactly these (its services are typed
// with them, and a DB test parses a real response of every route), the web imports them.
// Here: the pieces several areas share (divisions, plans, verdicts, overview rows).

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

export const ZChildDivision = ZMonitoringDivisionRef.extend({ hasChildren: z.boolean() });

export type TMonitoringSourceNote = z.infer<typeof ZNote>;
