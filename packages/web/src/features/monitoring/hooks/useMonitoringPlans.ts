import { useApi } from '../../../api/useApi';
import { monitoringUrls, type TMonitoringPlanSummary } from '../monitoring.api';

/** The plans the user may see (GET /api/monitoring/plans), national first as the server sorts them. */
export const useMonitoringPlans = () => useApi<TMonitoringPlanSummary[]>(monitoringUrls.plans());
