import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  ZMonitoringApproveRequest,
  ZMonitoringComputeRequest,
  ZMonitoringCutOffsPut,
  ZMonitoringDeviationNote,
  ZMonitoringDrillQuery,
  ZMonitoringFormQuery,
  ZMonitoringImportRequest,
  ZMonitoringMapQuery,
  ZMonitoringReportQuery,
  ZMonitoringReturnRequest,
  ZMonitoringScopeQuery,
  ZMonitoringSubmissionQuery,
  ZMonitoringSubmitRequest,
  ZMonitoringValuesPut,
} from '@mz/shared';
import { z } from 'zod';
import type { ModuleDeps } from '../../modules';
import { callContext } from '../../platform/http/context';
import { parse, parseId } from '../../platform/http/parse';
import { runComputedIndicators } from './collection/compute.service';
import { getForm, saveDeviationNote } from './collection/form.service';
import { downloadTemplate, importValues } from './collection/import.service';
import { saveValues } from './collection/values.service';
import * as dashboards from './dashboards/dashboards.service';
import { verdictMap } from './dashboards/map';
import * as register from './register/register.service';
import { reportDocx, reportXlsx } from './reports/reports.service';
import * as signoff from './signoff/signoff.service';
import { getCutOffs, putCutOffs } from './verdicts/cut-offs.service';

// HTTP of the monitoring module: parse with the shared zod schemas, declare the permission, call
// one service function. Every route has a scope case in monitoring.scope.ts.

type P = { Params: { planId: string; divisionId: string; indicatorId: string; submissionId: string } };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const sendFile = (reply: FastifyReply, type: string, file: { fileName: string; buffer: Buffer }) =>
  reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(file.buffer);

const ZTemplateQuery = z.object({ divisionId: z.coerce.number().int().positive(), year: z.coerce.number().int().min(2015).max(2035) });

export const monitoringRoutes =
  () =>
  (app: FastifyInstance, { db }: ModuleDeps) => {
    const read = { config: { permission: 'monitoring:read' as const } };
    const report = { config: { permission: 'monitoring:report' as const } };
    const review = { config: { permission: 'monitoring:review' as const } };
    const manage = { config: { permission: 'monitoring:manage' as const } };
    const plan = (req: { params: P['Params'] }) => parseId(req.params.planId);

    // Plan register, cross-plan matrix
    app.get('/api/monitoring/plans', read, (req) => register.listPlans(db, callContext(req)));
    app.get<P>('/api/monitoring/plans/:planId', read, (req) => register.getPlan(db, callContext(req), plan(req)));
    app.get('/api/monitoring/cascade', read, (req) => register.cascadeMatrix(db, callContext(req)));

    // Dashboards
    app.get<P>('/api/monitoring/plans/:planId/overview', read, (req) =>
      dashboards.overview(db, callContext(req), plan(req), parse(ZMonitoringScopeQuery, req.query)),
    );
    app.get<P>('/api/monitoring/plans/:planId/divisions/:divisionId/children', read, (req) =>
      dashboards.drillDown(db, callContext(req), plan(req), parseId(req.params.divisionId), parse(ZMonitoringDrillQuery, req.query)),
    );
    app.get<P>('/api/monitoring/indicators/:indicatorId', read, (req) =>
      dashboards.indicatorDetail(db, callContext(req), parseId(req.params.indicatorId), parse(ZMonitoringScopeQuery, req.query)),
    );
    app.get<P>('/api/monitoring/map/:divisionId', read, (req) =>
      verdictMap(db, callContext(req), parseId(req.params.divisionId), parse(ZMonitoringMapQuery, req.query)),
    );

    // 时序进度 cut-offs of a plan (used by every verdict, printed with the method in reports)
    app.get<P>('/api/monitoring/plans/:planId/cut-offs', read, (req) => getCutOffs(db, callContext(req), plan(req)));
    app.put<P>('/api/monitoring/plans/:planId/cut-offs', manage, (req) =>
      putCutOffs(db, callContext(req), plan(req), parse(ZMonitoringCutOffsPut, req.body)),
    );

    // Data collection
    app.get<P>('/api/monitoring/plans/:planId/values', read, (req) =>
      getForm(db, callContext(req), plan(req), parse(ZMonitoringFormQuery, req.query)),
    );
    app.put<P>('/api/monitoring/plans/:planId/values', report, (req) =>
      saveValues(db, callContext(req), plan(req), parse(ZMonitoringValuesPut, req.body)),
    );
    app.get<P>('/api/monitoring/plans/:planId/template.xlsx', report, async (req, reply) =>
      sendFile(reply, XLSX, await downloadTemplate(db, callContext(req), plan(req), parse(ZTemplateQuery, req.query))),
    );
    app.post<P>('/api/monitoring/plans/:planId/import', report, (req) =>
      importValues(db, callContext(req), plan(req), parse(ZMonitoringImportRequest, req.body)),
    );
    app.put<P>('/api/monitoring/plans/:planId/deviation-notes', report, (req) =>
      saveDeviationNote(db, callContext(req), plan(req), parse(ZMonitoringDeviationNote, req.body)),
    );
    app.post<P>('/api/monitoring/plans/:planId/compute', manage, (req) =>
      runComputedIndicators(
        db,
        callContext(req),
        plan(req),
        parse(ZMonitoringComputeRequest.extend({ divisionId: z.number().int().positive() }), req.body),
      ),
    );

    // Sign-off chain
    app.get<P>('/api/monitoring/plans/:planId/submissions', read, (req) =>
      signoff.listSubmissions(db, callContext(req), plan(req), parse(ZMonitoringSubmissionQuery, req.query)),
    );
    app.post<P>('/api/monitoring/plans/:planId/submissions', report, (req) =>
      signoff.submit(db, callContext(req), plan(req), parse(ZMonitoringSubmitRequest, req.body)),
    );
    app.get<P>('/api/monitoring/submissions/:submissionId', read, (req) =>
      signoff.getSubmission(db, callContext(req), parseId(req.params.submissionId)),
    );
    app.post<P>('/api/monitoring/submissions/:submissionId/approve', review, (req) =>
      signoff.approve(db, callContext(req), parseId(req.params.submissionId), parse(ZMonitoringApproveRequest, req.body ?? {})),
    );
    app.post<P>('/api/monitoring/submissions/:submissionId/return', review, (req) =>
      signoff.returnSubmission(db, callContext(req), parseId(req.params.submissionId), parse(ZMonitoringReturnRequest, req.body ?? {})),
    );

    // Reports
    app.get<P>('/api/monitoring/plans/:planId/report.docx', read, async (req, reply) =>
      sendFile(reply, DOCX, await reportDocx(db, callContext(req), plan(req), parse(ZMonitoringReportQuery, req.query))),
    );
    app.get<P>('/api/monitoring/plans/:planId/report.xlsx', read, async (req, reply) =>
      sendFile(reply, XLSX, await reportXlsx(db, callContext(req), plan(req), parse(ZMonitoringReportQuery, req.query))),
    );
  };
