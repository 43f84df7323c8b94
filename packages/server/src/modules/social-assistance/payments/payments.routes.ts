import type { FastifyInstance } from 'fastify';
import {
  ZFileUpload,
  ZPaymentAccountPut,
  ZPaymentArrearsListQuery,
  ZPaymentLineListQuery,
  ZPaymentRollExport,
  ZPaymentRollGenerate,
  ZPaymentRollListQuery,
  ZPaymentSuspensionCreate,
  ZPaymentSuspensionLift,
  ZPaymentSuspensionListQuery,
} from '@mz/shared';
import { callContext } from '../../../platform/http/context';
import { parse, parseId } from '../../../platform/http/parse';
import type { SocialAssistanceDeps } from '../social-assistance.deps';
import * as accounts from './accounts.service';
import * as payments from './payments.service';
import * as bank from './reconciliation.service';

type P = { Params: { id: string } };
const P = '/api/assistance/payments';
const UPLOAD_BODY_LIMIT = 100 * 1024 * 1024;
const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const paymentRoutes = (app: FastifyInstance, deps: SocialAssistanceDeps) => {
  const pay = { config: { permission: 'assistance:pay' as const } };
  const read = { config: { permission: 'assistance:read' as const } };
  const apply = { config: { permission: 'assistance:apply' as const } };

  app.post(`${P}/rolls`, pay, (req) => payments.generateRoll(deps, callContext(req), parse(ZPaymentRollGenerate, req.body)));
  app.get(`${P}/rolls`, pay, (req) => payments.listRolls(deps, callContext(req), parse(ZPaymentRollListQuery, req.query)));
  app.get<P>(`${P}/rolls/:id`, pay, (req) => payments.getRoll(deps, callContext(req), parseId(req.params.id)));
  app.get<P>(`${P}/rolls/:id/lines`, pay, (req) =>
    payments.listLines(deps, callContext(req), parseId(req.params.id), parse(ZPaymentLineListQuery, req.query)),
  );
  app.post<P>(`${P}/rolls/:id/approve`, pay, (req) => payments.approveRoll(deps, callContext(req), parseId(req.params.id)));
  app.post<P>(`${P}/rolls/:id/export`, pay, async (req, reply) => {
    const file = await bank.exportRoll(deps, callContext(req), parseId(req.params.id), parse(ZPaymentRollExport, req.body ?? {}).format);
    return reply
      .header('content-type', CONTENT_TYPES[file.format])
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .send(file.content);
  });
  app.post<P>(`${P}/rolls/:id/results`, { ...pay, bodyLimit: UPLOAD_BODY_LIMIT }, (req) =>
    bank.importBankResults(deps, callContext(req), parseId(req.params.id), parse(ZFileUpload, req.body)),
  );
  app.get<P>(`${P}/rolls/:id/reconciliation`, pay, (req) => bank.reconciliationSummary(deps, callContext(req), parseId(req.params.id)));

  app.get<P>(`${P}/accounts/:id`, read, (req) => accounts.listAccounts(deps, callContext(req), parseId(req.params.id)));
  app.put<P>(`${P}/accounts/:id`, apply, (req) =>
    accounts.putAccount(deps, callContext(req), parseId(req.params.id), parse(ZPaymentAccountPut, req.body)),
  );
  app.get(`${P}/suspensions`, read, (req) =>
    accounts.listSuspensions(deps, callContext(req), parse(ZPaymentSuspensionListQuery, req.query)),
  );
  app.post(`${P}/suspensions`, pay, (req) => accounts.createSuspension(deps, callContext(req), parse(ZPaymentSuspensionCreate, req.body)));
  app.post<P>(`${P}/suspensions/:id/lift`, pay, (req) =>
    accounts.liftSuspension(deps, callContext(req), parseId(req.params.id), parse(ZPaymentSuspensionLift, req.body)),
  );
  app.get(`${P}/arrears`, pay, (req) => accounts.listArrears(deps, callContext(req), parse(ZPaymentArrearsListQuery, req.query)));
};
