import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** Codes and ids (区划代码, 记录号): tabular digits so columns line up. */
export const CodeText = ({ children, secondary = false }: { children: ReactNode; secondary?: boolean }) => (
  <Typography.Text type={secondary ? 'secondary' : undefined} style={{ fontVariantNumeric: 'tabular-nums', letterSpacing: 0.2 }}>
    {children}
  </Typography.Text>
);
