import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { caseAt, parameterValues } from '../../social-assistance/social-assistance.test-support';
import { loadDemoValues } from '../demo/demo.service';
import { rolledUpSums } from '../verdicts/verdicts.repository';
import { refreshComputedIndicators } from './compute.service';

// Computed indicators end to end: 低保 households approved through the social-assistance services →
// POST …/compute → the plan value stored with source 'computed' (demo rows of the indicator cleared),
// rolled up county → prefecture as a recipient-weighted level, a verdict stored, the computed flag in
// the form and the series, hand entry refused. Then roll-ups of past years over the tree of that year.

let w: World;
let plan: number;
const ind: Record<string, number> = {};
const div: Record<string, number> = {};

const planId = async (seedId: string) =>
  (await w.db.db.selectFrom('monitoring_plan').select('id').where('seed_id', '=', seedId).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  w = await createWorld();
  plan = await planId('002');
  for (const r of await w.db.db.selectFrom('monitoring_plan_indicator').select(['id', 'code']).where('plan_id', '=', plan).execute()) {
    ind[r.code] = r.id;
  }
  for (const code of ['530000', '532500', '532600', '532601', '532622']) div[code] = await w.divisionId(code);
});
afterAll(async () => w.close());

const valuesOf = (indicatorId: number) =>
  w.db.db
    .selectFrom('monitoring_indicator_value')
    .select(['division_id', 'year', 'numerator', 'denominator', 'weight', 'denominator_weight', 'source'])
    .where('plan_indicator_id', '=', indicatorId)
    .orderBy('year')
    .orderBy('division_id')
    .execute();

const demoRow = (indicator: string, division: string, year: number) => ({
  province_code: '53',
  plan_indicator_id: ind[indicator] as number,
  division_id: div[division] as number,
  year,
  numerator: 500,
  denominator: 700,
  weight: 100,
  denominator_weight: 100,
  source: 'demo' as const,
  note: '演示数据',
});

describe('农村与城市低保标准比率 computed from 低保 recipients', () => {
  it('stores the county value as computed, rolls it up weighted, stores a verdict and refuses hand entry', async () => {
    await w.db.db
      .insertInto('monitoring_indicator_value')
      .values([demoRow('WS01', '532601', 2023), demoRow('WS01', '532622', 2024), demoRow('WS08', '532601', 2024)])
      .execute();
    // One urban and one rural 低保 household (3 persons each) in 文山市, paid from 2025-11; standards
    // raised from 2025-12: urban 800 元, rural 600 元 per person and month.
    await caseAt(w, 'approved');
    await caseAt(w, 'approved', { areaType: 'rural' });
    const raised = await w.as('ws_approver', 'POST', '/api/assistance/parameters', {
      divisionId: div['532601'],
      validFrom: '2025-12-01',
      values: parameterValues({ urbanFen: 80_000, ruralFen: 60_000 }),
      note: '2025年12月提标',
    });
    expect(raised.statusCode, raised.body).toBe(200);

    expect(
      (await w.as('ys_planner', 'POST', `/api/monitoring/plans/${plan}/compute`, { divisionId: div['532600'], year: 2025 })).statusCode,
    ).toBe(404);
    const run = await w.as('ws_planner', 'POST', `/api/monitoring/plans/${plan}/compute`, { divisionId: div['532600'], year: 2025 });
    expect(run.statusCode, run.body).toBe(200);
    expect((run.json() as { computedIndicators: { indicator: string; source: string; rows: number }[] }).computedIndicators).toEqual([
      { indicator: 'WS01', source: 'N02', rows: 1 },
    ]);

    // The county row: recipient-weighted average standards (元/人·月) with their recipient counts; the
    // demo rows of WS01 are gone (any year), other indicators' demo rows stay.
    expect(await valuesOf(ind['WS01'] as number)).toEqual([
      { division_id: div['532601'], year: 2025, numerator: 600, denominator: 800, weight: 3, denominator_weight: 3, source: 'computed' },
    ]);
    expect((await valuesOf(ind['WS08'] as number)).map((r) => r.source)).toEqual(['demo']);

    // Prefecture: Σ(level·weight)/Σweight for rural and urban, then divided: 600 / 800 = 75 %.
    const verdict = await w.db.db
      .selectFrom('monitoring_verdict')
      .select(['value', 'has_demo'])
      .where('plan_indicator_id', '=', ind['WS01'] as number)
      .where('division_id', '=', div['532600'] as number)
      .where('year', '=', 2025)
      .executeTakeFirstOrThrow();
    expect(Number(verdict.value)).toBeCloseTo(75, 9);
    expect(verdict.has_demo).toBe(false);

    const detail = (
      await w.as('ws_planner', 'GET', `/api/monitoring/indicators/${ind['WS01']}?divisionId=${div['532600']}&year=2025`)
    ).json() as {
      series: { year: number; value: number | null; source: string; isComputed: boolean }[];
      aggregation: { description: string } | null;
    };
    expect(detail.series).toEqual([expect.objectContaining({ year: 2025, source: 'computed', isComputed: true })]);
    expect(detail.series[0]?.value).toBeCloseTo(75, 9);
    expect(detail.aggregation?.description).toContain('按保障人数加权平均');

    const form = (await w.as('ws_planner', 'GET', `/api/monitoring/plans/${plan}/values?divisionId=${div['532601']}&year=2025`)).json() as {
      indicators: { code: string; isComputed: boolean; entryAllowed: boolean; own: { source: string } | null }[];
    };
    expect(form.indicators.find((i) => i.code === 'WS01')).toMatchObject({
      isComputed: true,
      entryAllowed: false,
      own: { source: 'computed' },
    });
    expect(form.indicators.find((i) => i.code === 'WS08')).toMatchObject({ isComputed: false });

    const manual = await w.as('ws_planner', 'PUT', `/api/monitoring/plans/${plan}/values`, {
      divisionId: div['532601'],
      year: 2025,
      values: [{ indicatorId: ind['WS01'], numerator: 650, weight: 3, denominator: 800, denominatorWeight: 3 }],
    });
    expect(manual.statusCode).toBe(409);
    expect(manual.json()).toMatchObject({ code: 'MONITORING_COMPUTED_VALUE', details: [{ code: 'COMPUTED' }] });
    expect((manual.json() as { details: { message: string }[] }).details[0]?.message).toContain('不能手工填报');
    expect((await valuesOf(ind['WS01'] as number))[0]?.numerator).toBe(600);

    const audit = await w.db.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'MONITORING_VALUES_COMPUTED')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ indicators: [{ indicator: 'WS01', rows: 1 }], demoRowsCleared: 2 });
  });

  it('computes the national N02 for the same records, and a second run replaces the first', async () => {
    const national = await planId('001');
    const n02 = (
      await w.db.db
        .selectFrom('monitoring_plan_indicator')
        .select('id')
        .where('plan_id', '=', national)
        .where('code', '=', 'N02')
        .executeTakeFirstOrThrow()
    ).id;
    for (let i = 0; i < 2; i += 1) {
      const run = await w.as('mca_planner', 'POST', `/api/monitoring/plans/${national}/compute`, { divisionId: div['530000'], year: 2025 });
      expect(run.statusCode, run.body).toBe(200);
    }
    expect(await valuesOf(n02)).toEqual([
      { division_id: div['532601'], year: 2025, numerator: 600, denominator: 800, weight: 3, denominator_weight: 3, source: 'computed' },
    ]);
    // Before the standards were raised (November) both areas had 710 元: the ratio of 2025-11 is 100 %,
    // but a year is computed at its end; a year without recipients computes nothing.
    const empty = await w.as('mca_planner', 'POST', `/api/monitoring/plans/${national}/compute`, { divisionId: div['530000'], year: 2024 });
    expect((empty.json() as { computedIndicators: { rows: number }[] }).computedIndicators).toEqual([expect.objectContaining({ rows: 0 })]);
  });
});

