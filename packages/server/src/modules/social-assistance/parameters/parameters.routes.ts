import type { FastifyInstance } from 'fastify';
import { ZCountySetting, ZParameterCreate, ZParameterListQuery, ZParameterResolveQuery } from '@mz/shared';
import { callContext } from '../../../platform/http/context';
import { parse, parseId } from '../../../platform/http/parse';
import type { SocialAssistanceDeps } from '../social-assistance.deps';
import * as service from './parameters.service';

type P = { Params: { id: string } };

export const parameterRoutes = (app: FastifyInstance, deps: SocialAssistanceDeps) => {
  const read = { config: { permission: 'assistance:read' as const } };
  const approve = { config: { permission: 'assistance:approve' as const } };
  app.get('/api/assistance/parameters', read, (req) =>
    service.listParameters(deps, callContext(req), parse(ZParameterListQuery, req.query).divisionId),
  );
  app.get('/api/assistance/parameters/resolve', read, async (req) => {
    const query = parse(ZParameterResolveQuery, req.query);
    return { version: await service.resolveParameters(deps, callContext(req), query.divisionId, query.date) };
  });
  app.post('/api/assistance/parameters', approve, (req) =>
    service.createParameterVersion(deps, callContext(req), parse(ZParameterCreate, req.body)),
  );
  app.get<P>('/api/assistance/county-settings/:id', read, (req) =>
    service.getCountySetting(deps, callContext(req), parseId(req.params.id)),
  );
  app.put<P>('/api/assistance/county-settings/:id', approve, (req) =>
    service.putCountySetting(deps, callContext(req), parseId(req.params.id), parse(ZCountySetting, req.body)),
  );
};
