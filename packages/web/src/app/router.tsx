import { createBrowserRouter } from 'react-router';
import { AuditLogPage } from '../features/audit-log/pages/AuditLogPage';
import { DivisionDetailPage } from '../features/division/pages/DivisionDetailPage';
import { DivisionListPage } from '../features/division/pages/DivisionListPage';
import { DivisionsLayout } from '../features/division/pages/DivisionsLayout';
import { HomePage } from '../features/home/pages/HomePage';
import { LoginPage } from '../features/identity/pages/LoginPage';
import { UserListPage } from '../features/identity/pages/UserListPage';
import { SocialAssistanceLayout } from '../features/social-assistance/pages/SocialAssistanceLayout';
import { publicityPrintRoute, socialAssistanceRoutes } from '../features/social-assistance/social-assistance.routes';
import { MonitoringLayout } from '../features/monitoring/components/MonitoringLayout';
import { monitoringRoutes } from '../features/monitoring/monitoring.routes';
import { NotFoundResult, RequireAuth, RequirePermission } from './guards';
import { AppLayout } from './layout/AppLayout';

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
      { index: true, element: <HomePage /> },
      {
        path: 'divisions',
        element: (
          <RequirePermission permission="division:read">
            <DivisionsLayout />
          </RequirePermission>
        ),
        children: [
          { index: true, element: <DivisionListPage /> },
          { path: ':id', element: <DivisionDetailPage /> },
        ],
      },
      {
        path: 'users',
        element: (
          <RequirePermission permission="user:read">
            <UserListPage />
          </RequirePermission>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequirePermission permission="audit:read">
            <AuditLogPage />
          </RequirePermission>
        ),
      },
      {
        path: 'monitoring',
        element: (
          <RequirePermission permission="monitoring:read">
            <MonitoringLayout />
          </RequirePermission>
        ),
        children: monitoringRoutes,
      },
      {
        path: 'assistance',
        element: (
          <RequirePermission permission="assistance:read">
            <SocialAssistanceLayout />
          </RequirePermission>
        ),
        children: socialAssistanceRoutes,
      },
      { path: '*', element: <NotFoundResult /> },
    ],
  },
]);
