import { NUMERIC_COMPARATOR_SYMBOLS } from '@mz/shared';
import type {
  IndicatorAttribute,
  NumericComparatorKind,
  TIndicatorTarget,
  TNumericTarget,
  TObservation,
  TRangeTarget,
  TRelativeGrowthTarget,
  TTargetEvaluation,
  TYearValue,
} from '@mz/shared';

import { formatMeasured, formatNumber, isAtLeast, isAtMost, isNearlyEqual } from './number-format.rules';

// Target tests (目标达成判定) for every comparator kind. A target that is not yet reached before
// its target year is `pending`; at or after the target year it is `not_met`.

export type EvaluateTargetInput = {
  target: TIndicatorTarget;
  /** Year the target is due (2025 for the 十四五 tables, 2023 for Kaiping's interim values). */
  targetYear: number;
  /** Year of the observation being judged. */
  asOfYear: number;
  observation: TObservation | null;
  unit?: string | null;
  /** 约束性 indicators without data at or after the target year count as not met. */
  attribute?: IndicatorAttribute | null;
};

export function evaluateTarget(input: EvaluateTargetInput): TTargetEvaluation {
  const { target, observation } = input;
  if (observation === null) {
    return evaluateMissingObservation(input);
  }
  switch (target.kind) {
    case 'qualitative':
      return evaluateQualitative(input, observation);
    case 'relative_growth':
      return evaluateRelativeGrowth(target, input.asOfYear, observation);
    case 'cumulative':
      return evaluateCumulative(input, target.value, target.fromYear, observation);
    case 'range':
      return evaluateMeasured(input, observation, (actual) => isInRange(actual, target), describeRange(target, input.unit));
    case 'gte':
    case 'gt':
    case 'eq':
    case 'lte':
    case 'lt':
    case 'at_least':
      return evaluateMeasured(
        input,
        observation,
        (actual) => compareNumeric(target.kind, actual, target.value),
        describeNumericTarget(target, input.unit),
      );
  }
}

/** Whether `actual` satisfies a numeric comparator (floating-point noise tolerated). */
export function compareNumeric(kind: NumericComparatorKind, actual: number, threshold: number): boolean {
  switch (kind) {
    case 'gte':
    case 'at_least':
      return isAtLeast(actual, threshold);
    case 'gt':
      return actual > threshold && !isNearlyEqual(actual, threshold);
    case 'eq':
      return isNearlyEqual(actual, threshold);
    case 'lte':
      return isAtMost(actual, threshold);
    case 'lt':
      return actual < threshold && !isNearlyEqual(actual, threshold);
  }
}

export function isInRange(actual: number, range: TRangeTarget): boolean {
  const isAboveMin =
    range.min === null || (range.includesMin ? isAtLeast(actual, range.min) : actual > range.min && !isNearlyEqual(actual, range.min));
  const isBelowMax =
    range.max === null || (range.includesMax ? isAtMost(actual, range.max) : actual < range.max && !isNearlyEqual(actual, range.max));
  return isAboveMin && isBelowMax;
}

export type GrowthComparison =
  | {
      kind: 'computed';
      year: number;
      referenceYear: number;
      ownGrowth: number;
      referenceGrowth: number;
    }
  | { kind: 'missing'; missingPoints: string[] }
  | { kind: 'zero_base'; series: 'own' | 'reference'; year: number };

/**
 * Growth of the own series in `year` and of the reference series in `year − lag`:
 * g_S(t) = S(t)/S(t−1) − 1 and g_C(t) = C(t−lag)/C(t−lag−1) − 1 (indicator-definitions §2.1).
 */
