import type { TAggregate } from '@mz/shared';

// Roll-up of lower units into a higher unit (indicator-definitions §1 rules 1, 2 and 9):
// ratios are Σnumerator / Σdenominator (never an average of ratios), counts are sums, levels
// (such as 低保标准) are recipient-weighted means. Units that did not report (null) are left out
// of both numerator and denominator and the aggregate is flagged partial.

export type RatioChild = {
  unitCode: string;
  numerator: number | null;
  denominator: number | null;
};

export type RatioAggregate = TAggregate & {
  numerator: number;
  denominator: number;
  factor: number;
};

export function rollUpRatio(input: { children: readonly RatioChild[]; factor: number }): RatioAggregate {
  const { children, factor } = input;
  const reported = children.filter(
    (child): child is RatioChild & { numerator: number; denominator: number } => child.numerator !== null && child.denominator !== null,
  );
  for (const child of reported) {
    assertNonNegative(child.unitCode, 'numerator', child.numerator);
    assertNonNegative(child.unitCode, 'denominator', child.denominator);
  }
  const numerator = sum(reported.map((child) => child.numerator));
  const denominator = sum(reported.map((child) => child.denominator));
  const missingUnits = children.filter((child) => child.numerator === null || child.denominator === null).map((child) => child.unitCode);
  return {
    method: 'ratio_of_sums',
    methodDescription: `Σ分子/Σ分母×${factor}（${reported.length}个单位，分子${numerator}，分母${denominator}）`,
    value: denominator === 0 ? null : (numerator * factor) / denominator,
    verdict: denominator === 0 ? 'not_applicable' : 'computed',
    includedUnits: reported.map((child) => child.unitCode),
    missingUnits,
    isPartial: missingUnits.length > 0,
    numerator,
    denominator,
    factor,
  };
}

export type CountChild = { unitCode: string; value: number | null };

export function rollUpCount(input: { children: readonly CountChild[] }): TAggregate {
  const reported = input.children.filter((child): child is CountChild & { value: number } => child.value !== null);
  const missingUnits = input.children.filter((child) => child.value === null).map((child) => child.unitCode);
  return {
    method: 'sum',
    methodDescription: `求和（${reported.length}个单位）`,
    value: reported.length === 0 ? null : sum(reported.map((child) => child.value)),
    verdict: reported.length === 0 ? 'not_applicable' : 'computed',
    includedUnits: reported.map((child) => child.unitCode),
    missingUnits,
    isPartial: missingUnits.length > 0,
  };
}

export type LevelChild = {
  unitCode: string;
  /** The level, e.g. a county's 低保标准 in 元/人·月. */
  level: number | null;
  /** The weight, e.g. the county's 低保 recipients at period end. */
  weight: number | null;
};

export type LevelMethod = 'recipient_weighted_mean' | 'simple_mean';

export type LevelAggregate = TAggregate & {
  weightedMean: number | null;
  simpleMean: number | null;
  totalWeight: number;
};

/**
 * Weighted mean Σ(level·weight)/Σweight and simple mean of the levels; `method` chooses which one
 * is the headline value, and the method string is returned to be printed with the figure.
 */
export function rollUpLevel(input: { children: readonly LevelChild[]; method: LevelMethod }): LevelAggregate {
  const reported = input.children.filter(
    (child): child is LevelChild & { level: number; weight: number } => child.level !== null && child.weight !== null,
  );
  for (const child of reported) {
    assertNonNegative(child.unitCode, 'weight', child.weight);
  }
  const missingUnits = input.children.filter((child) => child.level === null || child.weight === null).map((child) => child.unitCode);
  const totalWeight = sum(reported.map((child) => child.weight));
  const weightedMean = totalWeight === 0 ? null : sum(reported.map((child) => child.level * child.weight)) / totalWeight;
  const simpleMean = reported.length === 0 ? null : sum(reported.map((child) => child.level)) / reported.length;
  const value = input.method === 'recipient_weighted_mean' ? weightedMean : simpleMean;
  const methodDescription =
    input.method === 'recipient_weighted_mean'
      ? `按保障人数加权平均：Σ(标准×人数)/Σ人数（${reported.length}个单位，总人数${totalWeight}）`
      : `简单算术平均：Σ标准/单位数（${reported.length}个单位）`;
  return {
    method: input.method,
    methodDescription,
    value,
    verdict: value === null ? 'not_applicable' : 'computed',
    includedUnits: reported.map((child) => child.unitCode),
    missingUnits,
    isPartial: missingUnits.length > 0,
    weightedMean,
    simpleMean,
    totalWeight,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function assertNonNegative(unitCode: string, field: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`Unit ${unitCode}: ${field} must be a finite non-negative number, got ${value}`);
  }
}
