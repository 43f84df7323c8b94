import { describe, expect, it } from 'vitest';
import {
  evaluateIndicatorSeries,
  evaluateQuarterSeries,
  governingTarget,
  valueOfSums,
  type IndicatorSpec,
  type YearSums,
} from './verdict.rules';

// The composition of the pure rules into stored verdicts: roll-up sums → value → target test,
// 时序进度, progress measure and projections, with the worked examples of the domain notes.

const spec = (over: Partial<IndicatorSpec> = {}): IndicatorSpec => ({
  id: 1,
  code: 'X',
  valueKind: 'ratio',
  ratioFactor: 100,
  unitScale: 1,
  unit: '%',
  direction: 'increase',
  attribute: 'binding',
  baselineYear: 2020,
  baselineValue: 48,
  targets: [{ year: 2025, target: { kind: 'gte', value: 55 }, printed: '≥55%' }],
  planBaseYear: 2020,
  planTargetYear: 2025,
  ...over,
});
const sums = (year: number, over: Partial<YearSums>): YearSums => ({
  year,
  units: 1,
  num: null,
  den: null,
  val: null,
  numW: null,
  w: null,
  denW: null,
  w2: null,
  refW: null,
  wRef: null,
  hasDemo: false,
  ...over,
});

describe('value of rolled-up sums', () => {
  it('is Σnum/Σden: 1/5 and 9/15 give 50 %, not the 40 % mean of ratios', () => {
    expect(valueOfSums(spec(), sums(2025, { units: 2, num: 10, den: 20 }))).toBe(50);
  });
  it('is a recipient-weighted mean for levels and a ratio of weighted means for level ratios', () => {
    expect(valueOfSums(spec({ valueKind: 'level', ratioFactor: null }), sums(2024, { numW: 700 * 100 + 800 * 300, w: 400 }))).toBe(775);
    expect(valueOfSums(spec({ valueKind: 'level' }), sums(2024, { numW: 550 * 10, w: 10, denW: 740 * 10, w2: 10 }))).toBeCloseTo(74.32, 2);
  });
  it('divides counts entered in 人/个 by the unit scale (万人/万个)', () => {
    expect(valueOfSums(spec({ valueKind: 'count', unitScale: 10000, unit: '万个' }), sums(2024, { val: 1800 }))).toBe(0.18);
  });
});

describe('verdicts', () => {
  it('anchors §3.6 example A: 48 % (2020) → 52 % (2023) against ≥55 % is 进度正常, StatCan R ≈ 0.98', () => {
    const [v] = evaluateIndicatorSeries({ spec: spec(), isPlanDivision: true, sums: [sums(2023, { num: 52, den: 100 })] });
    expect(v?.value).toBeCloseTo(52, 10);
    expect(v?.expectedValue).toBeCloseTo(52.2, 10);
    expect(v?.scheduleVerdict).toBe('on_track');
    expect(v?.targetVerdict).toBe('pending');
    expect(v?.progressStatus).toBe('substantial_progress');
    expect(v?.result.progress?.progressValue).toBeCloseTo(0.98, 2);
    expect(v?.result.progress?.score).toBeCloseTo(2.71, 2);
    expect(v?.isLagging).toBe(false);
    expect(v?.inputs).toMatchObject({ baseline: { year: 2020, value: 48, source: 'printed' }, governingTarget: { year: 2025 } });
    expect(v?.result.projections?.linear.kind).toBe('projected');
  });

  it('a zero denominator is not applicable, not 0 % or 100 %', () => {
    const [v] = evaluateIndicatorSeries({ spec: spec(), isPlanDivision: false, sums: [sums(2024, { num: 0, den: 0 })] });
    expect(v?.value).toBeNull();
    expect(v?.targetVerdict).toBe('not_applicable');
  });

  it('a blank baseline uses the first observation as substitute (stated in the reasons)', () => {
    const rows = evaluateIndicatorSeries({
      spec: spec({ baselineValue: null, targets: [{ year: 2025, target: { kind: 'gte', value: 50 }, printed: '50' }] }),
      isPlanDivision: true,
      sums: [sums(2021, { num: 10, den: 100 }), sums(2023, { num: 30, den: 100 })],
    });
    const v2023 = rows.find((r) => r.year === 2023);
    expect(v2023?.result.timeProgress?.baselineSource).toBe('substitute');
    expect(v2023?.result.timeProgress?.reasons.join('')).toContain('替代基期');
    expect(rows.find((r) => r.year === 2021)?.scheduleVerdict).toBeNull();
  });

  it('indicator-definitions E1: urban standard 700 → 740 (+5.7 %) against consumption growth 5.0 % is met', () => {
    const growth = spec({
      valueKind: 'level',
      ratioFactor: null,
      attribute: 'expected',
      baselineValue: null,
      targets: [
        {
          year: 2025,
          target: { kind: 'relative_growth', reference: '居民上年度人均消费支出增速', referenceLagYears: 1 },
          printed: '不低于居民上年度人均消费支出增速',
        },
      ],
    });
    const rows = evaluateIndicatorSeries({
      spec: growth,
      isPlanDivision: true,
      sums: [
        sums(2022, { numW: 680, w: 1, refW: 30000, wRef: 1 }),
        sums(2023, { numW: 700, w: 1, refW: 31500, wRef: 1 }),
        sums(2024, { numW: 740, w: 1 }),
      ],
    });
    const v = rows.find((r) => r.year === 2024);
    expect(v?.value).toBeCloseTo(5.714, 3);
    expect(v?.targetVerdict).toBe('met');
    expect(v?.result.target.reasons[0]).toContain('5.0%');
    expect(v?.scheduleVerdict).toBeNull();
  });

  it('a count target is the whole territory’s: not judged below the plan’s own division', () => {
    const count = spec({
      valueKind: 'count',
      ratioFactor: null,
      unit: '张',
      baselineValue: null,
      targets: [{ year: 2025, target: { kind: 'gte', value: 3000 }, printed: '3000' }],
    });
    const [below] = evaluateIndicatorSeries({ spec: count, isPlanDivision: false, sums: [sums(2024, { val: 400 })] });
    expect(below?.targetVerdict).toBe('not_applicable');
    const [own] = evaluateIndicatorSeries({ spec: count, isPlanDivision: true, sums: [sums(2024, { val: 2400 })] });
    expect(own?.targetVerdict).toBe('pending');
  });

  it('an interim target governs the years up to it (开平 2023: 31 m², 2025: 32 m²)', () => {
    const kp = spec({
      targets: [
        { year: 2023, target: { kind: 'gte', value: 31 }, printed: '達到31平方米' },
        { year: 2025, target: { kind: 'gte', value: 32 }, printed: '達到32平方米' },
      ],
    });
    expect(governingTarget(kp, 2022).year).toBe(2023);
    expect(governingTarget(kp, 2024).year).toBe(2025);
    const [v] = evaluateIndicatorSeries({
      spec: { ...kp, baselineValue: null, unit: '平方米' },
      isPlanDivision: true,
      sums: [sums(2023, { num: 30, den: 100 })],
    });
    expect(v?.targetVerdict).toBe('not_met');
    expect(v?.isLagging).toBe(true);
  });
});

