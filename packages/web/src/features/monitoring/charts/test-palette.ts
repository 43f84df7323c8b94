import type { ChartPalette } from './chart-palette';

/** A fixed palette for the option-builder tests. */
export const TEST_PALETTE: ChartPalette = {
  primary: 'primary',
  success: 'success',
  warning: 'warning',
  error: 'error',
  text: 'text',
  textSecondary: 'textSecondary',
  textTertiary: 'textTertiary',
  border: 'border',
  split: 'split',
  fill: 'fill',
  background: 'background',
  fontFamily: 'font',
};
