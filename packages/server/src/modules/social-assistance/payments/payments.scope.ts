import { sql } from 'kysely';
import { expect } from 'vitest';
import type { ScopeCase } from '../../../../test/scope-case';
import type { World } from '../../../../test/world';
import { seedInKaihua } from '../operations.test-support';

// One scope case per payment route. Rolls: owner ws_approver (文山市), outsider ys_approver (砚山县);
// accounts and lists: ws_clerk (开化街道) against ws_clerk2 (卧龙街道). Each roll case uses its own month
// (2023-01 onwards, before any recipient the workflow cases create), so cases never share a roll.

const P = '/api/assistance/payments';
let monthIndex = 0;
const nextMonth = () => {
  const i = monthIndex++;
  return `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const ok = async (w: World, user: string, method: string, url: string, payload?: unknown) => {
  const r = await w.as(user, method, url, payload);
  if (r.statusCode !== 200) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
  return (String(r.headers['content-type']).includes('json') ? r.json() : {}) as Record<string, unknown> & { id: number };
};
const items = (body: unknown) => (body as { items?: unknown[] }).items ?? [];

/** A roll of 文山市 for a fresh month, advanced to `until`. */
const rollAt = async (w: World, until: 'draft' | 'approved' | 'exported') => {
  await seedInKaihua(w.db.db);
  const roll = await ok(w, 'ws_approver', 'POST', `${P}/rolls`, { divisionId: await w.divisionId('532601'), month: nextMonth() });
  if (until !== 'draft') await ok(w, 'ws_approver', 'POST', `${P}/rolls/${roll.id}/approve`);
  if (until === 'exported') await ok(w, 'ws_approver', 'POST', `${P}/rolls/${roll.id}/export`, { format: 'csv' });
  return roll.id;
};
/** A bank result file for every line of a roll: the first line with `first`, the others paid. */
const resultFile = async (w: World, rollId: number, first: 'paid' | 'failed') => {
  const lines = await sql<{
    id: number;
    account_no: string;
    amount_fen: number;
  }>`select id, account_no, amount_fen from payment_line where roll_id = ${rollId} order by id`.execute(w.db.db);
  const word = (i: number) => (i === 0 && first === 'failed' ? '失败' : '成功');
  const rows = [
    ['明细编号', '账号', '金额', '结果'],
    ...lines.rows.map((l, i) => [String(l.id), l.account_no, (Number(l.amount_fen) / 100).toFixed(2), word(i)]),
  ];
  return { fileName: 'result.csv', contentBase64: Buffer.from(rows.map((r) => r.join(',')).join('\n')).toString('base64') };
};
const household = async (w: World) => (await seedInKaihua(w.db.db))[0] as { id: number; headId: number; recipientId: number };

export const scopeCases: ScopeCase[] = [
  {
    route: `POST ${P}/rolls`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => ({ url: `${P}/rolls`, payload: { divisionId: await w.divisionId('532601'), month: nextMonth() } }),
  },
  {
    route: `GET ${P}/rolls`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => {
      await rollAt(w, 'draft');
      return { url: `${P}/rolls?divisionId=${await w.divisionId('532601')}` };
    },
    outsiderCheck: (r) => expect(items(r.json())).toEqual([]),
  },
  {
    route: `GET ${P}/rolls/:id`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => ({ url: `${P}/rolls/${await rollAt(w, 'draft')}` }),
  },
  {
    route: `GET ${P}/rolls/:id/lines`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => ({ url: `${P}/rolls/${await rollAt(w, 'draft')}/lines` }),
  },
  {
    route: `POST ${P}/rolls/:id/approve`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => ({ url: `${P}/rolls/${await rollAt(w, 'draft')}/approve` }),
  },
  {
    route: `POST ${P}/rolls/:id/export`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => ({ url: `${P}/rolls/${await rollAt(w, 'approved')}/export`, payload: { format: 'xlsx' } }),
  },
  {
    route: `POST ${P}/rolls/:id/results`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => {
      const id = await rollAt(w, 'exported');
      return { url: `${P}/rolls/${id}/results`, payload: await resultFile(w, id, 'paid') };
    },
  },
  {
    route: `GET ${P}/rolls/:id/reconciliation`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => ({ url: `${P}/rolls/${await rollAt(w, 'exported')}/reconciliation` }),
  },
  {
    route: `GET ${P}/accounts/:id`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `${P}/accounts/${(await household(w)).id}` }),
  },
  {
    route: `PUT ${P}/accounts/:id`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const h = await household(w);
      return {
        url: `${P}/accounts/${h.id}`,
        payload: { memberId: h.headId, accountName: '范围测试', accountNo: '6228480000000001', bankName: '农业银行' },
      };
    },
  },
  {
    route: `GET ${P}/suspensions`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const h = await household(w);
      await ok(w, 'ws_approver', 'POST', `${P}/suspensions`, { householdId: h.id, fromMonth: '2025-01', reason: '范围测试' });
      return { url: `${P}/suspensions?householdId=${h.id}` };
    },
    outsiderCheck: (r) => expect(items(r.json())).toEqual([]),
  },
  {
    route: `POST ${P}/suspensions`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => ({
      url: `${P}/suspensions`,
      payload: { householdId: (await household(w)).id, fromMonth: '2025-01', reason: '范围测试' },
    }),
  },
  {
    route: `POST ${P}/suspensions/:id/lift`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => {
      const s = await ok(w, 'ws_approver', 'POST', `${P}/suspensions`, {
        householdId: (await household(w)).id,
        fromMonth: '2025-01',
        reason: '范围测试',
      });
      return { url: `${P}/suspensions/${s.id}/lift`, payload: { on: '2025-03-01', resumeMonth: '2025-03', reason: '已核实' } };
    },
  },
  {
    route: `GET ${P}/arrears`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => {
      // A failed line leaves an arrears record in 文山市.
      const id = await rollAt(w, 'exported');
      await ok(w, 'ws_approver', 'POST', `${P}/rolls/${id}/results`, await resultFile(w, id, 'failed'));
      return { url: `${P}/arrears?divisionId=${await w.divisionId('532601')}` };
    },
    outsiderCheck: (r) => expect(items(r.json())).toEqual([]),
  },
];
