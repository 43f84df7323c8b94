import type { FastifyInstance } from 'fastify';
import {
  ZAdulthoodCheck,
  ZChangeReportCreate,
  ZChangeReportListQuery,
  ZRecalculation,
  ZRecheckDueQuery,
  ZRecheckRecord,
  ZRecheckSchedule,
  ZReviewConfirm,
  ZReviewDecision,
} from '@mz/shared';
import { callContext } from '../../../platform/http/context';
import { parse, parseId } from '../../../platform/http/parse';
import type { SocialAssistanceDeps } from '../social-assistance.deps';
import { runAdulthoodCheck } from './adulthood.service';
import * as reports from './change-reports.service';
import * as rechecks from './rechecks.service';
import { recalculateCounty } from './recalculation.service';

type P = { Params: { id: string } };
const D = '/api/assistance/dynamic';

export const dynamicRoutes = (app: FastifyInstance, deps: SocialAssistanceDeps) => {
  const read = { config: { permission: 'assistance:read' as const } };
  const apply = { config: { permission: 'assistance:apply' as const } };
  const review = { config: { permission: 'assistance:review' as const } };
  const approve = { config: { permission: 'assistance:approve' as const } };

  app.get(`${D}/rechecks/due`, read, (req) => rechecks.listDue(deps, callContext(req), parse(ZRecheckDueQuery, req.query)));
  app.post(`${D}/rechecks/schedule`, approve, (req) =>
    rechecks.scheduleRechecks(deps, callContext(req), parse(ZRecheckSchedule, req.body).divisionId),
  );
  app.post(`${D}/rechecks`, review, (req) => rechecks.recordRecheck(deps, callContext(req), parse(ZRecheckRecord, req.body)));

  app.post(`${D}/change-reports`, apply, (req) => reports.createChangeReport(deps, callContext(req), parse(ZChangeReportCreate, req.body)));
  app.get(`${D}/change-reports`, read, (req) =>
    reports.listChangeReports(deps, callContext(req), parse(ZChangeReportListQuery, req.query)),
  );
  app.get<P>(`${D}/change-reports/:id`, read, (req) => reports.getChangeReport(deps, callContext(req), parseId(req.params.id)));
  app.post<P>(`${D}/change-reports/:id/decision`, approve, (req) =>
    reports.decideReview(deps, callContext(req), parseId(req.params.id), parse(ZReviewDecision, req.body)),
  );
  app.post<P>(`${D}/change-reports/:id/confirm`, approve, (req) =>
    reports.confirmTermination(deps, callContext(req), parseId(req.params.id), parse(ZReviewConfirm, req.body)),
  );

  app.post(`${D}/adulthood-checks`, approve, (req) => runAdulthoodCheck(deps, callContext(req), parse(ZAdulthoodCheck, req.body)));
  app.post(`${D}/recalculations`, approve, (req) => recalculateCounty(deps, callContext(req), parse(ZRecalculation, req.body)));
};
