import { describe, expect, it } from 'vitest';

import { assessTimeProgress, DEFAULT_TIME_PROGRESS_CUT_OFFS, expectLinearValue } from './time-progress.rules';

describe('expectLinearValue', () => {
  it('anchors §3.6 example A: 48 (2020) → 55 (2025) gives 52.2 in 2023', () => {
    const value = expectLinearValue({
      baselineYear: 2020,
      baselineValue: 48,
      targetYear: 2025,
      targetValue: 55,
      year: 2023,
    });
    expect(value).toBeCloseTo(52.2, 10);
  });

  it('caps the elapsed share at the target year', () => {
    const value = expectLinearValue({
      baselineYear: 2020,
      baselineValue: 48,
      targetYear: 2025,
      targetValue: 55,
      year: 2026,
    });
    expect(value).toBe(55);
  });
});

describe('assessTimeProgress', () => {
  it('example A: distance 0.571 vs time 0.60 is on track (99.6 % of the expected value)', () => {
    const result = assessTimeProgress({
      baseline: { year: 2020, value: 48 },
      target: { year: 2025, value: 55 },
      observations: [{ year: 2023, value: 52 }],
      asOfYear: 2023,
      direction: 'increase',
    });
    expect(result.verdict).toBe('on_track');
    expect(result.timeShare).toBeCloseTo(0.6, 10);
    expect(result.distanceShare).toBeCloseTo(4 / 7, 10);
    expect(result.scheduleRatio).toBeCloseTo(4 / 7 / 0.6, 10);
    expect(result.expectedValue).toBeCloseTo(52.2, 10);
    expect((result.actualValue ?? 0) / (result.expectedValue ?? 1)).toBeCloseTo(0.996, 3);
    expect(result.reasons).toEqual([
      '时间进度60.0%，完成进度57.1%（2023年按线性进度应达52.2，实际52；基期2020年48，目标2025年55），' +
        '完成进度为时间进度的95.2%，进度正常。',
    ]);
  });

  it('example B with base 10: 35 of 50 by 2023 covers 0.625 of the distance vs 0.60 of time', () => {
    const result = assessTimeProgress({
      baseline: { year: 2020, value: 10 },
      target: { year: 2025, value: 50 },
      observations: [{ year: 2023, value: 35 }],
      asOfYear: 2023,
      direction: 'increase',
    });
    expect(result.distanceShare).toBeCloseTo(0.625, 10);
    expect(result.verdict).toBe('on_track');
  });

  it('grades ahead / lagging / seriously lagging with the default cut-offs', () => {
    const verdictAt = (value: number) =>
      assessTimeProgress({
        baseline: { year: 2020, value: 0 },
        target: { year: 2025, value: 100 },
        observations: [{ year: 2023, value }],
        asOfYear: 2023,
        direction: 'increase',
      }).verdict;
    // Time share 0.6, so the expected value is 60.
    expect(verdictAt(66)).toBe('ahead');
    expect(verdictAt(65.9)).toBe('on_track');
    expect(verdictAt(54)).toBe('on_track');
    expect(verdictAt(53.9)).toBe('lagging');
    expect(verdictAt(36)).toBe('lagging');
    expect(verdictAt(35.9)).toBe('seriously_lagging');
    expect(verdictAt(-1)).toBe('seriously_lagging');
  });

  it('cut-offs are configurable', () => {
    const result = assessTimeProgress({
      baseline: { year: 2020, value: 0 },
      target: { year: 2025, value: 100 },
      observations: [{ year: 2023, value: 50 }],
      asOfYear: 2023,
      direction: 'increase',
      cutOffs: { ...DEFAULT_TIME_PROGRESS_CUT_OFFS, onTrackFrom: 0.8 },
    });
    expect(result.verdict).toBe('on_track');
  });

  it('handles decreasing indicators (both distances negative)', () => {
    const onTrack = assessTimeProgress({
      baseline: { year: 2020, value: 10 },
      target: { year: 2025, value: 5 },
      observations: [{ year: 2023, value: 7 }],
      asOfYear: 2023,
      direction: 'decrease',
    });
    expect(onTrack.distanceShare).toBeCloseTo(0.6, 10);
    expect(onTrack.expectedValue).toBeCloseTo(7, 10);
    expect(onTrack.verdict).toBe('on_track');

    const worse = assessTimeProgress({
      baseline: { year: 2020, value: 10 },
      target: { year: 2025, value: 5 },
      observations: [{ year: 2023, value: 11 }],
      asOfYear: 2023,
      direction: 'decrease',
    });
    expect(worse.verdict).toBe('seriously_lagging');
  });

  it('blank baseline 「—」: uses the earliest observation as a substitute baseline', () => {
    // 广西 row 15 乡镇(街道)未成年人保护工作站覆盖率: 2020 「—」, 2025 target 50.
    const result = assessTimeProgress({
      baseline: { year: 2020, value: null },
      target: { year: 2025, value: 50 },
      observations: [
        { year: 2021, value: 10 },
        { year: 2023, value: 32 },
      ],
      asOfYear: 2023,
      direction: 'increase',
    });
    expect(result.baselineSource).toBe('substitute');
    expect(result.baselineYear).toBe(2021);
    expect(result.timeShare).toBeCloseTo(0.5, 10);
    expect(result.distanceShare).toBeCloseTo(22 / 40, 10);
    expect(result.verdict).toBe('ahead');
    expect(result.reasons[0]).toBe('基期（2020年）值空缺，以最早观测值（2021年10）作为替代基期。');
  });

  it('blank baseline without an earlier observation is not assessable', () => {
    const result = assessTimeProgress({
      baseline: { year: 2020, value: null },
      target: { year: 2025, value: 50 },
      observations: [{ year: 2023, value: 32 }],
      asOfYear: 2023,
      direction: 'increase',
    });
    expect(result.verdict).toBeNull();
    expect(result.baselineSource).toBe('none');
    expect(result.reasons[0]).toContain('基期值空缺');
  });

  it('maintained targets (100 → 100) are on track while held', () => {
    const held = assessTimeProgress({
      baseline: { year: 2020, value: 100 },
      target: { year: 2025, value: 100 },
      observations: [{ year: 2023, value: 100 }],
      asOfYear: 2023,
      direction: 'maintain',
    });
    const dropped = assessTimeProgress({
      baseline: { year: 2020, value: 100 },
      target: { year: 2025, value: 100 },
      observations: [{ year: 2023, value: 98 }],
      asOfYear: 2023,
      direction: 'maintain',
    });
    expect(held.verdict).toBe('on_track');
    expect(dropped.verdict).toBe('lagging');
  });

  it('missing observation or a year not after the baseline gives no verdict', () => {
    const missing = assessTimeProgress({
      baseline: { year: 2020, value: 48 },
      target: { year: 2025, value: 55 },
      observations: [],
      asOfYear: 2023,
      direction: 'increase',
    });
    expect(missing.verdict).toBeNull();
    const atBase = assessTimeProgress({
      baseline: { year: 2020, value: 48 },
      target: { year: 2025, value: 55 },
      observations: [{ year: 2020, value: 48 }],
      asOfYear: 2020,
      direction: 'increase',
    });
    expect(atBase.verdict).toBeNull();
  });
});

