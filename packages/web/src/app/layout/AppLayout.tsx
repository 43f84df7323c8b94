import { Layout, Menu, theme } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { DivisionScopeProvider } from '../../features/division/scope/DivisionScopeProvider';
import { useDivisionScope } from '../../features/division/hooks/useDivisionScope';
import { filterByPermission } from '../../features/identity/access';
import { useMe } from '../../features/identity/hooks/useAuth';
import { zhCN } from '../../i18n/zh-CN';
import { AppHeader } from './AppHeader';
import { NAV_ITEMS } from './nav-items';
import { activeNavPath } from './nav-match';

const SideMenu = () => {
  const me = useMe();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { href } = useDivisionScope();
  const items = filterByPermission(NAV_ITEMS, me);
  const active = activeNavPath(
    pathname,
    items.map((i) => i.path),
  );
  return (
    <Menu
      mode="inline"
      selectedKeys={active ? [active] : []}
      items={items.map((item) => ({ key: item.path, icon: item.icon, label: item.label }))}
      onClick={({ key }) => void navigate(href(key))}
      style={{ borderInlineEnd: 'none', paddingTop: 8 }}
    />
  );
};

/** Signed-in frame: header (scope, user, logout), permission-filtered menu, page. */
export const AppLayout = () => {
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);
  return (
    <DivisionScopeProvider>
      <Layout style={{ minHeight: '100vh' }}>
        <AppHeader />
        <Layout>
          <Layout.Sider
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            width={200}
            collapsedWidth={56}
            style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
          >
            <SideMenu />
          </Layout.Sider>
          <Layout>
            <Layout.Content style={{ padding: token.padding, minWidth: 0 }}>
              <Outlet />
            </Layout.Content>
            <Layout.Footer
              style={{
                textAlign: 'center',
                padding: `${token.paddingXS}px ${token.padding}px`,
                fontSize: token.fontSizeSM,
                color: token.colorTextTertiary,
              }}
            >
              {zhCN.app.footer}
            </Layout.Footer>
          </Layout>
        </Layout>
      </Layout>
    </DivisionScopeProvider>
  );
};
