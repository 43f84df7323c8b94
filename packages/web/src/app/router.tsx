import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../features/identity/pages/LoginPage';
import { publicityPrintRoute, socialAssistanceRoutes } from '../features/social-assistance/social-assistance.routes';
import { monitoringRoutes } from '../features/monitoring/monitoring.routes';
import { NotFoundResult, RequireAuth, RequirePermission } from './guards';
import { AppLayout } from './layout/AppLayout';
import { lazyPage, suspended } from './lazy-route';

// Every feature page (and feature layout) is its own chunk, loaded on first use; only the login page,
// the app frame and the guards are in the main bundle.
const HomePage = lazyPage(() => import('../features/home/pages/HomePage'), 'HomePage');
const DivisionsLayout = lazyPage(() => import('../features/division/pages/DivisionsLayout'), 'DivisionsLayout');
const DivisionListPage = lazyPage(() => import('../features/division/pages/DivisionListPage'), 'DivisionListPage');
const DivisionDetailPage = lazyPage(() => import('../features/division/pages/DivisionDetailPage'), 'DivisionDetailPage');
const UserListPage = lazyPage(() => import('../features/identity/pages/UserListPage'), 'UserListPage');
const ChangePasswordPage = lazyPage(() => import('../features/identity/pages/ChangePasswordPage'), 'ChangePasswordPage');
const AuditLogPage = lazyPage(() => import('../features/audit-log/pages/AuditLogPage'), 'AuditLogPage');
const MonitoringLayout = lazyPage(() => import('../features/monitoring/components/MonitoringLayout'), 'MonitoringLayout');
const SocialAssistanceLayout = lazyPage(
  () => import('../features/social-assistance/pages/SocialAssistanceLayout'),
  'SocialAssistanceLayout',
);

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  publicityPrintRoute,
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: suspended(<HomePage />) },
      { path: 'account/password', element: suspended(<ChangePasswordPage />) },
      {
        path: 'divisions',
        element: <RequirePermission permission="division:read">{suspended(<DivisionsLayout />)}</RequirePermission>,
        children: [
          { index: true, element: suspended(<DivisionListPage />) },
          { path: ':id', element: suspended(<DivisionDetailPage />) },
        ],
      },
      {
        path: 'users',
        element: <RequirePermission permission="user:read">{suspended(<UserListPage />)}</RequirePermission>,
      },
      {
        path: 'audit',
        element: <RequirePermission permission="audit:read">{suspended(<AuditLogPage />)}</RequirePermission>,
      },
      {
        path: 'monitoring',
        element: <RequirePermission permission="monitoring:read">{suspended(<MonitoringLayout />)}</RequirePermission>,
        children: monitoringRoutes,
      },
      {
        path: 'assistance',
        element: <RequirePermission permission="assistance:read">{suspended(<SocialAssistanceLayout />)}</RequirePermission>,
        children: socialAssistanceRoutes,
      },
      { path: '*', element: <NotFoundResult /> },
    ],
  },
]);
