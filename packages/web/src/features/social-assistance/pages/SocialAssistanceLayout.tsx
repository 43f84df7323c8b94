import { Menu, theme } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { NAV_ITEMS } from '../../../app/layout/nav-items';
import { activeNavPath } from '../../../app/layout/nav-match';
import { filterByPermission } from '../../identity/access';
import { useMe } from '../../identity/hooks/useAuth';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';

/** 社会救助: its second-level menu (待办, 家庭档案, 申请, 公示, 导入, 发放) above the page. */
export const SocialAssistanceLayout = () => {
  const { token } = theme.useToken();
  const me = useMe();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { href } = useDivisionScope();
  const section = NAV_ITEMS.find((item) => item.path === '/assistance');
  const items = filterByPermission(section?.children ?? [], me);
  const active = activeNavPath(
    pathname,
    items.map((i) => i.path),
  );
  return (
    <>
      <Menu
        mode="horizontal"
        data-testid="assistance-nav"
        selectedKeys={active ? [active] : []}
        items={items.map((item) => ({ key: item.path, icon: item.icon, label: item.label }))}
        onClick={({ key }) => void navigate(href(key))}
        style={{
          marginBottom: token.marginSM,
          marginTop: -token.paddingXS,
          background: token.colorBgContainer,
          borderRadius: token.borderRadius,
          lineHeight: '40px',
        }}
      />
      <Outlet />
    </>
  );
};
