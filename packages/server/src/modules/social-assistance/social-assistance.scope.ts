import { expect } from 'vitest';
import type { ScopeCase } from '../../../test/scope-case';
import { A, household, items, ok } from './social-assistance.scope-support';
import { ensureParameters, member, parameterValues } from './social-assistance.test-support';

// Scope cases of the registry and parameter routes. Owner: staff of 开化街道 / 文山市; outsider: the same
// permission in 卧龙街道 (ws_clerk2) or 砚山县 (ys_reviewer, ys_approver). Fixtures are fresh per case.

export const scopeCases: ScopeCase[] = [
  // Registry
  {
    route: `GET ${A}/households`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `${A}/households?citizenId=${(await household(w)).citizenIds[0]}` }),
    outsiderCheck: (r) => expect(items(r.json())).toEqual([]),
  },
  {
    route: `GET ${A}/households/export`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `${A}/households/export?citizenId=${(await household(w)).citizenIds[0]}` }),
    // The outsider's file holds the header only.
    outsiderCheck: (r) => expect(r.body.trim().split('\r\n')).toHaveLength(1),
  },
  {
    route: `POST ${A}/households`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({
      url: `${A}/households`,
      payload: {
        divisionId: await w.divisionId('532601001001'),
        areaType: 'urban',
        address: '范围测试',
        members: [member('范围', 'self')],
      },
    }),
  },
  {
    route: `GET ${A}/households/:id`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `${A}/households/${(await household(w)).id}` }),
  },
  {
    route: `GET ${A}/households/:id/personal-data`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `${A}/households/${(await household(w)).id}/personal-data` }),
  },
  {
    route: `PATCH ${A}/households/:id`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const h = await household(w);
      const { version } = await w.db.db.selectFrom('household').select('version').where('id', '=', h.id).executeTakeFirstOrThrow();
      return { url: `${A}/households/${h.id}`, payload: { version, address: '范围测试新地址' } };
    },
  },
  {
    route: `PUT ${A}/households/:id/members/:memberId`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const h = await household(w);
      return { url: `${A}/households/${h.id}/members/${h.member.id}`, payload: { name: '李四', employment: 'flexible' } };
    },
  },
  {
    route: `POST ${A}/households/:id/obligors`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({
      url: `${A}/households/${(await household(w)).id}/obligors`,
      payload: { name: '赡养人', relation: 'child', birthDate: '1975-05-05', annualIncomeFen: 3_600_000 },
    }),
  },
  {
    route: `DELETE ${A}/households/:id/obligors/:itemId`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const h = await household(w);
      const o = await ok(w, 'ws_clerk', 'POST', `${A}/households/${h.id}/obligors`, {
        name: '赡养人',
        relation: 'child',
        birthDate: '1975-05-05',
      });
      return { url: `${A}/households/${h.id}/obligors/${o.id}` };
    },
  },
  {
    route: `POST ${A}/households/:id/income-items`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const h = await household(w);
      return {
        url: `${A}/households/${h.id}/income-items`,
        payload: { items: [{ memberId: h.head.id, kind: 'wage', month: '2025-08', amountFen: 200_000 }] },
      };
    },
  },
  {
    route: `DELETE ${A}/households/:id/income-items/:itemId`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const h = await household(w);
      const created = await ok(w, 'ws_clerk', 'POST', `${A}/households/${h.id}/income-items`, {
        items: [{ memberId: h.head.id, kind: 'wage', month: '2025-08', amountFen: 200_000 }],
      });
      return { url: `${A}/households/${h.id}/income-items/${(created['ids'] as number[])[0]}` };
    },
  },
  {
    route: `POST ${A}/households/:id/property-items`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const h = await household(w);
      return { url: `${A}/households/${h.id}/property-items`, payload: { kind: 'deposit', ownerMemberId: h.head.id, valueFen: 500_000 } };
    },
  },
  {
    route: `DELETE ${A}/households/:id/property-items/:itemId`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const h = await household(w);
      const p = await ok(w, 'ws_clerk', 'POST', `${A}/households/${h.id}/property-items`, {
        kind: 'vehicle',
        ownerMemberId: h.head.id,
        vehicleKind: 'motorcycle',
        valueFen: 300_000,
      });
      return { url: `${A}/households/${h.id}/property-items/${p.id}` };
    },
  },
  {
    route: `POST ${A}/households/:id/changes`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({
      url: `${A}/households/${(await household(w)).id}/changes`,
      payload: { kind: 'add-member', reason: '新生儿', effectiveOn: '2025-05-01', member: member('新生', 'child', '20250101') },
    }),
  },
  ...(['apply', 'reject'] as const).map((verb): ScopeCase => ({
    route: `POST ${A}/household-changes/:id/${verb}`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const h = await household(w);
      const change = await ok(w, 'ws_clerk', 'POST', `${A}/households/${h.id}/changes`, {
        kind: 'remove-member',
        reason: '迁出',
        effectiveOn: '2025-05-01',
        memberId: h.member.id,
      });
      return { url: `${A}/household-changes/${change.id}/${verb}`, payload: {} };
    },
  })),

  // Parameters and county settings
  {
    route: `GET ${A}/parameters`,
    owner: 'ws_clerk',
    outsider: 'ys_reviewer',
    request: async (w) => {
      await ensureParameters(w);
      return { url: `${A}/parameters` };
    },
    outsiderCheck: async (r, w) =>
      expect((r.json() as { divisionId: number }[]).map((v) => v.divisionId)).not.toContain(await w.divisionId('532601')),
  },
  {
    route: `GET ${A}/parameters/resolve`,
    owner: 'ws_clerk',
    outsider: 'ys_reviewer',
    request: async (w) => {
      await ensureParameters(w);
      return { url: `${A}/parameters/resolve?divisionId=${await w.divisionId('532601001')}&date=2025-10-01` };
    },
  },
  {
    route: `POST ${A}/parameters`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => ({
      url: `${A}/parameters`,
      payload: { divisionId: await w.divisionId('532601'), validFrom: '2030-01-01', values: parameterValues(), note: '范围测试' },
    }),
  },
  {
    route: `GET ${A}/county-settings/:id`,
    owner: 'ws_clerk',
    outsider: 'ys_reviewer',
    request: async (w) => ({ url: `${A}/county-settings/${await w.divisionId('532601')}` }),
  },
  {
    route: `PUT ${A}/county-settings/:id`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => ({
      url: `${A}/county-settings/${await w.divisionId('532601')}`,
      payload: { delegateApproval: false, dueSoonWorkingDays: 2 },
    }),
  },
];
