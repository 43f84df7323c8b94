import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';

// The sign-off chain through HTTP: a lagging indicator needs a 偏离说明 before submitting; the county
// returns with a reason; the unit edits and resubmits; county and prefecture approve; approved data is
// locked (an edit is refused with INVALID_STATE); every step is audited.

let w: World;
let plan: number;
let wenshanCity: number;
const ind: Record<string, number> = {};

beforeAll(async () => {
  w = await createWorld();
  plan = (await w.db.db.selectFrom('monitoring_plan').select('id').where('seed_id', '=', '002').executeTakeFirstOrThrow()).id;
  for (const r of await w.db.db.selectFrom('monitoring_plan_indicator').select(['id', 'code']).where('plan_id', '=', plan).execute()) {
    ind[r.code] = r.id;
  }
  wenshanCity = await w.divisionId('532601');
});
afterAll(async () => w.close());

const put = (user: string, year: number, values: unknown[]) =>
  w.as(user, 'PUT', `/api/monitoring/plans/${plan}/values`, { divisionId: wenshanCity, year, values });
const submit = (user: string) => w.as(user, 'POST', `/api/monitoring/plans/${plan}/submissions`, { divisionId: wenshanCity, year: 2024 });
type Submission = {
  id: number;
  status: string;
  nextReviewLevel: string | null;
  returnReason: string | null;
  isLocked: boolean;
  isFinal: boolean;
  events: { action: string; toStatus: string; reason: string | null }[];
};

