import ExcelJS from 'exceljs';
import { ZCollectionForm, ZIndicatorDetail, ZPlanCutOffs, ZPlanOverview } from '@mz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';

// Quarterly verdicts of 季报 indicators (stored per quarter, rolled up, shown as the latest quarter)
// and the plan's 时序进度 cut-offs (stored, audited, recomputing every verdict, printed in reports).

let w: World;
let plan: number;
let wenshanCity: number;
let wenshan: number;
let ws08 = 0;
let target = 0;

beforeAll(async () => {
  w = await createWorld();
  plan = (await w.db.db.selectFrom('monitoring_plan').select('id').where('seed_id', '=', '002').executeTakeFirstOrThrow()).id;
  const row = await w.db.db
    .selectFrom('monitoring_plan_indicator')
    .select(['id', 'target_value', 'target_year'])
    .where('plan_id', '=', plan)
    .where('code', '=', 'WS08')
    .executeTakeFirstOrThrow();
  ws08 = row.id;
  target = Number(row.target_value);
  expect(row.target_year).toBe(2025);
  wenshanCity = await w.divisionId('532601');
  wenshan = await w.divisionId('532600');
});
afterAll(async () => w.close());

const put = (year: number, quarter: number, numerator: number) =>
  w.as('ws_reviewer', 'PUT', `/api/monitoring/plans/${plan}/values`, {
    divisionId: wenshanCity,
    year,
    quarter,
    values: [{ indicatorId: ws08, numerator, denominator: 10000 }],
  });

const stored = (divisionId: number, year: number, quarter: number) =>
  w.db.db
    .selectFrom('monitoring_verdict')
    .select(['schedule_verdict', 'expected_value', 'value', 'is_lagging', 'target_verdict'])
    .where('plan_indicator_id', '=', ws08)
    .where('division_id', '=', divisionId)
    .where('year', '=', year)
    .where('quarter', '=', quarter)
    .executeTakeFirst();

describe('quarterly verdicts', () => {
  it('a 季报 indicator gets a verdict at each quarter end, in the unit and rolled up to the prefecture', async () => {
    // 文山市: 30 % in the baseline year 2020 (observed baseline below the plan's own division).
    expect((await put(2020, 0, 3000)).statusCode).toBe(200);
    expect((await put(2024, 1, 4100)).statusCode).toBe(200);
    expect((await put(2024, 2, 4300)).statusCode).toBe(200);

    const q2 = await stored(wenshanCity, 2024, 2);
    // 2024 Q2 ends 3.5 of the 5 years after 2020: 70 % of the way from 30 to the target.
    expect(Number(q2?.expected_value)).toBeCloseTo(30 + (target - 30) * 0.7, 8);
    expect(Number(q2?.value)).toBeCloseTo(43, 10);
    expect(q2?.target_verdict).toBe('pending');
    const q1 = await stored(wenshanCity, 2024, 1);
    expect(Number(q1?.expected_value)).toBeCloseTo(30 + (target - 30) * 0.65, 8);
    // The prefecture's quarterly verdicts come from the rolled-up quarter sums (against its printed baseline).
    expect(Number((await stored(wenshan, 2024, 2))?.value)).toBeCloseTo(43, 10);
    // No annual figure for 2024 yet: no annual verdict.
    expect(await stored(wenshanCity, 2024, 0)).toBeUndefined();
  });

  it('the overview and the indicator detail show the latest quarter', async () => {
    const overview = ZPlanOverview.parse(
      (await w.as('ws_reviewer', 'GET', `/api/monitoring/plans/${plan}/overview?divisionId=${wenshanCity}`)).json(),
    );
    const item = overview.indicators.find((i) => i.id === ws08);
    expect(item).toMatchObject({ reportingFrequency: 'quarterly', latestQuarter: { year: 2024, quarter: 2, value: 43 } });
    const detail = ZIndicatorDetail.parse(
      (await w.as('ws_reviewer', 'GET', `/api/monitoring/indicators/${ws08}?divisionId=${wenshanCity}`)).json(),
    );
    expect(detail.indicator.latestQuarter).toMatchObject({ year: 2024, quarter: 2 });
    expect(detail.quarters.map((q) => [q.year, q.quarter, q.value, q.verdict?.quarter])).toEqual([
      [2024, 1, 41, 1],
      [2024, 2, 43, 2],
    ]);
    // Stocks at a period end (ratios, 保障标准) are 季报; counts are annual.
    const kinds = await w.db.db
      .selectFrom('monitoring_plan_indicator')
      .select(['value_kind', 'reporting_frequency'])
      .distinct()
      .orderBy('value_kind')
      .execute();
    expect(kinds.map((k) => `${k.value_kind}:${k.reporting_frequency}`)).toEqual(['count:annual', 'level:quarterly', 'ratio:quarterly']);
  });
});

