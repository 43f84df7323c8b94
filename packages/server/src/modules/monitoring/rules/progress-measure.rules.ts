import type { ProgressStatus, TProgressMeasure, TYearValue } from '@mz/shared';

// Open SDG / Statistics Canada progress measure, reproduced step by step from sdg-build
// `sdg/ProgressMeasure.py` (anchors-monitoring-case §3.1) so that the same inputs give the same
// numbers. Differences from sdg-build are limited to the interface: base year, target year and
// direction are explicit inputs here (sdg-build defaults: 2015, 2030, negative).

export type ProgressThresholds = { high: number; med: number; low: number };

export type ProgressMeasureConfig = {
  baseYear: number;
  targetYear: number;
  /** Quantitative target (method 2); null for direction-only assessment (method 1). */
  target: number | null;
  direction: 'increase' | 'decrease';
  /** Natural limit for method 1 (e.g. 100 for a share); ignored when a target is set. */
  limit?: number | null;
  /** Overrides of the default thresholds (method 1: 0.015/0.005/0; method 2: 0.95/0.6/0). */
  thresholds?: Partial<ProgressThresholds>;
};

const METHOD_1_THRESHOLDS: ProgressThresholds = { high: 0.015, med: 0.005, low: 0 };
const METHOD_2_THRESHOLDS: ProgressThresholds = { high: 0.95, med: 0.6, low: 0 };
const LIMIT_EXPONENT = 4.44;
const ZERO_REPLACEMENT = 0.001;

/** Compound annual growth rate (a/b)^(1/(ta − tb)) − 1, sdg-build `growth_calculation`. */
export function compoundAnnualGrowth(current: number, base: number, currentYear: number, baseYear: number): number {
  return (current / base) ** (1 / (currentYear - baseYear)) - 1;
}

export function measureProgress(series: readonly TYearValue[], config: ProgressMeasureConfig): TProgressMeasure {
  const warnings: string[] = [];
  const direction = config.direction === 'increase' ? 1 : -1;
  const method = config.target === null ? 1 : 2;
  let target = config.target;
  if (target === 0) {
    warnings.push('Target is zero (invalid); calculating progress with target = 0.001 instead.');
    target = ZERO_REPLACEMENT;
  }
  const data = series.filter((point) => Number.isFinite(point.value));
  assertUniqueYears(data);

  const notAvailable: TProgressMeasure = {
    status: 'not_available',
    score: null,
    progressValue: null,
    method,
    isTargetAchieved: false,
    baseYear: null,
    baseValue: null,
    currentYear: null,
    currentValue: null,
    sign: null,
    direction,
    thresholds: method === 1 ? { ...METHOD_1_THRESHOLDS } : { ...METHOD_2_THRESHOLDS },
    warnings,
  };
  const current = data.reduce<TYearValue | undefined>(
    (latest, point) => (latest === undefined || point.year > latest.year ? point : latest),
    undefined,
  );
  if (current === undefined) {
    return { ...notAvailable, warnings: [...warnings, 'No data found for progress calculation.'] };
  }
  const base =
    data.find((point) => point.year === config.baseYear) ??
    data
      .filter((point) => point.year > config.baseYear)
      .reduce<TYearValue | undefined>(
        (earliest, point) => (earliest === undefined || point.year < earliest.year ? point : earliest),
        undefined,
      );
  if (base === undefined) {
    return {
      ...notAvailable,
      currentYear: current.year,
      currentValue: current.value,
      warnings: [...warnings, `No data in or after the base year ${config.baseYear}.`],
    };
  }

  const sign = base.value < 0 ? -1 : 1;
  const thresholds = resolveThresholds(method, base.value, direction, config, warnings);
  const isTargetAchieved =
    target !== null && ((direction === -1 && current.value <= target) || (direction === 1 && current.value >= target));
  const progress = calculateProgressValue({
    method,
    sign,
    direction,
    baseYear: base.year,
    baseValue: base.value,
    currentYear: current.year,
    currentValue: current.value,
    target,
    targetYear: config.targetYear,
    warnings,
  });
  const status = statusFromProgressValue(progress.value, thresholds, isTargetAchieved);
  const score = scoreProgress(method, progress.value, thresholds, isTargetAchieved);
  return {
    status,
    score,
    progressValue: progress.value,
    method,
    isTargetAchieved,
    baseYear: base.year,
    baseValue: progress.baseValue,
    currentYear: current.year,
    currentValue: current.value,
    sign,
    direction,
    thresholds,
    warnings,
  };
}

/** sdg-build `get_progress_status`: status from the progress value and the thresholds. */
export function statusFromProgressValue(value: number | null, thresholds: ProgressThresholds, isTargetAchieved: boolean): ProgressStatus {
  if (isTargetAchieved) {
    return 'target_achieved';
  }
  if (value === null) {
    return 'not_available';
  }
  if (value >= thresholds.high) {
    return 'substantial_progress';
  }
  if (value >= thresholds.med) {
    return 'moderate_progress';
  }
  if (value >= thresholds.low) {
    return 'limited_progress';
  }
  return 'deterioration';
}

/** sdg-build `get_progress_status_from_score`: [2.5, 5] / [0, 2.5) / [−2.5, 0) / [−5, −2.5). */
export function statusFromScore(score: number | null, isTargetAchieved: boolean): ProgressStatus {
  if (isTargetAchieved) {
    return 'target_achieved';
  }
  if (score === null) {
    return 'not_available';
  }
  if (score >= 2.5) {
    return 'substantial_progress';
  }
  if (score >= 0) {
    return 'moderate_progress';
  }
  if (score >= -2.5) {
    return 'limited_progress';
  }
  return 'deterioration';
}

