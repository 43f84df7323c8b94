import { Breadcrumb, Flex, Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { planTitle } from '../monitoring-format';
import { monitoringI18n } from '../monitoring.i18n';
import { monitoringPaths } from '../monitoring-paths';

const t = monitoringI18n;

/** Title bar of the plan pages: 规划总览 / plan / … breadcrumb, title, demo-data tag and controls. */
export const MonitoringHeader = ({
  plan,
  trail = [],
  title,
  subTitle,
  extra,
  isDemo = false,
}: {
  plan: { id: number; title: string | null; seedId: string; division: { name: string } } | null | undefined;
  trail?: { title: ReactNode; href?: string }[];
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
  isDemo?: boolean;
}) => (
  <PageHeader
    breadcrumb={
      <Breadcrumb
        items={[
          { key: 'plans', title: <Link to={monitoringPaths.plans()}>{t.nav.overview}</Link> },
          ...(plan
            ? [
                {
                  key: 'plan',
                  title: trail.length > 0 ? <Link to={monitoringPaths.overview(plan.id)}>{planTitle(plan)}</Link> : planTitle(plan),
                },
              ]
            : []),
          ...trail.map((item, index) => ({
            key: `trail-${index}`,
            title: item.href ? <Link to={item.href}>{item.title}</Link> : item.title,
          })),
        ]}
      />
    }
    title={
      <Flex gap={8} align="center" wrap component="span">
        {title}
        {isDemo ? (
          <Tooltip title={t.common.demoHint}>
            <Tag color="orange" variant="outlined" style={{ marginInlineEnd: 0, fontWeight: 'normal', cursor: 'help' }}>
              {t.common.demoData}
            </Tag>
          </Tooltip>
        ) : null}
      </Flex>
    }
    subTitle={subTitle}
    extra={extra}
  />
);
