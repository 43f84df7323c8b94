import type { FastifyInstance } from 'fastify';
import { ZAuditQuery } from '@mz/shared';
import type { Database } from '../../db/database';
import { verifyAuditChain } from '../../platform/audit/audit';
import { callContext } from '../../platform/http/context';
import { parse } from '../../platform/http/parse';
import { searchAuditLog } from './audit-log.repository';

export const auditLogRoutes = (app: FastifyInstance, db: Database) => {
  app.get('/api/audit', { config: { permission: 'audit:read' } }, (req) =>
    searchAuditLog(db, parse(ZAuditQuery, req.query), callContext(req).scope),
  );
  app.get('/api/audit/verify', { config: { permission: 'audit:read' } }, () => verifyAuditChain(db));
};
