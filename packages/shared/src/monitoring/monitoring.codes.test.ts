import { describe, expect, it } from 'vitest';

import {
  CASCADE_LINK_KIND_LABELS,
  CASCADE_LINK_KINDS,
  COMPARATOR_KIND_LABELS,
  COMPARATOR_KINDS,
  INDICATOR_ATTRIBUTE_LABELS,
  NUMERIC_COMPARATOR_KINDS,
  PLAN_LEVEL_LABELS,
  PLAN_LEVELS,
  TARGET_VERDICT_LABELS,
  TARGET_VERDICTS,
  TIME_PROGRESS_VERDICT_LABELS,
  TIME_PROGRESS_VERDICTS,
} from './monitoring.codes';
import { ZIndicatorTarget, ZObservation, ZSeedPlan } from './monitoring.contract';

describe('monitoring codes', () => {
  it('label maps cover exactly the closed sets', () => {
    expect(Object.keys(PLAN_LEVEL_LABELS)).toEqual([...PLAN_LEVELS]);
    expect(Object.keys(COMPARATOR_KIND_LABELS)).toEqual([...COMPARATOR_KINDS]);
    expect(Object.keys(CASCADE_LINK_KIND_LABELS)).toEqual([...CASCADE_LINK_KINDS]);
    expect(Object.keys(TARGET_VERDICT_LABELS)).toEqual([...TARGET_VERDICTS]);
    expect(Object.keys(TIME_PROGRESS_VERDICT_LABELS)).toEqual([...TIME_PROGRESS_VERDICTS]);
  });

  it('uses the Chinese terms of the plans', () => {
    expect(INDICATOR_ATTRIBUTE_LABELS).toEqual({ binding: '约束性', expected: '预期性' });
    expect(TIME_PROGRESS_VERDICT_LABELS).toEqual({
      ahead: '超额完成',
      on_track: '进度正常',
      lagging: '滞后',
      seriously_lagging: '严重滞后',
    });
  });

  it('numeric comparators are a subset of all comparators', () => {
    for (const kind of NUMERIC_COMPARATOR_KINDS) {
      expect(COMPARATOR_KINDS).toContain(kind);
    }
  });
});

describe('monitoring contract', () => {
  it('accepts every target kind and rejects unknown kinds', () => {
    const targets = [
      { kind: 'gte', value: 55 },
      { kind: 'gt', value: 30 },
      { kind: 'at_least', value: 80 },
      { kind: 'eq', value: 100, isImplicit: true },
      { kind: 'range', min: 0, max: 5, includesMin: true, includesMax: false },
      { kind: 'cumulative', value: 104, fromYear: 2021 },
      { kind: 'qualitative', description: '基本建立' },
      { kind: 'relative_growth', reference: '居民上年度人均消费支出增速', referenceLagYears: 1 },
    ];
    for (const target of targets) {
      expect(ZIndicatorTarget.safeParse(target).success).toBe(true);
    }
    expect(ZIndicatorTarget.safeParse({ kind: 'about', value: 1 }).success).toBe(false);
  });

  it('requires a positive factor on ratio observations', () => {
    expect(ZObservation.safeParse({ kind: 'ratio', numerator: 1, denominator: 5, factor: 100 }).success).toBe(true);
    expect(ZObservation.safeParse({ kind: 'ratio', numerator: 1, denominator: 5, factor: 0 }).success).toBe(false);
  });

  it('rejects a plan with an unknown level', () => {
    expect(ZSeedPlan.safeParse({ level: 'municipal' }).success).toBe(false);
  });
});
