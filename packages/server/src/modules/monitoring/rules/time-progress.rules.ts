import { DEFAULT_CUT_OFFS, TIME_PROGRESS_VERDICT_LABELS } from '@mz/shared';
import type { Direction, TimeProgressVerdict, TTimeProgress, TTimeProgressCutOffs, TYearValue } from '@mz/shared';

import { formatNumber, formatShare, isAtLeast, isAtMost, isNearlyEqual } from './number-format.rules';

// 时序进度 (time-elapsed progress): the expected value grows linearly from the baseline to the
// target over the plan period; the verdict compares the share of the distance covered with the
// share of time elapsed (「时间过半、任务过半」).

/**
 * Cut-offs on scheduleRatio = distanceShare / timeShare (完成进度 ÷ 时间进度):
 * - ≥ aheadFrom → 超额完成 (ahead)
 * - ≥ onTrackFrom → 进度正常 (on_track)
 * - ≥ laggingFrom → 滞后 (lagging)
 * - below laggingFrom (including movement away from the target) → 严重滞后 (seriously_lagging)
 */
export type TimeProgressCutOffs = TTimeProgressCutOffs;

/**
 * Defaults: ±10 % of schedule counts as normal (a TolaData-style band, anchors §3.4, narrowed
 * to 10 %); covering less than 60 % of the distance that the elapsed time calls for is serious.
 * With these, anchors §3.6 example A (52.0 against an expected 52.2) is 进度正常.
 */
export const DEFAULT_TIME_PROGRESS_CUT_OFFS: TimeProgressCutOffs = { ...DEFAULT_CUT_OFFS };

export type TimeProgressInput = {
  /** Plan baseline; `value: null` when the table prints 「—」 or 「-」. */
  baseline: { year: number; value: number | null };
  target: { year: number; value: number };
  /** Observed values by year (the value of `asOfYear` is the one judged). */
  observations: readonly TYearValue[];
  asOfYear: number;
  /**
   * 1–4: judge the value at the end of that quarter of `asOfYear` (季报); the observation of
   * `asOfYear` is then the quarter's value and the elapsed time is (asOfYear − 1 + quarter/4 − t0).
   */
  asOfQuarter?: number;
  direction: Direction;
  /** Only for `maintain`: whether values above the target are acceptable (default true). */
  isHigherBetter?: boolean;
  cutOffs?: TimeProgressCutOffs;
};

/** Linear expected value y0 + (yT − y0)·(t − t0)/(T − t0); t beyond T is capped at T. */
export function expectLinearValue(input: {
  baselineYear: number;
  baselineValue: number;
  targetYear: number;
  targetValue: number;
  year: number;
}): number {
  const share = timeElapsedShare(input.baselineYear, input.targetYear, input.year);
  return input.baselineValue + (input.targetValue - input.baselineValue) * share;
}