describe('quarterly verdicts (季报)', () => {
  const quarter = (year: number, q: number, num: number) => ({ ...sums(year, { num, den: 100 }), quarter: q });

  it('judge 时序进度 at each quarter end against the printed baseline; the target test stays annual', () => {
    const rows = evaluateQuarterSeries({
      spec: spec(),
      isPlanDivision: true,
      sums: [sums(2022, { num: 50, den: 100 })],
      quarters: [quarter(2023, 2, 51), quarter(2023, 1, 51)],
    });
    expect(rows.map((r) => [r.year, r.quarter, r.scheduleVerdict, r.isLagging])).toEqual([
      [2023, 1, 'on_track', false],
      [2023, 2, 'lagging', true],
    ]);
    expect(rows[1]?.expectedValue).toBeCloseTo(51.5, 10);
    expect(rows.every((r) => r.targetVerdict === 'pending' && r.progressStatus === 'not_available')).toBe(true);
    expect(rows[1]?.result.reasons.join('')).toContain('第2季度');
  });

  it('use the cut-offs given: 51 at 2023 Q1 (ratio 95.2 %) lags when 进度正常 starts at 96 %', () => {
    const [row] = evaluateQuarterSeries({
      spec: spec(),
      isPlanDivision: true,
      sums: [],
      quarters: [quarter(2023, 1, 51)],
      cutOffs: { aheadFrom: 1.2, onTrackFrom: 0.96, laggingFrom: 0.7 },
    });
    expect(row?.scheduleVerdict).toBe('lagging');
  });

  it('take the observed baseline-year value below the plan division, and skip growth indicators', () => {
    const [row] = evaluateQuarterSeries({
      spec: spec(),
      isPlanDivision: false,
      sums: [sums(2020, { num: 40, den: 100 })],
      quarters: [quarter(2020, 4, 40), quarter(2021, 2, 41)],
    });
    expect(row).toMatchObject({ year: 2021, quarter: 2 });
    expect(row?.result.timeProgress?.baselineValue).toBe(40);
    const growth = spec({
      valueKind: 'level',
      ratioFactor: null,
      targets: [
        { year: 2025, target: { kind: 'relative_growth', reference: '居民人均消费支出增速', referenceLagYears: 1 }, printed: '不低于' },
      ],
    });
    expect(evaluateQuarterSeries({ spec: growth, isPlanDivision: true, sums: [], quarters: [quarter(2023, 1, 1)] })).toEqual([]);
  });
});
