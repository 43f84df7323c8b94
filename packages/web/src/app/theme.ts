import type { ThemeConfig } from 'antd';

// The only place colours are written down. Components read them through antd tokens or `brand`.
const governmentBlue = '#1a56a6';
const headerBlue = '#0e3b78';

/** Colours outside antd's token set (the dark header and the login backdrop). */
export const brand = {
  headerBg: headerBlue,
  headerText: '#ffffff',
  headerTextSecondary: 'rgba(255, 255, 255, 0.72)',
  headerDivider: 'rgba(255, 255, 255, 0.24)',
  loginBackdrop: `linear-gradient(135deg, ${headerBlue} 0%, ${governmentBlue} 55%, #3b7bd0 100%)`,
  emblemBg: 'rgba(255, 255, 255, 0.14)',
} as const;

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: governmentBlue,
    colorInfo: governmentBlue,
    colorLink: governmentBlue,
    colorSuccess: '#2e8b57',
    colorWarning: '#d48806',
    colorError: '#c9302c',
    colorBgLayout: '#f0f2f5',
    borderRadius: 4,
    fontSize: 14,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: {
      headerBg: headerBlue,
      headerHeight: 56,
      headerPadding: '0 20px',
      siderBg: '#ffffff',
      triggerBg: '#ffffff',
      triggerColor: 'rgba(0, 0, 0, 0.65)',
    },
    Menu: {
      itemSelectedBg: '#e6effa',
      itemSelectedColor: governmentBlue,
      itemBorderRadius: 2,
      itemMarginInline: 0,
      itemHeight: 42,
      activeBarWidth: 3,
    },
    Table: {
      headerBg: '#f3f6fa',
      headerColor: 'rgba(0, 0, 0, 0.85)',
      cellPaddingBlockSM: 7,
      rowHoverBg: '#f0f6ff',
    },
    Card: {
      headerFontSize: 15,
    },
    Descriptions: {
      labelBg: '#f7f9fc',
    },
  },
};
