import {
  ZCascadeMatrix,
  ZCollectionForm,
  ZDeviationNoteResult,
  ZDrillDown,
  ZIndicatorDetail,
  ZMonitoringPlanList,
  ZPlanCutOffs,
  ZPlanOverview,
  ZPlanRegister,
  ZSaveResult,
  ZSubmission,
  ZSubmissionDetail,
  ZSubmissionList,
  ZVerdictMap,
} from '@mz/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createWorld, type World } from '../../../test/world';

// The shared response contracts against real responses: every monitoring route's body parses with
// its @mz/shared schema, and parsing keeps it whole (no field the contract does not name, none
// missing). With it: camelCase sign-off events, plan summaries with their indicator counts, and the
// prefecture form (values rolled up from the counties are read-only, the prefecture's own rows open).

let w: World;
let plan: number;
let wenshanCity: number;
let wenshan: number;
const ind: Record<string, number> = {};

beforeAll(async () => {
  w = await createWorld();
  plan = (await w.db.db.selectFrom('monitoring_plan').select('id').where('seed_id', '=', '002').executeTakeFirstOrThrow()).id;
  for (const r of await w.db.db.selectFrom('monitoring_plan_indicator').select(['id', 'code']).where('plan_id', '=', plan).execute()) {
    ind[r.code] = r.id;
  }
  wenshanCity = await w.divisionId('532601');
  wenshan = await w.divisionId('532600');
});
afterAll(async () => w.close());

