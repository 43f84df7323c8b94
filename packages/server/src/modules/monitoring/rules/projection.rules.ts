import type { TYearValue } from '@mz/shared';

import { compoundAnnualGrowth } from './progress-measure.rules';

// Projection of an indicator to the target year, from the observed trend. Two models:
// - linear: ordinary least squares over all points (with two points: the line through them);
// - compound: the growth rate between the first and the latest point, carried forward
//   (ŷ_T = y_t·(1 + CAGR)^(T − t), the two-point fallback of anchors §3.2 step 1).

export type Projection =
  | {
      kind: 'projected';
      model: 'linear' | 'compound';
      toYear: number;
      value: number;
      /** Linear: change per year. Compound: growth rate per year (0.027 = 2.7 %). */
      ratePerYear: number;
      fromYears: { first: number; latest: number };
    }
  | { kind: 'not_projectable'; model: 'linear' | 'compound'; reason: string };

export function projectLinear(input: { points: readonly TYearValue[]; toYear: number }): Projection {
  const points = sortedDistinctYears(input.points);
  if (points === null) {
    return { kind: 'not_projectable', model: 'linear', reason: '存在重复年份的观测值，无法推算。' };
  }
  const first = points[0];
  const latest = points[points.length - 1];
  if (first === undefined || latest === undefined || points.length < 2) {
    return { kind: 'not_projectable', model: 'linear', reason: '至少需要两个不同年份的观测值。' };
  }
  const meanYear = points.reduce((sum, point) => sum + point.year, 0) / points.length;
  const meanValue = points.reduce((sum, point) => sum + point.value, 0) / points.length;
  const covariance = points.reduce((sum, point) => sum + (point.year - meanYear) * (point.value - meanValue), 0);
  const variance = points.reduce((sum, point) => sum + (point.year - meanYear) ** 2, 0);
  const slope = covariance / variance;
  return {
    kind: 'projected',
    model: 'linear',
    toYear: input.toYear,
    value: meanValue + slope * (input.toYear - meanYear),
    ratePerYear: slope,
    fromYears: { first: first.year, latest: latest.year },
  };
}

export function projectCompound(input: { points: readonly TYearValue[]; toYear: number }): Projection {
  const points = sortedDistinctYears(input.points);
  if (points === null) {
    return { kind: 'not_projectable', model: 'compound', reason: '存在重复年份的观测值，无法推算。' };
  }
  const first = points[0];
  const latest = points[points.length - 1];
  if (first === undefined || latest === undefined || points.length < 2) {
    return { kind: 'not_projectable', model: 'compound', reason: '至少需要两个不同年份的观测值。' };
  }
  if (first.value === 0) {
    return { kind: 'not_projectable', model: 'compound', reason: `起始值（${first.year}年）为0，无法按复合增长推算。` };
  }
  if (Math.sign(first.value) !== Math.sign(latest.value)) {
    return { kind: 'not_projectable', model: 'compound', reason: '起始值与最新值符号相反，无法按复合增长推算。' };
  }
  const growth = compoundAnnualGrowth(latest.value, first.value, latest.year, first.year);
  return {
    kind: 'projected',
    model: 'compound',
    toYear: input.toYear,
    value: latest.value * (1 + growth) ** (input.toYear - latest.year),
    ratePerYear: growth,
    fromYears: { first: first.year, latest: latest.year },
  };
}

function sortedDistinctYears(points: readonly TYearValue[]): TYearValue[] | null {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const hasDuplicates = sorted.some((point, index) => index > 0 && sorted[index - 1]?.year === point.year);
  return hasDuplicates ? null : sorted;
}
