import type { FastifyInstance } from 'fastify';
import {
  ZAccept,
  ZAdvanceAssistance,
  ZAdvanceCompletion,
  ZAuthorisationCreate,
  ZAuthorisationRevoke,
  ZApplicationCreate,
  ZApplicationListQuery,
  ZCountyCheck,
  ZDecisionRequest,
  ZDocumentUpload,
  ZInvestigation,
  ZNotice,
  ZObjection,
  ZObjectionHandling,
  ZPreliminaryReview,
  ZPublicityListQuery,
  ZPublicityStart,
  ZSubmitToCounty,
  ZSupplementMaterials,
  ZTaskQuery,
  ZVerificationCreate,
  ZVerificationRespond,
  ZWithdraw,
} from '@mz/shared';
import { callContext } from '../../../platform/http/context';
import { parse, parseId } from '../../../platform/http/parse';
import * as documents from '../documents/documents.service';
import type { SocialAssistanceDeps } from '../social-assistance.deps';
import * as authorisation from '../verification/authorisation.service';
import * as verification from '../verification/verification.service';
import * as advance from './advance.service';
import * as caseFile from './case-file.service';
import * as decision from './decision.service';
import * as intake from './intake.service';
import * as publicity from './publicity.service';
import * as queries from './queries.service';
import { asCountyOffice } from './workflow.step';

type P = { Params: { id: string; objectionId: string; documentId: string } };

export const workflowRoutes = (app: FastifyInstance, deps: SocialAssistanceDeps) => {
  const read = { config: { permission: 'assistance:read' as const } };
  const apply = { config: { permission: 'assistance:apply' as const } };
  const review = { config: { permission: 'assistance:review' as const } };
  const approve = { config: { permission: 'assistance:approve' as const } };
  const base = '/api/assistance/applications/:id';
  const id = (req: { params: { id: string } }) => parseId(req.params.id);

  app.get('/api/assistance/applications', read, (req) =>
    queries.listApplications(deps, callContext(req), parse(ZApplicationListQuery, req.query)),
  );
  app.post('/api/assistance/applications', apply, (req) =>
    intake.createApplication(deps, callContext(req), parse(ZApplicationCreate, req.body)),
  );
  app.get<P>(base, read, (req) => caseFile.getCaseFile(deps, callContext(req), id(req)));
  app.get<P>(`${base}/next-steps`, read, (req) => queries.getNextSteps(deps, callContext(req), id(req)));

  // 申请、受理、调查、核对 (township)
  app.post<P>(`${base}/supplement`, apply, (req) =>
    intake.supplementMaterials(deps, callContext(req), id(req), parse(ZSupplementMaterials, req.body)),
  );
  app.post<P>(`${base}/accept`, apply, (req) => intake.acceptApplication(deps, callContext(req), id(req), parse(ZAccept, req.body)));
  app.post<P>(`${base}/investigation`, apply, (req) =>
    intake.recordInvestigation(deps, callContext(req), id(req), parse(ZInvestigation, req.body)),
  );
  app.post<P>(`${base}/verifications`, apply, (req) =>
    verification.requestVerification(deps, callContext(req), id(req), parse(ZVerificationCreate, req.body)),
  );
  app.post<P>(`${base}/authorisations`, apply, (req) =>
    authorisation.recordAuthorisation(deps, callContext(req), id(req), parse(ZAuthorisationCreate, req.body)),
  );
  app.post<P>('/api/assistance/authorisations/:id/revoke', apply, (req) =>
    authorisation.revokeAuthorisation(deps, callContext(req), id(req), parse(ZAuthorisationRevoke, req.body)),
  );
  app.post<P>('/api/assistance/verifications/:id/respond', review, async (req) =>
    verification.respondVerification(deps, await asCountyOffice(deps.db, callContext(req)), id(req), parse(ZVerificationRespond, req.body)),
  );
  app.post<P>(`${base}/withdraw`, apply, (req) => intake.withdrawApplication(deps, callContext(req), id(req), parse(ZWithdraw, req.body)));

  // 初审、公示、异议、报县 (township)
  app.post<P>(`${base}/preliminary-review`, review, (req) =>
    intake.preliminaryReview(deps, callContext(req), id(req), parse(ZPreliminaryReview, req.body)),
  );
  app.post<P>(`${base}/publicity`, review, (req) =>
    publicity.startPublicity(deps, callContext(req), id(req), parse(ZPublicityStart, req.body)),
  );
  app.post<P>(`${base}/objections`, apply, (req) =>
    publicity.recordObjection(deps, callContext(req), id(req), parse(ZObjection, req.body)),
  );
  app.post<P>(`${base}/objections/:objectionId/handle`, review, (req) =>
    publicity.handleObjection(deps, callContext(req), id(req), parseId(req.params.objectionId), parse(ZObjectionHandling, req.body)),
  );
  app.post<P>(`${base}/submit-to-county`, review, (req) =>
    publicity.submitToCounty(deps, callContext(req), id(req), parse(ZSubmitToCounty, req.body)),
  );
  app.post<P>(`${base}/township-decision`, review, (req) =>
    decision.townshipDecision(deps, callContext(req), id(req), parse(ZDecisionRequest, req.body)),
  );

  // 临时救助 先行救助 (紧急程序) and the paperwork completed afterwards
  app.post<P>(`${base}/advance`, review, (req) => advance.payAdvance(deps, callContext(req), id(req), parse(ZAdvanceAssistance, req.body)));
  app.post<P>(`${base}/advance/complete`, apply, (req) =>
    advance.completeAdvance(deps, callContext(req), id(req), parse(ZAdvanceCompletion, req.body)),
  );

  // 县级审核确认
  app.post<P>(`${base}/county-checks`, review, async (req) =>
    decision.recordCountyCheck(deps, await asCountyOffice(deps.db, callContext(req)), id(req), parse(ZCountyCheck, req.body)),
  );
  app.post<P>(`${base}/decision`, approve, (req) =>
    decision.countyDecision(deps, callContext(req), id(req), parse(ZDecisionRequest, req.body)),
  );
  app.post<P>(`${base}/notice`, apply, (req) => decision.serveNotice(deps, callContext(req), id(req), parse(ZNotice, req.body)));

  // 案卷材料
  app.post<P>(`${base}/documents`, apply, (req) =>
    documents.uploadDocument(deps, callContext(req), id(req), parse(ZDocumentUpload, req.body)),
  );
  app.get<P>(`${base}/documents/:documentId`, read, async (req, reply) => {
    const file = await documents.downloadDocument(deps, callContext(req), id(req), parseId(req.params.documentId));
    return reply
      .header('content-type', file.mimeType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-sha256', file.sha256)
      .send(file.content);
  });

  app.get('/api/assistance/tasks', read, (req) => queries.listTasks(deps, callContext(req), parse(ZTaskQuery, req.query)));
  app.get('/api/assistance/publicities', read, (req) =>
    publicity.listPublicities(deps, callContext(req), parse(ZPublicityListQuery, req.query)),
  );
};
