import { describe, expect, it } from 'vitest';

import { aggregateProgressMeasures, compoundAnnualGrowth, measureProgress, statusFromScore } from './progress-measure.rules';

// Expected numbers are those of sdg-build's ProgressMeasure.py on the same inputs
// (anchors-monitoring-case §3.1 and the worked examples of §3.6).

describe('measureProgress, method 2 (quantitative target)', () => {
  it('§3.6 example A: 48 → 52 (2020 → 2023), target 55 in 2025 → R 0.98, on track, score 2.71', () => {
    const result = measureProgress(
      [
        { year: 2020, value: 48 },
        { year: 2023, value: 52 },
      ],
      { baseYear: 2020, targetYear: 2025, target: 55, direction: 'increase' },
    );
    const observed = (52 / 48) ** (1 / 3) - 1;
    const required = (55 / 48) ** (1 / 5) - 1;
    expect(observed).toBeCloseTo(0.027, 4);
    expect(required).toBeCloseTo(0.0276, 4);
    expect(result.progressValue).toBeCloseTo(observed / required, 12);
    expect(result.progressValue).toBeCloseTo(0.98, 2);
    expect(result.status).toBe('substantial_progress');
    expect(result.score).toBeCloseTo(7.1429 * (observed / required) - 4.2857, 12);
    expect(result.score).toBeCloseTo(2.71, 2);
    expect(result.isTargetAchieved).toBe(false);
  });

  it('§3.6 example B: base 0 is replaced by 0.001 → CAGR_o 3171 %, CAGR_r 771 %, R 4.1', () => {
    const result = measureProgress(
      [
        { year: 2020, value: 0 },
        { year: 2023, value: 35 },
      ],
      { baseYear: 2020, targetYear: 2025, target: 50, direction: 'increase' },
    );
    expect(compoundAnnualGrowth(35, 0.001, 2023, 2020)).toBeCloseTo(31.71, 2);
    expect(compoundAnnualGrowth(50, 0.001, 2025, 2020)).toBeCloseTo(7.71, 2);
    expect(result.baseValue).toBe(0.001);
    expect(result.progressValue).toBeCloseTo(4.1, 1);
    expect(result.status).toBe('substantial_progress');
    expect(result.score).toBe(5);
    expect(result.warnings).toContain('Base value is zero (invalid); calculating progress with base value = 0.001 instead.');
  });

  it('§3.6 example B with base 10 → R 1.36', () => {
    const result = measureProgress(
      [
        { year: 2020, value: 10 },
        { year: 2023, value: 35 },
      ],
      { baseYear: 2020, targetYear: 2025, target: 50, direction: 'increase' },
    );
    expect(result.progressValue).toBeCloseTo(1.365, 3);
    expect(result.status).toBe('substantial_progress');
  });

  it('score function anchors: R 0.60 → 0, 0.95 → 2.5, 1.30 → 5, 0 → −2.5, −0.60 → −5', () => {
    // Required CAGR over 2020–2030 from 100 to 200; observed growth chosen to hit each ratio.
    const required = compoundAnnualGrowth(200, 100, 2030, 2020);
    const scoreFor = (ratio: number) => {
      const current = 100 * (1 + ratio * required) ** 5;
      return measureProgress(
        [
          { year: 2020, value: 100 },
          { year: 2025, value: current },
        ],
        { baseYear: 2020, targetYear: 2030, target: 200, direction: 'increase' },
      );
    };
    expect(scoreFor(0.6).score).toBeCloseTo(0, 3);
    expect(scoreFor(0.7).status).toBe('moderate_progress');
    expect(scoreFor(0.95).score).toBeCloseTo(2.5, 3);
    expect(scoreFor(1.3).score).toBeCloseTo(5, 3);
    expect(scoreFor(0).score).toBeCloseTo(-2.5, 10);
    expect(scoreFor(0).status).toBe('limited_progress');
    expect(scoreFor(-0.6).score).toBeCloseTo(-5, 3);
    expect(scoreFor(-0.6).status).toBe('deterioration');
  });

  it('target achieved → status target_achieved and score 5', () => {
    const result = measureProgress(
      [
        { year: 2020, value: 44.28 },
        { year: 2024, value: 56 },
      ],
      { baseYear: 2020, targetYear: 2025, target: 55, direction: 'increase' },
    );
    expect(result).toMatchObject({ status: 'target_achieved', score: 5, isTargetAchieved: true });
  });

  it('decreasing indicators use direction −1', () => {
    const result = measureProgress(
      [
        { year: 2020, value: 10 },
        { year: 2023, value: 8 },
      ],
      { baseYear: 2020, targetYear: 2025, target: 5, direction: 'decrease' },
    );
    const expected = -((8 / 10) ** (1 / 3) - 1) / Math.abs((5 / 10) ** (1 / 5) - 1);
    expect(result.progressValue).toBeCloseTo(expected, 12);
  });
});

