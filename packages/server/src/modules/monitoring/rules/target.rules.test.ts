import { describe, expect, it } from 'vitest';

import { compareGrowth, evaluateTarget } from './target.rules';

describe('evaluateTarget: numeric comparators', () => {
  it('≥55: met, pending before the target year, not met at the target year', () => {
    const target = { kind: 'gte', value: 55 } as const;
    const met = evaluateTarget({
      target,
      targetYear: 2025,
      asOfYear: 2024,
      observation: { kind: 'value', value: 56.2 },
      unit: '%',
    });
    expect(met.verdict).toBe('met');
    expect(met.reasons[0]).toBe('2024年实际值56.2%，目标≥55%，已达标。');

    const pending = evaluateTarget({
      target,
      targetYear: 2025,
      asOfYear: 2023,
      observation: { kind: 'value', value: 52 },
      unit: '%',
    });
    expect(pending.verdict).toBe('pending');
    expect(pending.reasons[0]).toContain('目标年份2025年未到');

    const notMet = evaluateTarget({
      target,
      targetYear: 2025,
      asOfYear: 2025,
      observation: { kind: 'value', value: 54.9 },
      unit: '%',
    });
    expect(notMet).toEqual({
      verdict: 'not_met',
      actual: 54.9,
      reasons: ['2025年实际值54.9%，目标≥55%，未达标。'],
    });
  });

  it('>30 is strict: exactly 30 is not met, 30.1 is met', () => {
    const target = { kind: 'gt', value: 30 } as const;
    const at30 = evaluateTarget({ target, targetYear: 2025, asOfYear: 2025, observation: { kind: 'value', value: 30 } });
    const above = evaluateTarget({
      target,
      targetYear: 2025,
      asOfYear: 2025,
      observation: { kind: 'value', value: 30.1 },
    });
    expect(at30.verdict).toBe('not_met');
    expect(above.verdict).toBe('met');
  });

  it('以上 (at_least) is inclusive', () => {
    const result = evaluateTarget({
      target: { kind: 'at_least', value: 80 },
      targetYear: 2025,
      asOfYear: 2025,
      observation: { kind: 'value', value: 80 },
      unit: '%',
    });
    expect(result.verdict).toBe('met');
    expect(result.reasons[0]).toContain('目标80%以上（含）');
  });

  it('= tolerates floating-point noise only', () => {
    const target = { kind: 'eq', value: 100 } as const;
    const exact = evaluateTarget({
      target,
      targetYear: 2025,
      asOfYear: 2025,
      observation: { kind: 'ratio', numerator: 3, denominator: 3, factor: 100 },
    });
    const short = evaluateTarget({
      target,
      targetYear: 2025,
      asOfYear: 2025,
      observation: { kind: 'ratio', numerator: 999, denominator: 1000, factor: 100 },
    });
    expect(exact.verdict).toBe('met');
    expect(short.verdict).toBe('not_met');
  });

  it('≤ and < for decreasing indicators', () => {
    const lte = evaluateTarget({
      target: { kind: 'lte', value: 5 },
      targetYear: 2025,
      asOfYear: 2025,
      observation: { kind: 'value', value: 5 },
    });
    const lt = evaluateTarget({
      target: { kind: 'lt', value: 5 },
      targetYear: 2025,
      asOfYear: 2025,
      observation: { kind: 'value', value: 5 },
    });
    expect(lte.verdict).toBe('met');
    expect(lt.verdict).toBe('not_met');
  });

  it('range: inclusive and exclusive bounds', () => {
    const target = { kind: 'range', min: 30, max: 40, includesMin: true, includesMax: false } as const;
    const verdictFor = (value: number) =>
      evaluateTarget({ target, targetYear: 2025, asOfYear: 2025, observation: { kind: 'value', value } }).verdict;
    expect(verdictFor(30)).toBe('met');
    expect(verdictFor(39.9)).toBe('met');
    expect(verdictFor(40)).toBe('not_met');
    expect(verdictFor(29)).toBe('not_met');
  });
});

