import { describe, expect, it } from 'vitest';
import { countByAttribute, totalCounts } from '../monitoring-format';
import { buildAttributeBarOption, buildScheduleDonutOption, scheduleSlices } from './build-verdict-count-options';
import { TEST_PALETTE } from './test-palette';

const verdict = (scheduleVerdict: 'ahead' | 'on_track' | 'lagging' | null) => ({
  year: 2024,
  quarter: 0,
  value: 1,
  targetVerdict: 'pending' as const,
  scheduleVerdict,
  progressStatus: 'moderate_progress' as const,
  expectedValue: null,
  isLagging: scheduleVerdict === 'lagging',
  reasons: [],
});

const rows = countByAttribute([
  { attribute: 'binding', latest: verdict('ahead') },
  { attribute: 'binding', latest: verdict('lagging') },
  { attribute: 'expected', latest: verdict('on_track') },
  { attribute: 'expected', latest: verdict(null) },
  { attribute: null, latest: null },
]);

describe('schedule donut', () => {
  it('has a slice per non-empty verdict class', () => {
    expect(scheduleSlices(totalCounts(rows)).map((s) => `${s.label}:${s.value}`)).toEqual([
      '超额完成:1',
      '进度正常:1',
      '滞后:1',
      '无时序判定:1',
      '无数据:1',
    ]);
  });
  it('shows the total in the middle and colours slices by verdict', () => {
    const option = buildScheduleDonutOption(totalCounts(rows), TEST_PALETTE);
    expect((option.title as { text: string }).text).toBe('5');
    const [pie] = option.series as { data: { name: string; itemStyle: { color: string } }[] }[];
    expect(pie?.data.map((d) => d.itemStyle.color)).toEqual(['success', 'primary', 'warning', 'textTertiary', 'fill']);
  });
});

describe('attribute bar', () => {
  it('stacks verdicts per attribute with binding drawn on top', () => {
    const option = buildAttributeBarOption(rows, TEST_PALETTE);
    expect((option.yAxis as { data: string[] }).data).toEqual(['未标注', '预期性', '约束性']);
    const series = option.series as { name: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(['超额完成', '进度正常', '滞后', '无时序判定', '无数据']);
    expect(series.find((s) => s.name === '滞后')?.data).toEqual([0, 0, 1]);
  });
});
