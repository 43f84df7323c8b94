import type { EChartsOption } from 'echarts';
import { formatIndicatorValue } from '../monitoring-format';
import { monitoringI18n } from '../monitoring.i18n';
import type { ChartPalette } from './chart-palette';

// The trend chart of an indicator (pure): monitored values by year, the baseline as a marker, the
// interim and final targets as horizontal lines, and the projection to the target year dashed.

const t = monitoringI18n.indicator;

export type TrendInput = {
  unit: string | null;
  baseline: { year: number | null; value: number | null; printed: string | null };
  interimTargets: readonly { year: number; value: number | null; printed: string }[];
  finalTarget: { year: number; value: number | null; printed: string };
  series: readonly { year: number; value: number | null }[];
  projection: { linear: number | null; toYear: number };
};

/** Years shown on the axis: from the baseline (or first value) to the target year, without gaps. */
export const trendYears = (input: TrendInput): number[] => {
  const years = [
    ...(input.baseline.year !== null ? [input.baseline.year] : []),
    ...input.series.map((p) => p.year),
    input.finalTarget.year,
    ...(input.projection.linear !== null ? [input.projection.toYear] : []),
  ];
  if (years.length === 0) return [];
  const from = Math.min(...years);
  const to = Math.max(...years);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
};

const niceStep = (span: number) => {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
};

/** Axis bounds that keep every value and target line in view, rounded to a readable step. */
export const trendAxisBounds = (values: readonly (number | null)[], unit: string | null): { min: number; max: number } | null => {
  const numbers = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (numbers.length === 0) return null;
  let low = Math.min(...numbers);
  let high = Math.max(...numbers);
  if (low === high) {
    const pad = Math.abs(low) > 0 ? Math.abs(low) * 0.1 : 1;
    low -= pad;
    high += pad;
  }
  const step = niceStep(high - low);
  let min = Math.floor((low - step * 0.5) / step) * step;
  let max = Math.ceil((high + step * 0.5) / step) * step;
  if (low >= 0 && min < 0) min = 0;
  if (unit === '%' && high <= 100 && max > 100) max = 100;
  // Float steps (0.2, 0.05) leave 0.6000000000000001: round to the step's decimals.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  min = Number(min.toFixed(decimals));
  max = Number(max.toFixed(decimals));
  return { min, max };
};

const last = <T>(items: readonly T[]): T | undefined => items[items.length - 1];

export const buildTrendOption = (input: TrendInput, palette: ChartPalette): EChartsOption => {
  const years = trendYears(input);
  const categories = years.map(String);
  const fmt = (v: number | null) => formatIndicatorValue(v, input.unit);
  const valueAt = (year: number) => input.series.find((p) => p.year === year)?.value ?? null;
  const observed = years.map(valueAt);
  const lastObserved = last(input.series.filter((p) => p.value !== null));
  const hasProjection = input.projection.linear !== null && lastObserved !== undefined && lastObserved.year < input.projection.toYear;
  const projection = years.map((year) => {
    if (!hasProjection || !lastObserved) return null;
    if (year === lastObserved.year) return lastObserved.value;
    return year === input.projection.toYear ? input.projection.linear : null;
  });
  const baselinePoint =
    input.baseline.year !== null && input.baseline.value !== null
      ? years.map((y) => (y === input.baseline.year ? input.baseline.value : null))
      : [];

  const targetLines = [
    ...input.interimTargets
      .filter((target) => target.value !== null)
      .map((target) => ({
        name: t.chartInterim(target.year),
        yAxis: target.value as number,
        lineStyle: { color: palette.warning, type: 'dotted' as const, width: 1.5 },
        label: {
          formatter: `${t.chartInterim(target.year)} ${target.printed}`,
          color: palette.warning,
          position: 'insideStartBottom' as const,
        },
      })),
    ...(input.finalTarget.value !== null
      ? [
          {
            name: t.chartFinal(input.finalTarget.year),
            yAxis: input.finalTarget.value,
            lineStyle: { color: palette.error, type: 'dashed' as const, width: 1.5 },
            label: {
              formatter: `${t.chartFinal(input.finalTarget.year)} ${input.finalTarget.printed}`,
              color: palette.error,
              position: 'insideStartTop' as const,
            },
          },
        ]
      : []),
  ];

  const bounds = trendAxisBounds(
    [...observed, ...projection, input.baseline.value, input.finalTarget.value, ...input.interimTargets.map((x) => x.value)],
    input.unit,
  );

  return {
    textStyle: { fontFamily: palette.fontFamily },
    color: [palette.primary],
    animationDuration: 400,
    grid: { left: 16, right: 24, top: 48, bottom: 8, containLabel: true },
    legend: {
      top: 4,
      left: 0,
      textStyle: { color: palette.textSecondary },
      data: [t.chartSeriesValue, ...(hasProjection ? [t.chartSeriesProjection] : []), ...(baselinePoint.length ? [t.chartBaseline] : [])],
    },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => fmt(typeof value === 'number' ? value : null),
    },
    xAxis: {
      type: 'category',
      data: categories,
      boundaryGap: false,
      axisLine: { lineStyle: { color: palette.border } },
      axisLabel: { color: palette.textSecondary, formatter: (v: string) => `${v}年` },
    },
    yAxis: {
      type: 'value',
      ...(bounds ? { min: bounds.min, max: bounds.max } : {}),
      name: input.unit ?? '',
      nameTextStyle: { color: palette.textSecondary },
      axisLabel: { color: palette.textSecondary },
      splitLine: { lineStyle: { color: palette.split } },
    },
    series: [
      {
        name: t.chartSeriesValue,
        type: 'line',
        data: observed,
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 8,
        lineStyle: { width: 2.5, color: palette.primary },
        itemStyle: { color: palette.primary },
        label: { show: true, position: 'top', color: palette.text, formatter: (p) => fmt(typeof p.value === 'number' ? p.value : null) },
        markLine: { symbol: 'none', silent: true, data: targetLines },
        z: 3,
      },
      ...(hasProjection
        ? [
            {
              name: t.chartSeriesProjection,
              type: 'line' as const,
              data: projection,
              connectNulls: true,
              symbol: 'emptyCircle',
              symbolSize: 7,
              lineStyle: { width: 2, type: 'dashed' as const, color: palette.primary },
              itemStyle: { color: palette.primary },
              label: {
                show: true,
                position: 'right' as const,
                color: palette.textSecondary,
                formatter: (p: { dataIndex: number; value: unknown }) =>
                  years[p.dataIndex] === input.projection.toYear && typeof p.value === 'number' ? fmt(p.value) : '',
              },
              tooltip: { valueFormatter: (value: unknown) => fmt(typeof value === 'number' ? value : null) },
              z: 2,
            },
          ]
        : []),
      ...(baselinePoint.length
        ? [
            {
              name: t.chartBaseline,
              type: 'scatter' as const,
              data: baselinePoint,
              symbol: 'diamond',
              symbolSize: 13,
              itemStyle: { color: palette.textSecondary },
              label: {
                show: true,
                position: 'bottom' as const,
                color: palette.textSecondary,
                formatter: `${t.chartBaseline} ${input.baseline.printed ?? fmt(input.baseline.value)}`,
              },
              z: 4,
            },
          ]
        : []),
    ],
  };
};