describe('sign-off chain', () => {
  let id = 0;

  it('asks for a 偏离说明 when an indicator lags, then accepts the submission', async () => {
    // 2023 then 2024: nursing-bed share 30 % → 32 %, far behind the linear path to ≥55 % (lagging, binding).
    expect((await put('ws_reviewer', 2023, [{ indicatorId: ind['WS08'], numerator: 300, denominator: 1000 }])).statusCode).toBe(200);
    expect(
      (
        await put('ws_reviewer', 2024, [
          { indicatorId: ind['WS08'], numerator: 320, denominator: 1000 },
          { indicatorId: ind['WS02'], numerator: 7, denominator: 10 },
        ])
      ).statusCode,
    ).toBe(200);
    const refused = await submit('ws_reviewer');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'MONITORING_DEVIATION_NOTE_REQUIRED',
      details: [{ path: 'indicators.WS08', code: 'DEVIATION_NOTE_REQUIRED' }],
    });

    const note = await w.as('ws_reviewer', 'PUT', `/api/monitoring/plans/${plan}/deviation-notes`, {
      divisionId: wenshanCity,
      year: 2024,
      indicatorId: ind['WS08'],
      text: '两所新建公办养老机构2024年底前未完成验收，护理型床位未计入；预计2025年6月投入使用。',
    });
    expect(note.statusCode).toBe(200);
    const accepted = await submit('ws_reviewer');
    expect(accepted.statusCode).toBe(200);
    const body = accepted.json() as Submission;
    expect(body).toMatchObject({ status: 'submitted', nextReviewLevel: 'county', isLocked: true });
    id = body.id;
  });

  it('locks submitted data, refuses self-review and the wrong level', async () => {
    expect((await put('ws_reviewer', 2024, [{ indicatorId: ind['WS02'], numerator: 8, denominator: 10 }])).json()).toMatchObject({
      code: 'INVALID_STATE',
    });
    expect((await w.as('ws_reviewer', 'POST', `/api/monitoring/submissions/${id}/approve`, {})).json()).toMatchObject({
      code: 'INVALID_STATE',
      message: '不能审核本人报送的数据',
    });
    const wrong = await w.as('ws_planner', 'POST', `/api/monitoring/submissions/${id}/approve`, {});
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ code: 'MONITORING_WRONG_REVIEW_LEVEL' });
    expect((await w.as('ys_approver', 'POST', `/api/monitoring/submissions/${id}/approve`, {})).statusCode).toBe(404);
  });

  it('returns with a reason; the unit edits and resubmits', async () => {
    const returned = await w.as('ws_approver', 'POST', `/api/monitoring/submissions/${id}/return`, {
      reason: '村级综合服务设施分母应为全部行政村，请核实',
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'returned',
      returnReason: '村级综合服务设施分母应为全部行政村，请核实',
      isLocked: false,
    });
    expect((await w.as('ws_approver', 'POST', `/api/monitoring/submissions/${id}/return`, { reason: '再次退回' })).json()).toMatchObject({
      code: 'INVALID_STATE',
    });
    expect((await put('ws_reviewer', 2024, [{ indicatorId: ind['WS02'], numerator: 7, denominator: 11 }])).statusCode).toBe(200);
    expect((await submit('ws_reviewer')).json()).toMatchObject({ status: 'submitted', nextReviewLevel: 'county' });
  });

  it('approves at county and prefecture; approved data cannot be edited', async () => {
    expect((await w.as('ws_approver', 'POST', `/api/monitoring/submissions/${id}/approve`, { comment: '已核实' })).json()).toMatchObject({
      status: 'county_approved',
      nextReviewLevel: 'prefecture',
    });
    expect((await w.as('ws_planner', 'POST', `/api/monitoring/submissions/${id}/approve`, {})).json()).toMatchObject({
      status: 'prefecture_approved',
      isFinal: true,
      nextReviewLevel: null,
    });
    const edit = await put('ws_reviewer', 2024, [{ indicatorId: ind['WS02'], numerator: 8, denominator: 11 }]);
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({ code: 'INVALID_STATE' });
    const noteEdit = await w.as('ws_reviewer', 'PUT', `/api/monitoring/plans/${plan}/deviation-notes`, {
      divisionId: wenshanCity,
      year: 2024,
      indicatorId: ind['WS08'],
      text: '改写说明改写说明',
    });
    expect(noteEdit.json()).toMatchObject({ code: 'INVALID_STATE' });
    expect((await w.as('ws_planner', 'POST', `/api/monitoring/submissions/${id}/approve`, {})).json()).toMatchObject({
      code: 'INVALID_STATE',
    });
    const stored = await w.db.db
      .selectFrom('monitoring_indicator_value')
      .select(['numerator', 'denominator'])
      .where('plan_indicator_id', '=', ind['WS02'] as number)
      .where('division_id', '=', wenshanCity)
      .where('year', '=', 2024)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ numerator: 7, denominator: 11 });
  });

  it('keeps the history and audits every step', async () => {
    const detail = (await w.as('ws_reviewer', 'GET', `/api/monitoring/submissions/${id}`)).json() as Submission;
    expect(detail.events.map((e) => [e.action, e.toStatus])).toEqual([
      ['submit', 'submitted'],
      ['return', 'returned'],
      ['submit', 'submitted'],
      ['approve', 'county_approved'],
      ['approve', 'prefecture_approved'],
    ]);
    expect(detail.events[1]?.reason).toBe('村级综合服务设施分母应为全部行政村，请核实');
    const actions = (
      await w.db.db.selectFrom('audit_log').select('action').where('entity', '=', 'monitoring_submission').orderBy('id').execute()
    ).map((a) => a.action);
    expect(actions).toEqual([
      'MONITORING_SUBMITTED',
      'MONITORING_RETURNED',
      'MONITORING_SUBMITTED',
      'MONITORING_APPROVED',
      'MONITORING_APPROVED',
    ]);
    const list = (await w.as('ws_planner', 'GET', `/api/monitoring/plans/${plan}/submissions?year=2024`)).json() as {
      items: { id: number; status: string }[];
    };
    expect(list.items).toEqual([expect.objectContaining({ id, status: 'prefecture_approved' })]);
    expect((await w.as('ys_reviewer', 'GET', `/api/monitoring/submissions/${id}`)).statusCode).toBe(404);
  });

  it('shows the report with the attached 偏离说明', async () => {
    const form = (await w.as('ws_reviewer', 'GET', `/api/monitoring/plans/${plan}/values?divisionId=${wenshanCity}&year=2024`)).json() as {
      locked: boolean;
      indicators: { code: string; deviationNote: string | null; entryAllowed: boolean }[];
    };
    expect(form.locked).toBe(true);
    expect(form.indicators.find((i) => i.code === 'WS08')?.deviationNote).toContain('护理型床位未计入');
    expect(form.indicators.every((i) => !i.entryAllowed)).toBe(true);
  });
});
