import { describe, expect, it } from 'vitest';
import { buildTrendOption, trendAxisBounds, trendYears, type TrendInput } from './build-trend-option';
import { TEST_PALETTE } from './test-palette';

// WS08 养老机构护理型床位占比 (Wenshan): baseline 30% (2020), target ≥55% (2025), demo values 2021–2024.
const ws08: TrendInput = {
  unit: '%',
  baseline: { year: 2020, value: 30, printed: '30%' },
  interimTargets: [],
  finalTarget: { year: 2025, value: 55, printed: '≥55%' },
  series: [
    { year: 2021, value: 35.2 },
    { year: 2022, value: 40.7 },
    { year: 2023, value: 45.8 },
    { year: 2024, value: 51.2 },
  ],
  projection: { linear: 56.5, toYear: 2025 },
};

type Series = {
  name: string;
  type: string;
  data: (number | null)[];
  lineStyle?: { type?: string };
  markLine?: { data: { yAxis: number; name: string }[] };
};
const seriesOf = (option: ReturnType<typeof buildTrendOption>) => option.series as Series[];

describe('trendYears', () => {
  it('runs from the baseline year to the target year without gaps', () => {
    expect(trendYears(ws08)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(trendYears({ ...ws08, baseline: { year: null, value: null, printed: null }, series: [{ year: 2022, value: 1 }] })).toEqual([
      2022, 2023, 2024, 2025,
    ]);
  });
});

describe('trendAxisBounds', () => {
  it('keeps every value and target in view on round steps', () => {
    expect(trendAxisBounds([30, 35.2, 51.2, 55, 56.5], '%')).toEqual({ min: 20, max: 70 });
  });
  it('does not go below zero for positive series nor above 100 for percentages', () => {
    expect(trendAxisBounds([0.2, 3], null)?.min).toBe(0);
    expect(trendAxisBounds([2, 3], null)).toEqual({ min: 1.8, max: 3.2 });
    expect(trendAxisBounds([96, 100], '%')?.max).toBe(100);
    expect(trendAxisBounds([null], '%')).toBeNull();
    expect(trendAxisBounds([0.16, 0.2], '%')).toEqual({ min: 0.15, max: 0.21 });
  });
});

describe('buildTrendOption', () => {
  const option = buildTrendOption(ws08, TEST_PALETTE);
  const [values, projection, baseline] = seriesOf(option);

  it('puts the monitored values on the year axis', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    expect(values?.name).toBe('监测值');
    expect(values?.data).toEqual([null, 35.2, 40.7, 45.8, 51.2, null]);
  });
  it('draws the final target as a line', () => {
    expect(values?.markLine?.data).toEqual([expect.objectContaining({ yAxis: 55, name: '2025年规划目标' })]);
  });
  it('projects dashed from the last value to the target year', () => {
    expect(projection).toMatchObject({ name: '趋势推算', lineStyle: { type: 'dashed' } });
    expect(projection?.data).toEqual([null, null, null, null, 51.2, 56.5]);
  });
  it('marks the baseline with its printed value', () => {
    expect(baseline).toMatchObject({ name: '基期值', type: 'scatter' });
    expect(baseline?.data).toEqual([30, null, null, null, null, null]);
  });
  it('adds interim targets (Kaiping 2023: 31 m²) as their own lines', () => {
    const kaiping = buildTrendOption(
      {
        unit: '平方米',
        baseline: { year: null, value: null, printed: null },
        interimTargets: [{ year: 2023, value: 31, printed: '達到31平方米' }],
        finalTarget: { year: 2025, value: 32, printed: '達到32平方米' },
        series: [{ year: 2021, value: 29.5 }],
        projection: { linear: null, toYear: 2025 },
      },
      TEST_PALETTE,
    );
    const lines = seriesOf(kaiping)[0]?.markLine?.data.map((d) => [d.name, d.yAxis]);
    expect(lines).toEqual([
      ['2023年阶段目标', 31],
      ['2025年规划目标', 32],
    ]);
    expect(seriesOf(kaiping)).toHaveLength(1); // no projection, no baseline
  });
  it('leaves out target lines a qualitative or relative target cannot draw', () => {
    const option2 = buildTrendOption(
      { ...ws08, finalTarget: { year: 2025, value: null, printed: '不低于居民上年度人均消费支出增速' } },
      TEST_PALETTE,
    );
    expect(seriesOf(option2)[0]?.markLine?.data).toEqual([]);
  });
});
