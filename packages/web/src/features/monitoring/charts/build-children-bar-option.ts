import type { EChartsOption } from 'echarts';
import type { TVerdictSummary } from '@mz/shared';
import { formatIndicatorValue, headlineVerdict } from '../monitoring-format';
import type { MapColour } from '../monitoring.api';
import { verdictColour, type ChartPalette } from './chart-palette';

// Bars of one indicator by child division (pure), coloured by each unit's verdict, with the
// expected value for the year and the final target as reference lines.

export type ChildBar = { name: string; value: number | null; verdict: TVerdictSummary | null };

/** The colour class of a unit: its schedule verdict, else met/not met, else no data. */
export const colourOfVerdict = (verdict: TVerdictSummary | null): MapColour => {
  if (!verdict) return 'no_data';
  if (verdict.scheduleVerdict) return verdict.scheduleVerdict;
  if (verdict.targetVerdict === 'met') return 'ahead';
  if (verdict.targetVerdict === 'not_met') return 'seriously_lagging';
  return 'no_schedule';
};

export const buildChildrenBarOption = (
  input: { unit: string | null; bars: readonly ChildBar[]; target: { value: number | null; label: string } | null },
  palette: ChartPalette,
): EChartsOption => {
  const bars = input.bars.filter((b) => b.value !== null);
  const fmt = (v: number | null) => formatIndicatorValue(v, input.unit);
  return {
    textStyle: { fontFamily: palette.fontFamily },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    title:
      input.target && input.target.value !== null
        ? { text: `- - ${input.target.label}`, right: 8, top: 0, textStyle: { fontSize: 12, fontWeight: 'normal', color: palette.error } }
        : undefined,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const bar = bars[item?.dataIndex ?? -1];
        return bar ? `${bar.name}：${fmt(bar.value)}（${headlineVerdict(bar.verdict).label}）` : '';
      },
    },
    xAxis: {
      type: 'category',
      data: bars.map((b) => b.name),
      axisLabel: { color: palette.text, interval: 0, rotate: bars.length > 8 ? 30 : 0 },
      axisLine: { lineStyle: { color: palette.border } },
    },
    yAxis: {
      type: 'value',
      name: input.unit ?? '',
      nameTextStyle: { color: palette.textSecondary },
      axisLabel: { color: palette.textSecondary },
      splitLine: { lineStyle: { color: palette.split } },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 36,
        data: bars.map((b) => ({ value: b.value, itemStyle: { color: verdictColour(palette, colourOfVerdict(b.verdict)) } })),
        label: { show: true, position: 'top', color: palette.text, formatter: (p) => fmt(typeof p.value === 'number' ? p.value : null) },
        markLine:
          input.target && input.target.value !== null
            ? {
                symbol: 'none',
                silent: true,
                data: [
                  {
                    yAxis: input.target.value,
                    lineStyle: { color: palette.error, type: 'dashed' },
                    label: { show: false },
                  },
                ],
              }
            : undefined,
      },
    ],
    legend: { show: false },
  };
};
