import type { FastifyInstance, FastifyReply } from 'fastify';
import { ZFileUpload } from '@mz/shared';
import { callContext } from '../../../platform/http/context';
import { parse } from '../../../platform/http/parse';
import type { SocialAssistanceDeps } from '../social-assistance.deps';
import { departmentTemplate, importDepartmentRecords } from '../verification/department-records.service';
import { householdTemplate, importHouseholds } from './import.service';

// Uploads are base64 JSON; a caseload of 100 000 households is tens of MB, hence the larger body limit.
const UPLOAD_BODY_LIMIT = 100 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const sendXlsx = (reply: FastifyReply, fileName: string, content: Buffer) =>
  reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(content);

export const importRoutes = (app: FastifyInstance, deps: SocialAssistanceDeps) => {
  app.get('/api/assistance/import/households/template', { config: { permission: 'assistance:apply' } }, async (_req, reply) =>
    sendXlsx(reply, '救助家庭导入模板.xlsx', await householdTemplate()),
  );
  app.post('/api/assistance/import/households', { config: { permission: 'assistance:apply' }, bodyLimit: UPLOAD_BODY_LIMIT }, (req) =>
    importHouseholds(deps, callContext(req), parse(ZFileUpload, req.body)),
  );
  app.get('/api/assistance/department-records/template', { config: { permission: 'assistance:review' } }, async (_req, reply) =>
    sendXlsx(reply, '部门核对数据导入模板.xlsx', await departmentTemplate()),
  );
  app.post(
    '/api/assistance/department-records/import',
    { config: { permission: 'assistance:review' }, bodyLimit: UPLOAD_BODY_LIMIT },
    (req) => importDepartmentRecords(deps, callContext(req), parse(ZFileUpload, req.body)),
  );
};