export function compareGrowth(input: {
  own: readonly TYearValue[];
  reference: readonly TYearValue[];
  year: number;
  referenceLagYears: number;
}): GrowthComparison {
  const { own, reference, year, referenceLagYears } = input;
  const referenceYear = year - referenceLagYears;
  const ownNow = findValue(own, year);
  const ownBefore = findValue(own, year - 1);
  const referenceNow = findValue(reference, referenceYear);
  const referenceBefore = findValue(reference, referenceYear - 1);
  const missingPoints = [
    ownNow === null ? `本指标${year}年值` : null,
    ownBefore === null ? `本指标${year - 1}年值` : null,
    referenceNow === null ? `参照指标${referenceYear}年值` : null,
    referenceBefore === null ? `参照指标${referenceYear - 1}年值` : null,
  ].filter((point): point is string => point !== null);
  if (ownNow === null || ownBefore === null || referenceNow === null || referenceBefore === null) {
    return { kind: 'missing', missingPoints };
  }
  if (ownBefore === 0) {
    return { kind: 'zero_base', series: 'own', year: year - 1 };
  }
  if (referenceBefore === 0) {
    return { kind: 'zero_base', series: 'reference', year: referenceYear - 1 };
  }
  return {
    kind: 'computed',
    year,
    referenceYear,
    ownGrowth: ownNow / ownBefore - 1,
    referenceGrowth: referenceNow / referenceBefore - 1,
  };
}

function evaluateRelativeGrowth(target: TRelativeGrowthTarget, asOfYear: number, observation: TObservation): TTargetEvaluation {
  if (observation.kind !== 'growth_comparison') {
    return mismatch(target.kind, observation.kind);
  }
  const comparison = compareGrowth({
    own: observation.own,
    reference: observation.reference,
    year: asOfYear,
    referenceLagYears: target.referenceLagYears,
  });
  if (comparison.kind === 'missing') {
    return {
      verdict: 'pending',
      actual: null,
      reasons: [`计算${asOfYear}年增速所需数据不全（缺${comparison.missingPoints.join('、')}），待评估。`],
    };
  }
  if (comparison.kind === 'zero_base') {
    const seriesLabel = comparison.series === 'own' ? '本指标' : '参照指标';
    return {
      verdict: 'not_applicable',
      actual: null,
      reasons: [`${seriesLabel}${comparison.year}年值为0，增速无法计算，不适用。`],
    };
  }
  const ownPoints = comparison.ownGrowth * 100;
  const referencePoints = comparison.referenceGrowth * 100;
  const margin = target.marginPoints ?? 0;
  const isMet = isAtLeast(ownPoints, referencePoints - margin);
  const marginText = margin === 0 ? '' : `（允许差${formatNumber(margin)}个百分点）`;
  const relation = isMet ? '不低于' : '低于';
  return {
    verdict: isMet ? 'met' : 'not_met',
    actual: ownPoints,
    reasons: [
      `${asOfYear}年增速${formatMeasured(ownPoints, '%')}，${relation}参照指标（${target.reference}）` +
        `${comparison.referenceYear}年增速${formatMeasured(referencePoints, '%')}${marginText}，` +
        `${isMet ? '达标' : '未达标'}。`,
    ],
  };
}

function evaluateQualitative(input: EvaluateTargetInput, observation: TObservation): TTargetEvaluation {
  if (observation.kind !== 'qualitative') {
    return mismatch(input.target.kind, observation.kind);
  }
  const evidence = observation.evidence === undefined ? '' : `（依据：${observation.evidence}）`;
  if (observation.isAchieved) {
    return { verdict: 'met', actual: null, reasons: [`定性目标已实现${evidence}。`] };
  }
  if (input.asOfYear < input.targetYear) {
    return {
      verdict: 'pending',
      actual: null,
      reasons: [`定性目标尚未实现${evidence}，目标年份${input.targetYear}年未到，待评估。`],
    };
  }
  return { verdict: 'not_met', actual: null, reasons: [`定性目标到${input.targetYear}年仍未实现${evidence}。`] };
}

function evaluateCumulative(
  input: EvaluateTargetInput,
  targetValue: number,
  fromYear: number,
  observation: TObservation,
): TTargetEvaluation {
  let total: number;
  let scope: string;
  if (observation.kind === 'series') {
    const counted = observation.points.filter((point) => point.year >= fromYear && point.year <= input.asOfYear);
    total = counted.reduce((sum, point) => sum + point.value, 0);
    scope = `${fromYear}—${input.asOfYear}年累计`;
  } else if (observation.kind === 'value') {
    total = observation.value;
    scope = `截至${input.asOfYear}年累计`;
  } else {
    return mismatch(input.target.kind, observation.kind);
  }
  const unit = input.unit ?? '';
  const head = `${scope}${formatNumber(total)}${unit}，累计目标${formatNumber(targetValue)}${unit}`;
  return decide(input, total, isAtLeast(total, targetValue), head);
}

