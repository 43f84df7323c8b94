import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards';

// Routes under /monitoring. Pages load on first use (ECharts stays out of the main bundle).

const PlanListPage = lazy(() => import('./pages/PlanListPage').then((m) => ({ default: m.PlanListPage })));
const PlanOverviewPage = lazy(() => import('./pages/PlanOverviewPage').then((m) => ({ default: m.PlanOverviewPage })));
const IndicatorDetailPage = lazy(() => import('./pages/IndicatorDetailPage').then((m) => ({ default: m.IndicatorDetailPage })));
const DrillDownPage = lazy(() => import('./pages/DrillDownPage').then((m) => ({ default: m.DrillDownPage })));
const CascadeMatrixPage = lazy(() => import('./pages/CascadeMatrixPage').then((m) => ({ default: m.CascadeMatrixPage })));
const DataCollectionPage = lazy(() => import('./pages/DataCollectionPage').then((m) => ({ default: m.DataCollectionPage })));
const SignoffPage = lazy(() => import('./pages/SignoffPage').then((m) => ({ default: m.SignoffPage })));
const ReportsPage = lazy(() => import('./pages/ReportsPage').then((m) => ({ default: m.ReportsPage })));

export const monitoringRoutes: RouteObject[] = [
  { index: true, element: <PlanListPage /> },
  { path: 'plans/:planId', element: <PlanOverviewPage /> },
  { path: 'plans/:planId/indicators/:indicatorId', element: <IndicatorDetailPage /> },
  { path: 'plans/:planId/drill', element: <DrillDownPage /> },
  { path: 'cascade', element: <CascadeMatrixPage /> },
  {
    path: 'collection',
    element: (
      <RequirePermission permission="monitoring:report">
        <DataCollectionPage />
      </RequirePermission>
    ),
  },
  { path: 'signoff', element: <SignoffPage /> },
  { path: 'reports', element: <ReportsPage /> },
];