describe('evaluateTarget: ratios (indicator-definitions §2.16)', () => {
  it('E4 escort-home rate 27/29 = 93.1 % misses the binding 100 % target', () => {
    const result = evaluateTarget({
      target: { kind: 'gte', value: 100, isImplicit: true },
      targetYear: 2025,
      asOfYear: 2025,
      observation: { kind: 'ratio', numerator: 27, denominator: 29, factor: 100 },
      unit: '%',
      attribute: 'binding',
    });
    expect(result.verdict).toBe('not_met');
    expect(result.actual).toBeCloseTo(93.1034, 4);
    expect(result.reasons[0]).toBe('2025年实际值93.1%（27/29），目标≥100%，未达标。');
  });

  it('E6 living-subsidy coverage 992/1015 = 97.7 %', () => {
    const result = evaluateTarget({
      target: { kind: 'gte', value: 100, isImplicit: true },
      targetYear: 2025,
      asOfYear: 2024,
      observation: { kind: 'ratio', numerator: 992, denominator: 1015, factor: 100 },
      unit: '%',
    });
    expect(result.verdict).toBe('pending');
    expect(result.reasons[0]).toContain('97.7%（992/1015）');
  });

  it('E2 rural/urban standard 550/740 = 74.3 % is below 75 %', () => {
    const result = evaluateTarget({
      target: { kind: 'gte', value: 75, isImplicit: true },
      targetYear: 2025,
      asOfYear: 2025,
      observation: { kind: 'ratio', numerator: 6600 / 12, denominator: 740, factor: 100 },
      unit: '%',
    });
    expect(result.verdict).toBe('not_met');
    expect(result.actual).toBeCloseTo(74.324, 3);
  });

  it('a zero denominator is not applicable (neither 0 % nor 100 %)', () => {
    const result = evaluateTarget({
      target: { kind: 'gte', value: 50, isImplicit: true },
      targetYear: 2025,
      asOfYear: 2025,
      observation: { kind: 'ratio', numerator: 0, denominator: 0, factor: 100 },
      unit: '%',
      attribute: 'binding',
    });
    expect(result).toEqual({
      verdict: 'not_applicable',
      actual: null,
      reasons: ['分母为0（分子0），比率不适用，不计为0%或100%。'],
    });
  });
});

describe('evaluateTarget: missing data and mismatches', () => {
  it('binding indicator without data at the target year is not met; expected is pending', () => {
    const base = { target: { kind: 'gte', value: 100 } as const, targetYear: 2025, asOfYear: 2025, observation: null };
    expect(evaluateTarget({ ...base, attribute: 'binding' }).verdict).toBe('not_met');
    expect(evaluateTarget({ ...base, attribute: 'expected' }).verdict).toBe('pending');
    expect(evaluateTarget({ ...base, asOfYear: 2023, attribute: 'binding' }).verdict).toBe('pending');
  });

  it('a series observation is judged at asOfYear', () => {
    const result = evaluateTarget({
      target: { kind: 'gte', value: 55 },
      targetYear: 2025,
      asOfYear: 2025,
      observation: {
        kind: 'series',
        points: [
          { year: 2024, value: 50 },
          { year: 2025, value: 56 },
        ],
      },
    });
    expect(result.verdict).toBe('met');
    expect(result.actual).toBe(56);
  });

  it('an observation of the wrong kind is not applicable', () => {
    const result = evaluateTarget({
      target: { kind: 'gte', value: 55 },
      targetYear: 2025,
      asOfYear: 2025,
      observation: { kind: 'qualitative', isAchieved: true },
    });
    expect(result.verdict).toBe('not_applicable');
  });
});

