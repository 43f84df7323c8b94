import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { authorise, caseAt, createHousehold, ensureParameters, member } from '../social-assistance.test-support';

// A full 低保 case through every statutory step, dated around 国庆 2025 (10-01…10-08 off; Sunday 09-28
// and Saturday 10-11 are working days), with 核对 against imported department data, an objection during
// 公示, the county decision, the notice, and the audit trail.

let w: World;
beforeAll(async () => {
  w = await createWorld();
  await ensureParameters(w);
});
afterAll(async () => w.close());

const call = async (user: string, method: string, url: string, payload?: unknown) => {
  const response = await w.as(user, method, url, payload);
  return {
    status: response.statusCode,
    body: response.json() as Record<string, unknown> & { id: number; code?: string; message?: string },
  };
};
const ok = async (user: string, method: string, url: string, payload?: unknown) => {
  const r = await call(user, method, url, payload);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};
const toBase64Csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\n'), 'utf8').toString('base64');

describe('a 低保 application through every step', () => {
  it('runs 申请 → 受理 → 调查/核对 → 初审 → 公示 → 县级审核确认 → 通知, with deadlines over the holiday', async () => {
    const h = await createHousehold(w);
    const [head, spouse] = h.members as unknown as [{ id: number }, { id: number }];
    await ok('ws_clerk', 'POST', `/api/assistance/households/${h.id}/income-items`, {
      items: ['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08'].map((month) => ({
        memberId: head.id,
        kind: 'wage',
        month,
        amountFen: 256_000,
        withheldFen: 26_000,
      })),
    });

    // 申请 with a one-time list of missing items; authorisation not yet signed.
    const created = await ok('ws_clerk', 'POST', '/api/assistance/applications', {
      householdId: h.id,
      programme: 'dibao',
      channel: 'counter',
      appliedOn: '2025-09-24',
      applicantMemberId: head.id,
      commitmentSigned: true,
      authorisationSigned: false,
      missingItems: ['户口簿复印件'],
    });
    expect(created['oneTimeNotice']).toEqual(['户口簿复印件']);
    const base = `/api/assistance/applications/${created.id}`;
    const blocked = await call('ws_clerk', 'POST', `${base}/accept`, { on: '2025-09-25' });
    expect(blocked).toMatchObject({ status: 409, body: { code: 'SOCIAL_ASSISTANCE_STEP_BLOCKED' } });
    expect(blocked.body.message).toContain('户口簿复印件');
    await ok('ws_clerk', 'POST', `${base}/supplement`, { on: '2025-09-25', receivedItems: ['户口簿复印件'], authorisationSigned: true });

    // 受理 on Friday 09-26: investigation within 3 working days → Tuesday 09-30 (Sunday 09-28 is a working day).
    const accepted = await ok('ws_clerk', 'POST', `${base}/accept`, { on: '2025-09-26' });
    expect((accepted['deadlines'] as { code: string; dueOn: string }[]).map((d) => [d.code, d.dueOn])).toEqual([
      ['DIBAO_INVESTIGATION_START', '2025-09-30'],
      ['DIBAO_OVERALL', '2025-11-13'],
    ]);

    // 核对: the county imports department data; the township requests; only the county answers.
    const deptFile = toBase64Csv([
      ['部门', '公民身份号码', '姓名', '数据类别', '金额（元）', '说明', '数据日期'],
      ['人社', h.citizenIds[0] as string, '张三', '就业登记', '', '某物流公司', '2025-09-01'],
      ['银行', h.citizenIds[1] as string, '李四', '存款', '5000', '活期存款', '2025-09-15'],
    ]);
    expect(
      (await call('ws_clerk', 'POST', '/api/assistance/department-records/import', { fileName: 'dept.csv', contentBase64: deptFile }))
        .status,
    ).toBe(403);
    await ok('ws_reviewer', 'POST', '/api/assistance/department-records/import', { fileName: 'dept.csv', contentBase64: deptFile });
    // 核对 needs the signed authorisation of every member living together (rules doc §6.1).
    const refused = await call('ws_clerk', 'POST', `${base}/verifications`, { on: '2025-09-26', departments: ['human-resources', 'bank'] });
    expect(refused).toMatchObject({ status: 409, body: { code: 'SOCIAL_ASSISTANCE_NO_AUTHORISATION' } });
    expect(refused.body.message).toContain('张三、李四、张小');
    await authorise(w, created.id, h.members.slice(0, 2));
    const partial = await call('ws_clerk', 'POST', `${base}/verifications`, { on: '2025-09-26', departments: ['bank'] });
    expect(partial.body.message).toBe('以下人员尚未提交有效的家庭经济状况核对授权书（签字扫描件）：张小');
    await authorise(w, created.id, h.members.slice(2));
    const requested = await ok('ws_clerk', 'POST', `${base}/verifications`, { on: '2025-09-26', departments: ['human-resources', 'bank'] });
    expect(requested['dueOn']).toBe('2025-09-30');

    await ok('ws_clerk', 'POST', `${base}/investigation`, {
      on: '2025-09-29',
      investigators: ['王调查', '赵调查'],
      homeVisit: { visitedOn: '2025-09-29', membersPresent: ['张三', '李四'], findings: '住房为租住，家中无贵重物品' },
    });
    expect(await call('ws_clerk', 'POST', `${base}/preliminary-review`, { on: '2025-09-30', opinion: 'recommend-approve' })).toMatchObject({
      status: 409,
      body: { code: 'SOCIAL_ASSISTANCE_STEP_BLOCKED' },
    });

    const requests = (requested['requests'] as { id: number; department: string }[]).sort((a, b) =>
      a.department.localeCompare(b.department),
    );
    expect((await call('ws_clerk', 'POST', `/api/assistance/verifications/${requests[0]?.id}/respond`, { on: '2025-09-29' })).status).toBe(
      403,
    );
    const bank = await ok('ws_reviewer', 'POST', `/api/assistance/verifications/${requests[0]?.id}/respond`, { on: '2025-09-29' });
    expect(bank).toMatchObject({ result: 'hit', differences: [{ memberId: spouse.id, kind: 'deposit' }] });
    const hr = await ok('ws_reviewer', 'POST', `/api/assistance/verifications/${requests[1]?.id}/respond`, { on: '2025-09-29' });
    expect(hr).toMatchObject({ result: 'hit', differences: [] });

    // 乡镇初审 runs the pure rules (E1: deduction 690, I = 1,610, pc 536.67 < 710 → 520 yuan).
    const review = await ok('ws_clerk', 'POST', `${base}/preliminary-review`, { on: '2025-09-30', opinion: 'recommend-approve' });
    const assessment = review['assessment'] as { eligible: boolean; amountFen: number; reasons: { code: string }[] };
    expect(assessment).toMatchObject({ eligible: true, amountFen: 52_000 });
    expect(assessment.reasons.map((r) => r.code)).toContain('DIBAO_INCOME_BELOW_STANDARD');

    // 公示 7 calendar days from 09-30, holidays not skipped: ends 10-06, next step from 10-07.
    const publicity = await ok('ws_clerk', 'POST', `${base}/publicity`, { startsOn: '2025-09-30', location: '振华社区公示栏' });
    expect(publicity).toMatchObject({ lastDay: '2025-10-06', nextStepFrom: '2025-10-07' });
    const list = await ok('ws_village', 'GET', '/api/assistance/publicities?asOf=2025-10-03');
    expect(
      (list['items'] as { application_id: number; amount_fen: number; member_count: number }[]).find(
        (i) => i.application_id === created.id,
      ),
    ).toMatchObject({ amount_fen: 52_000, member_count: 3 });
    const objection = await ok('ws_village', 'POST', `${base}/objections`, {
      receivedOn: '2025-10-02',
      objector: '匿名',
      content: '反映户主有额外收入',
    });
    expect(await call('ws_clerk', 'POST', `${base}/submit-to-county`, { on: '2025-10-09' })).toMatchObject({ status: 409 });
    await ok('ws_clerk', 'POST', `${base}/objections/${objection['objectionId']}/handle`, {
      on: '2025-10-08',
      outcome: 'dismissed',
      handling: '经核查，户主无其他收入',
      democraticReview: { heldOn: '2025-10-08', participants: 9, result: '一致认为情况属实' },
    });
    expect(await call('ws_clerk', 'POST', `${base}/submit-to-county`, { on: '2025-10-06' })).toMatchObject({ status: 409 });
    await ok('ws_clerk', 'POST', `${base}/submit-to-county`, { on: '2025-10-09' });

    // County review within 10 working days of 10-09: Saturday 10-11 counts → due 10-22.
    const detail = await ok('ws_reviewer', 'GET', base);
    const countyClock = (detail['deadlines'] as { code: string; dueOn: string }[]).find((d) => d.code === 'DIBAO_COUNTY_REVIEW');
    expect(countyClock?.dueOn).toBe('2025-10-22');
    const dueSoon = await ok('ws_reviewer', 'GET', '/api/assistance/tasks?level=county&status=due-soon&asOf=2025-10-21');
    expect(
      (dueSoon['items'] as { applicationId: number; deadline: { code: string } }[]).some(
        (t) => t.applicationId === created.id && t.deadline.code === 'DIBAO_COUNTY_REVIEW',
      ),
    ).toBe(true);
    const overdue = await ok('ws_reviewer', 'GET', '/api/assistance/tasks?level=county&status=overdue&asOf=2025-10-23');
    expect(
      (overdue['items'] as { applicationId: number; status: string; overdueWorkingDays: number }[]).find(
        (t) => t.applicationId === created.id,
      ),
    ).toMatchObject({ status: 'overdue', overdueWorkingDays: 1 });
    const townshipTasks = await ok('ws_clerk', 'GET', '/api/assistance/tasks?level=county&status=open');
    expect((townshipTasks['items'] as { applicationId: number }[]).some((t) => t.applicationId === created.id)).toBe(true);
    expect(
      ((await ok('ws_clerk2', 'GET', '/api/assistance/tasks?status=open'))['items'] as { applicationId: number }[]).some(
        (t) => t.applicationId === created.id,
      ),
    ).toBe(false);

    // Decision: approve from the next month; notice within 3 working days.
    expect((await call('ws_clerk', 'POST', `${base}/decision`, { on: '2025-10-20', decision: 'approve' })).status).toBe(403);
    const decided = await ok('ws_approver', 'POST', `${base}/decision`, { on: '2025-10-20', decision: 'approve' });
    expect(decided).toMatchObject({ decision: 'approve', amountFen: 52_000, paymentStartMonth: '2025-11' });
    const recipient = await w.db.db
      .selectFrom('assistance_recipient')
      .selectAll()
      .where('application_id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(recipient).toMatchObject({ programme: 'dibao', member_count: 3, counted_income_fen: 161_000, start_month: '2025-11-01' });
    expect(
      await w.db.db
        .selectFrom('assistance_amount_period')
        .select(['from_month', 'to_month', 'standard_fen', 'monthly_amount_fen'])
        .where('recipient_id', '=', recipient.id)
        .execute(),
    ).toEqual([{ from_month: '2025-11-01', to_month: null, standard_fen: 71_000, monthly_amount_fen: 52_000 }]);
    await ok('ws_clerk', 'POST', `${base}/notice`, { on: '2025-10-22', method: 'in-person' });

    // Case file: documents kept with their hash.
    const pdf = Buffer.from('%PDF-1.4\n% 入户调查记录\n');
    const doc = await ok('ws_clerk', 'POST', `${base}/documents`, {
      kind: 'home-visit',
      fileName: '入户调查记录.pdf',
      mimeType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
    });
    const download = await w.as('ws_reviewer', 'GET', `${base}/documents/${doc.id}`);
    expect(download.statusCode).toBe(200);
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(
      (
        await call('ws_clerk', 'POST', `${base}/documents`, {
          kind: 'other',
          fileName: 'x.pdf',
          mimeType: 'application/pdf',
          contentBase64: Buffer.from('not a pdf').toString('base64'),
        })
      ).status,
    ).toBe(400);

    const final = await ok('ws_clerk', 'GET', base);
    expect(final).toMatchObject({ status: 'approved', currentStep: 'closed', noticeServedOn: '2025-10-22' });
    expect((final['deadlines'] as { completedOn: string | null }[]).every((d) => d.completedOn !== null)).toBe(true);
    expect((final['events'] as { action: string }[]).map((e) => e.action)).toEqual([
      'apply',
      'supplement',
      'accept',
      'record-authorisation',
      'record-authorisation',
      'record-authorisation',
      'request-verification',
      'investigate',
      'verification-response',
      'verification-response',
      'preliminary-review',
      'start-publicity',
      'record-objection',
      'handle-objection',
      'submit-to-county',
      'decide',
      'serve-notice',
    ]);
    const audit = await w.db.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'assistance_application')
      .where('entity_id', '=', String(created.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'ASSISTANCE_APPLICATION_CREATED',
      'ASSISTANCE_SUPPLEMENT',
      'ASSISTANCE_ACCEPT',
      'ASSISTANCE_REQUEST_VERIFICATION',
      'ASSISTANCE_INVESTIGATE',
      'ASSISTANCE_PRELIMINARY_REVIEW',
      'ASSISTANCE_START_PUBLICITY',
      'ASSISTANCE_RECORD_OBJECTION',
      'ASSISTANCE_HANDLE_OBJECTION',
      'ASSISTANCE_SUBMIT_TO_COUNTY',
      'ASSISTANCE_DECIDE',
      'ASSISTANCE_SERVE_NOTICE',
    ]);
    expect((await w.db.db.selectFrom('audit_log').select('id').where('action', '=', 'VERIFICATION_RESPONDED').execute()).length).toBe(2);
    expect((await w.db.db.selectFrom('audit_log').select('id').where('action', '=', 'CASE_DOCUMENT_UPLOADED').execute()).length).toBe(1);
  });
});