export function assessTimeProgress(input: TimeProgressInput): TTimeProgress {
  const cutOffs = input.cutOffs ?? DEFAULT_TIME_PROGRESS_CUT_OFFS;
  const actual = input.observations.find((point) => point.year === input.asOfYear);
  const empty: TTimeProgress = {
    verdict: null,
    baselineYear: null,
    baselineValue: null,
    baselineSource: 'none',
    expectedValue: null,
    actualValue: actual?.value ?? null,
    timeShare: null,
    distanceShare: null,
    scheduleRatio: null,
    reasons: [],
  };
  const quarter = input.asOfQuarter ?? 0;
  const period = quarter > 0 ? `${input.asOfYear}年第${quarter}季度末` : `${input.asOfYear}年`;
  /** The point in time judged, in years (a year's value stands at its end). */
  const asOf = quarter > 0 ? input.asOfYear - 1 + quarter / 4 : input.asOfYear;
  if (actual === undefined) {
    return { ...empty, reasons: [`缺少${period}观测值，无法测算时序进度。`] };
  }
  const baseline = resolveBaseline(input);
  if (baseline === null) {
    return {
      ...empty,
      reasons: [`基期值空缺，且${input.asOfYear}年以前无可替代的观测值，无法测算时序进度。`],
    };
  }
  const withBaseline: TTimeProgress = {
    ...empty,
    baselineYear: baseline.year,
    baselineValue: baseline.value,
    baselineSource: baseline.source,
    reasons: baseline.reasons,
  };
  if (asOf <= baseline.year) {
    return {
      ...withBaseline,
      reasons: [...baseline.reasons, `${period}不晚于基期${baseline.year}年，尚无时序进度。`],
    };
  }
  if (input.target.year <= baseline.year) {
    return {
      ...withBaseline,
      reasons: [...baseline.reasons, `目标年份${input.target.year}年不晚于基期${baseline.year}年，无法测算。`],
    };
  }
  const timeShare = timeElapsedShare(baseline.year, input.target.year, asOf);
  const expectedValue = baseline.value + (input.target.value - baseline.value) * timeShare;
  const base: TTimeProgress = { ...withBaseline, timeShare, expectedValue, actualValue: actual.value };

  if (input.direction === 'maintain' || isNearlyEqual(input.target.value, baseline.value)) {
    return assessMaintained(base, input, actual.value, period);
  }
  const distanceShare = (actual.value - baseline.value) / (input.target.value - baseline.value);
  const scheduleRatio = distanceShare / timeShare;
  const verdict = classifySchedule(scheduleRatio, cutOffs);
  return {
    ...base,
    verdict,
    distanceShare,
    scheduleRatio,
    reasons: [
      ...baseline.reasons,
      `时间进度${formatShare(timeShare)}，完成进度${formatShare(distanceShare)}` +
        `（${period}按线性进度应达${formatNumber(expectedValue)}，实际${formatNumber(actual.value)}；` +
        `基期${baseline.year}年${formatNumber(baseline.value)}，目标${input.target.year}年${formatNumber(input.target.value)}），` +
        `完成进度为时间进度的${formatShare(scheduleRatio)}，${TIME_PROGRESS_VERDICT_LABELS[verdict]}。`,
    ],
  };
}

export function classifySchedule(scheduleRatio: number, cutOffs: TimeProgressCutOffs): TimeProgressVerdict {
  if (isAtLeast(scheduleRatio, cutOffs.aheadFrom)) {
    return 'ahead';
  }
  if (isAtLeast(scheduleRatio, cutOffs.onTrackFrom)) {
    return 'on_track';
  }
  if (isAtLeast(scheduleRatio, cutOffs.laggingFrom)) {
    return 'lagging';
  }
  return 'seriously_lagging';
}

function assessMaintained(base: TTimeProgress, input: TimeProgressInput, actual: number, period: string): TTimeProgress {
  const isHigherBetter = input.isHigherBetter ?? true;
  const isHeld = isHigherBetter ? isAtLeast(actual, input.target.value) : isAtMost(actual, input.target.value);
  const verdict: TimeProgressVerdict = isHeld ? 'on_track' : 'lagging';
  return {
    ...base,
    verdict,
    reasons: [
      ...base.reasons,
      `保持类目标（${formatNumber(input.target.value)}）：${period}实际${formatNumber(actual)}，` +
        `${isHeld ? '保持在目标水平' : '未保持目标水平'}，${TIME_PROGRESS_VERDICT_LABELS[verdict]}。`,
    ],
  };
}

type ResolvedBaseline = {
  year: number;
  value: number;
  source: 'printed' | 'substitute';
  reasons: string[];
};

function resolveBaseline(input: TimeProgressInput): ResolvedBaseline | null {
  if (input.baseline.value !== null) {
    return { year: input.baseline.year, value: input.baseline.value, source: 'printed', reasons: [] };
  }
  const earlier = input.observations
    .filter((point) => point.year >= input.baseline.year && point.year < input.asOfYear)
    .sort((a, b) => a.year - b.year)[0];
  if (earlier === undefined) {
    return null;
  }
  return {
    year: earlier.year,
    value: earlier.value,
    source: 'substitute',
    reasons: [`基期（${input.baseline.year}年）值空缺，以最早观测值（${earlier.year}年${formatNumber(earlier.value)}）作为替代基期。`],
  };
}

function timeElapsedShare(baselineYear: number, targetYear: number, year: number): number {
  const share = (year - baselineYear) / (targetYear - baselineYear);
  return Math.min(1, share);
}
