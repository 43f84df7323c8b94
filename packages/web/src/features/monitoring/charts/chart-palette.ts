import type { MapColour } from '../monitoring.api';

// Colours of the charts, taken from the antd theme tokens (app/theme.ts is the only place colours
// are written down). The option builders receive a palette, so they stay pure and testable.

export type ChartPalette = {
  primary: string;
  success: string;
  warning: string;
  error: string;
  text: string;
  textSecondary: string;
  textTertiary: string;
  border: string;
  split: string;
  fill: string;
  background: string;
  fontFamily: string;
};

/** The antd token fields the charts use (antd's GlobalToken has them all). */
export type PaletteToken = {
  colorPrimary: string;
  colorSuccess: string;
  colorWarning: string;
  colorError: string;
  colorText: string;
  colorTextSecondary: string;
  colorTextTertiary: string;
  colorBorder: string;
  colorSplit: string;
  colorFillSecondary: string;
  colorBgContainer: string;
  fontFamily: string;
};

export const paletteFromToken = (token: PaletteToken): ChartPalette => ({
  primary: token.colorPrimary,
  success: token.colorSuccess,
  warning: token.colorWarning,
  error: token.colorError,
  text: token.colorText,
  textSecondary: token.colorTextSecondary,
  textTertiary: token.colorTextTertiary,
  border: token.colorBorder,
  split: token.colorSplit,
  fill: token.colorFillSecondary,
  background: token.colorBgContainer,
  fontFamily: token.fontFamily,
});

/** Verdict → colour: ahead green, on track blue, lagging amber, seriously lagging red, none grey. */
export const verdictColour = (palette: ChartPalette, key: MapColour): string => {
  switch (key) {
    case 'ahead':
      return palette.success;
    case 'on_track':
      return palette.primary;
    case 'lagging':
      return palette.warning;
    case 'seriously_lagging':
      return palette.error;
    case 'no_schedule':
      return palette.textTertiary;
    case 'no_data':
      return palette.fill;
  }
};

export const VERDICT_COLOUR_KEYS: readonly MapColour[] = ['ahead', 'on_track', 'lagging', 'seriously_lagging', 'no_schedule', 'no_data'];
