import { BankOutlined, DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Flex, Layout, Tooltip, Typography, theme, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import { handleApiError } from '../../api/handle-api-error';
import { DivisionTreeSelect } from '../../components/DivisionTreeSelect';
import { useDivisionScope } from '../../features/division/hooks/useDivisionScope';
import { useAuth, useMe } from '../../features/identity/hooks/useAuth';
import { passwordText } from '../../features/identity/password.i18n';
import { formatAssignments } from '../../features/identity/role-label';
import { zhCN } from '../../i18n/zh-CN';
import { brand } from '../theme';

export const AppHeader = () => {
  const { token } = theme.useToken();
  const me = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const scope = useDivisionScope();
  const roles = formatAssignments(me.assignments, 2);

  const onLogout = async () => {
    try {
      await logout();
    } catch (error) {
      handleApiError(error);
    }
    await navigate('/login', { replace: true });
  };

  const userMenu: MenuProps = {
    items: [
      { key: 'password', icon: <KeyOutlined />, label: passwordText.menuChange },
      { type: 'divider' },
      { key: 'logout', icon: <LogoutOutlined />, label: zhCN.auth.logout },
    ],
    onClick: ({ key }) => (key === 'logout' ? void onLogout() : void navigate('/account/password')),
  };

  return (
    <Layout.Header style={{ position: 'sticky', top: 0, zIndex: 10, display: 'flex', alignItems: 'center', gap: token.marginLG }}>
      <Flex align="center" gap={token.marginSM} style={{ flex: 'none' }}>
        <Avatar shape="square" size={32} icon={<BankOutlined />} style={{ background: brand.emblemBg, color: brand.headerText }} />
        <Typography.Text strong style={{ color: brand.headerText, fontSize: token.fontSizeLG, letterSpacing: 1 }}>
          {zhCN.app.title}
        </Typography.Text>
      </Flex>

      <Flex align="center" gap={token.marginXS} style={{ marginInlineStart: 'auto' }}>
        <Typography.Text style={{ color: brand.headerTextSecondary, whiteSpace: 'nowrap' }}>{zhCN.layout.scopeLabel}</Typography.Text>
        <DivisionTreeSelect
          value={scope.divisionId}
          valueLabel={scope.divisionName}
          onSelectDivision={scope.setDivision}
          placeholder={zhCN.layout.scopePlaceholder}
          style={{ width: 240 }}
        />
      </Flex>

      <Flex
        align="center"
        gap={token.marginSM}
        style={{ borderInlineStart: `1px solid ${brand.headerDivider}`, paddingInlineStart: token.marginLG, minWidth: 0 }}
      >
        <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
          <Flex align="center" gap={token.marginSM} data-testid="user-menu" style={{ cursor: 'pointer', minWidth: 0 }}>
            <Avatar size={30} icon={<UserOutlined />} style={{ background: brand.emblemBg, color: brand.headerText, flex: 'none' }} />
            <Flex vertical style={{ lineHeight: 1.35, minWidth: 0 }}>
              <Typography.Text data-testid="current-user" style={{ color: brand.headerText }} ellipsis>
                {me.displayName}
              </Typography.Text>
              <Tooltip title={formatAssignments(me.assignments)}>
                <Typography.Text
                  data-testid="current-roles"
                  style={{ color: brand.headerTextSecondary, fontSize: token.fontSizeSM, maxWidth: 280 }}
                  ellipsis
                >
                  {roles}
                </Typography.Text>
              </Tooltip>
            </Flex>
            <DownOutlined style={{ color: brand.headerTextSecondary, fontSize: token.fontSizeSM }} />
          </Flex>
        </Dropdown>
      </Flex>
    </Layout.Header>
  );
};
