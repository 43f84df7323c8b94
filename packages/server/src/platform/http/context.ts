import type { FastifyRequest } from 'fastify';
import type { Permission } from '@mz/shared';
import type { Actor } from '../auth/actor';
import { requireActor } from '../auth/auth.plugin';
import { scopeOf, type Scope } from '../scope/scope';
import type { AuditContext } from '../audit/audit';

/** What a service use case receives about its caller: actor, scope for the route's permission, audit context. */
export type CallContext = { actor: Actor; scope: Scope; audit: AuditContext };

export const callContext = (request: FastifyRequest): CallContext => {
  const actor = requireActor(request);
  const permission = request.routeOptions.config.permission as Permission;
  return {
    actor,
    scope: scopeOf(actor, permission),
    audit: { actor, permission, requestId: request.id },
  };
};

/** The same for a use case run outside HTTP (CLI, seed, tests). */
export const systemContext = (actor: Actor, permission: Permission, requestId: string | null = null): CallContext => ({
  actor,
  scope: scopeOf(actor, permission),
  audit: { actor, permission, requestId },
});
