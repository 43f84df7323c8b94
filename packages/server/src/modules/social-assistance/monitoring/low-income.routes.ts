import type { FastifyInstance } from 'fastify';
import {
  ZFileUpload,
  ZLowIncomeFlagCreate,
  ZLowIncomeFlagEnd,
  ZLowIncomePopulationQuery,
  ZWarningEvaluate,
  ZWarningListQuery,
  ZWarningOutcome,
  ZWarningThresholdsPut,
} from '@mz/shared';
import { callContext } from '../../../platform/http/context';
import { parse, parseId } from '../../../platform/http/parse';
import type { SocialAssistanceDeps } from '../social-assistance.deps';
import { eventTemplate, importEvents } from './events.service';
import * as population from './population.service';
import * as thresholds from './thresholds.service';
import * as warnings from './warnings.service';

type P = { Params: { id: string } };
const M = '/api/assistance/monitoring';
const UPLOAD_BODY_LIMIT = 100 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const lowIncomeMonitoringRoutes = (app: FastifyInstance, deps: SocialAssistanceDeps) => {
  const read = { config: { permission: 'assistance:read' as const } };
  const apply = { config: { permission: 'assistance:apply' as const } };
  const review = { config: { permission: 'assistance:review' as const } };
  const approve = { config: { permission: 'assistance:approve' as const } };

  app.get(`${M}/population`, read, (req) => population.listPopulation(deps, callContext(req), parse(ZLowIncomePopulationQuery, req.query)));
  app.post(`${M}/flags`, apply, (req) => population.createFlag(deps, callContext(req), parse(ZLowIncomeFlagCreate, req.body)));
  app.post<P>(`${M}/flags/:id/end`, apply, (req) =>
    population.endFlag(deps, callContext(req), parseId(req.params.id), parse(ZLowIncomeFlagEnd, req.body)),
  );

  app.get(`${M}/events/template`, review, async (_req, reply) =>
    reply
      .header('content-type', XLSX)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('部门事件导入模板.xlsx')}`)
      .send(await eventTemplate()),
  );
  app.post(`${M}/events/import`, { ...review, bodyLimit: UPLOAD_BODY_LIMIT }, (req) =>
    importEvents(deps, callContext(req), parse(ZFileUpload, req.body)),
  );

  app.post(`${M}/evaluations`, review, (req) => warnings.evaluateWarnings(deps, callContext(req), parse(ZWarningEvaluate, req.body)));
  app.get(`${M}/warnings`, read, (req) => warnings.listWarnings(deps, callContext(req), parse(ZWarningListQuery, req.query)));
  app.get<P>(`${M}/warnings/:id`, read, (req) => warnings.getWarning(deps, callContext(req), parseId(req.params.id)));
  app.post<P>(`${M}/warnings/:id/outcome`, review, (req) =>
    warnings.recordOutcome(deps, callContext(req), parseId(req.params.id), parse(ZWarningOutcome, req.body)),
  );

  app.get<P>(`${M}/thresholds/:id`, read, (req) => thresholds.getThresholds(deps, callContext(req), parseId(req.params.id)));
  app.put<P>(`${M}/thresholds/:id`, approve, (req) =>
    thresholds.putThresholds(deps, callContext(req), parseId(req.params.id), parse(ZWarningThresholdsPut, req.body)),
  );
};