describe('assessTimeProgress at a quarter end (季报)', () => {
  const input = (value: number, year: number, quarter?: number) => ({
    baseline: { year: 2020, value: 48 },
    target: { year: 2025, value: 55 },
    observations: [{ year, value }],
    asOfYear: year,
    ...(quarter === undefined ? {} : { asOfQuarter: quarter }),
    direction: 'increase' as const,
  });

  it('takes the elapsed share of the period at the quarter end: 2023 Q2 is 2.5 of 5 years', () => {
    const result = assessTimeProgress(input(51.5, 2023, 2));
    expect(result.timeShare).toBeCloseTo(0.5, 10);
    expect(result.expectedValue).toBeCloseTo(51.5, 10);
    expect(result.scheduleRatio).toBeCloseTo(1, 10);
    expect(result.verdict).toBe('on_track');
    expect(result.reasons[0]).toContain('2023年第2季度末按线性进度应达51.5');
  });

  it('judges the same value by when it was reached: 51 is on track at 2023 Q1 but lagging at 2023 Q2', () => {
    const q1 = assessTimeProgress(input(51, 2023, 1));
    const q2 = assessTimeProgress(input(51, 2023, 2));
    expect(q1.timeShare).toBeCloseTo(0.45, 10);
    expect(q1.scheduleRatio).toBeCloseTo(3 / 7 / 0.45, 10);
    expect(q1.verdict).toBe('on_track');
    expect(q2.scheduleRatio).toBeCloseTo(3 / 7 / 0.5, 10);
    expect(q2.verdict).toBe('lagging');
  });

  it('Q4 stands at the year end: the same as the annual verdict', () => {
    const q4 = assessTimeProgress(input(52, 2023, 4));
    const annual = assessTimeProgress(input(52, 2023));
    expect(q4.timeShare).toBeCloseTo(annual.timeShare ?? Number.NaN, 10);
    expect(q4.verdict).toBe(annual.verdict);
  });

  it('the first quarter after the baseline year has a quarter of a year elapsed; the baseline year itself none', () => {
    const first = assessTimeProgress(input(48.35, 2021, 1));
    expect(first.timeShare).toBeCloseTo(0.05, 10);
    expect(first.expectedValue).toBeCloseTo(48.35, 10);
    expect(first.verdict).toBe('on_track');
    const base = assessTimeProgress({ ...input(48, 2021, 1), baseline: { year: 2021, value: 48 } });
    expect(base.verdict).toBeNull();
    expect(base.reasons.at(-1)).toContain('2021年第1季度末不晚于基期2021年');
  });
});

describe('configurable cut-offs', () => {
  it('example A (完成进度为时间进度的95.2%) is 进度正常 by default and 滞后 when 进度正常 starts at 96 %', () => {
    const base = {
      baseline: { year: 2020, value: 48 },
      target: { year: 2025, value: 55 },
      observations: [{ year: 2023, value: 52 }],
      asOfYear: 2023,
      direction: 'increase' as const,
    };
    expect(assessTimeProgress(base).verdict).toBe('on_track');
    const strict = assessTimeProgress({ ...base, cutOffs: { aheadFrom: 1.2, onTrackFrom: 0.96, laggingFrom: 0.7 } });
    expect(strict.verdict).toBe('lagging');
    expect(strict.reasons[0]).toContain('滞后');
  });
});
