import type {
  IndicatorAttribute,
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
    'year' | 'value' | 'target_verdict' | 'schedule_verdict' | 'progress_status' | 'expected_value' | 'is_lagging' | 'result'
  >,
): TVerdictSummary => ({
  year: v.year,
  value: v.value === null ? null : Number(v.value),
  targetVerdict: v.target_verdict as TargetVerdict,
  scheduleVerdict: v.schedule_verdict as TimeProgressVerdict | null,
  progressStatus: v.progress_status as ProgressStatus,
  expectedValue: v.expected_value === null ? null : Number(v.expected_value),
  isLagging: v.is_lagging,
  reasons: ((v.result as { reasons?: string[] } | null)?.reasons ?? []).slice(0, 4),
});

export const overviewIndicator = (indicator: IndicatorRow, latest: TVerdictSummary | null): TOverviewIndicator => ({
  id: indicator.id,
  code: indicator.code,
  name: indicator.name,
  unit: indicator.unit,
  attribute: indicator.attribute as IndicatorAttribute | null,
  printedAttribute: indicator.printed_attribute,
  baselinePrinted: indicator.baseline_printed,
  targetPrinted: indicator.target_printed,
  targetYear: indicator.target_year,
  latest,
  isBindingLagging: indicator.attribute === 'binding' && latest?.isLagging === true,
});

/** Binding-and-lagging first, then lagging, then in the order of the plan's table. */
export const byConcern = <T extends { isBindingLagging: boolean; latest: TVerdictSummary | null }>(items: T[]): T[] =>
  items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);

const rank = (i: { isBindingLagging: boolean; latest: TVerdictSummary | null }) => (i.isBindingLagging ? 0 : i.latest?.isLagging ? 1 : 2);
