import { expect } from 'vitest';
import type { ScopeCase } from '../../test/scope-case';
import { hashPassword } from '../platform/auth/password';
import { DEMO_PASSWORD } from '../seed/demo-accounts';
import { insertAssignment, insertUser } from './identity/identity.repository';

const id = (code: string) => async (w: Parameters<ScopeCase['request']>[0]) => w.divisionId(code);
const kaihua = id('532601001');
const wenshanCity = id('532601');
const names = (body: unknown) =>
  ((body as { items?: { username?: string; name?: string }[] }).items ?? []).map((i) => i.username ?? i.name);

export const scopeCases: ScopeCase[] = [
  { route: 'GET /api/auth/me', owner: 'ws_clerk', outsider: null, request: async () => ({ url: '/api/auth/me' }) },
  {
    route: 'GET /api/divisions/roots',
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async () => ({ url: '/api/divisions/roots' }),
    outsiderCheck: (r) => expect((r.json() as { name: string }[]).map((d) => d.name)).toEqual(['卧龙街道']),
  },
  {
    route: 'GET /api/divisions',
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async () => ({ url: `/api/divisions?q=${encodeURIComponent('振华社区')}` }),
    outsiderCheck: (r) => expect(names(r.json())).toEqual([]),
  },
  {
    route: 'GET /api/divisions/:id',
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `/api/divisions/${await kaihua(w)}` }),
  },
  {
    route: 'GET /api/divisions/:id/children',
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `/api/divisions/${await kaihua(w)}/children` }),
  },
  {
    route: 'GET /api/divisions/:id/as-of',
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => ({ url: `/api/divisions/${await wenshanCity(w)}/as-of?date=2022-01-01` }),
  },
  {
    route: 'POST /api/divisions/changes',
    owner: 'admin',
    outsider: 'ys_admin',
    request: async (w) => ({
      url: '/api/divisions/changes',
      payload: { kind: 'rename', divisionId: await w.divisionId('532601001005'), name: '范围测试社区', effectiveOn: '2025-06-01' },
    }),
  },
  {
    route: 'GET /api/users',
    owner: 'admin',
    outsider: 'ys_admin',
    request: async () => ({ url: '/api/users?q=ws_clerk' }),
    outsiderCheck: (r) => expect(names(r.json())).toEqual([]),
  },
  {
    route: 'GET /api/users/:id',
    owner: 'auditor',
    outsider: 'ys_auditor',
    request: async (w) => ({ url: `/api/users/${await userId(w, 'ws_clerk')}` }),
  },
  {
    route: 'POST /api/users',
    owner: 'admin',
    outsider: 'ys_admin',
    request: async (w) => ({
      url: '/api/users',
      payload: {
        username: 'scope_new_user',
        displayName: '范围测试',
        password: 'long-enough-1',
        role: 'township_clerk',
        divisionId: await kaihua(w),
      },
    }),
  },
  {
    route: 'POST /api/users/:id/roles',
    owner: 'admin',
    outsider: 'ys_admin',
    request: async (w) => ({
      url: `/api/users/${await userId(w, 'ws_reviewer')}/roles`,
      payload: { role: 'county_approver', divisionId: await wenshanCity(w) },
    }),
  },
  {
    route: 'DELETE /api/users/:id/roles/:assignmentId',
    owner: 'admin',
    outsider: 'ys_admin',
    request: async (w) => {
      const user = await userId(w, 'ws_village');
      const assignment = await w.db.db.selectFrom('role_assignment').select('id').where('user_id', '=', user).executeTakeFirstOrThrow();
      return { url: `/api/users/${user}/roles/${assignment.id}` };
    },
  },
  {
    route: 'POST /api/users/:id/active',
    owner: 'admin',
    outsider: 'ys_admin',
    request: async (w) => ({ url: `/api/users/${await userId(w, 'ws_clerk2')}/active`, payload: { isActive: true } }),
  },
  {
    // the caller's own password: nothing of anyone else to reach, so no outsider
    route: 'POST /api/auth/password',
    owner: 'scope_pw_self',
    outsider: null,
    request: async (w) => {
      await scratchUser(w, 'scope_pw_self');
      return { url: '/api/auth/password', payload: { currentPassword: DEMO_PASSWORD, newPassword: 'Scope#Change2026' } };
    },
  },
  {
    route: 'POST /api/users/:id/password',
    owner: 'admin',
    outsider: 'ys_admin',
    request: async (w) => ({
      url: `/api/users/${await scratchUser(w, 'scope_pw_reset')}/password`,
      payload: { newPassword: 'Scope#Reset2026' },
    }),
  },
  {
    route: 'POST /api/users/:id/unlock',
    owner: 'admin',
    outsider: 'ys_admin',
    request: async (w) => ({ url: `/api/users/${await userId(w, 'ws_clerk2')}/unlock` }),
  },
  {
    route: 'GET /api/audit',
    owner: 'auditor',
    outsider: 'ys_auditor',
    request: async () => ({ url: '/api/audit?action=USER_CREATED&entity=app_user&pageSize=200&from=2000-01-01' }),
    outsiderCheck: async (r, w) => {
      const visible = (r.json() as { items: { divisionId: number }[] }).items.map((i) => i.divisionId);
      const kaihuaId = await kaihua(w);
      expect(visible).not.toContain(kaihuaId);
    },
  },
  { route: 'GET /api/audit/verify', owner: 'auditor', outsider: null, request: async () => ({ url: '/api/audit/verify' }) },
];

/** A clerk of 开化街道 used only by the password cases (changing a demo user's password would end the sessions other cases use). */
const scratchUser = async (w: Parameters<ScopeCase['request']>[0], username: string) => {
  const existing = await w.db.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst();
  if (existing) return existing.id;
  const divisionId = await kaihua(w);
  const user = await insertUser(w.db.db, { username, displayName: username, passwordHash: await hashPassword(DEMO_PASSWORD), divisionId });
  await insertAssignment(w.db.db, { userId: user.id, role: 'township_clerk', divisionId });
  return user.id;
};

const userId = async (w: Parameters<ScopeCase['request']>[0], username: string) =>
  (await w.db.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
