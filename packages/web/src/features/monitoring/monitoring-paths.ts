import { buildUrl } from '../../api/url';

// Paths of the monitoring pages, with their query (`unit` = the division looked at, `year`).

type Where = { unit?: number | null | undefined; year?: number | null | undefined };

export const monitoringPaths = {
  plans: () => '/monitoring',
  overview: (planId: number, where: Where = {}) => buildUrl(`/monitoring/plans/${planId}`, where),
  indicator: (planId: number, indicatorId: number, where: Where = {}) =>
    buildUrl(`/monitoring/plans/${planId}/indicators/${indicatorId}`, where),
  drill: (planId: number, where: Where & { indicator?: number | null | undefined } = {}) =>
    buildUrl(`/monitoring/plans/${planId}/drill`, where),
  cascade: () => '/monitoring/cascade',
  collection: (where: Where & { plan?: number | null | undefined } = {}) => buildUrl('/monitoring/collection', where),
  signoff: (where: { plan?: number | null | undefined; year?: number | null | undefined } = {}) => buildUrl('/monitoring/signoff', where),
  reports: (where: Where & { plan?: number | null | undefined } = {}) => buildUrl('/monitoring/reports', where),
};
