import { expect } from 'vitest';
import type { ScopeCase } from '../../../../test/scope-case';
import {
  A,
  advancePayload,
  app,
  caseloadCsv,
  departmentCsv,
  household,
  items,
  ok,
  on,
  temporaryCase,
} from '../social-assistance.scope-support';
import { authorise, caseAt, scanPdf } from '../social-assistance.test-support';

// Scope cases of the case workflow, task queues and imports (owner 开化街道 / 文山市 staff; outsider the
// same permission in 卧龙街道 or 砚山县).

export const scopeCases: ScopeCase[] = [
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
    route: `GET ${A}/applications/:id/next-steps`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `${app((await caseAt(w, 'submitted')).applicationId)}/next-steps` }),
  },
  {
    route: `POST ${A}/applications/:id/advance`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => ({ url: `${app((await temporaryCase(w)).applicationId)}/advance`, payload: advancePayload }),
  },
  {
    route: `POST ${A}/applications/:id/advance/complete`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const c = await temporaryCase(w);
      await ok(w, 'ws_clerk', 'POST', `${app(c.applicationId)}/advance`, advancePayload);
      return {
        url: `${app(c.applicationId)}/advance/complete`,
        payload: { on: '2025-10-13', explanation: '火灾先行救助情况说明', signedBy: ['经办人甲', '审批人乙'] },
      };
    },
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
    request: async (w) => {
      const c = await caseAt(w, 'accepted');
      await authorise(w, c.applicationId, c.household.members);
      return { url: `${app(c.applicationId)}/verifications`, payload: { on, departments: ['bank'] } };
    },
  },
  {
    route: `POST ${A}/applications/:id/authorisations`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const c = await caseAt(w, 'submitted');
      return {
        url: `${app(c.applicationId)}/authorisations`,
        payload: {
          memberId: c.head.id,
          signedOn: '2025-09-24',
          signerName: '张三',
          signedAs: 'self',
          document: { fileName: '授权书.pdf', mimeType: 'application/pdf', contentBase64: scanPdf('scope') },
        },
      };
    },
  },
  {
    route: `POST ${A}/authorisations/:id/revoke`,
    owner: 'ws_clerk',
    outsider: 'ws_clerk2',
    request: async (w) => {
      const c = await caseAt(w, 'submitted');
      const recorded = await ok(w, 'ws_clerk', 'POST', `${app(c.applicationId)}/authorisations`, {
        memberId: c.head.id,
        signedOn: '2025-09-24',
        signerName: '张三',
        signedAs: 'self',
        document: { fileName: '授权书.pdf', mimeType: 'application/pdf', contentBase64: scanPdf('scope revoke') },
      });
      return { url: `${A}/authorisations/${recorded.id}/revoke`, payload: { on, reason: '本人书面撤回授权' } };
    },
  },
  {
    route: `POST ${A}/verifications/:id/respond`,
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => {
      const c = await caseAt(w, 'accepted');
      await authorise(w, c.applicationId, c.household.members);
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
    // The division filter must lie in the caller's scope: 开化街道 is outside 卧龙街道's (404).
    request: async (w) => {
      await caseAt(w, 'accepted');
      return { url: `${A}/tasks?status=open&divisionId=${await w.divisionId('532601001')}` };
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
