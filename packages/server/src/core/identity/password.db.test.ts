import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../test/world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(async () => world.close());

const DEMO = 'Demo@2025mz';
const login = async (username: string, password: string) => {
  const response = await world.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const cookie = response.cookies.find((c) => c.name === 'mz_session');
  return { response, cookie: cookie ? `mz_session=${cookie.value}` : '' };
};
const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
  world.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const userId = async (username: string) =>
  (await world.db.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
const auditActions = async (entityId: number) =>
  (
    await world.db.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity', '=', 'app_user')
      .where('entity_id', '=', String(entityId))
      .orderBy('id')
      .execute()
  ).map((r) => r.action);

describe('change own password', () => {
  it('demo accounts log in with the demo password and need no change', async () => {
    const { response } = await login('ws_reviewer', DEMO);
    expect(response.json()).toMatchObject({ username: 'ws_reviewer', mustChangePassword: false });
  });

  it('refuses a wrong current password and a weak or unchanged new one, with Chinese reasons per field', async () => {
    const { cookie } = await login('ws_reviewer', DEMO);
    const wrong = await call(cookie, 'POST', '/api/auth/password', { currentPassword: 'not-it-at-all', newPassword: 'Strong#Pass2026' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'currentPassword', message: '当前密码不正确' }] });
    const weak = await call(cookie, 'POST', '/api/auth/password', { currentPassword: DEMO, newPassword: 'abcdefghij' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'newPassword', code: 'WEAK_PASSWORD' }] });
    const same = await call(cookie, 'POST', '/api/auth/password', { currentPassword: DEMO, newPassword: DEMO });
    expect((same.json() as { details: { message: string }[] }).details.map((d) => d.message)).toContain('新密码不能与当前密码相同');
    expect((await login('ws_reviewer', DEMO)).response.statusCode).toBe(200);
  });

  it('changes the password, keeps this session, signs out every other session, and audits it', async () => {
    const first = await login('ws_approver', DEMO);
    const second = await login('ws_approver', DEMO);
    const changed = await call(first.cookie, 'POST', '/api/auth/password', { currentPassword: DEMO, newPassword: 'Wenshan#2026ok' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ sessionsRevoked: 1 });
    expect((await call(first.cookie, 'GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await call(second.cookie, 'GET', '/api/auth/me')).json()).toMatchObject({ code: 'SESSION_EXPIRED' });
    expect((await login('ws_approver', DEMO)).response.statusCode).toBe(401);
    expect((await login('ws_approver', 'Wenshan#2026ok')).response.statusCode).toBe(200);
    const id = await userId('ws_approver');
    expect(await auditActions(id)).toContain('PASSWORD_CHANGED');
    const row = await world.db.db
      .selectFrom('audit_log')
      .select(['after', 'actor_id'])
      .where('action', '=', 'PASSWORD_CHANGED')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ actor_id: id, after: { sessionsRevoked: 1 } });
    expect(JSON.stringify(row.after)).not.toContain('scrypt');
  });
});

describe('new accounts', () => {
  it('an account created by an administrator must change its initial password at first login', async () => {
    const admin = await login('admin', DEMO);
    const divisionId = await world.divisionId('532601001');
    const created = await call(admin.cookie, 'POST', '/api/users', {
      username: 'kaihua_new',
      displayName: '新经办员',
      password: 'Initial#2026x',
      role: 'township_clerk',
      divisionId,
    });
    expect(created.statusCode).toBe(200);
    const first = await login('kaihua_new', 'Initial#2026x');
    expect(first.response.json()).toMatchObject({ mustChangePassword: true });
    expect((await call(first.cookie, 'GET', '/api/divisions/roots')).json()).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
  });
});

describe('admin reset', () => {
  it('resets a user in scope, ends their sessions and forces a change at the next login', async () => {
    const target = await userId('ws_clerk2');
    const clerkBefore = await login('ws_clerk2', DEMO);
    const admin = await login('admin', DEMO);
    const reset = await call(admin.cookie, 'POST', `/api/users/${target}/password`, { newPassword: 'Temp#Pass2026' });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toEqual({ id: target, sessionsRevoked: 1 });
    expect((await call(clerkBefore.cookie, 'GET', '/api/auth/me')).statusCode).toBe(401);

    const clerk = await login('ws_clerk2', 'Temp#Pass2026');
    expect(clerk.response.json()).toMatchObject({ mustChangePassword: true });
    const blocked = await call(clerk.cookie, 'GET', '/api/divisions/roots');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    expect((await call(clerk.cookie, 'GET', '/api/auth/me')).statusCode).toBe(200);

    const changed = await call(clerk.cookie, 'POST', '/api/auth/password', {
      currentPassword: 'Temp#Pass2026',
      newPassword: 'Mine#Own2026x',
    });
    expect(changed.statusCode).toBe(200);
    expect((await call(clerk.cookie, 'GET', '/api/auth/me')).json()).toMatchObject({ mustChangePassword: false });
    expect((await call(clerk.cookie, 'GET', '/api/divisions/roots')).statusCode).toBe(200);
    expect(await auditActions(target)).toEqual(expect.arrayContaining(['PASSWORD_RESET', 'PASSWORD_CHANGED']));
  });

  it('refuses a weak temporary password, a user outside scope (404) and resetting oneself', async () => {
    const admin = await login('admin', DEMO);
    const target = await userId('ws_village');
    expect((await call(admin.cookie, 'POST', `/api/users/${target}/password`, { newPassword: 'short' })).json()).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const outsider = await login('ys_admin', DEMO);
    expect((await call(outsider.cookie, 'POST', `/api/users/${target}/password`, { newPassword: 'Temp#Pass2026' })).statusCode).toBe(404);
    expect(
      (await call(admin.cookie, 'POST', `/api/users/${await userId('admin')}/password`, { newPassword: 'Temp#Pass2026' })).json(),
    ).toMatchObject({ code: 'INVALID_STATE' });
    expect((await login('ws_village', DEMO)).response.json()).toMatchObject({ mustChangePassword: false });
  });
});
