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
