import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ZAssignRoleRequest,
  ZChangePasswordRequest,
  ZCreateUserRequest,
  ZLoginRequest,
  ZResetPasswordRequest,
  ZUserListQuery,
} from '@mz/shared';
import type { Database } from '../../db/database';
import { requireActor, SESSION_COOKIE } from '../../platform/auth/auth.plugin';
import { callContext } from '../../platform/http/context';
import { parse, parseId } from '../../platform/http/parse';
import * as service from './identity.service';

type Params = { Params: { id: string; assignmentId: string } };

export const identityRoutes = (app: FastifyInstance, db: Database, options: service.IdentityOptions & { secureCookies: boolean }) => {
  app.post('/api/auth/login', { config: { public: true } }, async (req, reply) => {
    const { token, expiresAt } = await service.login(db, options, parse(ZLoginRequest, req.body), req.id);
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookies,
      expires: expiresAt,
    });
    const actor = await service.resolveSession(db, options, token);
    return actor ? service.describeMe(db, actor) : null;
  });
  app.post('/api/auth/logout', { config: { public: true } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await service.logout(db, token, req.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });
  app.get('/api/auth/me', { config: { permission: 'session', duringPasswordChange: true } }, (req) =>
    service.describeMe(db, requireActor(req)),
  );
  app.post('/api/auth/password', { config: { permission: 'session', duringPasswordChange: true } }, (req) =>
    service.changeOwnPassword(db, callContext(req), req.cookies[SESSION_COOKIE] ?? '', parse(ZChangePasswordRequest, req.body)),
  );

  app.get('/api/users', { config: { permission: 'user:read' } }, (req) =>
    service.listUsers(db, callContext(req), parse(ZUserListQuery, req.query)),
  );
  app.get<Params>('/api/users/:id', { config: { permission: 'user:read' } }, (req) =>
    service.getUser(db, callContext(req), parseId(req.params.id)),
  );
  app.post('/api/users', { config: { permission: 'user:manage' } }, (req) =>
    service.createUser(db, callContext(req), parse(ZCreateUserRequest, req.body)),
  );
  app.post<Params>('/api/users/:id/roles', { config: { permission: 'user:manage' } }, (req) =>
    service.assignRole(db, callContext(req), parseId(req.params.id), parse(ZAssignRoleRequest, req.body)),
  );
  app.delete<Params>('/api/users/:id/roles/:assignmentId', { config: { permission: 'user:manage' } }, (req) =>
    service.removeRole(db, callContext(req), parseId(req.params.id), parseId(req.params.assignmentId)),
  );
  app.post<Params>('/api/users/:id/active', { config: { permission: 'user:manage' } }, (req) =>
    service.setUserActive(db, callContext(req), parseId(req.params.id), parse(z.object({ isActive: z.boolean() }), req.body).isActive),
  );
  app.post<Params>('/api/users/:id/password', { config: { permission: 'user:manage' } }, (req) =>
    service.resetPassword(db, callContext(req), parseId(req.params.id), parse(ZResetPasswordRequest, req.body)),
  );
  app.post<Params>('/api/users/:id/unlock', { config: { permission: 'user:manage' } }, (req) =>
    service.unlockUser(db, callContext(req), parseId(req.params.id)),
  );
};
