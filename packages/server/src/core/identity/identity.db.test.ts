import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../test/world';
import { MAX_FAILED_ATTEMPTS } from './identity.rules';

let world: World;
let now = new Date('2026-11-23T09:00:00+08:00');
beforeAll(async () => {
  world = await createWorld({ now: () => now });
});
afterAll(async () => world.close());

const login = (username: string, password: string) =>
  world.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('login, session, lockout', () => {
  it('logs in with an httpOnly cookie and describes the user with roles at divisions', async () => {
    const response = await login('ws_clerk', 'Demo@2025mz');
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'mz_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(response.json()).toMatchObject({ username: 'ws_clerk', assignments: [{ role: 'township_clerk', divisionName: '开化街道' }] });
  });

  it('a wrong password is a 401 with a Chinese message; unknown users look the same', async () => {
    const wrong = await login('ws_reviewer', 'nope-nope-nope');
    const unknown = await login('nobody', 'nope-nope-nope');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'LOGIN_FAILED', message: '用户名或密码错误' });
    expect(unknown.json()).toMatchObject({ code: 'LOGIN_FAILED', message: '用户名或密码错误' });
  });

  it(`locks the account after ${MAX_FAILED_ATTEMPTS} failures, even for the right password, until the lock ends`, async () => {
    for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i += 1) expect((await login('ws_approver', 'bad-password-x')).statusCode).toBe(401);
    const locking = await login('ws_approver', 'bad-password-x');
    expect(locking.statusCode).toBe(423);
    expect(locking.json()).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    expect((await login('ws_approver', 'Demo@2025mz')).statusCode).toBe(423);
    now = new Date(now.getTime() + 16 * 60_000);
    expect((await login('ws_approver', 'Demo@2025mz')).statusCode).toBe(200);
    const events = await world.db.db.selectFrom('audit_log').select('action').where('entity', '=', 'app_user').execute();
    expect(events.map((e) => e.action)).toContain('ACCOUNT_LOCKED');
  });

  it('an expired session is refused with SESSION_EXPIRED; anonymous with UNAUTHENTICATED', async () => {
    const response = await login('ws_village', 'Demo@2025mz');
    const cookie = `mz_session=${response.cookies.find((c) => c.name === 'mz_session')?.value ?? ''}`;
    expect((await world.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    now = new Date(now.getTime() + 9 * 3_600_000);
    const expired = await world.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'SESSION_EXPIRED' });
    const anonymous = await world.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('logout ends the session', async () => {
    const response = await login('ws_clerk2', 'Demo@2025mz');
    const cookie = `mz_session=${response.cookies.find((c) => c.name === 'mz_session')?.value ?? ''}`;
    await world.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect((await world.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });
});

describe('user administration', () => {
  it('an admin creates a user with a role at a division in scope; the role must fit the level', async () => {
    const kaihua = await world.divisionId('532601001');
    const created = await world.as('admin', 'POST', '/api/users', {
      username: 'kaihua_clerk2',
      displayName: '新经办员',
      password: 'a-long-password',
      role: 'township_clerk',
      divisionId: kaihua,
    });
    expect(created.statusCode).toBe(200);
    const wrongLevel = await world.as('admin', 'POST', '/api/users', {
      username: 'kaihua_bad',
      displayName: 'x',
      password: 'a-long-password',
      role: 'county_reviewer',
      divisionId: kaihua,
    });
    expect(wrongLevel.statusCode).toBe(400);
    const duplicate = await world.as('admin', 'POST', '/api/users', {
      username: 'kaihua_clerk2',
      displayName: 'x',
      password: 'a-long-password',
      role: 'township_clerk',
      divisionId: kaihua,
    });
    expect(duplicate.statusCode).toBe(409);
    const audit = await world.db.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('action', 'in', ['USER_CREATED', 'ROLE_ASSIGNED'])
      .where('actor_id', 'is not', null)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['ROLE_ASSIGNED', 'USER_CREATED']);
  });

  it('a bad body is a 400 with field details, never a 500', async () => {
    const response = await world.as('admin', 'POST', '/api/users', { username: 'x', password: 'short' });
    expect(response.statusCode).toBe(400);
    const body = response.json() as { code: string; details: { path: string }[] };
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details.map((d) => d.path)).toEqual(expect.arrayContaining(['username', 'password', 'role']));
    const notJson = await world.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: await world.login('admin'), 'content-type': 'application/json' },
      payload: '{oops',
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('an admin of a sibling county cannot see or create users outside its county', async () => {
    const kaihua = await world.divisionId('532601001');
    const list = (await world.as('ys_admin', 'GET', '/api/users?pageSize=200')).json() as { items: { username: string }[] };
    expect(list.items.map((u) => u.username)).not.toContain('ws_clerk');
    const created = await world.as('ys_admin', 'POST', '/api/users', {
      username: 'sneaky',
      displayName: 'x',
      password: 'a-long-password',
      role: 'township_clerk',
      divisionId: kaihua,
    });
    expect(created.statusCode).toBe(404);
  });
});
