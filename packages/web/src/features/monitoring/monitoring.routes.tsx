import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards';
import { lazyPage } from '../../app/lazy-route';

// Routes under /monitoring. Pages load on first use (ECharts stays out of the main bundle).

const PlanListPage = lazyPage(() => import('./pages/PlanListPage'), 'PlanListPage');
const PlanOverviewPage = lazyPage(() => import('./pages/PlanOverviewPage'), 'PlanOverviewPage');
const IndicatorDetailPage = lazyPage(() => import('./pages/IndicatorDetailPage'), 'IndicatorDetailPage');
const DrillDownPage = lazyPage(() => import('./pages/DrillDownPage'), 'DrillDownPage');
const CascadeMatrixPage = lazyPage(() => import('./pages/CascadeMatrixPage'), 'CascadeMatrixPage');
const DataCollectionPage = lazyPage(() => import('./pages/DataCollectionPage'), 'DataCollectionPage');
const SignoffPage = lazyPage(() => import('./pages/SignoffPage'), 'SignoffPage');
const ReportsPage = lazyPage(() => import('./pages/ReportsPage'), 'ReportsPage');

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
