import { Card, theme } from 'antd';
import type { ReactNode } from 'react';

/** One titled card of the case file. */
export const Section = ({
  title,
  children,
  extra,
  testId,
}: {
  title: ReactNode;
  children: ReactNode;
  extra?: ReactNode;
  testId?: string;
}) => {
  const { token } = theme.useToken();
  return (
    <Card size="small" title={title} extra={extra} style={{ marginBottom: token.marginSM }} data-testid={testId}>
      {children}
    </Card>
  );
};