describe('locked (submitted or approved) data is never recomputed', () => {
  it('refuses a recompute over a submitted unit and leaves the year alone at start-up', async () => {
    const ws01 = ind['WS01'] as number;
    const plan = await planId('002');
    const before = await valuesOf(ws01);
    const submission = await w.db.db
      .insertInto('monitoring_submission')
      .values({
        province_code: '53',
        plan_id: plan,
        division_id: div['532601'] as number,
        year: 2025,
        status: 'submitted',
        final_level: 'prefecture',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    try {
      const refused = await w.as('ws_planner', 'POST', `/api/monitoring/plans/${plan}/compute`, { divisionId: div['532600'], year: 2025 });
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'INVALID_STATE' });
      await w.db.db
        .updateTable('monitoring_indicator_value')
        .set({ numerator: 1 })
        .where('plan_indicator_id', '=', ws01)
        .where('year', '=', 2025)
        .execute();
      await refreshComputedIndicators(w.db.db, { now: new Date('2026-11-23T04:00:00Z') });
      const after = await valuesOf(ws01);
      expect(after.filter((v) => v.year === 2025).every((v) => Number(v.numerator) === 1)).toBe(true);
    } finally {
      await w.db.db.deleteFrom('monitoring_submission').where('id', '=', submission.id).execute();
      await w.db.db.deleteFrom('monitoring_indicator_value').where('plan_indicator_id', '=', ws01).execute();
      if (before.length > 0) {
        const reset = await w.as('ws_planner', 'POST', `/api/monitoring/plans/${plan}/compute`, { divisionId: div['532600'], year: 2025 });
        expect(reset.statusCode, reset.body).toBe(200);
      }
    }
  });
});

