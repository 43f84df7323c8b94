import type { EChartsOption } from 'echarts';
import type { AttributeCounts } from '../monitoring-format';
import { monitoringI18n } from '../monitoring.i18n';
import { verdictColour, type ChartPalette } from './chart-palette';

// The two overview charts (pure): a donut of indicators by schedule verdict, and a stacked bar of
// the same verdicts per attribute with binding (约束性) on top.

const t = monitoringI18n;

const SCHEDULE_KEYS = ['ahead', 'on_track', 'lagging', 'seriously_lagging'] as const;

type Slice = { key: (typeof SCHEDULE_KEYS)[number] | 'no_schedule' | 'no_data'; label: string; value: number };

/** Slices of the donut: the four schedule verdicts, then 无时序判定 and 无数据, empty ones left out. */
export const scheduleSlices = (counts: Omit<AttributeCounts, 'attribute' | 'label'>): Slice[] =>
  [
    ...SCHEDULE_KEYS.map((key) => ({ key, label: t.colours[key], value: counts.bySchedule[key] })),
    { key: 'no_schedule' as const, label: t.colours.no_schedule, value: counts.noSchedule },
    { key: 'no_data' as const, label: t.colours.no_data, value: counts.noData },
  ].filter((s) => s.value > 0);

export const buildScheduleDonutOption = (counts: Omit<AttributeCounts, 'attribute' | 'label'>, palette: ChartPalette): EChartsOption => {
  const slices = scheduleSlices(counts);
  return {
    textStyle: { fontFamily: palette.fontFamily },
    tooltip: { trigger: 'item', formatter: '{b}：{c} 项（{d}%）' },
    legend: { orient: 'vertical', right: 8, top: 'middle', itemWidth: 12, itemHeight: 12, textStyle: { color: palette.textSecondary } },
    title: {
      text: String(counts.total),
      subtext: t.overview.statTotal,
      left: '34%',
      top: '38%',
      textAlign: 'center',
      textStyle: { fontSize: 26, fontWeight: 600, color: palette.text },
      subtextStyle: { color: palette.textSecondary },
    },
    series: [
      {
        type: 'pie',
        radius: ['52%', '76%'],
        center: ['35%', '50%'],
        avoidLabelOverlap: true,
        itemStyle: { borderColor: palette.background, borderWidth: 2 },
        label: { show: true, formatter: '{c}', color: palette.text },
        labelLine: { length: 6, length2: 6 },
        data: slices.map((s) => ({ name: s.label, value: s.value, itemStyle: { color: verdictColour(palette, s.key) } })),
      },
    ],
  };
};

export const buildAttributeBarOption = (rows: readonly AttributeCounts[], palette: ChartPalette): EChartsOption => {
  // Binding first: a category axis draws bottom-up, so the list is reversed.
  const ordered = [...rows].reverse();
  const keys = [...SCHEDULE_KEYS, 'no_schedule', 'no_data'] as const;
  const valueOf = (row: AttributeCounts, key: (typeof keys)[number]) =>
    key === 'no_schedule' ? row.noSchedule : key === 'no_data' ? row.noData : row.bySchedule[key];
  return {
    textStyle: { fontFamily: palette.fontFamily },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: palette.textSecondary } },
    grid: { left: 8, right: 24, top: 8, bottom: 36, containLabel: true },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: palette.textSecondary },
      splitLine: { lineStyle: { color: palette.split } },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.label),
      axisLabel: { color: palette.text },
      axisLine: { lineStyle: { color: palette.border } },
    },
    series: keys
      .filter((key) => rows.some((row) => valueOf(row, key) > 0))
      .map((key) => ({
        name: t.colours[key],
        type: 'bar' as const,
        stack: 'total',
        barWidth: 22,
        itemStyle: { color: verdictColour(palette, key) },
        label: { show: true, color: palette.background, formatter: (p: { value: unknown }) => (p.value ? String(p.value) : '') },
        data: ordered.map((row) => valueOf(row, key)),
      })),
  };
};