describe('measureProgress, method 1 (no target)', () => {
  const seriesWithGrowth = (growth: number) => [
    { year: 2015, value: 100 },
    { year: 2020, value: 100 * (1 + growth) ** 5 },
  ];
  const config = { baseYear: 2015, targetYear: 2030, target: null, direction: 'increase' } as const;

  it('1.5 % → 2.5 and substantial, 2 % → 5, −2 % → −5', () => {
    const high = measureProgress(seriesWithGrowth(0.015), config);
    expect(high.progressValue).toBeCloseTo(0.015, 12);
    expect(high.score).toBeCloseTo(2.5, 10);
    expect(measureProgress(seriesWithGrowth(0.02), config).score).toBeCloseTo(5, 10);
    const down = measureProgress(seriesWithGrowth(-0.02), config);
    expect(down.score).toBeCloseTo(-5, 10);
    expect(down.status).toBe('deterioration');
  });

  it('0.5 %–1.5 % is moderate (250·G − 1.25); 0–0.5 % limited (500·G − 2.5)', () => {
    const moderate = measureProgress(seriesWithGrowth(0.01), config);
    expect(moderate.status).toBe('moderate_progress');
    expect(moderate.score).toBeCloseTo(250 * 0.01 - 1.25, 10);
    const limited = measureProgress(seriesWithGrowth(0.002), config);
    expect(limited.status).toBe('limited_progress');
    expect(limited.score).toBeCloseTo(500 * 0.002 - 2.5, 10);
  });

  it('a natural limit scales the thresholds by C = 1 − (b/L)^4.44', () => {
    const result = measureProgress(
      [
        { year: 2015, value: 90 },
        { year: 2020, value: 92 },
      ],
      { ...config, limit: 100 },
    );
    const coefficient = 1 - (90 / 100) ** 4.44;
    expect(result.thresholds.coefficient).toBeCloseTo(coefficient, 12);
    expect(result.thresholds.high).toBeCloseTo(0.015 * coefficient, 12);
    const growth = (92 / 90) ** (1 / 5) - 1;
    expect(result.progressValue).toBeCloseTo(growth, 12);
    expect(result.status).toBe('moderate_progress');
    expect(result.score).toBeCloseTo((250 * growth) / coefficient - 1.25, 10);
  });
});

describe('measureProgress: data handling', () => {
  it('moves the base year to the next available year', () => {
    const result = measureProgress(
      [
        { year: 2021, value: 10 },
        { year: 2023, value: 12 },
      ],
      { baseYear: 2020, targetYear: 2025, target: 20, direction: 'increase' },
    );
    expect(result.baseYear).toBe(2021);
  });

  it('needs two distinct years', () => {
    const result = measureProgress([{ year: 2020, value: 10 }], {
      baseYear: 2020,
      targetYear: 2025,
      target: 20,
      direction: 'increase',
    });
    expect(result).toMatchObject({ status: 'not_available', score: null, progressValue: null });
  });

  it('opposite signs are not assessable', () => {
    const result = measureProgress(
      [
        { year: 2020, value: -1 },
        { year: 2023, value: 2 },
      ],
      { baseYear: 2020, targetYear: 2025, target: 5, direction: 'increase' },
    );
    expect(result.status).toBe('not_available');
  });

  it('duplicate years are an error', () => {
    expect(() =>
      measureProgress(
        [
          { year: 2020, value: 1 },
          { year: 2020, value: 2 },
        ],
        { baseYear: 2020, targetYear: 2025, target: 5, direction: 'increase' },
      ),
    ).toThrow('Duplicate values for year(s) 2020');
  });
});

describe('aggregateProgressMeasures', () => {
  it('indicator score is the mean of series scores; achieved only if all series achieved', () => {
    const achieved = measureProgress(
      [
        { year: 2020, value: 50 },
        { year: 2023, value: 60 },
      ],
      { baseYear: 2020, targetYear: 2025, target: 55, direction: 'increase' },
    );
    const exampleA = measureProgress(
      [
        { year: 2020, value: 48 },
        { year: 2023, value: 52 },
      ],
      { baseYear: 2020, targetYear: 2025, target: 55, direction: 'increase' },
    );
    const result = aggregateProgressMeasures([achieved, exampleA]);
    expect(result.score).toBeCloseTo((5 + (exampleA.score ?? 0)) / 2, 12);
    expect(result.status).toBe('substantial_progress');
    expect(aggregateProgressMeasures([achieved, achieved]).status).toBe('target_achieved');
    expect(aggregateProgressMeasures([])).toEqual({ score: null, status: 'not_available' });
  });

  it('status bands from the score', () => {
    expect(statusFromScore(2.5, false)).toBe('substantial_progress');
    expect(statusFromScore(0, false)).toBe('moderate_progress');
    expect(statusFromScore(-0.01, false)).toBe('limited_progress');
    expect(statusFromScore(-2.51, false)).toBe('deterioration');
  });
});
