import { ApartmentOutlined, AuditOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons';
import type { Permission } from '@mz/shared';
import type { ReactNode } from 'react';
import { zhCN } from '../../i18n/zh-CN';

export type NavItem = {
  path: string;
  label: string;
  icon: ReactNode;
  /** Needed to see the entry (and to open the page); none = every signed-in user. */
  permission?: Permission;
  /** Shown on the home page's quick links. */
  description?: string;
};

// The left menu, in order. A new module adds one line here and one route in router.tsx.
export const NAV_ITEMS: NavItem[] = [
  { path: '/', label: zhCN.nav.home, icon: <HomeOutlined /> },
  {
    path: '/divisions',
    label: zhCN.nav.divisions,
    icon: <ApartmentOutlined />,
    permission: 'division:read',
    description: zhCN.navDescriptions.divisions,
  },
  { path: '/users', label: zhCN.nav.users, icon: <TeamOutlined />, permission: 'user:read', description: zhCN.navDescriptions.users },
  { path: '/audit', label: zhCN.nav.audit, icon: <AuditOutlined />, permission: 'audit:read', description: zhCN.navDescriptions.audit },
];
