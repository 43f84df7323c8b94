import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { advancePayload, temporaryCase } from '../social-assistance.scope-support';
import { caseAt } from '../social-assistance.test-support';

// 急难型临时救助 先行救助 (rules doc §4.5, E12): the township pays 1,420 (= 2 × S, its direct-approval
// limit) on a make-up working Saturday, before any verification or 公示; the paperwork is due within
// 10 working days; the county decision (支出型 follow-up, 2 × S × 3 persons) counts the advance in and
// pays the balance. Also: the next-steps endpoint and the task queue's division filter.

let w: World;
beforeAll(async () => {
  w = await createWorld();
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
type Step = { action: string; allowed: boolean; reasons: string[] };
const steps = async (user: string, base: string) => (await ok(user, 'GET', `${base}/next-steps`))['steps'] as Step[];

describe('先行救助 on a 临时救助 case', () => {
  it('pays at once within the township limit, requires the paperwork within 10 working days, and the decision pays the balance', async () => {
    const c = await temporaryCase(w);
    const base = `/api/assistance/applications/${c.applicationId}`;
    expect((await steps('ws_clerk', base)).find((s) => s.action === 'pay-advance')).toMatchObject({ allowed: true });
    // A village assistant may not pay; the step says so.
    expect((await steps('ws_village', base)).find((s) => s.action === 'pay-advance')).toMatchObject({
      allowed: false,
      reasons: ['您的角色不能办理“先行救助（急难型临时救助）”（由乡镇（街道）办理）'],
    });

    const over = await call('ws_clerk', 'POST', `${base}/advance`, { ...advancePayload, amountFen: 142_001 });
    expect(over).toMatchObject({ status: 409, body: { code: 'SOCIAL_ASSISTANCE_STEP_BLOCKED' } });
    expect(over.body.message).toContain('超过乡镇（街道）直接审批限额1420.00元');

    const paid = await ok('ws_clerk', 'POST', `${base}/advance`, advancePayload);
    expect(paid).toMatchObject({ amountFen: 142_000, paidOn: '2025-10-11', dueOn: '2025-10-24', townshipLimitFen: 142_000 });
    expect((await call('ws_clerk', 'POST', `${base}/advance`, advancePayload)).body.code).toBe('SOCIAL_ASSISTANCE_STEP_BLOCKED');

    const file = await ok('ws_clerk', 'GET', base);
    expect(file).toMatchObject({
      status: 'submitted',
      advance: { amountFen: 142_000, paidOn: '2025-10-11', dueOn: '2025-10-24', completedOn: null },
    });
    const clocks = file['deadlines'] as { code: string; dueOn: string; completedOn: string | null }[];
    expect(clocks.find((d) => d.code === 'TEMP_ADVANCE_COMPLETION')).toMatchObject({ dueOn: '2025-10-24', completedOn: null });
    expect((file['events'] as { action: string }[]).map((e) => e.action)).toEqual(['apply', 'pay-advance']);

    // The ordinary procedure follows (支出型 follow-up: 2 × S per person, 3 persons = 4,260 > township limit → county).
    await ok('ws_clerk', 'POST', `${base}/accept`, { on: '2025-10-13' });
    await ok('ws_clerk', 'POST', `${base}/investigation`, {
      on: '2025-10-13',
      investigators: ['王调查', '赵调查'],
      homeVisit: { visitedOn: '2025-10-13', membersPresent: ['张三'], findings: '住房失火，家中财物被毁' },
    });
    await ok('ws_clerk', 'POST', `${base}/preliminary-review`, {
      on: '2025-10-14',
      opinion: 'recommend-approve',
      temporary: {
        eventKey: 'fire-2025-10',
        monthlyDisposableIncomeFen: 0,
        totalIncome12MonthsFen: 0,
        necessarySpendingFen: 300_000,
        standardMultiple: 2,
        multipleReason: '火灾后临时租房及生活必需品',
      },
    });
    await ok('ws_clerk', 'POST', `${base}/publicity`, { startsOn: '2025-10-14', location: '社区公示栏' });
    await ok('ws_clerk', 'POST', `${base}/submit-to-county`, { on: '2025-10-21' });

    const blocked = await call('ws_approver', 'POST', `${base}/decision`, { on: '2025-10-22', decision: 'approve' });
    expect(blocked).toMatchObject({ status: 409, body: { code: 'SOCIAL_ASSISTANCE_STEP_BLOCKED' } });
    expect(blocked.body.message).toContain('先行救助手续尚未补齐');
    expect((await steps('ws_approver', base)).find((s) => s.action === 'decide')?.reasons).toEqual([
      '先行救助手续尚未补齐（应于2025-10-24前补办说明及签字盖章），补齐后方可作出决定',
    ]);

    const completed = await ok('ws_clerk', 'POST', `${base}/advance/complete`, {
      on: '2025-10-22',
      explanation: '10月11日住房失火，当日先行救助1420元，现补齐登记及签字盖章手续',
      signedBy: ['经办人甲', '审批人乙'],
    });
    expect(completed).toMatchObject({ completedOn: '2025-10-22', dueOn: '2025-10-24', onTime: true });

    const decided = await ok('ws_approver', 'POST', `${base}/decision`, { on: '2025-10-22', decision: 'approve' });
    expect(decided).toMatchObject({ amountFen: 426_000, advanceFen: 142_000, balanceFen: 284_000 });
    const reasons = decided['reasons'] as { code: string; message: string }[];
    expect(reasons.find((r) => r.code === 'TEMP_ADVANCE_ASSISTANCE')?.message).toBe(
      '确认救助金额4260.00元，其中已于2025-10-11先行救助1420.00元，应补发2840.00元',
    );

    const audit = await w.db.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'assistance_application')
      .where('entity_id', '=', String(c.applicationId))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['ASSISTANCE_PAY_ADVANCE', 'ASSISTANCE_COMPLETE_ADVANCE', 'ASSISTANCE_DECIDE']),
    );
    const final = await ok('ws_clerk', 'GET', base);
    expect(
      (final['deadlines'] as { code: string; completedOn: string | null }[]).find((d) => d.code === 'TEMP_ADVANCE_COMPLETION'),
    ).toMatchObject({
      completedOn: '2025-10-22',
    });
  });

  it('is refused on other programmes', async () => {
    const c = await caseAt(w, 'submitted');
    const base = `/api/assistance/applications/${c.applicationId}`;
    expect((await steps('ws_clerk', base)).map((s) => s.action)).not.toContain('pay-advance');
    const r = await call('ws_clerk', 'POST', `${base}/advance`, advancePayload);
    expect(r).toMatchObject({ status: 409, body: { code: 'SOCIAL_ASSISTANCE_STEP_BLOCKED', message: '先行救助仅适用于急难型临时救助' } });
  });
});

describe('task queue division filter', () => {
  it('keeps the tasks of the chosen division subtree and refuses a division outside the scope', async () => {
    await caseAt(w, 'accepted');
    const kaihua = await w.divisionId('532601001');
    const wolong = await w.divisionId('532601002');
    const inKaihua = await ok('ws_reviewer', 'GET', `/api/assistance/tasks?divisionId=${kaihua}`);
    const kaihuaItems = inKaihua['items'] as { divisionName: string }[];
    expect(kaihuaItems.length).toBeGreaterThan(0);
    const inWolong = await ok('ws_reviewer', 'GET', `/api/assistance/tasks?divisionId=${wolong}`);
    expect(inWolong['items']).toEqual([]);
    expect((await call('ws_clerk2', 'GET', `/api/assistance/tasks?divisionId=${kaihua}`)).status).toBe(404);
  });
});
