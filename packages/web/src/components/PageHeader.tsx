import { Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';

type PageHeaderProps = {
  title: ReactNode;
  /** Small line under the title (context, counts, scope). */
  subTitle?: ReactNode;
  /** Breadcrumb or back link above the title. */
  breadcrumb?: ReactNode;
  /** Buttons on the right. */
  extra?: ReactNode;
};

/** The title bar every page starts with. */
export const PageHeader = ({ title, subTitle, breadcrumb, extra }: PageHeaderProps) => {
  const { token } = theme.useToken();
  return (
    <div style={{ marginBottom: token.marginSM }}>
      {breadcrumb ? <div style={{ marginBottom: token.marginXXS }}>{breadcrumb}</div> : null}
      <Flex align="center" justify="space-between" gap={token.marginSM} wrap>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subTitle ? (
            <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
              {subTitle}
            </Typography.Text>
          ) : null}
        </div>
        {extra ? <Flex gap={token.marginXS}>{extra}</Flex> : null}
      </Flex>
    </div>
  );
};