describe('evaluateTarget: cumulative and qualitative', () => {
  // 文山 专栏2: 104 township workstations over 2021–2025 (10 + 20 + 30 + 30 + 14).
  const schedule = [
    { year: 2021, value: 10 },
    { year: 2022, value: 20 },
    { year: 2023, value: 30 },
    { year: 2024, value: 30 },
    { year: 2025, value: 14 },
  ];
  const target = { kind: 'cumulative', value: 104, fromYear: 2021 } as const;

  it('sums the yearly flows up to asOfYear', () => {
    const midway = evaluateTarget({
      target,
      targetYear: 2025,
      asOfYear: 2023,
      observation: { kind: 'series', points: schedule },
      unit: '个',
    });
    expect(midway.verdict).toBe('pending');
    expect(midway.actual).toBe(60);
    expect(midway.reasons[0]).toContain('2021—2023年累计60个，累计目标104个');

    const done = evaluateTarget({
      target,
      targetYear: 2025,
      asOfYear: 2025,
      observation: { kind: 'series', points: schedule },
      unit: '个',
    });
    expect(done.verdict).toBe('met');
    expect(done.actual).toBe(104);
  });

  it('accepts an already cumulated total', () => {
    const result = evaluateTarget({ target, targetYear: 2025, asOfYear: 2025, observation: { kind: 'value', value: 100 } });
    expect(result.verdict).toBe('not_met');
  });

  it('qualitative: achieved, pending, not met', () => {
    const qualitative = { kind: 'qualitative', description: '基本建立三级养老服务网络' } as const;
    expect(
      evaluateTarget({
        target: qualitative,
        targetYear: 2025,
        asOfYear: 2024,
        observation: { kind: 'qualitative', isAchieved: true, evidence: '验收报告' },
      }).reasons[0],
    ).toBe('定性目标已实现（依据：验收报告）。');
    expect(
      evaluateTarget({
        target: qualitative,
        targetYear: 2025,
        asOfYear: 2024,
        observation: { kind: 'qualitative', isAchieved: false },
      }).verdict,
    ).toBe('pending');
    expect(
      evaluateTarget({
        target: qualitative,
        targetYear: 2025,
        asOfYear: 2025,
        observation: { kind: 'qualitative', isAchieved: false },
      }).verdict,
    ).toBe('not_met');
  });
});

describe('evaluateTarget: 不低于居民上年度人均消费支出增速 (relative_growth)', () => {
  const target = {
    kind: 'relative_growth',
    reference: '居民上年度人均消费支出增速',
    referenceLagYears: 1,
  } as const;
  // E1: urban standard 700 → 740 元/月 (2023 → 2024); consumption 30,000 → 31,500 元 (2022 → 2023).
  const own = [
    { year: 2023, value: 700 },
    { year: 2024, value: 740 },
  ];
  const reference = [
    { year: 2022, value: 30000 },
    { year: 2023, value: 31500 },
  ];

  it('E1: 5.7 % ≥ 5.0 % → met for 2024', () => {
    const result = evaluateTarget({
      target,
      targetYear: 2025,
      asOfYear: 2024,
      observation: { kind: 'growth_comparison', own, reference },
    });
    expect(result.verdict).toBe('met');
    expect(result.actual).toBeCloseTo(5.714, 3);
    expect(result.reasons[0]).toBe('2024年增速5.7%，不低于参照指标（居民上年度人均消费支出增速）2023年增速5.0%，达标。');
  });

  it('uses the previous year of the reference series, not the same year', () => {
    // Consumption jumps in 2024 (+10 %), which must not count against the 2024 standard.
    const result = evaluateTarget({
      target,
      targetYear: 2025,
      asOfYear: 2024,
      observation: { kind: 'growth_comparison', own, reference: [...reference, { year: 2024, value: 34650 }] },
    });
    expect(result.verdict).toBe('met');
  });

  it('growth below the reference growth is not met (an annual target is never pending)', () => {
    const result = evaluateTarget({
      target,
      targetYear: 2025,
      asOfYear: 2024,
      observation: {
        kind: 'growth_comparison',
        own: [
          { year: 2023, value: 700 },
          { year: 2024, value: 728 },
        ],
        reference,
      },
    });
    expect(result.verdict).toBe('not_met');
    expect(result.reasons[0]).toBe('2024年增速4.0%，低于参照指标（居民上年度人均消费支出增速）2023年增速5.0%，未达标。');
  });

  it('missing points are pending; a zero base is not applicable', () => {
    const missing = evaluateTarget({
      target,
      targetYear: 2025,
      asOfYear: 2024,
      observation: { kind: 'growth_comparison', own, reference: [{ year: 2023, value: 31500 }] },
    });
    expect(missing.verdict).toBe('pending');
    expect(missing.reasons[0]).toContain('参照指标2022年值');

    const zero = compareGrowth({
      own: [
        { year: 2023, value: 0 },
        { year: 2024, value: 740 },
      ],
      reference,
      year: 2024,
      referenceLagYears: 1,
    });
    expect(zero).toEqual({ kind: 'zero_base', series: 'own', year: 2023 });
  });
});
