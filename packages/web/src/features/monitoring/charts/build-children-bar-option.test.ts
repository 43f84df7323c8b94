import type { TVerdictSummary } from '@mz/shared';
import { describe, expect, it } from 'vitest';
import { buildChildrenBarOption, colourOfVerdict } from './build-children-bar-option';
import { TEST_PALETTE } from './test-palette';

const verdict = (patch: Partial<TVerdictSummary>): TVerdictSummary => ({
  year: 2024,
  quarter: 0,
  value: 1,
  targetVerdict: 'pending',
  scheduleVerdict: null,
  progressStatus: 'moderate_progress',
  expectedValue: null,
  isLagging: false,
  reasons: [],
  ...patch,
});

describe('colourOfVerdict', () => {
  it('uses the schedule verdict, else met / not met', () => {
    expect(colourOfVerdict(verdict({ scheduleVerdict: 'seriously_lagging' }))).toBe('seriously_lagging');
    expect(colourOfVerdict(verdict({ targetVerdict: 'met' }))).toBe('ahead');
    expect(colourOfVerdict(verdict({ targetVerdict: 'not_met' }))).toBe('seriously_lagging');
    expect(colourOfVerdict(verdict({}))).toBe('no_schedule');
    expect(colourOfVerdict(null)).toBe('no_data');
  });
});

describe('buildChildrenBarOption', () => {
  it('draws a bar per unit with data, coloured by verdict, and the target line', () => {
    const option = buildChildrenBarOption(
      {
        unit: '%',
        bars: [
          { name: '富宁县', value: 37, verdict: verdict({ scheduleVerdict: 'seriously_lagging' }) },
          { name: '文山市', value: 52.3, verdict: verdict({ scheduleVerdict: 'ahead' }) },
          { name: '开化街道', value: null, verdict: null },
        ],
        target: { value: 55, label: '2025年规划目标' },
      },
      TEST_PALETTE,
    );
    expect((option.xAxis as { data: string[] }).data).toEqual(['富宁县', '文山市']);
    const [bar] = option.series as { data: { value: number; itemStyle: { color: string } }[]; markLine: { data: { yAxis: number }[] } }[];
    expect(bar?.data.map((d) => [d.value, d.itemStyle.color])).toEqual([
      [37, 'error'],
      [52.3, 'success'],
    ]);
    expect(bar?.markLine.data[0]?.yAxis).toBe(55);
    expect((option.title as { text: string }).text).toContain('2025年规划目标');
  });
});
