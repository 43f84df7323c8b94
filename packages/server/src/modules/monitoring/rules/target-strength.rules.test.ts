import { describe, expect, it } from 'vitest';

import { compareAttributeStrength, compareTargetStrength } from './target-strength.rules';

describe('compareTargetStrength', () => {
  it('local 「30」 (≥30) is weaker than national 「>30」', () => {
    expect(compareTargetStrength({ kind: 'gte', value: 30, isImplicit: true }, { kind: 'gt', value: 30 })).toBe('weaker');
  });

  it('equal, stronger and weaker numeric targets', () => {
    expect(compareTargetStrength({ kind: 'at_least', value: 55 }, { kind: 'gte', value: 55 })).toBe('equal');
    expect(compareTargetStrength({ kind: 'gte', value: 70 }, { kind: 'gte', value: 55 })).toBe('stronger');
    expect(compareTargetStrength({ kind: 'gte', value: 70 }, { kind: 'gte', value: 75 })).toBe('weaker');
    expect(compareTargetStrength({ kind: 'gt', value: 30 }, { kind: 'gte', value: 30 })).toBe('stronger');
    expect(compareTargetStrength({ kind: 'eq', value: 100 }, { kind: 'gte', value: 100 })).toBe('stronger');
    expect(compareTargetStrength({ kind: 'lte', value: 4 }, { kind: 'lte', value: 5 })).toBe('stronger');
  });

  it('same relative-growth rule is equal; different kinds are not comparable', () => {
    const growth = { kind: 'relative_growth', reference: '居民上年度人均消费支出增速', referenceLagYears: 1 } as const;
    expect(compareTargetStrength(growth, growth)).toBe('equal');
    expect(compareTargetStrength({ kind: 'gte', value: 30 }, growth)).toBe('not_comparable');
  });
});

describe('compareAttributeStrength', () => {
  it('约束性 is stronger than 预期性; unstated is unknown', () => {
    expect(compareAttributeStrength('binding', 'expected')).toBe('stronger');
    expect(compareAttributeStrength('expected', 'binding')).toBe('weaker');
    expect(compareAttributeStrength('binding', 'binding')).toBe('equal');
    expect(compareAttributeStrength(null, 'binding')).toBe('unknown');
  });
});
