import type { FastifyInstance } from 'fastify';
import {
  ZChangeDecision,
  ZHouseholdChangeRequest,
  ZHouseholdCreate,
  ZHouseholdExportQuery,
  ZHouseholdSearchQuery,
  ZHouseholdUpdate,
  ZIncomeItemsInput,
  ZMemberUpdate,
  ZObligorInput,
  ZPropertyItemInput,
} from '@mz/shared';
import { callContext } from '../../../platform/http/context';
import { parse, parseId } from '../../../platform/http/parse';
import type { SocialAssistanceDeps } from '../social-assistance.deps';
import * as changes from './household-change.service';
import { exportHouseholds } from './household-export.service';
import * as items from './registry.items.service';
import * as service from './registry.service';

type P = { Params: { id: string; memberId: string; itemId: string } };

export const registryRoutes = (app: FastifyInstance, deps: SocialAssistanceDeps) => {
  const read = { config: { permission: 'assistance:read' as const } };
  const apply = { config: { permission: 'assistance:apply' as const } };
  const review = { config: { permission: 'assistance:review' as const } };

  app.get('/api/assistance/households', read, (req) =>
    service.searchHouseholds(deps, callContext(req), parse(ZHouseholdSearchQuery, req.query)),
  );
  app.get('/api/assistance/households/export', read, async (req, reply) => {
    const file = await exportHouseholds(deps, callContext(req), parse(ZHouseholdExportQuery, req.query));
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .send(file.body);
  });
  app.post('/api/assistance/households', apply, (req) =>
    service.createHousehold(deps, callContext(req), parse(ZHouseholdCreate, req.body)),
  );
  app.get<P>('/api/assistance/households/:id', read, (req) => service.getHouseholdDetail(deps, callContext(req), parseId(req.params.id)));
  app.get<P>('/api/assistance/households/:id/personal-data', { config: { permission: 'personal-data:read' } }, (req) =>
    service.readPersonalData(deps, callContext(req), parseId(req.params.id)),
  );
  app.patch<P>('/api/assistance/households/:id', apply, (req) =>
    service.updateHousehold(deps, callContext(req), parseId(req.params.id), parse(ZHouseholdUpdate, req.body)),
  );
  app.put<P>('/api/assistance/households/:id/members/:memberId', apply, (req) =>
    service.updateMember(deps, callContext(req), parseId(req.params.id), parseId(req.params.memberId), parse(ZMemberUpdate, req.body)),
  );

  app.post<P>('/api/assistance/households/:id/obligors', apply, (req) =>
    items.addObligor(deps, callContext(req), parseId(req.params.id), parse(ZObligorInput, req.body)),
  );
  app.delete<P>('/api/assistance/households/:id/obligors/:itemId', apply, (req) =>
    items.removeObligor(deps, callContext(req), parseId(req.params.id), parseId(req.params.itemId)),
  );
  app.post<P>('/api/assistance/households/:id/income-items', apply, (req) =>
    items.addIncomeItems(deps, callContext(req), parseId(req.params.id), parse(ZIncomeItemsInput, req.body).items),
  );
  app.delete<P>('/api/assistance/households/:id/income-items/:itemId', apply, (req) =>
    items.removeIncomeItem(deps, callContext(req), parseId(req.params.id), parseId(req.params.itemId)),
  );
  app.post<P>('/api/assistance/households/:id/property-items', apply, (req) =>
    items.addPropertyItem(deps, callContext(req), parseId(req.params.id), parse(ZPropertyItemInput, req.body)),
  );
  app.delete<P>('/api/assistance/households/:id/property-items/:itemId', apply, (req) =>
    items.removePropertyItem(deps, callContext(req), parseId(req.params.id), parseId(req.params.itemId)),
  );

  app.post<P>('/api/assistance/households/:id/changes', apply, (req) =>
    changes.requestChange(deps, callContext(req), parseId(req.params.id), parse(ZHouseholdChangeRequest, req.body)),
  );
  app.post<P>('/api/assistance/household-changes/:id/apply', review, (req) =>
    changes.applyChange(deps, callContext(req), parseId(req.params.id), parse(ZChangeDecision, req.body ?? {}).note),
  );
  app.post<P>('/api/assistance/household-changes/:id/reject', review, (req) =>
    changes.rejectChange(deps, callContext(req), parseId(req.params.id), parse(ZChangeDecision, req.body ?? {}).note),
  );
};
