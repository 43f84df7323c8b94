import { describe, expect, it } from 'vitest';

import { projectCompound, projectLinear } from './projection.rules';

describe('projectLinear', () => {
  it('two points: the line through them (48 → 52 over 2020–2023 gives 54.67 in 2025)', () => {
    const result = projectLinear({
      points: [
        { year: 2020, value: 48 },
        { year: 2023, value: 52 },
      ],
      toYear: 2025,
    });
    expect(result.kind).toBe('projected');
    if (result.kind === 'projected') {
      expect(result.value).toBeCloseTo(52 + (2 * 4) / 3, 10);
      expect(result.ratePerYear).toBeCloseTo(4 / 3, 10);
    }
  });

  it('least squares over all points', () => {
    const result = projectLinear({
      points: [
        { year: 2021, value: 10 },
        { year: 2022, value: 14 },
        { year: 2023, value: 15 },
      ],
      toYear: 2025,
    });
    // slope = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = (−1·−3 + 0 + 1·2)/2 = 2.5; ȳ = 13 at 2022 → 20.5 in 2025.
    expect(result).toMatchObject({ kind: 'projected', value: 20.5, ratePerYear: 2.5 });
  });

  it('needs two distinct years', () => {
    expect(projectLinear({ points: [{ year: 2023, value: 1 }], toYear: 2025 }).kind).toBe('not_projectable');
    expect(
      projectLinear({
        points: [
          { year: 2023, value: 1 },
          { year: 2023, value: 2 },
        ],
        toYear: 2025,
      }).kind,
    ).toBe('not_projectable');
  });
});

describe('projectCompound', () => {
  it('carries the first-to-latest CAGR forward: 48 → 52 (2020–2023) gives 54.85 in 2025', () => {
    const result = projectCompound({
      points: [
        { year: 2023, value: 52 },
        { year: 2020, value: 48 },
      ],
      toYear: 2025,
    });
    const growth = (52 / 48) ** (1 / 3) - 1;
    expect(result).toMatchObject({ kind: 'projected', model: 'compound' });
    if (result.kind === 'projected') {
      expect(result.ratePerYear).toBeCloseTo(growth, 12);
      expect(result.value).toBeCloseTo(52 * (1 + growth) ** 2, 10);
      expect(result.value).toBeCloseTo(54.85, 2);
    }
  });

  it('a zero start value cannot be projected by compound growth', () => {
    const result = projectCompound({
      points: [
        { year: 2020, value: 0 },
        { year: 2023, value: 35 },
      ],
      toYear: 2025,
    });
    expect(result).toEqual({
      kind: 'not_projectable',
      model: 'compound',
      reason: '起始值（2020年）为0，无法按复合增长推算。',
    });
  });
});