describe('computed values refreshed at start-up (bootstrap)', () => {
  it('recomputes every plan from the records up to its latest year with values, audited, and never opens a year', async () => {
    const now = new Date('2026-11-23T04:00:00Z');
    const ws01 = ind['WS01'] as number;
    const reported2025 = {
      province_code: '53',
      plan_indicator_id: ind['WS07'] as number,
      division_id: div['532601'] as number,
      year: 2025,
      numerator: 1,
      denominator: 10,
      source: 'reported' as const,
    };
    // The plan's latest year with values is 2024 (demo): the 2025 records do not open 2025.
    await w.db.db.deleteFrom('monitoring_indicator_value').where('plan_indicator_id', '=', ws01).execute();
    await refreshComputedIndicators(w.db.db, { now });
    expect(await valuesOf(ws01)).toEqual([]);

    // Once 2025 has a reported value, start-up computes 2025 from the records, with its verdict.
    await w.db.db.insertInto('monitoring_indicator_value').values(reported2025).execute();
    for (let run = 0; run < 2; run += 1) {
      expect(await refreshComputedIndicators(w.db.db, { now })).toBeGreaterThan(0);
      expect(await valuesOf(ws01)).toEqual([
        { division_id: div['532601'], year: 2025, numerator: 600, denominator: 800, weight: 3, denominator_weight: 3, source: 'computed' },
      ]);
    }
    const verdict = await w.db.db
      .selectFrom('monitoring_verdict')
      .select('value')
      .where('plan_indicator_id', '=', ws01)
      .where('division_id', '=', div['532600'] as number)
      .where('year', '=', 2025)
      .executeTakeFirstOrThrow();
    expect(Number(verdict.value)).toBeCloseTo(75, 9);
    const audits = await w.db.db
      .selectFrom('audit_log')
      .select(['entity_id', 'actor_id', 'after'])
      .where('action', '=', 'MONITORING_VALUES_COMPUTED')
      .where('entity_id', '=', '002:startup')
      .execute();
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ actor_id: null, after: { trigger: 'startup', years: [{ year: 2025, rows: 1 }] } });
    await w.db.db
      .deleteFrom('monitoring_indicator_value')
      .where('plan_indicator_id', '=', ind['WS07'] as number)
      .execute();
  });
});

describe('roll-ups of past years over the division tree of that year', () => {
  it('a county re-parented in 2023 rolls its 2022 value up under its old prefecture', async () => {
    // 养老机构护理型床位占比 (WS08): 文山市 1/10 and 砚山县 3/10 in 2022 and 2023.
    await w.db.db
      .insertInto('monitoring_indicator_value')
      .values(
        [2022, 2023]
          .flatMap((year) => [
            { division_id: div['532601'] as number, year, numerator: 1, denominator: 10 },
            { division_id: div['532622'] as number, year, numerator: 3, denominator: 10 },
          ])
          .map((v) => ({ ...v, province_code: '53', plan_indicator_id: ind['WS07'] as number, source: 'reported' as const })),
      )
      .execute();
    const moved = await w.as('admin', 'POST', '/api/divisions/changes', {
      kind: 'reparent',
      divisionId: div['532622'],
      parentId: div['532500'],
      effectiveOn: '2023-01-01',
      note: '测试：砚山县改隶红河州',
    });
    expect(moved.statusCode, moved.body).toBe(200);

    const sums = await rolledUpSums(w.db.db, {
      indicatorIds: [ind['WS07'] as number],
      target: { divisionIds: [div['532600'] as number, div['532500'] as number, div['530000'] as number] },
      years: [2022, 2023],
    });
    const at = (code: string, year: number) => {
      const s = sums.find((x) => x.divisionId === div[code] && x.year === year);
      return s ? { num: Number(s.num), den: Number(s.den), units: s.units } : null;
    };
    expect(at('532600', 2022)).toEqual({ num: 4, den: 20, units: 2 });
    expect(at('532500', 2022)).toBeNull();
    expect(at('532600', 2023)).toEqual({ num: 1, den: 10, units: 1 });
    expect(at('532500', 2023)).toEqual({ num: 3, den: 10, units: 1 });
    // The province holds both counties in either year.
    expect(at('530000', 2022)).toEqual({ num: 4, den: 20, units: 2 });
    expect(at('530000', 2023)).toEqual({ num: 4, den: 20, units: 2 });
  });
});

describe('demo values never beside computed ones', () => {
  it('loads no demo row of a computed indicator at, above or below a division with computed values', async () => {
    await w.db.db.deleteFrom('monitoring_indicator_value').where('source', '=', 'demo').execute();
    expect(await loadDemoValues(w.db.db)).toBeGreaterThan(0);
    const ws01 = await valuesOf(ind['WS01'] as number);
    expect(ws01.filter((r) => r.division_id === div['532601'])).toEqual([expect.objectContaining({ year: 2025, source: 'computed' })]);
    expect(ws01.filter((r) => r.source === 'demo' && r.division_id !== div['532601']).length).toBeGreaterThan(0);
    const ws08 = await valuesOf(ind['WS08'] as number);
    expect(ws08.some((r) => r.division_id === div['532601'] && r.source === 'demo')).toBe(true);
  });
});
