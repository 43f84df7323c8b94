import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { citizenId, createHousehold, member } from '../social-assistance.test-support';

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(async () => w.close());

const audits = (action: string, entityId?: number) =>
  w.db.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .$if(entityId !== undefined, (q) => q.where('entity_id', '=', String(entityId)))
    .execute();

describe('household registry', () => {
  it('creates a household with validated members, masks ID numbers in detail and lists, audits the creation', async () => {
    const h = await createHousehold(w);
    const detail = (await w.as('ws_clerk', 'GET', `/api/assistance/households/${h.id}`)).json() as {
      members: { citizenId: string; masked: boolean; sex: string }[];
      divisionName: string;
    };
    expect(detail.members).toHaveLength(3);
    expect(detail.members.every((m) => m.masked && /^\d{6}\*{8}[\dX]{4}$/.test(m.citizenId))).toBe(true);
    const list = (await w.as('ws_clerk', 'GET', `/api/assistance/households?name=${encodeURIComponent('张三')}`)).json() as {
      items: { id: number; headCitizenIdMasked: string }[];
      total: number;
    };
    expect(list.items.map((i) => i.id)).toContain(h.id);
    expect(list.items[0]?.headCitizenIdMasked).toMatch(/\*{8}/);
    expect(await audits('HOUSEHOLD_CREATED', h.id)).toHaveLength(1);
    const exact = (await w.as('ws_clerk', 'GET', `/api/assistance/households?citizenId=${h.citizenIds[1]}`)).json() as {
      items: { id: number }[];
    };
    expect(exact.items.map((i) => i.id)).toEqual([h.id]);
  });

  it('rejects an invalid check digit with the field named', async () => {
    const bad = citizenId('19800101').slice(0, 17) + 'Z';
    const response = await w.as('ws_clerk', 'POST', '/api/assistance/households', {
      divisionId: await w.divisionId('532601001001'),
      areaType: 'urban',
      address: '测试',
      members: [{ ...member('甲', 'self'), citizenId: bad }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'members.0.citizenId' }] });
  });

  it('blocks a person already in another live household, naming the division only inside the caller scope', async () => {
    const first = await createHousehold(w);
    const dup = { ...member('张三', 'self'), citizenId: first.citizenIds[0] };
    const inside = await w.as('ws_clerk', 'POST', '/api/assistance/households', {
      divisionId: await w.divisionId('532601001001'),
      areaType: 'urban',
      address: '测试',
      members: [dup],
    });
    expect(inside.statusCode).toBe(409);
    const body = inside.json() as { code: string; message: string };
    expect(body.code).toBe('SOCIAL_ASSISTANCE_DUPLICATE_PERSON');
    const villageName = (await w.db.db.selectFrom('division').select('name').where('code', '=', '532601001001').executeTakeFirstOrThrow())
      .name;
    expect(body.message).toContain(villageName);

    const wolong = await w.db.db
      .selectFrom('division')
      .select('code')
      .where('parent_id', '=', await w.divisionId('532601002'))
      .orderBy('code')
      .executeTakeFirstOrThrow();
    const outside = await w.as('ws_clerk2', 'POST', '/api/assistance/households', {
      divisionId: await w.divisionId(wolong.code),
      areaType: 'urban',
      address: '测试',
      members: [dup],
    });
    expect(outside.statusCode).toBe(409);
    const outsideBody = outside.json() as { message: string };
    expect(outsideBody.message).toContain('不在您的管辖范围内');
    expect(outsideBody.message).not.toContain(villageName);
  });

  it('another township gets 404 on read and write, and the row is unchanged', async () => {
    const h = await createHousehold(w);
    const before = await w.db.db.selectFrom('household').selectAll().where('id', '=', h.id).executeTakeFirstOrThrow();
    expect((await w.as('ws_clerk2', 'GET', `/api/assistance/households/${h.id}`)).statusCode).toBe(404);
    const write = await w.as('ws_clerk2', 'PATCH', `/api/assistance/households/${h.id}`, { version: before.version, address: '被篡改' });
    expect(write.statusCode).toBe(404);
    expect(await w.db.db.selectFrom('household').selectAll().where('id', '=', h.id).executeTakeFirstOrThrow()).toEqual(before);
    expect((await w.as('ws_clerk2', 'GET', `/api/assistance/households/${h.id}/personal-data`)).statusCode).toBe(404);
  });

  it('unmasked ID numbers need personal-data:read and each read is audited', async () => {
    const h = await createHousehold(w);
    expect((await w.as('ws_village', 'GET', `/api/assistance/households/${h.id}/personal-data`)).statusCode).toBe(403);
    const read = await w.as('ws_clerk', 'GET', `/api/assistance/households/${h.id}/personal-data`);
    expect(read.statusCode).toBe(200);
    expect((read.json() as { members: { citizenId: string }[] }).members.map((m) => m.citizenId).sort()).toEqual([...h.citizenIds].sort());
    await w.as('ws_clerk', 'GET', `/api/assistance/households/${h.id}/personal-data`);
    expect(await audits('PERSONAL_DATA_READ', h.id)).toHaveLength(2);
  });

  it('optimistic update: a stale version is refused', async () => {
    const h = await createHousehold(w);
    const { version } = await w.db.db.selectFrom('household').select('version').where('id', '=', h.id).executeTakeFirstOrThrow();
    expect((await w.as('ws_clerk', 'PATCH', `/api/assistance/households/${h.id}`, { version, address: '新地址1号' })).statusCode).toBe(200);
    const stale = await w.as('ws_clerk', 'PATCH', `/api/assistance/households/${h.id}`, { version, address: '新地址2号' });
    expect(stale.json()).toMatchObject({ code: 'SOCIAL_ASSISTANCE_VERSION_CONFLICT' });
    expect((await audits('HOUSEHOLD_UPDATED', h.id)).length).toBe(1);
  });
});

