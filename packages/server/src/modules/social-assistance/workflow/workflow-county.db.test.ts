import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { caseAt, createHousehold, ensureParameters, member } from '../social-assistance.test-support';

// County review rules: mandatory home visit for 单独登记备案, ≥30 % spot checks for 特困, delegated
// confirmation to townships as a county setting, and an upheld objection sending the case back.

let w: World;
beforeAll(async () => {
  w = await createWorld();
  await ensureParameters(w);
});
afterAll(async () => w.close());

const call = async (user: string, method: string, url: string, payload?: unknown) => {
  const response = await w.as(user, method, url, payload);
  return { status: response.statusCode, body: response.json() as Record<string, unknown> & { id: number; code?: string } };
};
const ok = async (user: string, method: string, url: string, payload?: unknown) => {
  const r = await call(user, method, url, payload);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};

describe('county review', () => {
  it('单独登记备案: the county must visit the home before confirming; township staff cannot record county checks', async () => {
    const { applicationId } = await caseAt(w, 'county-review', { separateRegistration: true });
    const base = `/api/assistance/applications/${applicationId}`;
    expect(await call('ws_approver', 'POST', `${base}/decision`, { on: '2025-10-20', decision: 'approve' })).toMatchObject({
      status: 409,
      body: { code: 'SOCIAL_ASSISTANCE_STEP_BLOCKED' },
    });
    expect(
      (
        await call('ws_clerk', 'POST', `${base}/county-checks`, {
          on: '2025-10-14',
          kind: 'home-visit',
          investigators: ['县甲'],
          findings: '-',
        })
      ).status,
    ).toBe(403);
    await ok('ws_reviewer', 'POST', `${base}/county-checks`, {
      on: '2025-10-14',
      kind: 'home-visit',
      investigators: ['县甲', '县乙'],
      findings: '入户核实情况属实',
    });
    expect(await ok('ws_approver', 'POST', `${base}/decision`, { on: '2025-10-20', decision: 'approve' })).toMatchObject({
      decision: 'approve',
      amountFen: 52_000,
    });
  });

  it('townships confirm only where the county delegated approval (20-working-day overall limit), never 单独登记备案 cases', async () => {
    const { applicationId } = await caseAt(w, 'in-publicity');
    const base = `/api/assistance/applications/${applicationId}`;
    expect(await call('ws_clerk', 'POST', `${base}/township-decision`, { on: '2025-10-09', decision: 'approve' })).toMatchObject({
      status: 403,
      body: { code: 'SOCIAL_ASSISTANCE_NOT_DELEGATED' },
    });
    const county = await w.divisionId('532601');
    expect(
      (await call('ys_approver', 'PUT', `/api/assistance/county-settings/${county}`, { delegateApproval: true, dueSoonWorkingDays: 3 }))
        .status,
    ).toBe(404);
    await ok('ws_approver', 'PUT', `/api/assistance/county-settings/${county}`, { delegateApproval: true, dueSoonWorkingDays: 3 });
    expect(await ok('ws_clerk', 'GET', `/api/assistance/county-settings/${county}`)).toMatchObject({ delegateApproval: true });
    const decided = await ok('ws_clerk', 'POST', `${base}/township-decision`, { on: '2025-10-09', decision: 'approve' });
    expect(decided).toMatchObject({ decision: 'approve', paymentStartMonth: '2025-11' });
    expect(
      await w.db.db
        .selectFrom('assistance_application')
        .select(['decision_level', 'status'])
        .where('id', '=', applicationId)
        .executeTakeFirstOrThrow(),
    ).toEqual({ decision_level: 'township', status: 'approved' });

    const delegated = await caseAt(w, 'accepted');
    const clocks = await w.db.db
      .selectFrom('application_deadline')
      .select(['code', 'due_on'])
      .where('application_id', '=', delegated.applicationId)
      .orderBy('id')
      .execute();
    expect(clocks).toContainEqual({ code: 'DIBAO_OVERALL_DELEGATED', due_on: '2025-10-30' });
    const separate = await caseAt(w, 'in-publicity', { separateRegistration: true });
    expect(
      await call('ws_clerk', 'POST', `/api/assistance/applications/${separate.applicationId}/township-decision`, {
        on: '2025-10-09',
        decision: 'approve',
      }),
    ).toMatchObject({ status: 409 });
    await ok('ws_approver', 'PUT', `/api/assistance/county-settings/${county}`, { delegateApproval: false, dueSoonWorkingDays: 2 });
  });

  it('an upheld objection sends the case back to investigation; the 公示 is superseded', async () => {
    const { applicationId } = await caseAt(w, 'in-publicity');
    const base = `/api/assistance/applications/${applicationId}`;
    const objection = await ok('ws_clerk', 'POST', `${base}/objections`, { receivedOn: '2025-10-03', content: '户主在外务工收入未申报' });
    expect(await call('ws_clerk', 'POST', `${base}/objections`, { receivedOn: '2025-10-07', content: '公示期后' })).toMatchObject({
      status: 409,
    });
    await ok('ws_clerk', 'POST', `${base}/objections/${objection['objectionId']}/handle`, {
      on: '2025-10-09',
      outcome: 'upheld',
      handling: '经核实异议属实，重新调查',
    });
    const detail = await ok('ws_clerk', 'GET', base);
    expect(detail).toMatchObject({ status: 'investigating', currentStep: 'investigate', investigatedOn: null, specialCase: true });
    expect((detail['publicities'] as { status: string }[]).map((p) => p.status)).toEqual(['superseded']);
    // An objection makes it a special case: the overall limit becomes 45 working days from acceptance (09-26).
    const overall = (detail['deadlines'] as { code: string; dueOn: string; explanation: string }[]).find((d) => d.code === 'DIBAO_OVERALL');
    expect(overall?.dueOn).toBe('2025-12-04');
    expect(detail['overallDueOn']).toBe('2025-12-04');
    expect(overall?.explanation).toContain('异议成立');

    // Re-investigation, a new 初审 opinion and a new 7-day 公示 (round 2); only then the county.
    expect((await call('ws_clerk', 'POST', `${base}/submit-to-county`, { on: '2025-10-20' })).status).toBe(409);
    await ok('ws_clerk', 'POST', `${base}/investigation`, {
      on: '2025-10-10',
      investigators: ['王调查', '赵调查'],
      homeVisit: { visitedOn: '2025-10-10', membersPresent: ['张三'], findings: '核实户主务工收入' },
    });
    await ok('ws_clerk', 'POST', `${base}/preliminary-review`, { on: '2025-10-13', opinion: 'recommend-approve' });
    const again = await ok('ws_clerk', 'POST', `${base}/publicity`, { startsOn: '2025-10-13', location: '社区公示栏' });
    expect(again).toMatchObject({ round: 2, firstDay: '2025-10-13', lastDay: '2025-10-19', nextStepFrom: '2025-10-20' });
    expect((await call('ws_clerk', 'POST', `${base}/submit-to-county`, { on: '2025-10-19' })).status).toBe(409);
    await ok('ws_clerk', 'POST', `${base}/submit-to-county`, { on: '2025-10-20' });
    const after = await ok('ws_clerk', 'GET', base);
    expect((after['publicities'] as { status: string }[]).map((p) => p.status)).toEqual(['superseded', 'completed']);
  });

  it('特困: the first case of the year in a county is picked for a spot check (≥30 %), which must be done before confirmation', async () => {
    const h = await createHousehold(w, {
      members: [
        member('王老', 'self', '19440101', {
          selfCareFailedItems: ['dressing', 'getting-in-out-of-bed', 'toileting', 'indoor-walking', 'bathing'],
        }),
      ],
    });
    const person = h.members[0] as { id: number };
    const app = await ok('ws_clerk', 'POST', '/api/assistance/applications', {
      householdId: h.id,
      programme: 'extreme-poverty',
      channel: 'counter',
      appliedOn: '2025-09-24',
      applicantMemberId: person.id,
      commitmentSigned: true,
      authorisationSigned: true,
    });
    const base = `/api/assistance/applications/${app.id}`;
    const accepted = await ok('ws_clerk', 'POST', `${base}/accept`, { on: '2025-09-26' });
    expect((accepted['deadlines'] as { code: string; dueOn: string }[]).map((d) => [d.code, d.dueOn])).toEqual([
      ['EXTREME_POVERTY_TOWNSHIP_OPINION', '2025-10-23'],
    ]);
    await ok('ws_clerk', 'POST', `${base}/investigation`, {
      on: '2025-09-29',
      investigators: ['甲', '乙'],
      homeVisit: { visitedOn: '2025-09-29', membersPresent: ['王老'], findings: '独居，生活不能自理' },
    });
    const review = await ok('ws_clerk', 'POST', `${base}/preliminary-review`, { on: '2025-09-30', opinion: 'recommend-approve' });
    expect(review['assessment']).toMatchObject({ eligible: true, amountFen: 144_800 });
    await ok('ws_clerk', 'POST', `${base}/publicity`, { startsOn: '2025-09-30', location: '村委会公示栏' });
    expect(await ok('ws_clerk', 'POST', `${base}/submit-to-county`, { on: '2025-10-09' })).toMatchObject({ spotCheckRequired: true });
    const clock = await w.db.db
      .selectFrom('application_deadline')
      .select('due_on')
      .where('application_id', '=', app.id)
      .where('code', '=', 'EXTREME_POVERTY_COUNTY_REVIEW')
      .executeTakeFirstOrThrow();
    expect(clock.due_on).toBe('2025-10-29');
    expect(await call('ws_approver', 'POST', `${base}/decision`, { on: '2025-10-20', decision: 'approve' })).toMatchObject({ status: 409 });
    await ok('ws_reviewer', 'POST', `${base}/county-checks`, {
      on: '2025-10-15',
      kind: 'spot-check',
      investigators: ['县甲', '县乙'],
      findings: '抽查属实',
    });
    expect(await ok('ws_approver', 'POST', `${base}/decision`, { on: '2025-10-20', decision: 'approve' })).toMatchObject({
      amountFen: 144_800,
      paymentStartMonth: '2025-11',
    });
    const recipient = await w.db.db
      .selectFrom('assistance_recipient')
      .select(['unit', 'care_tier', 'member_count'])
      .where('application_id', '=', app.id)
      .executeTakeFirstOrThrow();
    expect(recipient).toEqual({ unit: 'person', care_tier: 'full-care', member_count: 1 });
  });

  it('withdrawal stops every running clock', async () => {
    const { applicationId } = await caseAt(w, 'accepted');
    await ok('ws_clerk', 'POST', `/api/assistance/applications/${applicationId}/withdraw`, { on: '2025-09-29', reason: '申请人主动撤回' });
    const open = await w.db.db
      .selectFrom('application_deadline')
      .select('id')
      .where('application_id', '=', applicationId)
      .where('completed_on', 'is', null)
      .execute();
    expect(open).toEqual([]);
  });
});
