import { Typography, theme } from 'antd';
import { zhCN } from '../i18n/zh-CN';
import { formatJson } from './format-json';

/** Read-only pretty JSON (audit before/after). */
export const JsonBlock = ({ value }: { value: unknown }) => {
  const { token } = theme.useToken();
  const text = formatJson(value);
  if (text === null) return <Typography.Text type="secondary">{zhCN.audit.empty}</Typography.Text>;
  return (
    <pre
      style={{
        background: token.colorFillQuaternary,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        padding: token.paddingXS,
        fontSize: token.fontSizeSM,
        fontFamily: token.fontFamilyCode,
        maxHeight: 320,
        overflow: 'auto',
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
      }}
    >
      {text}
    </pre>
  );
};
