import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillLegacyAuthorisations } from '../../../db/migrations/20261123_0900_social_assistance_case_steps';
import { createWorld, type World } from '../../../../test/world';
import { authorise, createHousehold, ensureParameters, member, scanPdf } from '../social-assistance.test-support';

// 核对授权书 stored per person as a signed scan with its metadata (rules doc §6.1): 特困 needs the
// applicant's and the statutory obligors' authorisations; the case file lists them; a 核对 request is
// refused while anyone required lacks a valid one.

let w: World;
beforeAll(async () => {
  w = await createWorld();
  await ensureParameters(w);
});
afterAll(async () => w.close());

const call = async (user: string, method: string, url: string, payload?: unknown) => {
  const r = await w.as(user, method, url, payload);
  return { status: r.statusCode, body: r.json() as Record<string, unknown> & { code?: string; message?: string } };
};
const ok = async (user: string, method: string, url: string, payload?: unknown) => {
  const r = await call(user, method, url, payload);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};

describe('核对授权书 per person', () => {
  it('特困: the applicant and the obligor must both have signed before 核对; the scans are kept with their SHA-256', async () => {
    const h = await createHousehold(w, { members: [member('王老', 'self', '19450101')] });
    const applicant = h.members[0] as { id: number; name: string };
    const obligor = (await ok('ws_clerk', 'POST', `/api/assistance/households/${h.id}/obligors`, {
      name: '王子',
      relation: 'child',
      birthDate: '1975-01-01',
    })) as { id: number };
    const created = await ok('ws_clerk', 'POST', '/api/assistance/applications', {
      householdId: h.id,
      programme: 'extreme-poverty',
      channel: 'counter',
      appliedOn: '2025-09-24',
      applicantMemberId: applicant.id,
      commitmentSigned: true,
      authorisationSigned: true,
    });
    const base = `/api/assistance/applications/${created.id}`;
    await ok('ws_clerk', 'POST', `${base}/accept`, { on: '2025-09-26' });

    const steps = (await ok('ws_clerk', 'GET', `${base}/next-steps`))['steps'] as { action: string; allowed: boolean; reasons: string[] }[];
    expect(steps.find((s) => s.action === 'request-verification')).toMatchObject({
      allowed: false,
      reasons: ['以下人员尚未提交有效的家庭经济状况核对授权书（签字扫描件）：王老、王子（法定赡养/抚养/扶养义务人）'],
    });

    await authorise(w, created['id'] as number, [applicant]);
    const refused = await call('ws_clerk', 'POST', `${base}/verifications`, { on: '2025-09-26', departments: ['bank'] });
    expect(refused).toMatchObject({
      status: 409,
      body: {
        code: 'SOCIAL_ASSISTANCE_NO_AUTHORISATION',
        message: '以下人员尚未提交有效的家庭经济状况核对授权书（签字扫描件）：王子（法定赡养/抚养/扶养义务人）',
      },
    });

    // An obligor's authorisation limited to banks does not cover a tax query; a wrong file type is refused.
    const content = scanPdf('obligor');
    const wrongType = await call('ws_clerk', 'POST', `${base}/authorisations`, {
      obligorId: obligor.id,
      signedOn: '2025-09-25',
      signerName: '王子',
      signedAs: 'self',
      document: { fileName: 'a.png', mimeType: 'image/png', contentBase64: content },
    });
    expect(wrongType).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    const both = await call('ws_clerk', 'POST', `${base}/authorisations`, {
      memberId: applicant.id,
      obligorId: obligor.id,
      signedOn: '2025-09-25',
      signerName: '王子',
      signedAs: 'self',
      document: { fileName: 'a.pdf', mimeType: 'application/pdf', contentBase64: content },
    });
    expect(both.status).toBe(400);
    const recorded = await ok('ws_clerk', 'POST', `${base}/authorisations`, {
      obligorId: obligor.id,
      signedOn: '2025-09-25',
      signerName: '王子',
      signedAs: 'self',
      departments: ['bank'],
      document: { fileName: '王子授权书.pdf', mimeType: 'application/pdf', contentBase64: content },
    });
    expect(recorded['sha256']).toBe(createHash('sha256').update(Buffer.from(content, 'base64')).digest('hex'));
    expect((await call('ws_clerk', 'POST', `${base}/verifications`, { on: '2025-09-26', departments: ['tax'] })).body.code).toBe(
      'SOCIAL_ASSISTANCE_NO_AUTHORISATION',
    );
    await ok('ws_clerk', 'POST', `${base}/verifications`, { on: '2025-09-26', departments: ['bank'] });

    const file = await ok('ws_clerk', 'GET', base);
    const authorisations = file['authorisations'] as {
      personName: string;
      signedAs: string;
      departments: string[] | null;
      sha256: string;
    }[];
    expect(authorisations.map((a) => [a.personName, a.departments])).toEqual([
      ['王老', null],
      ['王子', ['bank']],
    ]);
    expect(authorisations[1]?.sha256).toBe(recorded['sha256']);
    expect(file['missingAuthorisations']).toEqual([]);
    const document = await w.as('ws_clerk', 'GET', `${base}/documents/${recorded['documentId']}`);
    expect(document.headers['x-content-sha256']).toBe(recorded['sha256']);

    const audit = await w.db.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity', '=', 'verification_authorisation')
      .where('entity_id', '=', String(recorded['id']))
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ applicationId: created.id, personName: '王子', signerName: '王子', departments: ['bank'] });
  });

  it('refuses a person outside the household and a signing date in the future', async () => {
    const h = await createHousehold(w);
    const other = await createHousehold(w);
    const created = await ok('ws_clerk', 'POST', '/api/assistance/applications', {
      householdId: h.id,
      programme: 'dibao',
      channel: 'counter',
      appliedOn: '2025-09-24',
      applicantMemberId: (h.members[0] as { id: number }).id,
      commitmentSigned: true,
      authorisationSigned: true,
    });
    const body = (memberId: number, signedOn: string) => ({
      memberId,
      signedOn,
      signerName: '某人',
      signedAs: 'self',
      document: { fileName: 'a.pdf', mimeType: 'application/pdf', contentBase64: scanPdf('x') },
    });
    const url = `/api/assistance/applications/${created.id}/authorisations`;
    expect((await call('ws_clerk', 'POST', url, body((other.members[0] as { id: number }).id, '2025-09-24'))).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '授权人应为本家庭的现有成员或登记的法定义务人',
    });
    expect((await call('ws_clerk', 'POST', url, body((h.members[0] as { id: number }).id, '2999-01-01'))).body.code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('a revoked authorisation no longer guards a new 核对 request; the reason is kept, audited, and only in scope', async () => {
    const h = await createHousehold(w);
    const [head, second] = h.members as { id: number; name: string }[];
    const created = await ok('ws_clerk', 'POST', '/api/assistance/applications', {
      householdId: h.id,
      programme: 'dibao',
      channel: 'counter',
      appliedOn: '2025-09-24',
      applicantMemberId: head?.id,
      commitmentSigned: true,
      authorisationSigned: true,
    });
    const base = `/api/assistance/applications/${created['id'] as number}`;
    await ok('ws_clerk', 'POST', `${base}/accept`, { on: '2025-09-26' });
    await authorise(w, created['id'] as number, h.members as { id: number; name: string }[]);
    const before = await ok('ws_clerk', 'GET', base);
    expect(before['missingAuthorisations']).toEqual([]);
    const target = (before['authorisations'] as { id: number; memberId: number }[]).find((a) => a.memberId === second?.id);
    const url = `/api/assistance/authorisations/${target?.id}/revoke`;

    expect((await call('ws_clerk2', 'POST', url, { on: '2025-09-27', reason: '本人书面撤回授权' })).status).toBe(404);
    expect((await call('ws_clerk', 'POST', url, { on: '2025-09-23', reason: '本人书面撤回授权' })).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '撤销日期不能早于签署日期',
    });
    expect((await call('ws_clerk', 'POST', url, { on: '2025-09-27', reason: ' ' })).body.code).toBe('VALIDATION_FAILED');
    expect(await ok('ws_clerk', 'POST', url, { on: '2025-09-27', reason: '本人书面撤回授权' })).toEqual({
      id: target?.id,
      revokedOn: '2025-09-27',
      revokeReason: '本人书面撤回授权',
    });
    expect(await call('ws_clerk', 'POST', url, { on: '2025-09-27', reason: '再次撤销' })).toMatchObject({
      status: 409,
      body: { code: 'INVALID_STATE', message: '该核对授权书已于2025-09-27撤销' },
    });

    // Even a request entered with a date before the revocation is refused, naming the person.
    const refused = await call('ws_clerk', 'POST', `${base}/verifications`, { on: '2025-09-26', departments: ['bank'] });
    expect(refused).toMatchObject({
      status: 409,
      body: {
        code: 'SOCIAL_ASSISTANCE_NO_AUTHORISATION',
        message: `以下人员尚未提交有效的家庭经济状况核对授权书（签字扫描件）：${second?.name}`,
      },
    });
    const file = await ok('ws_clerk', 'GET', base);
    expect((file['authorisations'] as { id: number }[]).find((a) => a.id === target?.id)).toMatchObject({
      revokedOn: '2025-09-27',
      revokeReason: '本人书面撤回授权',
    });
    expect(file['missingAuthorisations']).toEqual([{ kind: 'member', id: second?.id, name: second?.name }]);

    const audit = await w.db.db
      .selectFrom('audit_log')
      .select(['action', 'after', 'division_id'])
      .where('entity', '=', 'verification_authorisation')
      .where('entity_id', '=', String(target?.id))
      .where('action', '=', 'VERIFICATION_AUTHORISATION_REVOKED')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ personName: second?.name, revokedOn: '2025-09-27', reason: '本人书面撤回授权' });

    // A newly signed authorisation guards the request again.
    await authorise(w, created['id'] as number, [second as { id: number; name: string }], '2025-09-27');
    await ok('ws_clerk', 'POST', `${base}/verifications`, { on: '2025-09-27', departments: ['bank'] });
  });

  it('migration: cases flagged as signed before scans were kept get legacy rows for their members, so they are not blocked', async () => {
    const h = await createHousehold(w);
    const created = await ok('ws_clerk', 'POST', '/api/assistance/applications', {
      householdId: h.id,
      programme: 'dibao',
      channel: 'counter',
      appliedOn: '2025-09-24',
      applicantMemberId: (h.members[0] as { id: number }).id,
      commitmentSigned: true,
      authorisationSigned: true,
    });
    const base = `/api/assistance/applications/${created['id'] as number}`;
    await ok('ws_clerk', 'POST', `${base}/accept`, { on: '2025-09-26' });
    expect(((await ok('ws_clerk', 'GET', base))['missingAuthorisations'] as unknown[]).length).toBe(3);

    await backfillLegacyAuthorisations(w.db.db as never);
    await backfillLegacyAuthorisations(w.db.db as never); // idempotent
    const file = await ok('ws_clerk', 'GET', base);
    expect(file['missingAuthorisations']).toEqual([]);
    const rows = file['authorisations'] as { source: string; signedOn: string; documentId: number | null }[];
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.source === 'legacy' && r.signedOn === '2025-09-24' && r.documentId === null)).toBe(true);
    await ok('ws_clerk', 'POST', `${base}/verifications`, { on: '2025-09-26', departments: ['bank'] });
  });
});
