import { expect } from 'vitest';
import type { ScopeCase } from '../../../test/scope-case';
import type { World } from '../../../test/world';
import { caseAt, createHousehold, ensureParameters, member, parameterValues } from './social-assistance.test-support';

// One scope case per social-assistance route. Owner: staff of 开化街道 / 文山市; outsider: the same
// permission in 卧龙街道 (ws_clerk2) or 砚山县 (ys_reviewer, ys_approver). Fixtures are fresh per case.

const A = '/api/assistance';
const items = (body: unknown) => (body as { items?: unknown[] }).items ?? [];
const ok = async (w: World, user: string, method: string, url: string, payload?: unknown) => {
  const r = await w.as(user, method, url, payload);
  if (r.statusCode !== 200) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
  return r.json() as Record<string, unknown> & { id: number };
};
const household = async (w: World) => {
  const h = await createHousehold(w);
  return {
    ...h,
    head: h.members.find((m) => m.relation === 'self') as { id: number },
    member: h.members.find((m) => m.relation !== 'self') as { id: number },
  };
};
const app = (id: number) => `${A}/applications/${id}`;
const on = '2025-09-26';

/** A CSV caseload of one household in 开化 (new ID numbers each call). */
const caseloadCsv = async (w: World) => {
  const village = (
    await w.db.db
      .selectFrom('division')
      .select('code')
      .where('parent_id', '=', await w.divisionId('532601001'))
      .orderBy('code')
      .executeTakeFirstOrThrow()
  ).code;
  const m = member('导入户主', 'self');
  const rows = [
    ['户编号', '行政区划代码', '城乡类别', '家庭住址', '与户主关系', '姓名', '公民身份号码'],
    ['S1', village, '农村', '测试地址', '户主', m.name, m.citizenId],
  ];
  return { fileName: 'scope.csv', contentBase64: Buffer.from(rows.map((r) => r.join(',')).join('\n')).toString('base64') };
};

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

  // Cases
  {
    route: `GET ${A}/applications`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `${A}/applications?householdId=${(await caseAt(w, 'submitted')).household.id}` }),
    outsiderCheck: (r) => expect(items(r.json())).toEqual([]),
  },
  {
    route: `POST ${A}/applications`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const h = await household(w);
      return {
        url: `${A}/applications`,
        payload: {
          householdId: h.id,
          programme: 'dibao',
          channel: 'online',
          appliedOn: '2025-09-24',
          applicantMemberId: h.head.id,
          commitmentSigned: true,
          authorisationSigned: true,
        },
      };
    },
  },
  {
    route: `GET ${A}/applications/:id`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: app((await caseAt(w, 'submitted')).applicationId) }),
  },
  {
    route: `POST ${A}/applications/:id/supplement`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({
      url: `${app((await caseAt(w, 'submitted')).applicationId)}/supplement`,
      payload: { on: '2025-09-25', receivedItems: [] },
    }),
  },
  {
    route: `POST ${A}/applications/:id/accept`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `${app((await caseAt(w, 'submitted')).applicationId)}/accept`, payload: { on } }),
  },
  {
    route: `POST ${A}/applications/:id/investigation`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({
      url: `${app((await caseAt(w, 'accepted')).applicationId)}/investigation`,
      payload: {
        on: '2025-09-29',
        investigators: ['甲', '乙'],
        homeVisit: { visitedOn: '2025-09-29', membersPresent: ['张三'], findings: '入户' },
      },
    }),
  },
  {
    route: `POST ${A}/applications/:id/verifications`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({
      url: `${app((await caseAt(w, 'accepted')).applicationId)}/verifications`,
      payload: { on, departments: ['bank'] },
    }),
  },
  {
    route: `POST ${A}/verifications/:id/respond`,
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => {
      const c = await caseAt(w, 'accepted');
      const requested = await ok(w, 'ws_clerk', 'POST', `${app(c.applicationId)}/verifications`, { on, departments: ['vehicle-registry'] });
      return { url: `${A}/verifications/${(requested['requests'] as { id: number }[])[0]?.id}/respond`, payload: { on: '2025-09-29' } };
    },
  },
  {
    route: `POST ${A}/applications/:id/withdraw`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `${app((await caseAt(w, 'submitted')).applicationId)}/withdraw`, payload: { on, reason: '撤回' } }),
  },
  {
    route: `POST ${A}/applications/:id/preliminary-review`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({
      url: `${app((await caseAt(w, 'investigating')).applicationId)}/preliminary-review`,
      payload: { on: '2025-09-30', opinion: 'recommend-approve' },
    }),
  },
  {
    route: `POST ${A}/applications/:id/publicity`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({
      url: `${app((await caseAt(w, 'preliminary-reviewed')).applicationId)}/publicity`,
      payload: { startsOn: '2025-09-30', location: '公示栏' },
    }),
  },
  {
    route: `POST ${A}/applications/:id/objections`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({
      url: `${app((await caseAt(w, 'in-publicity')).applicationId)}/objections`,
      payload: { receivedOn: '2025-10-02', content: '异议' },
    }),
  },
  {
    route: `POST ${A}/applications/:id/objections/:objectionId/handle`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const c = await caseAt(w, 'in-publicity');
      const objection = await ok(w, 'ws_clerk', 'POST', `${app(c.applicationId)}/objections`, {
        receivedOn: '2025-10-02',
        content: '异议',
      });
      return {
        url: `${app(c.applicationId)}/objections/${objection['objectionId']}/handle`,
        payload: { on: '2025-10-08', outcome: 'dismissed', handling: '不属实' },
      };
    },
  },
  {
    route: `POST ${A}/applications/:id/submit-to-county`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({
      url: `${app((await caseAt(w, 'in-publicity')).applicationId)}/submit-to-county`,
      payload: { on: '2025-10-09' },
    }),
  },
  {
    route: `POST ${A}/applications/:id/township-decision`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const c = await caseAt(w, 'in-publicity');
      await ok(w, 'ws_approver', 'PUT', `${A}/county-settings/${await w.divisionId('532601')}`, {
        delegateApproval: true,
        dueSoonWorkingDays: 2,
      });
      return { url: `${app(c.applicationId)}/township-decision`, payload: { on: '2025-10-09', decision: 'approve' } };
    },
  },
  {
    route: `POST ${A}/applications/:id/county-checks`,
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => ({
      url: `${app((await caseAt(w, 'county-review')).applicationId)}/county-checks`,
      payload: { on: '2025-10-14', kind: 'home-visit', investigators: ['县甲', '县乙'], findings: '属实' },
    }),
  },
  {
    route: `POST ${A}/applications/:id/decision`,
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => ({
      url: `${app((await caseAt(w, 'county-review')).applicationId)}/decision`,
      payload: { on: '2025-10-20', decision: 'approve' },
    }),
  },
  {
    route: `POST ${A}/applications/:id/notice`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({
      url: `${app((await caseAt(w, 'approved')).applicationId)}/notice`,
      payload: { on: '2025-10-21', method: 'in-person' },
    }),
  },
  {
    route: `POST ${A}/applications/:id/documents`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({
      url: `${app((await caseAt(w, 'submitted')).applicationId)}/documents`,
      payload: { kind: 'other', fileName: '说明.txt', mimeType: 'text/plain', contentBase64: Buffer.from('说明').toString('base64') },
    }),
  },
  {
    route: `GET ${A}/applications/:id/documents/:documentId`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const c = await caseAt(w, 'submitted');
      const doc = await ok(w, 'ws_clerk', 'POST', `${app(c.applicationId)}/documents`, {
        kind: 'other',
        fileName: 'a.txt',
        mimeType: 'text/plain',
        contentBase64: Buffer.from('a').toString('base64'),
      });
      return { url: `${app(c.applicationId)}/documents/${doc.id}` };
    },
  },
  {
    route: `GET ${A}/tasks`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      await caseAt(w, 'accepted');
      return { url: `${A}/tasks?status=open` };
    },
    outsiderCheck: async (r, w) => {
      const kaihua = await w.db.db
        .selectFrom('division')
        .select('id')
        .where('parent_id', '=', await w.divisionId('532601001'))
        .execute();
      const ids = new Set([await w.divisionId('532601001'), ...kaihua.map((d) => d.id)]);
      expect((items(r.json()) as { divisionId: number }[]).filter((t) => ids.has(t.divisionId))).toEqual([]);
    },
  },
  {
    route: `GET ${A}/publicities`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      await caseAt(w, 'in-publicity');
      return { url: `${A}/publicities?asOf=2025-10-02` };
    },
    outsiderCheck: (r) => expect(items(r.json())).toEqual([]),
  },

  // Imports
  {
    route: `GET ${A}/import/households/template`,
    owner: 'ws_clerk',
    outsider: null,
    request: async () => ({ url: `${A}/import/households/template` }),
  },
  {
    route: `POST ${A}/import/households`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `${A}/import/households`, payload: await caseloadCsv(w) }),
    // Another township's divisions are rejected row by row (same message as an unknown code); nothing is written.
    outsiderCheck: (r) =>
      expect({ status: r.statusCode, body: r.json() as unknown }).toMatchObject({
        status: 422,
        body: { code: 'IMPORT_REJECTED', details: [{ column: '行政区划代码', code: 'DIVISION' }] },
      }),
  },
  {
    route: `GET ${A}/department-records/template`,
    owner: 'ws_reviewer',
    outsider: null,
    request: async () => ({ url: `${A}/department-records/template` }),
  },
  {
    route: `POST ${A}/department-records/import`,
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async () => ({ url: `${A}/department-records/import`, payload: await departmentCsv() }),
    // Department data always lands in the caller's own county: the outsider's copy belongs to 砚山县.
    outsiderCheck: async (r, w) => {
      expect(r.statusCode).toBe(200);
      const batch = await w.db.db
        .selectFrom('assistance_import_batch')
        .select('division_id')
        .where('id', '=', (r.json() as { batchId: number }).batchId)
        .executeTakeFirstOrThrow();
      expect(batch.division_id).toBe(await w.divisionId('532622'));
    },
  },
];

const departmentCsv = async () => {
  const m = member('部门数据', 'self');
  const rows = [
    ['部门', '公民身份号码', '姓名', '数据类别', '金额（元）', '说明', '数据日期'],
    ['公安交管', m.citizenId, m.name, '机动车', '30000', '测试', '2025-09-01'],
  ];
  return { fileName: 'dept.csv', contentBase64: Buffer.from(rows.map((r) => r.join(',')).join('\n')).toString('base64') };
};
