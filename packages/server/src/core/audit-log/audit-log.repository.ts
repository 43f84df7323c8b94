import type { TAuditQuery } from '@mz/shared';
import type { Database } from '../../db/database';
import { withinScope, type Scope } from '../../platform/scope/scope';

export const searchAuditLog = async (db: Database, query: TAuditQuery, scope: Scope) => {
  let base = db
    .selectFrom('audit_log as a')
    .leftJoin('app_user as u', 'u.id', 'a.actor_id')
    .leftJoin('division as d', 'd.id', 'a.division_id')
    .where((eb) => withinScope(eb.ref('a.division_id'), scope));
  if (query.action) base = base.where('a.action', '=', query.action);
  if (query.entity) base = base.where('a.entity', '=', query.entity);
  if (query.actorId !== undefined) base = base.where('a.actor_id', '=', query.actorId);
  if (query.divisionId !== undefined) {
    base = base.where((eb) => withinScope(eb.ref('a.division_id'), { roots: [query.divisionId as number] }));
  }
  if (query.from) base = base.where('a.at', '>=', new Date(`${query.from}T00:00:00+08:00`));
  if (query.to) base = base.where('a.at', '<', new Date(new Date(`${query.to}T00:00:00+08:00`).getTime() + 86_400_000));
  const [items, total] = await Promise.all([
    base
      .select([
        'a.id',
        'a.at',
        'a.request_id as requestId',
        'a.actor_id as actorId',
        'u.display_name as actorName',
        'a.actor_role as actorRole',
        'a.division_id as divisionId',
        'd.name as divisionName',
        'a.action',
        'a.entity',
        'a.entity_id as entityId',
        'a.before',
        'a.after',
      ])
      .orderBy('a.id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: items.map((r) => ({ ...r, at: new Date(r.at).toISOString() })),
    total: Number(total.n),
    page: query.page,
    pageSize: query.pageSize,
  };
};
