import { theme } from 'antd';
import { useMemo } from 'react';
import { paletteFromToken, type ChartPalette } from '../charts/chart-palette';

/** Chart colours from the current antd theme tokens. */
export const useChartPalette = (): ChartPalette => {
  const { token } = theme.useToken();
  return useMemo(() => paletteFromToken(token), [token]);
};
