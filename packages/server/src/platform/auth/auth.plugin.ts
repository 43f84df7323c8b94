import '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isPermission, type Permission } from '@mz/shared';
import type { Actor } from './actor';
import { hasPermission } from './actor';

export const SESSION_COOKIE = 'mz_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required: the permission this route needs, or `public: true`. */
    permission?: Permission;
    public?: boolean;
    /** Still allowed while the caller must change a reset password (me, change password). */
    duringPasswordChange?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export type SessionResolver = (token: string, request: FastifyRequest) => Promise<Actor | null>;

/** Routes seen at registration, so tests can enumerate them (route × {owner, outsider, anonymous}). */
export type RouteRecord = { method: string; url: string; permission: Permission | null };

/**
 * Every route must declare a known permission or `public: true`; otherwise the server refuses to
 * start (the onRoute hook throws during registration, so `app.ready()` rejects).
 */
export const registerAuth = (app: FastifyInstance, resolveSession: SessionResolver, routes: RouteRecord[]) => {
  app.decorateRequest('actor', null);

  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { permission?: unknown; public?: unknown };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.every((m) => m === 'HEAD' || m === 'OPTIONS')) return;
    if (config.public === true) {
      routes.push({ method: methods.join(','), url: route.url, permission: null });
      return;
    }
    if (!isPermission(config.permission)) {
      throw new Error(
        `route ${methods.join(',')} ${route.url} declares no valid permission (got ${String(config.permission)}); ` +
          'set config.permission to one of PERMISSIONS or config.public = true',
      );
    }
    routes.push({ method: methods.join(','), url: route.url, permission: config.permission });
  });

  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const config = request.routeOptions.config;
    // Public routes (health, login, the web app's files) and unknown URLs never read the actor, so
    // they cost no session lookup — a page load fetches dozens of files with the cookie attached.
    if (config.public === true || !request.routeOptions.url) return;
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await resolveSession(token, request) : null;
    if (!request.actor) throw new AppError(token ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    if (!config.permission || !hasPermission(request.actor, config.permission)) throw new AppError('FORBIDDEN');
    if (request.actor.mustChangePassword && config.duringPasswordChange !== true) throw new AppError('PASSWORD_CHANGE_REQUIRED');
  });
};

/** The actor of an authenticated route (the onRequest hook guarantees it). */
export const requireActor = (request: FastifyRequest): Actor => {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
};
