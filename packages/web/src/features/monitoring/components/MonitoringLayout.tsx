import { Flex, Spin, Tabs } from 'antd';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { NAV_ITEMS } from '../../../app/layout/nav-items';
import { activeNavPath } from '../../../app/layout/nav-match';
import { filterByPermission } from '../../identity/access';
import { useMe } from '../../identity/hooks/useAuth';
import { zhCN } from '../../../i18n/zh-CN';

export const MONITORING_ROOT = '/monitoring';

/** The monitoring section: its sub-items (from the menu's data list) as tabs, then the page. */
export const MonitoringLayout = () => {
  const me = useMe();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const section = NAV_ITEMS.find((item) => item.path === MONITORING_ROOT);
  const items = filterByPermission(section?.children ?? [], me);
  const active = activeNavPath(
    pathname,
    items.map((i) => i.path),
  );
  return (
    <>
      {items.length > 1 ? (
        <Tabs
          activeKey={active ?? MONITORING_ROOT}
          onChange={(key) => void navigate(key)}
          items={items.map((item) => ({ key: item.path, label: item.label, icon: item.icon }))}
          style={{ marginTop: -8, marginBottom: 4 }}
          data-testid="monitoring-tabs"
        />
      ) : null}
      <Suspense
        fallback={
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin description={zhCN.common.loading} />
          </Flex>
        }
      >
        <Outlet />
      </Suspense>
    </>
  );
};
