import { existsSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from './db/database';
import { scheduleEmbeddedVacuum, useMaintenanceLog } from './db/maintenance';
import { registerAuth, type RouteRecord } from './platform/auth/auth.plugin';
import { registerErrorHandler } from './platform/errors/error-handler';
import { auditLogRoutes } from './core/audit-log/audit-log.routes';
import { divisionRoutes } from './core/division/division.routes';
import { identityRoutes } from './core/identity/identity.routes';
import { resolveSession, type IdentityOptions } from './core/identity/identity.service';
import { moduleRoutes, type ModuleDeps } from './modules';

export type AppOptions = {
  db: Database;
  identity: IdentityOptions;
  secureCookies?: boolean;
  logLevel?: string;
  /** Built web app to serve at `/` (packages/web/dist). */
  webDist?: string | undefined;
  /** Embedded PGlite only: periodic VACUUM (ANALYZE) every N hours (server process; tests leave it off). */
  vacuumHours?: number;
  /** Extra routes (tests use it to prove undeclared permissions stop the server). */
  extraRoutes?: (app: FastifyInstance) => void;
};

export type App = { app: FastifyInstance; routes: RouteRecord[] };

export const buildApp = async (options: AppOptions): Promise<App> => {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'warn' },
    genReqId: () => randomUUID(),
    bodyLimit: 20 * 1024 * 1024,
  });
  const routes: RouteRecord[] = [];
  registerErrorHandler(app);
  await app.register(cookie);
  registerAuth(app, (token) => resolveSession(options.db, options.identity, token), routes);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  app.get('/api/health', { config: { public: true } }, () => ({ ok: true }));
  identityRoutes(app, options.db, { ...options.identity, secureCookies: options.secureCookies ?? false });
  divisionRoutes(app, options.db);
  auditLogRoutes(app, options.db);
  const deps: ModuleDeps = { db: options.db };
  for (const register of moduleRoutes) register(app, deps);
  options.extraRoutes?.(app);

  const webDist = options.webDist && resolve(options.webDist);
  if (webDist && existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, serve: false });
    // Files of the built web app, and index.html for client-side routes.
    app.get('/*', { config: { public: true } }, (request, reply) => {
      const path = decodeURIComponent(request.url.split('?')[0] ?? '/');
      if (path.startsWith('/api/')) return reply.callNotFound();
      const file = join(webDist, path);
      if (path !== '/' && file.startsWith(webDist) && existsSync(file) && statSync(file).isFile()) {
        return reply
          .header('cache-control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
          .sendFile(path.slice(1));
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  useMaintenanceLog(options.db, app.log);
  if (options.vacuumHours) {
    const vacuum = scheduleEmbeddedVacuum(options.db, options.vacuumHours);
    app.addHook('onClose', () => vacuum.stop());
  }
  await app.ready();
  return { app, routes };
};
