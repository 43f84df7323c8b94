import { describe, expect, it } from 'vitest';
import { demoRows, seededRandom } from './demo-values';

const beds = {
  id: 1,
  code: 'WS08',
  name: '养老机构护理型床位占比',
  unit: '%',
  valueKind: 'ratio' as const,
  ratioFactor: 100,
  unitScale: 1,
  baselineValue: 30,
  target: { kind: 'gte' as const, value: 55 },
};
const units = Array.from({ length: 8 }, (_, i) => ({ divisionId: i + 1, code: `53260${i + 1}`, weight: 1 }));

describe('demo values', () => {
  it('are deterministic (seeded PRNG)', () => {
    expect(demoRows(beds, units, 8)).toEqual(demoRows(beds, units, 8));
    expect(seededRandom('a')()).toBe(seededRandom('a')());
    expect(seededRandom('a')()).not.toBe(seededRandom('b')());
  });
  it('give 2021–2024 ratios with numerator ≤ denominator, moving from the baseline towards the target', () => {
    const rows = demoRows(beds, units, 8);
    expect(rows).toHaveLength(8 * 4);
    expect(rows.every((r) => r.numerator !== null && r.denominator !== null && r.numerator <= r.denominator)).toBe(true);
    const share = (year: number) => {
      const ofYear = rows.filter((r) => r.year === year);
      return (100 * ofYear.reduce((s, r) => s + (r.numerator ?? 0), 0)) / ofYear.reduce((s, r) => s + (r.denominator ?? 0), 0);
    };
    expect(share(2021)).toBeGreaterThan(28);
    expect(share(2024)).toBeGreaterThan(share(2021));
    expect(share(2024)).toBeLessThan(60);
  });
  it('split a count total over the units in base units (万个 → 个)', () => {
    const outlets = {
      ...beds,
      code: 'N05',
      name: '福利彩票销售网点数',
      unit: '万个',
      valueKind: 'count' as const,
      ratioFactor: null,
      unitScale: 10000,
      baselineValue: null,
      target: { kind: 'gte' as const, value: 18 },
    };
    const rows = demoRows(outlets, units, 2850);
    expect(rows.every((r) => r.value !== null && Number.isInteger(r.value) && r.value > 20 && r.value < 120)).toBe(true);
  });
});