/** Parses the body with the shared schema and checks nothing was dropped or added on the way. */
const exactly = <S extends z.ZodType>(schema: S, response: LightMyRequestResponse): z.infer<S> => {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  const body: unknown = response.json();
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`${response.body.slice(0, 200)}\n${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
  expect(parsed.data).toEqual(body);
  return parsed.data;
};

const api = `/api/monitoring`;

describe('monitoring API responses match the shared contracts', () => {
  let submissionId = 0;

  it('plan list, register and cross-plan matrix', async () => {
    const plans = exactly(ZMonitoringPlanList, await w.as('ws_planner', 'GET', `${api}/plans`));
    expect(plans.find((p) => p.id === plan)?.indicatorCount).toBeGreaterThan(10);
    const register = exactly(ZPlanRegister, await w.as('ws_planner', 'GET', `${api}/plans/${plan}`));
    expect(register.indicators.length).toBe(register.indicatorCount);
    expect(register.indicators.find((i) => i.code === 'WS08')?.reportingFrequency).toBe('quarterly');
    exactly(ZCascadeMatrix, await w.as('ws_planner', 'GET', `${api}/cascade`));
  });

  it('data entry, 偏离说明 and the sign-off chain, with camelCase events', async () => {
    const put = (year: number, values: unknown[]) =>
      w.as('ws_reviewer', 'PUT', `${api}/plans/${plan}/values`, { divisionId: wenshanCity, year, values });
    exactly(ZSaveResult, await put(2023, [{ indicatorId: ind['WS08'], numerator: 300, denominator: 1000 }]));
    exactly(ZSaveResult, await put(2024, [{ indicatorId: ind['WS08'], numerator: 320, denominator: 1000 }]));
    exactly(
      ZDeviationNoteResult,
      await w.as('ws_reviewer', 'PUT', `${api}/plans/${plan}/deviation-notes`, {
        divisionId: wenshanCity,
        year: 2024,
        indicatorId: ind['WS08'],
        text: '两所新建公办养老机构未完成验收，护理型床位未计入。',
      }),
    );
    const submitted = exactly(
      ZSubmission,
      await w.as('ws_reviewer', 'POST', `${api}/plans/${plan}/submissions`, { divisionId: wenshanCity, year: 2024 }),
    );
    submissionId = submitted.id;
    exactly(ZSubmission, await w.as('ws_approver', 'POST', `${api}/submissions/${submissionId}/return`, { reason: '请核实分母口径' }));
    exactly(ZSubmission, await w.as('ws_reviewer', 'POST', `${api}/plans/${plan}/submissions`, { divisionId: wenshanCity, year: 2024 }));
    exactly(ZSubmission, await w.as('ws_approver', 'POST', `${api}/submissions/${submissionId}/approve`, { comment: '已核实' }));

    const detail = exactly(ZSubmissionDetail, await w.as('ws_reviewer', 'GET', `${api}/submissions/${submissionId}`));
    expect(detail.events.map((e) => [e.action, e.fromStatus, e.toStatus, e.reviewLevel])).toEqual([
      ['submit', 'draft', 'submitted', null],
      ['return', 'submitted', 'returned', 'county'],
      ['submit', 'returned', 'submitted', null],
      ['approve', 'submitted', 'county_approved', 'county'],
    ]);
    expect(detail.events[1]).toMatchObject({ reason: '请核实分母口径', actorName: expect.any(String) });
    const raw = (await w.as('ws_reviewer', 'GET', `${api}/submissions/${submissionId}`)).body;
    expect(raw).not.toMatch(/from_status|to_status|review_level|actor_name/);

    const list = exactly(ZSubmissionList, await w.as('ws_planner', 'GET', `${api}/plans/${plan}/submissions?year=2024`));
    expect(list.items.map((s) => s.id)).toEqual([submissionId]);
  });

  it('overview, drill-down and indicator detail carry the plan with its indicator count', async () => {
    const overview = exactly(ZPlanOverview, await w.as('ws_planner', 'GET', `${api}/plans/${plan}/overview?year=2024`));
    const drill = exactly(ZDrillDown, await w.as('ws_planner', 'GET', `${api}/plans/${plan}/divisions/${wenshan}/children?year=2024`));
    expect(drill.plan.indicatorCount).toBe(overview.plan.indicatorCount);
    expect(drill.plan.indicatorCount).toBe(drill.indicators.length);
    expect(drill.plan.bindingCount).toBe(drill.indicators.filter((i) => i.attribute === 'binding').length);
    expect(drill.children.find((c) => c.division.id === wenshanCity)?.cells.find((c) => c.indicatorId === ind['WS08'])?.value).toBeCloseTo(
      32,
      10,
    );
    const detail = exactly(
      ZIndicatorDetail,
      await w.as('ws_planner', 'GET', `${api}/indicators/${ind['WS08']}?divisionId=${wenshan}&year=2024`),
    );
    expect(detail.scheduleMethod).toContain('≥110%为超额完成');
  });

  it('the map: no boundaries below a province, features coloured by verdict above', async () => {
    const none = exactly(ZVerdictMap, await w.as('ws_planner', 'GET', `${api}/map/${wenshan}?planId=${plan}`));
    expect(none.available).toBe(false);
    const national = await w.db.db
      .selectFrom('monitoring_plan')
      .select(['id', 'division_id'])
      .where('seed_id', '=', '001')
      .executeTakeFirstOrThrow();
    const map = exactly(ZVerdictMap, await w.as('mca_planner', 'GET', `${api}/map/${national.division_id}?planId=${national.id}`));
    expect(map.available && map.geojson.features.length).toBeGreaterThan(30);
  });

  it('the prefecture form: rows rolled up from the counties are read-only, its own rows open', async () => {
    const form = exactly(ZCollectionForm, await w.as('ws_planner', 'GET', `${api}/plans/${plan}/values?divisionId=${wenshan}&year=2023`));
    expect(form.plan.indicatorCount).toBe(form.indicators.length);
    const rolled = form.indicators.find((i) => i.code === 'WS08');
    expect(rolled).toMatchObject({ entryAllowed: false, readOnlyKind: 'rolled_up', rolledUp: { units: 1 } });
    expect(rolled?.rolledUp?.value).toBeCloseTo(30, 10);
    expect(rolled?.blockedReason).toContain('文山市');
    // Rows computed from business records stay read-only for their own reason.
    const computed = form.indicators.filter((i) => i.isComputed);
    expect(computed.every((i) => i.readOnlyKind === 'computed' && !i.entryAllowed)).toBe(true);
    const own = form.indicators.filter((i) => i.code !== 'WS08' && !i.isComputed);
    expect(own.length).toBeGreaterThan(5);
    expect(own.filter((i) => !i.entryAllowed || i.readOnlyKind !== null || i.blockedReason !== null)).toEqual([]);

    // The prefecture enters one of its own rows; typing over the counties' roll-up is refused.
    exactly(
      ZSaveResult,
      await w.as('ws_planner', 'PUT', `${api}/plans/${plan}/values`, {
        divisionId: wenshan,
        year: 2023,
        values: [{ indicatorId: ind['WS02'], numerator: 70, denominator: 100 }],
      }),
    );
    const refused = await w.as('ws_planner', 'PUT', `${api}/plans/${plan}/values`, {
      divisionId: wenshan,
      year: 2023,
      values: [{ indicatorId: ind['WS08'], numerator: 1, denominator: 2 }],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'MONITORING_LEVEL_CONFLICT' });

    // Seen from the county, the prefecture's own row is reported above.
    const county = exactly(
      ZCollectionForm,
      await w.as('ws_reviewer', 'GET', `${api}/plans/${plan}/values?divisionId=${wenshanCity}&year=2023`),
    );
    expect(county.indicators.find((i) => i.code === 'WS02')).toMatchObject({ entryAllowed: false, readOnlyKind: 'reported_above' });
  });

  it('the cut-offs of a plan', async () => {
    const cutOffs = exactly(ZPlanCutOffs, await w.as('ws_reviewer', 'GET', `${api}/plans/${plan}/cut-offs`));
    expect(cutOffs).toMatchObject({ isDefault: true, cutOffs: { aheadFrom: 1.1, onTrackFrom: 0.9, laggingFrom: 0.6 } });
  });
});