describe('household change requests keep history', () => {
  it('add, remove, change head, split and merge', async () => {
    const h = await createHousehold(w);
    const [head, spouse, child] = h.members as unknown as [{ id: number }, { id: number }, { id: number }];
    const change = async (householdId: number, payload: unknown) => {
      const created = await w.as('ws_clerk', 'POST', `/api/assistance/households/${householdId}/changes`, payload);
      expect(created.statusCode, created.body).toBe(200);
      const applied = await w.as(
        'ws_clerk',
        'POST',
        `/api/assistance/household-changes/${(created.json() as { id: number }).id}/apply`,
        {},
      );
      expect(applied.statusCode, applied.body).toBe(200);
      return applied.json() as { result: Record<string, unknown> };
    };
    const grandma = member('王奶奶', 'parent', '19500505');
    await change(h.id, { kind: 'add-member', reason: '老人随子女共同生活', effectiveOn: '2025-05-01', member: grandma });
    await change(h.id, { kind: 'remove-member', reason: '子女参军', effectiveOn: '2025-06-01', memberId: child.id });
    await change(h.id, {
      kind: 'change-head',
      reason: '户主外出',
      effectiveOn: '2025-06-02',
      newHeadMemberId: spouse.id,
      relations: [{ memberId: head.id, relation: 'spouse' }],
    });
    const live = await w.db.db
      .selectFrom('household_member')
      .select(['id', 'relation', 'name'])
      .where('household_id', '=', h.id)
      .where('valid_to', 'is', null)
      .execute();
    expect(live.map((m) => m.relation).sort()).toEqual(['parent', 'self', 'spouse']);
    const ended = await w.db.db
      .selectFrom('household_member')
      .select(['id', 'valid_to'])
      .where('household_id', '=', h.id)
      .where('valid_to', 'is not', null)
      .execute();
    expect(ended).toEqual([{ id: child.id, valid_to: '2025-06-01' }]);

    const grandmaRow = live.find((m) => m.name === '王奶奶');
    const split = await change(h.id, {
      kind: 'split',
      reason: '分户',
      effectiveOn: '2025-07-01',
      memberIds: [grandmaRow?.id],
      newHeadMemberId: grandmaRow?.id,
      address: '另一处住址',
    });
    const newId = split.result['newHouseholdId'] as number;
    expect(
      await w.db.db
        .selectFrom('household_member')
        .select('relation')
        .where('household_id', '=', newId)
        .where('valid_to', 'is', null)
        .execute(),
    ).toEqual([{ relation: 'self' }]);

    const merged = await change(h.id, { kind: 'merge', reason: '合户', effectiveOn: '2025-08-01', fromHouseholdId: newId, relations: [] });
    expect(merged.result['mergedHouseholdId']).toBe(newId);
    expect((await w.db.db.selectFrom('household').select('status').where('id', '=', newId).executeTakeFirstOrThrow()).status).toBe(
      'closed',
    );
    expect((await w.db.db.selectFrom('household_member').select('id').where('citizen_id', '=', grandma.citizenId).execute()).length).toBe(
      3,
    );
    expect(await audits('HOUSEHOLD_CHANGE_APPLIED')).toHaveLength(5);
  });

  it('another township cannot apply a change (404) and the change stays pending', async () => {
    const h = await createHousehold(w);
    const created = (
      await w.as('ws_clerk', 'POST', `/api/assistance/households/${h.id}/changes`, {
        kind: 'add-member',
        reason: '新生儿',
        effectiveOn: '2025-05-01',
        member: member('张宝', 'child', '20250101'),
      })
    ).json() as { id: number };
    expect((await w.as('ws_clerk2', 'POST', `/api/assistance/household-changes/${created.id}/apply`, {})).statusCode).toBe(404);
    expect(
      (await w.db.db.selectFrom('household_change').select('status').where('id', '=', created.id).executeTakeFirstOrThrow()).status,
    ).toBe('pending');
  });
});