describe('quarterly entry', () => {
  it('the form of a quarter lists the 季报 indicators with their quarter verdicts', async () => {
    const form = ZCollectionForm.parse(
      (await w.as('ws_reviewer', 'GET', `/api/monitoring/plans/${plan}/values?divisionId=${wenshanCity}&year=2024&quarter=2`)).json(),
    );
    expect(form.quarter).toBe(2);
    expect(form.indicators.every((i) => i.reportingFrequency === 'quarterly')).toBe(true);
    expect(form.indicators.find((i) => i.id === ws08)).toMatchObject({ own: { numerator: 4300 }, verdict: { year: 2024, quarter: 2 } });
  });

  it('refuses quarterly values of an annual indicator (all or nothing)', async () => {
    const national = await w.db.db.selectFrom('monitoring_plan').select('id').where('seed_id', '=', '001').executeTakeFirstOrThrow();
    const count = await w.db.db
      .selectFrom('monitoring_plan_indicator')
      .select(['id', 'reporting_frequency'])
      .where('plan_id', '=', national.id)
      .where('value_kind', '=', 'count')
      .executeTakeFirstOrThrow();
    expect(count.reporting_frequency).toBe('annual');
    const refused = await w.as('ws_planner', 'PUT', `/api/monitoring/plans/${national.id}/values`, {
      divisionId: wenshanCity,
      year: 2024,
      quarter: 1,
      values: [{ indicatorId: count.id, value: 12 }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ code: 'NOT_QUARTERLY' }] });
  });
});

describe('cut-offs of a plan', () => {
  // 2023 at 文山市: 60 % of the time elapsed; covering 57 % of the distance is 95 % of the schedule.
  const value2023 = () => 30 + (target - 30) * 0.6 * 0.95;

  it('changes verdicts when a planner of the plan tightens them, and is audited', async () => {
    expect((await put(2023, 0, Math.round(value2023() * 100))).statusCode).toBe(200);
    expect((await stored(wenshanCity, 2023, 0))?.schedule_verdict).toBe('on_track');

    const body = { cutOffs: { aheadFrom: 1.2, onTrackFrom: 0.96, laggingFrom: 0.7 }, reason: '州级考核要求完成进度不低于时间进度的96%' };
    const response = await w.as('ws_planner', 'PUT', `/api/monitoring/plans/${plan}/cut-offs`, body);
    expect(response.statusCode).toBe(200);
    const saved = ZPlanCutOffs.parse(response.json());
    expect(saved).toMatchObject({ isDefault: false, cutOffs: body.cutOffs, updatedBy: expect.any(String) });
    expect(saved.recomputed).toBeGreaterThan(0);
    expect(saved.method).toContain('≥120%为超额完成，96%—120%为进度正常，70%—96%为滞后，低于70%为严重滞后');

    expect(await stored(wenshanCity, 2023, 0)).toMatchObject({ schedule_verdict: 'lagging', is_lagging: true });
    const audit = await w.db.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('action', '=', 'MONITORING_CUT_OFFS_CHANGED')
      .executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ isDefault: true, cutOffs: { onTrackFrom: 0.9 } });
    expect(audit.after).toMatchObject({ cutOffs: body.cutOffs, reason: body.reason });

    const read = ZPlanCutOffs.parse((await w.as('ws_reviewer', 'GET', `/api/monitoring/plans/${plan}/cut-offs`)).json());
    expect(read.cutOffs).toEqual(body.cutOffs);
    const detail = ZIndicatorDetail.parse(
      (await w.as('ws_reviewer', 'GET', `/api/monitoring/indicators/${ws08}?divisionId=${wenshanCity}&year=2023`)).json(),
    );
    expect(detail.scheduleMethod).toContain('96%—120%为进度正常');
  });

  it('prints the method with the cut-offs in the report', async () => {
    const response = await w.as('ws_planner', 'GET', `/api/monitoring/plans/${plan}/report.xlsx?divisionId=${wenshan}&year=2023`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const texts: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts.find((t) => t.startsWith('判定方法：'))).toContain('96%—120%为进度正常');
  });

  it('refuses bad cut-offs, other levels and roles', async () => {
    const bad = await w.as('ws_planner', 'PUT', `/api/monitoring/plans/${plan}/cut-offs`, {
      cutOffs: { aheadFrom: 0.9, onTrackFrom: 1.1, laggingFrom: 0.6 },
      reason: '顺序错误',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    // A county planner sees the prefecture's plan but cannot set its cut-offs; a reviewer may not manage.
    const county = await w.as('ys_planner', 'PUT', `/api/monitoring/plans/${plan}/cut-offs`, {
      cutOffs: { aheadFrom: 1.5, onTrackFrom: 0.5, laggingFrom: 0.1 },
      reason: '放宽标准',
    });
    expect(county.statusCode).toBe(403);
    expect(county.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await w.as('ws_reviewer', 'PUT', `/api/monitoring/plans/${plan}/cut-offs`, { cutOffs: {}, reason: 'x' })).statusCode).toBe(403);
    expect((await stored(wenshanCity, 2023, 0))?.schedule_verdict).toBe('lagging');
  });

  it('back to the defaults, the verdict is 进度正常 again', async () => {
    const response = await w.as('ws_planner', 'PUT', `/api/monitoring/plans/${plan}/cut-offs`, {
      cutOffs: { aheadFrom: 1.1, onTrackFrom: 0.9, laggingFrom: 0.6 },
      reason: '恢复默认分界值',
    });
    expect(response.statusCode).toBe(200);
    expect((await stored(wenshanCity, 2023, 0))?.schedule_verdict).toBe('on_track');
  });
});
