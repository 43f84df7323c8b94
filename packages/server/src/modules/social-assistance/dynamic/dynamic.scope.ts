import { sql } from 'kysely';
import { expect } from 'vitest';
import type { ScopeCase } from '../../../../test/scope-case';
import type { World } from '../../../../test/world';
import { seedInKaihua } from '../operations.test-support';
import { ensureParameters } from '../social-assistance.test-support';

// One scope case per dynamic-management route. County decisions: ws_approver (文山市) against
// ys_approver (砚山县); township work: ws_clerk (开化街道) against ws_clerk2 (卧龙街道).

const D = '/api/assistance/dynamic';
const ok = async (w: World, user: string, method: string, url: string, payload?: unknown) => {
  const r = await w.as(user, method, url, payload);
  if (r.statusCode !== 200) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
  return r.json() as Record<string, unknown> & { id: number };
};
const recipient = async (w: World) => (await seedInKaihua(w.db.db))[0] as { id: number; recipientId: number };
const report = async (w: World) => {
  const h = await recipient(w);
  return ok(w, 'ws_clerk', 'POST', `${D}/change-reports`, {
    householdId: h.id,
    recipientId: h.recipientId,
    source: 'household',
    kind: 'income',
    reportedOn: '2025-09-01',
    description: '范围测试',
  });
};
/** A 特困 termination in its 公示 (seeded households: every 10th is a 特困 person). */
const inPublicity = async (w: World) => {
  const h = (await seedInKaihua(w.db.db, 10))[9] as { id: number; recipientId: number };
  const r = await ok(w, 'ws_clerk', 'POST', `${D}/change-reports`, {
    householdId: h.id,
    recipientId: h.recipientId,
    source: 'staff',
    kind: 'other',
    reportedOn: '2025-06-01',
    description: '范围测试',
  });
  await ok(w, 'ws_approver', 'POST', `${D}/change-reports/${r.id}/decision`, {
    on: '2025-06-03',
    action: 'terminate',
    reasonText: '范围测试',
    publicity: { startsOn: '2025-06-03', location: '公示栏' },
  });
  return r.id;
};
const total = (body: unknown) => (body as { total?: number }).total;

export const scopeCases: ScopeCase[] = [
  {
    route: `GET ${D}/rechecks/due`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const h = await recipient(w);
      await sql`update assistance_recipient set next_review_on = '2025-01-01' where id = ${h.recipientId}`.execute(w.db.db);
      return { url: `${D}/rechecks/due?before=2025-12-31` };
    },
    outsiderCheck: (r) => expect(total(r.json())).toBe(0),
  },
  {
    route: `POST ${D}/rechecks/schedule`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => {
      await ensureParameters(w);
      return { url: `${D}/rechecks/schedule`, payload: { divisionId: await w.divisionId('532601') } };
    },
  },
  {
    route: `POST ${D}/rechecks`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      await ensureParameters(w);
      return { url: `${D}/rechecks`, payload: { recipientId: (await recipient(w)).recipientId, on: '2025-09-01', outcome: 'no-change' } };
    },
  },
  {
    route: `POST ${D}/change-reports`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const h = await recipient(w);
      return {
        url: `${D}/change-reports`,
        payload: { householdId: h.id, source: 'household', kind: 'members', reportedOn: '2025-09-01', description: '新生儿' },
      };
    },
  },
  {
    route: `GET ${D}/change-reports`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      await report(w);
      return { url: `${D}/change-reports` };
    },
    outsiderCheck: (r) => expect(total(r.json())).toBe(0),
  },
  {
    route: `GET ${D}/change-reports/:id`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `${D}/change-reports/${(await report(w)).id}` }),
  },
  {
    route: `POST ${D}/change-reports/:id/decision`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => ({
      url: `${D}/change-reports/${(await report(w)).id}/decision`,
      payload: { on: '2025-09-05', action: 'no-change', reasonText: '收入变化不大' },
    }),
  },
  {
    route: `POST ${D}/change-reports/:id/confirm`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => ({
      url: `${D}/change-reports/${await inPublicity(w)}/confirm`,
      payload: { on: '2025-06-10', outcome: 'terminate' },
    }),
  },
  {
    route: `POST ${D}/adulthood-checks`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => {
      await ensureParameters(w);
      return { url: `${D}/adulthood-checks`, payload: { divisionId: await w.divisionId('532601'), asOf: '2025-09-01' } };
    },
  },
  {
    route: `POST ${D}/recalculations`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => {
      await ensureParameters(w);
      return { url: `${D}/recalculations`, payload: { divisionId: await w.divisionId('532601'), fromMonth: '2025-08' } };
    },
  },
];
