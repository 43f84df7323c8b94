import type { LightMyRequestResponse } from 'fastify';
import type { World } from './world';

/**
 * How one route proves its scoping. Every non-public route needs exactly one case (in a
 * `*.scope.ts` file next to its module); test/route-scope.db.test.ts runs each as
 * anonymous (401), outsider (same permission, sibling county or township) and owner (2xx).
 */
export type ScopeCase = {
  route: string; // 'GET /api/divisions/:id', exactly as registered
  owner: string;
  /** null: the route only ever shows the caller's own data (e.g. /api/auth/me). */
  outsider: string | null;
  request: (world: World) => Promise<{ url: string; payload?: unknown }>;
  /** Default: 404 and, for writes, the owner call still succeeds afterwards. */
  outsiderCheck?: (response: LightMyRequestResponse, world: World) => void | Promise<void>;
  ownerStatus?: number;
};
