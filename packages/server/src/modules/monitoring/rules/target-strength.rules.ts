import type { IndicatorAttribute, TIndicatorTarget } from '@mz/shared';

// Is a local target weaker than the national one it implements (地方目标不低于国家目标)? Two
// numeric targets are compared by the set of values each accepts: the local target is weaker when
// it accepts a value the national target rejects (local 「30」 accepts 30, national 「>30」 does not).

export type TargetStrength = 'weaker' | 'equal' | 'stronger' | 'not_comparable';
export type AttributeStrength = 'weaker' | 'equal' | 'stronger' | 'unknown';

type Bound = { value: number; isInclusive: boolean };
type Interval = { lower: Bound | null; upper: Bound | null };

export function compareTargetStrength(local: TIndicatorTarget, national: TIndicatorTarget): TargetStrength {
  if (local.kind === 'relative_growth' && national.kind === 'relative_growth') {
    const localMargin = local.marginPoints ?? 0;
    const nationalMargin = national.marginPoints ?? 0;
    if (local.referenceLagYears !== national.referenceLagYears) {
      return 'not_comparable';
    }
    return localMargin === nationalMargin ? 'equal' : localMargin > nationalMargin ? 'weaker' : 'stronger';
  }
  if (local.kind === 'qualitative' && national.kind === 'qualitative') {
    return local.description === national.description ? 'equal' : 'not_comparable';
  }
  if (local.kind === 'cumulative' && national.kind === 'cumulative') {
    if (local.fromYear !== national.fromYear) {
      return 'not_comparable';
    }
    return local.value === national.value ? 'equal' : local.value < national.value ? 'weaker' : 'stronger';
  }
  const localInterval = toInterval(local);
  const nationalInterval = toInterval(national);
  if (localInterval === null || nationalInterval === null) {
    return 'not_comparable';
  }
  const isLocalInside = contains(nationalInterval, localInterval);
  const isNationalInside = contains(localInterval, nationalInterval);
  if (isLocalInside && isNationalInside) {
    return 'equal';
  }
  return isLocalInside ? 'stronger' : 'weaker';
}

/** 约束性 is stronger than 预期性; an attribute the source does not state cannot be compared. */
export function compareAttributeStrength(local: IndicatorAttribute | null, national: IndicatorAttribute | null): AttributeStrength {
  if (local === null || national === null) {
    return 'unknown';
  }
  if (local === national) {
    return 'equal';
  }
  return local === 'binding' ? 'stronger' : 'weaker';
}

function toInterval(target: TIndicatorTarget): Interval | null {
  switch (target.kind) {
    case 'gte':
    case 'at_least':
      return { lower: { value: target.value, isInclusive: true }, upper: null };
    case 'gt':
      return { lower: { value: target.value, isInclusive: false }, upper: null };
    case 'eq':
      return {
        lower: { value: target.value, isInclusive: true },
        upper: { value: target.value, isInclusive: true },
      };
    case 'lte':
      return { lower: null, upper: { value: target.value, isInclusive: true } };
    case 'lt':
      return { lower: null, upper: { value: target.value, isInclusive: false } };
    case 'range':
      return {
        lower: target.min === null ? null : { value: target.min, isInclusive: target.includesMin },
        upper: target.max === null ? null : { value: target.max, isInclusive: target.includesMax },
      };
    case 'cumulative':
    case 'qualitative':
    case 'relative_growth':
      return null;
  }
}

/** Whether every value of `inner` lies in `outer`. */
function contains(outer: Interval, inner: Interval): boolean {
  return isLowerWithin(outer.lower, inner.lower) && isUpperWithin(outer.upper, inner.upper);
}

function isLowerWithin(outer: Bound | null, inner: Bound | null): boolean {
  if (outer === null) {
    return true;
  }
  if (inner === null) {
    return false;
  }
  if (inner.value !== outer.value) {
    return inner.value > outer.value;
  }
  return outer.isInclusive || !inner.isInclusive;
}

function isUpperWithin(outer: Bound | null, inner: Bound | null): boolean {
  if (outer === null) {
    return true;
  }
  if (inner === null) {
    return false;
  }
  if (inner.value !== outer.value) {
    return inner.value < outer.value;
  }
  return outer.isInclusive || !inner.isInclusive;
}
