import type {
  IndicatorAttribute,
  ReportingFrequency,
  ProgressStatus,
  TargetVerdict,
  TimeProgressVerdict,
  TOverviewIndicator,
  TVerdictSummary,
} from '@mz/shared';
import type { IndicatorRow } from '../register/register.repository';
import type { StoredVerdict } from '../verdicts/verdicts.repository';

// Stored verdict rows → API shapes, and the one ordering of every list: binding (约束性) lagging
// indicators first, then other lagging ones, then the table order.

export const verdictSummary = (
  v: Pick<
    StoredVerdict,
    'year' | 'quarter' | 'value' | 'target_verdict' | 'schedule_verdict' | 'progress_status' | 'expected_value' | 'is_lagging' | 'result'
  >,
): TVerdictSummary => ({
  year: v.year,
  quarter: Number(v.quarter),
  value: v.value === null ? null : Number(v.value),
  targetVerdict: v.target_verdict as TargetVerdict,
  scheduleVerdict: v.schedule_verdict as TimeProgressVerdict | null,
  progressStatus: v.progress_status as ProgressStatus,
  expectedValue: v.expected_value === null ? null : Number(v.expected_value),
  isLagging: v.is_lagging,
  reasons: ((v.result as { reasons?: string[] } | null)?.reasons ?? []).slice(0, 4),
});

export const overviewIndicator = (
  indicator: IndicatorRow,
  latest: TVerdictSummary | null,
  latestQuarter: TVerdictSummary | null = null,
): TOverviewIndicator => ({
  id: indicator.id,
  code: indicator.code,
  name: indicator.name,
  unit: indicator.unit,
  attribute: indicator.attribute as IndicatorAttribute | null,
  printedAttribute: indicator.printed_attribute,
  baselinePrinted: indicator.baseline_printed,
  targetPrinted: indicator.target_printed,
  targetYear: indicator.target_year,
  reportingFrequency: indicator.reporting_frequency as ReportingFrequency,
  latest,
  latestQuarter,
  isBindingLagging: indicator.attribute === 'binding' && latest?.isLagging === true,
});

/** Binding-and-lagging first, then lagging, then in the order of the plan's table. */
export const byConcern = <T extends { isBindingLagging: boolean; latest: TVerdictSummary | null }>(items: T[]): T[] =>
  items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);

const rank = (i: { isBindingLagging: boolean; latest: TVerdictSummary | null }) => (i.isBindingLagging ? 0 : i.latest?.isLagging ? 1 : 2);

/**
 * The latest quarterly verdict of each indicator (季报), up to the end of `upToYear` when given:
 * it may be newer than the latest annual verdict (the current year before its annual figure).
 */
export const latestQuarters = <V extends Pick<StoredVerdict, 'plan_indicator_id' | 'year' | 'quarter'>>(
  quarterly: V[],
  upToYear?: number | null,
): Map<number, V> => {
  const result = new Map<number, V>();
  for (const v of quarterly) {
    if (upToYear !== undefined && upToYear !== null && v.year > upToYear) continue;
    const best = result.get(v.plan_indicator_id);
    if (!best || v.year > best.year || (v.year === best.year && v.quarter > best.quarter)) result.set(v.plan_indicator_id, v);
  }
  return result;
};
