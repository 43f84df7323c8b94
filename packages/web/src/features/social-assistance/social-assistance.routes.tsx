import { Card, Skeleton } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { RequireAuth, RequirePermission } from '../../app/guards';
import { lazyPage as page } from '../../app/lazy-route';

// Routes under /assistance (inside the app layout) and the stand-alone printable 公示 sheet.
// Pages load on first use.

const TaskQueuePage = page(() => import('./pages/TaskQueuePage'), 'TaskQueuePage');
const HouseholdSearchPage = page(() => import('./pages/HouseholdSearchPage'), 'HouseholdSearchPage');
const HouseholdFormPage = page(() => import('./pages/HouseholdFormPage'), 'HouseholdFormPage');
const HouseholdDetailPage = page(() => import('./pages/HouseholdDetailPage'), 'HouseholdDetailPage');
const ApplicationListPage = page(() => import('./pages/ApplicationListPage'), 'ApplicationListPage');
const ApplicationWizardPage = page(() => import('./pages/ApplicationWizardPage'), 'ApplicationWizardPage');
const CaseFilePage = page(() => import('./pages/CaseFilePage'), 'CaseFilePage');
const PublicityListPage = page(() => import('./pages/PublicityListPage'), 'PublicityListPage');
const PublicityPrintPage = page(() => import('./pages/PublicityPrintPage'), 'PublicityPrintPage');
const ImportPage = page(() => import('./pages/ImportPage'), 'ImportPage');
const PaymentRollListPage = page(() => import('./pages/PaymentRollListPage'), 'PaymentRollListPage');
const PaymentRollDetailPage = page(() => import('./pages/PaymentRollDetailPage'), 'PaymentRollDetailPage');
const WarningTaskPage = page(() => import('./pages/WarningTaskPage'), 'WarningTaskPage');
const DynamicManagementPage = page(() => import('./pages/DynamicManagementPage'), 'DynamicManagementPage');
const PaymentControlsPage = page(() => import('./pages/PaymentControlsPage'), 'PaymentControlsPage');
const WarningThresholdsPage = page(() => import('./pages/WarningThresholdsPage'), 'WarningThresholdsPage');
const ParameterRegistryPage = page(() => import('./pages/ParameterRegistryPage'), 'ParameterRegistryPage');

const loading = (
  <Card>
    <Skeleton active />
  </Card>
);
const lazyPage = (node: ReactNode) => <Suspense fallback={loading}>{node}</Suspense>;
const needs = (permission: 'assistance:apply' | 'assistance:pay', node: ReactNode) => (
  <RequirePermission permission={permission}>{lazyPage(node)}</RequirePermission>
);

/** Children of the /assistance route (its element is the SocialAssistanceLayout). */
export const socialAssistanceRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="tasks" replace /> },
  { path: 'tasks', element: lazyPage(<TaskQueuePage />) },
  { path: 'households', element: lazyPage(<HouseholdSearchPage />) },
  { path: 'households/new', element: needs('assistance:apply', <HouseholdFormPage />) },
  { path: 'households/:id', element: lazyPage(<HouseholdDetailPage />) },
  { path: 'households/:id/edit', element: needs('assistance:apply', <HouseholdFormPage />) },
  { path: 'applications', element: lazyPage(<ApplicationListPage />) },
  { path: 'applications/new', element: needs('assistance:apply', <ApplicationWizardPage />) },
  { path: 'applications/:id', element: lazyPage(<CaseFilePage />) },
  { path: 'publicity', element: lazyPage(<PublicityListPage />) },
  { path: 'warnings', element: lazyPage(<WarningTaskPage />) },
  { path: 'warning-thresholds', element: lazyPage(<WarningThresholdsPage />) },
  { path: 'parameters', element: lazyPage(<ParameterRegistryPage />) },
  { path: 'dynamic', element: lazyPage(<DynamicManagementPage />) },
  { path: 'import', element: needs('assistance:apply', <ImportPage />) },
  { path: 'payments', element: needs('assistance:pay', <PaymentRollListPage />) },
  { path: 'payments/:id', element: needs('assistance:pay', <PaymentRollDetailPage />) },
  { path: 'payment-controls', element: needs('assistance:pay', <PaymentControlsPage />) },
];

/** The printable 公示 sheet, outside the app frame (no menu or header on paper). */
export const publicityPrintRoute: RouteObject = {
  path: '/print/assistance/publicity',
  element: (
    <RequireAuth>
      <RequirePermission permission="assistance:read">{lazyPage(<PublicityPrintPage />)}</RequirePermission>
    </RequireAuth>
  ),
};
