import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../test/world';
import { verifyAuditChain } from './audit';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(async () => world.close());

describe('hash-chained audit log', () => {
  it('verifies an untouched chain', async () => {
    await world.as('ws_clerk', 'GET', '/api/auth/me');
    const result = await verifyAuditChain(world.db.db);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(10);
  });

  it('reports the first row edited by SQL', async () => {
    const rows = await world.db.db.selectFrom('audit_log').select('id').orderBy('id').execute();
    const target = rows[5]?.id;
    const later = rows[8]?.id;
    if (target === undefined || later === undefined) throw new Error('not enough audit rows');
    await sql`update audit_log set after = '{"tampered": true}'::jsonb where id = ${later}`.execute(world.db.db);
    await sql`update audit_log set action = 'LOGIN_SUCCEEDED_X' where id = ${target}`.execute(world.db.db);
    const result = await verifyAuditChain(world.db.db);
    expect(result).toMatchObject({ ok: false, firstBrokenId: target });
    expect(result.reason).toMatch(/修改/);
  });

  it('reports a deleted row as a broken link', async () => {
    await sql`delete from audit_log where id = (select min(id) from audit_log)`.execute(world.db.db);
    const result = await verifyAuditChain(world.db.db);
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/链接/);
  });

  it('the auditor sees the log of its scope through the API', async () => {
    const response = await world.as('auditor', 'GET', '/api/audit?action=LOGIN_SUCCEEDED&pageSize=5');
    expect(response.statusCode).toBe(200);
    expect((response.json() as { items: unknown[] }).items.length).toBeGreaterThan(0);
    const clerk = await world.as('ws_clerk', 'GET', '/api/audit');
    expect(clerk.statusCode).toBe(403);
  });
});
