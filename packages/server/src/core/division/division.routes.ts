import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZDivisionChangeRequest, ZDivisionSearchQuery } from '@mz/shared';
import type { Database } from '../../db/database';
import { callContext } from '../../platform/http/context';
import { parse, parseId } from '../../platform/http/parse';
import * as service from './division.service';

const ZAsOfQuery = z.object({ date: z.string().date('日期格式应为 YYYY-MM-DD') });

export const divisionRoutes = (app: FastifyInstance, db: Database) => {
  const read = { permission: 'division:read' as const };
  app.get('/api/divisions/roots', { config: read }, (req) => service.listRoots(db, callContext(req)));
  app.get('/api/divisions', { config: read }, (req) =>
    service.searchDivisions(db, callContext(req), parse(ZDivisionSearchQuery, req.query)),
  );
  app.get<{ Params: { id: string } }>('/api/divisions/:id', { config: read }, (req) =>
    service.getDivisionDetail(db, callContext(req), parseId(req.params.id)),
  );
  app.get<{ Params: { id: string } }>('/api/divisions/:id/children', { config: read }, (req) =>
    service.listChildren(db, callContext(req), parseId(req.params.id)),
  );
  app.get<{ Params: { id: string } }>('/api/divisions/:id/as-of', { config: read }, (req) =>
    service.getSubtreeAsOf(db, callContext(req), parseId(req.params.id), parse(ZAsOfQuery, req.query).date),
  );
  app.post('/api/divisions/changes', { config: { permission: 'division:manage' } }, (req) =>
    service.applyDivisionChange(db, callContext(req), parse(ZDivisionChangeRequest, req.body)),
  );
};