function evaluateMeasured(
  input: EvaluateTargetInput,
  observation: TObservation,
  isSatisfied: (actual: number) => boolean,
  targetText: string,
): TTargetEvaluation {
  const measured = measureObservation(observation, input.asOfYear);
  if (measured.kind === 'not_applicable') {
    return { verdict: 'not_applicable', actual: null, reasons: [measured.reason] };
  }
  if (measured.kind === 'missing') {
    return evaluateMissingObservation(input);
  }
  if (measured.kind === 'mismatch') {
    return mismatch(input.target.kind, observation.kind);
  }
  const head = `${input.asOfYear}年实际值${formatMeasured(measured.value, input.unit)}${measured.detail}，目标${targetText}`;
  return decide(input, measured.value, isSatisfied(measured.value), head);
}

type Measured =
  | { kind: 'value'; value: number; detail: string }
  | { kind: 'not_applicable'; reason: string }
  | { kind: 'missing' }
  | { kind: 'mismatch' };

function measureObservation(observation: TObservation, asOfYear: number): Measured {
  switch (observation.kind) {
    case 'value':
      return { kind: 'value', value: observation.value, detail: '' };
    case 'ratio': {
      if (observation.denominator === 0) {
        return {
          kind: 'not_applicable',
          reason: `分母为0（分子${formatNumber(observation.numerator)}），比率不适用，不计为0%或100%。`,
        };
      }
      const value = (observation.numerator * observation.factor) / observation.denominator;
      const detail = `（${formatNumber(observation.numerator)}/${formatNumber(observation.denominator)}）`;
      return { kind: 'value', value, detail };
    }
    case 'series': {
      const value = findValue(observation.points, asOfYear);
      return value === null ? { kind: 'missing' } : { kind: 'value', value, detail: '' };
    }
    case 'qualitative':
    case 'growth_comparison':
      return { kind: 'mismatch' };
  }
}

function decide(input: EvaluateTargetInput, actual: number, isSatisfied: boolean, head: string): TTargetEvaluation {
  if (isSatisfied) {
    return { verdict: 'met', actual, reasons: [`${head}，已达标。`] };
  }
  if (input.asOfYear < input.targetYear) {
    return {
      verdict: 'pending',
      actual,
      reasons: [`${head}，尚未达到；目标年份${input.targetYear}年未到，待评估。`],
    };
  }
  return { verdict: 'not_met', actual, reasons: [`${head}，未达标。`] };
}

function evaluateMissingObservation(input: EvaluateTargetInput): TTargetEvaluation {
  if (input.asOfYear >= input.targetYear && input.attribute === 'binding') {
    return {
      verdict: 'not_met',
      actual: null,
      reasons: [`约束性指标在目标年份${input.targetYear}年后仍无${input.asOfYear}年数据，按未完成处理。`],
    };
  }
  return { verdict: 'pending', actual: null, reasons: [`暂无${input.asOfYear}年数据，待评估。`] };
}

function mismatch(targetKind: TIndicatorTarget['kind'], observationKind: TObservation['kind']): TTargetEvaluation {
  return {
    verdict: 'not_applicable',
    actual: null,
    reasons: [`观测值类型（${observationKind}）与目标类型（${targetKind}）不匹配，无法判定。`],
  };
}

function describeNumericTarget(target: TNumericTarget, unit: string | null | undefined): string {
  const value = `${formatNumber(target.value)}${unit ?? ''}`;
  return target.kind === 'at_least' ? `${value}以上（含）` : `${NUMERIC_COMPARATOR_SYMBOLS[target.kind]}${value}`;
}

function describeRange(range: TRangeTarget, unit: string | null | undefined): string {
  const suffix = unit ?? '';
  const lower = range.min === null ? '−∞' : `${formatNumber(range.min)}${suffix}`;
  const upper = range.max === null ? '+∞' : `${formatNumber(range.max)}${suffix}`;
  return `${range.includesMin ? '[' : '('}${lower}，${upper}${range.includesMax ? ']' : ')'}`;
}

function findValue(points: readonly TYearValue[], year: number): number | null {
  const point = points.find((candidate) => candidate.year === year);
  return point === undefined ? null : point.value;
}
