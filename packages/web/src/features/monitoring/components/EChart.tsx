import { BarChart, LineChart, MapChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { CSSProperties } from 'react';

// The one ECharts entry of the web app: only the chart types and components the pages use are
// registered (tree-shaken), so the bundle stays small. Options come from the pure builders in charts/.

echarts.use([
  BarChart,
  LineChart,
  MapChart,
  PieChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
  CanvasRenderer,
]);

/** Registers a GeoJSON once per name (names carry the division id, so a map is never stale). */
export const registerGeoJson = (name: string, geojson: unknown) => {
  if (!echarts.getMap(name)) echarts.registerMap(name, geojson as Parameters<typeof echarts.registerMap>[1]);
};

type ChartEvents = Record<string, (params: { data?: unknown; name?: string }) => void>;

export const EChart = ({
  option,
  height = 320,
  style,
  onEvents,
  testId,
  ariaLabel,
}: {
  option: EChartsOption;
  height?: number;
  style?: CSSProperties;
  onEvents?: ChartEvents;
  testId?: string;
  ariaLabel?: string;
}) => (
  <div data-testid={testId} role="img" aria-label={ariaLabel}>
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      lazyUpdate
      style={{ height, width: '100%', ...style }}
      opts={{ renderer: 'canvas' }}
      {...(onEvents ? { onEvents } : {})}
    />
  </div>
);
