import { ApartmentOutlined, AuditOutlined, HomeOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import {
  AccountBookOutlined,
  AlertOutlined,
  BellOutlined,
  CloudUploadOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  NotificationOutlined,
  ControlOutlined,
  PauseCircleOutlined,
  ProfileOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { DashboardOutlined, EditOutlined, FileDoneOutlined, FileWordOutlined, FundOutlined, PartitionOutlined } from '@ant-design/icons';
import type { Permission } from '@mz/shared';
import type { ReactNode } from 'react';
import { opsText } from '../../features/social-assistance/assistance-ops.i18n';
import { paramText } from '../../features/social-assistance/parameters.i18n';
import { saText } from '../../features/social-assistance/social-assistance.i18n';
import { zhCN } from '../../i18n/zh-CN';
import { monitoringI18n } from '../../features/monitoring/monitoring.i18n';

export type NavItem = {
  path: string;
  label: string;
  icon: ReactNode;
  /** Needed to see the entry (and to open the page); none = every signed-in user. */
  permission?: Permission;
  /** Shown on the home page's quick links. */
  description?: string;
  /** Sub-items of a section (the section's own page shows them as tabs). */
  children?: NavItem[];
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
  {
    path: '/assistance',
    label: saText.nav.root,
    icon: <SolutionOutlined />,
    permission: 'assistance:read',
    description: saText.nav.description,
    children: [
      { path: '/assistance/tasks', label: saText.nav.tasks, icon: <BellOutlined />, permission: 'assistance:read' },
      { path: '/assistance/households', label: saText.nav.households, icon: <FileSearchOutlined />, permission: 'assistance:read' },
      { path: '/assistance/applications', label: saText.nav.applications, icon: <FileTextOutlined />, permission: 'assistance:read' },
      { path: '/assistance/publicity', label: saText.nav.publicity, icon: <NotificationOutlined />, permission: 'assistance:read' },
      { path: '/assistance/dynamic', label: opsText.nav.dynamic, icon: <SyncOutlined />, permission: 'assistance:read' },
      { path: '/assistance/warnings', label: saText.nav.warnings, icon: <AlertOutlined />, permission: 'assistance:read' },
      { path: '/assistance/warning-thresholds', label: opsText.nav.thresholds, icon: <ControlOutlined />, permission: 'assistance:read' },
      { path: '/assistance/parameters', label: paramText.nav, icon: <ProfileOutlined />, permission: 'assistance:read' },
      { path: '/assistance/import', label: saText.nav.import, icon: <CloudUploadOutlined />, permission: 'assistance:apply' },
      { path: '/assistance/payments', label: saText.nav.payments, icon: <AccountBookOutlined />, permission: 'assistance:pay' },
      {
        path: '/assistance/payment-controls',
        label: opsText.nav.paymentControls,
        icon: <PauseCircleOutlined />,
        permission: 'assistance:pay',
      },
    ],
  },
  { path: '/users', label: zhCN.nav.users, icon: <TeamOutlined />, permission: 'user:read', description: zhCN.navDescriptions.users },
  { path: '/audit', label: zhCN.nav.audit, icon: <AuditOutlined />, permission: 'audit:read', description: zhCN.navDescriptions.audit },
  {
    path: '/monitoring',
    label: monitoringI18n.nav.root,
    icon: <FundOutlined />,
    permission: 'monitoring:read',
    description: monitoringI18n.nav.description,
    children: [
      { path: '/monitoring', label: monitoringI18n.nav.overview, icon: <DashboardOutlined />, permission: 'monitoring:read' },
      { path: '/monitoring/cascade', label: monitoringI18n.nav.cascade, icon: <PartitionOutlined />, permission: 'monitoring:read' },
      { path: '/monitoring/collection', label: monitoringI18n.nav.collection, icon: <EditOutlined />, permission: 'monitoring:report' },
      { path: '/monitoring/signoff', label: monitoringI18n.nav.signoff, icon: <FileDoneOutlined />, permission: 'monitoring:read' },
      { path: '/monitoring/reports', label: monitoringI18n.nav.reports, icon: <FileWordOutlined />, permission: 'monitoring:read' },
    ],
  },
];