describe('duplicates, refusals and scope', () => {
  it('a second live application for the same persons is blocked', async () => {
    const { household, head } = await caseAt(w, 'accepted');
    const again = await call('ws_clerk', 'POST', '/api/assistance/applications', {
      householdId: household.id,
      programme: 'dibao',
      channel: 'online',
      appliedOn: '2025-10-01',
      applicantMemberId: head.id,
      commitmentSigned: true,
      authorisationSigned: true,
    });
    expect(again).toMatchObject({ status: 409, body: { code: 'SOCIAL_ASSISTANCE_DUPLICATE_PERSON' } });
  });

  it('another township gets 404 on the case (read and write) and nothing changes', async () => {
    const { applicationId } = await caseAt(w, 'submitted');
    const before = await w.db.db.selectFrom('assistance_application').selectAll().where('id', '=', applicationId).executeTakeFirstOrThrow();
    expect((await call('ws_clerk2', 'GET', `/api/assistance/applications/${applicationId}`)).status).toBe(404);
    expect(await call('ws_clerk2', 'POST', `/api/assistance/applications/${applicationId}/accept`, { on: '2025-09-26' })).toMatchObject({
      status: 404,
      body: { code: 'NOT_FOUND' },
    });
    expect(
      await w.db.db.selectFrom('assistance_application').selectAll().where('id', '=', applicationId).executeTakeFirstOrThrow(),
    ).toEqual(before);
    expect((await call('ys_reviewer', 'GET', `/api/assistance/applications/${applicationId}`)).status).toBe(404);
  });

  it('an ineligible household cannot be recommended; it is refused with reasons and a 3-working-day notice', async () => {
    const h = await createHousehold(w, { members: [member('钱多', 'self', '19700101', { employment: 'employed' })] });
    const head = h.members[0] as { id: number };
    await ok('ws_clerk', 'POST', `/api/assistance/households/${h.id}/income-items`, {
      items: ['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08'].map((month) => ({
        memberId: head.id,
        kind: 'pension',
        month,
        amountFen: 300_000,
      })),
    });
    const app = await ok('ws_clerk', 'POST', '/api/assistance/applications', {
      householdId: h.id,
      programme: 'dibao',
      channel: 'counter',
      appliedOn: '2025-09-24',
      applicantMemberId: head.id,
      commitmentSigned: true,
      authorisationSigned: true,
    });
    const base = `/api/assistance/applications/${app.id}`;
    await ok('ws_clerk', 'POST', `${base}/accept`, { on: '2025-09-26' });
    await ok('ws_clerk', 'POST', `${base}/investigation`, {
      on: '2025-09-29',
      investigators: ['甲', '乙'],
      homeVisit: { visitedOn: '2025-09-29', membersPresent: ['钱多'], findings: '退休金收入稳定' },
    });
    const refused = await call('ws_clerk', 'POST', `${base}/preliminary-review`, { on: '2025-09-30', opinion: 'recommend-approve' });
    expect(refused).toMatchObject({ status: 409, body: { code: 'SOCIAL_ASSISTANCE_STEP_BLOCKED' } });
    await ok('ws_clerk', 'POST', `${base}/preliminary-review`, {
      on: '2025-09-30',
      opinion: 'recommend-refuse',
      note: '月收入3000元，高于低保标准',
    });
    await ok('ws_clerk', 'POST', `${base}/publicity`, { startsOn: '2025-09-30', location: '社区公示栏' });
    await ok('ws_clerk', 'POST', `${base}/submit-to-county`, { on: '2025-10-09' });
    expect(await call('ws_approver', 'POST', `${base}/decision`, { on: '2025-10-10', decision: 'approve' })).toMatchObject({ status: 409 });
    await ok('ws_approver', 'POST', `${base}/decision`, {
      on: '2025-10-10',
      decision: 'refuse',
      reasonText: '家庭月人均收入3000元，不低于当地低保标准710元',
    });
    const detail = await ok('ws_clerk', 'GET', base);
    expect(detail).toMatchObject({
      status: 'refused',
      noticeDueOn: '2025-10-14',
      refusalReason: '家庭月人均收入3000元，不低于当地低保标准710元',
    });
    expect((detail['reasons'] as { code: string }[]).map((r) => r.code)).toContain('DIBAO_INCOME_NOT_BELOW_STANDARD');
    expect(await w.db.db.selectFrom('assistance_recipient').select('id').where('application_id', '=', app.id).execute()).toEqual([]);
  });
});
