import type { EChartsOption } from 'echarts';
import { formatIndicatorValue, scheduleLabel, targetVerdictLabel } from '../monitoring-format';
import type { MapColour, MapFeatureProperties } from '../monitoring.api';
import { monitoringI18n } from '../monitoring.i18n';
import { VERDICT_COLOUR_KEYS, verdictColour, type ChartPalette } from './chart-palette';

// The map of child divisions coloured by verdict (pure). The GeoJSON is registered under `mapName`
// by the component; regions are matched by their GB/T 2260 code (`divisionCode`), and each region's
// colour key (from the server) is the data value, so a piecewise legend shows the verdict classes.

const t = monitoringI18n;

export type MapDatum = {
  name: string;
  value: number;
  colour: MapColour;
  divisionId: number | null;
  divisionName: string;
  tooltip: string;
};

const TargetVerdictKeys = ['met', 'not_met', 'pending', 'not_applicable'] as const;
const ScheduleKeys = ['ahead', 'on_track', 'lagging', 'seriously_lagging'] as const;

const asTargetVerdict = (v: string | null) =>
  (TargetVerdictKeys as readonly string[]).includes(v ?? '') ? (v as (typeof TargetVerdictKeys)[number]) : null;
const asSchedule = (v: string | null) =>
  (ScheduleKeys as readonly string[]).includes(v ?? '') ? (v as (typeof ScheduleKeys)[number]) : null;

/** One tooltip text per region: the verdict of the chosen indicator, or the lagging counts. */
export const mapTooltip = (p: MapFeatureProperties, mode: { indicatorId: number | null; unit: string | null }): string => {
  if (p.indicatorCount === 0 && p.value === null) return `${p.divisionName}：${t.drill.mapNoData}`;
  if (mode.indicatorId !== null) {
    const parts = [
      formatIndicatorValue(p.value, mode.unit),
      p.scheduleVerdict ? scheduleLabel(asSchedule(p.scheduleVerdict)) : null,
      p.targetVerdict ? targetVerdictLabel(asTargetVerdict(p.targetVerdict)) : null,
    ].filter(Boolean);
    return `${p.divisionName}：${parts.join('，')}`;
  }
  return `${p.divisionName}：${t.drill.tooltipCounts(p.laggingCount, p.indicatorCount, p.bindingLaggingCount)}`;
};

/** The data of the map series: regions with a GB/T 2260 code, valued by their colour class. */
export const mapData = (
  features: readonly { properties: MapFeatureProperties }[],
  mode: { indicatorId: number | null; unit: string | null },
): MapDatum[] =>
  features.flatMap(({ properties: p }) =>
    p.divisionCode
      ? [
          {
            name: p.divisionCode,
            value: Math.max(0, VERDICT_COLOUR_KEYS.indexOf(p.colour)),
            colour: p.colour,
            divisionId: p.divisionId,
            divisionName: p.divisionName,
            tooltip: mapTooltip(p, mode),
          },
        ]
      : [],
  );

export const buildVerdictMapOption = (
  input: { mapName: string; features: readonly { properties: MapFeatureProperties }[]; indicatorId: number | null; unit: string | null },
  palette: ChartPalette,
): EChartsOption => {
  const data = mapData(input.features, input);
  const tooltips = new Map(data.map((d) => [d.name, d.tooltip]));
  return {
    textStyle: { fontFamily: palette.fontFamily },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const name = typeof item?.name === 'string' ? item.name : '';
        return tooltips.get(name) ?? t.drill.noBoundary;
      },
    },
    visualMap: {
      type: 'piecewise',
      dimension: 0,
      left: 8,
      bottom: 8,
      orient: 'vertical',
      inverse: true,
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { color: palette.textSecondary },
      pieces: VERDICT_COLOUR_KEYS.map((key, index) => ({ value: index, label: t.colours[key], color: verdictColour(palette, key) })),
      outOfRange: { color: palette.fill },
    },
    series: [
      {
        type: 'map',
        map: input.mapName,
        nameProperty: 'divisionCode',
        roam: false,
        layoutCenter: ['55%', '50%'],
        layoutSize: '95%',
        selectedMode: false,
        label: { show: false },
        itemStyle: { borderColor: palette.background, borderWidth: 1, areaColor: palette.fill },
        emphasis: {
          label: {
            show: true,
            color: palette.text,
            formatter: (p: { name: string }) => data.find((d) => d.name === p.name)?.divisionName ?? '',
          },
          itemStyle: { borderColor: palette.text, borderWidth: 1.2 },
        },
        data: data.map((d) => ({ name: d.name, value: d.value, divisionId: d.divisionId })),
      },
    ],
  };
};
