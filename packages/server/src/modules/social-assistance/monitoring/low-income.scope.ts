import { expect } from 'vitest';
import type { ScopeCase } from '../../../../test/scope-case';
import type { World } from '../../../../test/world';
import { seedInKaihua } from '../operations.test-support';

// One scope case per low-income monitoring route. Township work: ws_clerk (开化街道) against ws_clerk2
// (卧龙街道); county work: ws_reviewer / ws_approver (文山市) against ys_reviewer / ys_approver (砚山县).

const M = '/api/assistance/monitoring';
const ok = async (w: World, user: string, method: string, url: string, payload?: unknown) => {
  const r = await w.as(user, method, url, payload);
  if (r.statusCode !== 200) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
  return r.json() as Record<string, unknown> & { id: number };
};
const household = async (w: World) => (await seedInKaihua(w.db.db))[0] as { id: number; headId: number; divisionId: number };
const total = (body: unknown) => (body as { total?: number }).total;

/** An open warning task for a fresh 开化 household. */
const warning = async (w: World) => {
  const h = await household(w);
  const row = await w.db.db
    .insertInto('low_income_warning')
    .values({
      province_code: '53',
      division_id: h.divisionId,
      household_id: h.id,
      member_id: h.headId,
      code: 'DISASTER',
      dedupe_key: `DISASTER||2025-09-01`,
      triggered_on: '2025-09-01',
      rule_due_on: null,
      raised_on: '2025-09-02',
      due_on: '2025-09-09',
      suggested_action: '评估急难型临时救助',
      reasons: JSON.stringify([]),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
};

const eventFile = async (w: World) => {
  const h = await household(w);
  const member = await w.db.db
    .selectFrom('household_member')
    .select(['citizen_id', 'name'])
    .where('id', '=', h.headId)
    .executeTakeFirstOrThrow();
  const rows = [
    ['部门', '事件类别', '公民身份号码', '姓名', '发生日期', '说明'],
    ['应急管理', '受灾', member.citizen_id, member.name, '2025-09-01', '范围测试'],
  ];
  return { fileName: 'events.csv', contentBase64: Buffer.from(rows.map((r) => r.join(',')).join('\n')).toString('base64') };
};

export const scopeCases: ScopeCase[] = [
  {
    route: `GET ${M}/population`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      await household(w);
      return { url: `${M}/population?asOf=2025-09-01` };
    },
    outsiderCheck: (r) => expect(total(r.json())).toBe(0),
  },
  {
    route: `POST ${M}/flags`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({
      url: `${M}/flags`,
      payload: { householdId: (await household(w)).id, category: 'anti-poverty-monitoring', reason: '范围测试', validFrom: '2025-09-01' },
    }),
  },
  {
    route: `POST ${M}/flags/:id/end`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const flag = await ok(w, 'ws_clerk', 'POST', `${M}/flags`, {
        householdId: (await household(w)).id,
        category: 'other-hardship',
        reason: '范围测试',
        validFrom: '2025-09-01',
      });
      return { url: `${M}/flags/${flag.id}/end`, payload: { on: '2025-10-01' } };
    },
  },
  { route: `GET ${M}/events/template`, owner: 'ws_reviewer', outsider: null, request: async () => ({ url: `${M}/events/template` }) },
  {
    route: `POST ${M}/events/import`,
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => ({ url: `${M}/events/import`, payload: await eventFile(w) }),
    // Events always land in the importer's own county: 砚山县 cannot attach them to 文山 households.
    outsiderCheck: (r) =>
      expect({ status: r.statusCode, body: r.json() as unknown }).toMatchObject({ status: 200, body: { rows: 1, matched: 0 } }),
  },
  {
    route: `POST ${M}/evaluations`,
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => ({ url: `${M}/evaluations`, payload: { divisionId: await w.divisionId('532601'), asOf: '2025-09-30' } }),
  },
  {
    route: `GET ${M}/warnings`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      await warning(w);
      return { url: `${M}/warnings` };
    },
    outsiderCheck: (r) => expect(total(r.json())).toBe(0),
  },
  {
    route: `GET ${M}/warnings/:id`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `${M}/warnings/${await warning(w)}` }),
  },
  {
    route: `POST ${M}/warnings/:id/outcome`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({
      url: `${M}/warnings/${await warning(w)}/outcome`,
      payload: { on: '2025-09-05', outcome: 'assisted', note: '已救助' },
    }),
  },
  {
    route: `GET ${M}/thresholds/:id`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `${M}/thresholds/${await w.divisionId('532601001')}` }),
  },
  {
    route: `PUT ${M}/thresholds/:id`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => {
      const current = await ok(w, 'ws_approver', 'GET', `${M}/thresholds/${await w.divisionId('532601001')}`);
      return { url: `${M}/thresholds/${await w.divisionId('532601001')}`, payload: { config: current['config'], handlingWorkingDays: 7 } };
    },
  },
];