/**
 * Indicator-level result (sdg-build `get_indicator_progress`): mean of the series scores that
 * exist; `target_achieved` only when every scored series achieved its target.
 */
export function aggregateProgressMeasures(measures: readonly TProgressMeasure[]): {
  score: number | null;
  status: ProgressStatus;
} {
  const scored = measures.filter((measure): measure is TProgressMeasure & { score: number } => measure.score !== null);
  if (scored.length === 0) {
    return { score: null, status: 'not_available' };
  }
  const score = scored.reduce((sum, measure) => sum + measure.score, 0) / scored.length;
  const isTargetAchieved = scored.every((measure) => measure.isTargetAchieved);
  return { score, status: statusFromScore(score, isTargetAchieved) };
}

function resolveThresholds(
  method: 1 | 2,
  baseValue: number,
  direction: 1 | -1,
  config: ProgressMeasureConfig,
  warnings: string[],
): TProgressMeasure['thresholds'] {
  const limit = config.limit ?? null;
  if (method === 2) {
    if (limit !== null) {
      warnings.push(`Ignoring limit (${limit}) as target (${String(config.target)}) already provided.`);
    }
    return { ...METHOD_2_THRESHOLDS, ...config.thresholds };
  }
  const thresholds = { ...METHOD_1_THRESHOLDS, ...config.thresholds };
  if (limit === null) {
    return thresholds;
  }
  if (baseValue < limit && direction === -1) {
    warnings.push(`Base value (${baseValue}) is below minimum limit (${limit}).`);
  }
  if (baseValue > limit && direction === 1) {
    warnings.push(`Base value (${baseValue}) is above maximum limit (${limit}).`);
  }
  const b = Math.abs(baseValue);
  const l = Math.abs(limit);
  let coefficient: number;
  if (b >= 2 * l) {
    coefficient = 1;
  } else if (b <= l) {
    coefficient = 1 - (b / l) ** LIMIT_EXPONENT;
  } else {
    coefficient = 1 - ((2 * l - b) / l) ** LIMIT_EXPONENT;
  }
  return {
    high: thresholds.high * coefficient,
    med: thresholds.med * coefficient,
    low: thresholds.low * coefficient,
    coefficient,
  };
}

function calculateProgressValue(input: {
  method: 1 | 2;
  sign: 1 | -1;
  direction: 1 | -1;
  baseYear: number;
  baseValue: number;
  currentYear: number;
  currentValue: number;
  target: number | null;
  targetYear: number;
  warnings: string[];
}): { value: number | null; baseValue: number } {
  const { warnings } = input;
  let baseValue = input.baseValue;
  if (baseValue === 0) {
    warnings.push('Base value is zero (invalid); calculating progress with base value = 0.001 instead.');
    baseValue = ZERO_REPLACEMENT;
  }
  if ((baseValue > 0 && input.currentValue < 0) || (baseValue < 0 && input.currentValue > 0)) {
    warnings.push(`Base value (${baseValue}) and current value (${input.currentValue}) must both be positive or both negative.`);
    return { value: null, baseValue };
  }
  if (input.baseYear > input.currentYear) {
    warnings.push(`Base year (${input.baseYear}) is greater than the most recent available data (${input.currentYear}).`);
    return { value: null, baseValue };
  }
  if (input.currentYear - input.baseYear < 1) {
    warnings.push('Not enough data to calculate progress (must have at least 2 data points).');
    return { value: null, baseValue };
  }
  const observed = compoundAnnualGrowth(input.currentValue, baseValue, input.currentYear, input.baseYear);
  if (input.method === 1 || input.target === null) {
    return { value: input.sign * input.direction * observed, baseValue };
  }
  const required = compoundAnnualGrowth(input.target, baseValue, input.targetYear, input.baseYear);
  return { value: (input.sign * input.direction * observed) / Math.abs(required), baseValue };
}

/** sdg-build `get_score`, with its hard-coded score functions. */
function scoreProgress(
  method: 1 | 2,
  value: number | null,
  thresholds: TProgressMeasure['thresholds'],
  isTargetAchieved: boolean,
): number | null {
  if (isTargetAchieved) {
    return 5;
  }
  if (value === null) {
    return null;
  }
  if (method === 1) {
    const coefficient = thresholds.coefficient ?? 1;
    if (value < thresholds.low) {
      return Math.max(125 * value - 2.5, -5);
    }
    if (coefficient === 0) {
      return 5;
    }
    if (value >= thresholds.high) {
      return Math.min((500 * value) / coefficient - 5, 5);
    }
    if (value >= thresholds.med) {
      return (250 * value) / coefficient - 1.25;
    }
    return (500 * value) / coefficient - 2.5;
  }
  if (value >= thresholds.med) {
    return Math.min(7.1429 * value - 4.2857, 5);
  }
  return Math.max(4.1667 * value - 2.5, -5);
}

function assertUniqueYears(data: readonly TYearValue[]): void {
  const seen = new Set<number>();
  const duplicates = new Set<number>();
  for (const point of data) {
    if (seen.has(point.year)) {
      duplicates.add(point.year);
    }
    seen.add(point.year);
  }
  if (duplicates.size > 0) {
    throw new Error(`Duplicate values for year(s) ${[...duplicates].join(', ')} in progress calculation.`);
  }
}
