import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { rollUpRatio } from '../rules/aggregation.rules';
import { rolledUpSums } from '../verdicts/verdicts.repository';

// Data collection through the HTTP API and the database: roll-up by sum-then-ratio over the closure
// table, weighted means for levels, validation (range, unit, jump), computed and other-level values
// refused, verdicts stored and recomputed on change, Excel template and all-or-nothing import.

let w: World;
let plan: number;
const ind: Record<string, number> = {};
const div: Record<string, number> = {};

beforeAll(async () => {
  w = await createWorld();
  plan = (await w.db.db.selectFrom('monitoring_plan').select('id').where('seed_id', '=', '002').executeTakeFirstOrThrow()).id;
  for (const r of await w.db.db.selectFrom('monitoring_plan_indicator').select(['id', 'code']).where('plan_id', '=', plan).execute()) {
    ind[r.code] = r.id;
  }
  for (const code of ['532600', '532601', '532622', '532623']) div[code] = await w.divisionId(code);
});
afterAll(async () => w.close());

const put = (user: string, divisionId: number, year: number, values: unknown[]) =>
  w.as(user, 'PUT', `/api/monitoring/plans/${plan}/values`, { divisionId, year, values });

type Detail = {
  series: { year: number; value: number | null; numerator: number | null; denominator: number | null; units: number }[];
  children: { division: { code: string }; value: number | null; numerator: number | null; denominator: number | null }[];
  aggregation: { method: string; description: string } | null;
};

describe('roll-up by sum-then-ratio', () => {
  it('county A 1/5 townships, county B 9/15 → prefecture 50.0 %, not 40 %', async () => {
    expect(
      (await put('ws_planner', div['532601'] as number, 2025, [{ indicatorId: ind['WS02A'], numerator: 1, denominator: 5 }])).statusCode,
    ).toBe(200);
    expect(
      (await put('ws_planner', div['532622'] as number, 2025, [{ indicatorId: ind['WS02A'], numerator: 9, denominator: 15 }])).statusCode,
    ).toBe(200);

    const detail = (
      await w.as('ws_planner', 'GET', `/api/monitoring/indicators/${ind['WS02A']}?divisionId=${div['532600']}&year=2025`)
    ).json() as Detail;
    const point = detail.series.find((s) => s.year === 2025);
    expect(point).toMatchObject({ numerator: 10, denominator: 20, units: 2 });
    expect(point?.value).toBeCloseTo(50.0, 10);
    expect(point?.value).not.toBeCloseTo(40, 1);
    const children = Object.fromEntries(detail.children.filter((c) => c.value !== null).map((c) => [c.division.code, c.value]));
    expect(children).toEqual({ '532601': 20, '532622': 60 });
    expect(detail.aggregation?.method).toBe('ratio_of_sums');
    expect(detail.aggregation?.description).toContain('Σ分子/Σ分母');
    expect(detail.aggregation?.description).toContain('未填报');

    // The SQL roll-up (one statement over the closure table) and the pure rule agree.
    const [sums] = await rolledUpSums(w.db.db, {
      indicatorIds: [ind['WS02A'] as number],
      target: { divisionIds: [div['532600'] as number] },
      years: [2025],
    });
    const pure = rollUpRatio({
      children: [
        { unitCode: '532601', numerator: 1, denominator: 5 },
        { unitCode: '532622', numerator: 9, denominator: 15 },
      ],
      factor: 100,
    });
    expect(sums).toMatchObject({ num: 10, den: 20, units: 2 });
    expect(pure.value).toBe(50);
  });

  it('stores a verdict with all its inputs for every division with data, and recomputes on change', async () => {
    const verdicts = await w.db.db
      .selectFrom('monitoring_verdict')
      .selectAll()
      .where('plan_indicator_id', '=', ind['WS02A'] as number)
      .where('year', '=', 2025)
      .execute();
    const at = (id: number | undefined) => verdicts.find((v) => v.division_id === id);
    expect(verdicts.map((v) => v.division_id).sort()).toEqual([div['532600'], div['532601'], div['532622']].sort());
    const prefecture = at(div['532600']);
    expect(prefecture).toMatchObject({ value: 50, target_verdict: 'not_met', is_binding: true, is_lagging: true, province_code: '53' });
    expect(prefecture?.inputs).toMatchObject({
      isPlanDivision: true,
      baseline: { year: 2020, value: 90, source: 'printed' },
      comparator: { kind: 'gte', value: 100 },
      sums: { num: 10, den: 20 },
    });
    expect((prefecture?.result as { timeProgress: { verdict: string } }).timeProgress.verdict).toBe('seriously_lagging');

    expect(
      (await put('ws_planner', div['532622'] as number, 2025, [{ indicatorId: ind['WS02A'], numerator: 12, denominator: 15 }])).statusCode,
    ).toBe(200);
    const updated = await w.db.db
      .selectFrom('monitoring_verdict')
      .select(['value', 'inputs'])
      .where('plan_indicator_id', '=', ind['WS02A'] as number)
      .where('division_id', '=', div['532600'] as number)
      .where('year', '=', 2025)
      .executeTakeFirstOrThrow();
    expect(updated.value).toBe(65);
  });

  it('rolls a level up by recipient-weighted means, with the method printed', async () => {
    // 农村/城市低保标准比率 (computed from 社会救助 records, so stored as a computed run would store it):
    // county A rural 400 (1000 recipients) / urban 700 (500); county B rural 500 (3000) / urban 800 (1500).
    await w.db.db
      .insertInto('monitoring_indicator_value')
      .values(
        [
          { division_id: div['532601'] as number, numerator: 400, weight: 1000, denominator: 700, denominator_weight: 500 },
          { division_id: div['532622'] as number, numerator: 500, weight: 3000, denominator: 800, denominator_weight: 1500 },
        ].map((v) => ({ ...v, province_code: '53', plan_indicator_id: ind['WS01'] as number, year: 2025, source: 'computed' as const })),
      )
      .execute();
    const detail = (
      await w.as('ws_planner', 'GET', `/api/monitoring/indicators/${ind['WS01']}?divisionId=${div['532600']}&year=2025`)
    ).json() as Detail;
    const rural = (400 * 1000 + 500 * 3000) / 4000;
    const urban = (700 * 500 + 800 * 1500) / 2000;
    expect(detail.series.find((s) => s.year === 2025)?.value).toBeCloseTo((rural / urban) * 100, 9);
    expect(detail.aggregation?.description).toContain('按保障人数加权平均');
  });
});

describe('validation and refusals', () => {
  it('refuses a numerator above the denominator, naming the field', async () => {
    const r = await put('ws_reviewer', div['532601'] as number, 2024, [{ indicatorId: ind['WS07'], numerator: 12, denominator: 10 }]);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'values.0.numerator', code: 'RANGE' }] });
  });

  it('warns on a moderate year-on-year jump and blocks a large one', async () => {
    await put('ws_reviewer', div['532601'] as number, 2023, [{ indicatorId: ind['WS07'], numerator: 5, denominator: 10 }]);
    const warned = await put('ws_reviewer', div['532601'] as number, 2024, [{ indicatorId: ind['WS07'], numerator: 7, denominator: 10 }]);
    expect(warned.statusCode).toBe(200);
    expect((warned.json() as { warnings: { code: string }[] }).warnings.map((x) => x.code)).toEqual(['JUMP_WARNING']);
    const blocked = await put('ws_reviewer', div['532601'] as number, 2024, [{ indicatorId: ind['WS07'], numerator: 10, denominator: 10 }]);
    expect(blocked.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ code: 'JUMP_BLOCKED' }] });
  });

  it('refuses a wrong unit and a value for a field the indicator does not have', async () => {
    // 福利彩票销售网点数 of the national plan: a count (no weight), entered in its own unit.
    const national = (await w.db.db.selectFrom('monitoring_plan').select('id').where('seed_id', '=', '001').executeTakeFirstOrThrow()).id;
    const n05 = (
      await w.db.db
        .selectFrom('monitoring_plan_indicator')
        .select('id')
        .where('plan_id', '=', national)
        .where('code', '=', 'N05')
        .executeTakeFirstOrThrow()
    ).id;
    const r = await w.as('mca_planner', 'PUT', `/api/monitoring/plans/${national}/values`, {
      divisionId: div['532601'],
      year: 2024,
      values: [{ indicatorId: n05, value: 3, weight: 10, unit: '元/年' }],
    });
    expect(r.statusCode).toBe(400);
    expect((r.json() as { details: { code: string }[] }).details.map((d) => d.code).sort()).toEqual(['NOT_APPLICABLE', 'UNIT_MISMATCH']);
  });

  it('refuses hand entry over a computed value, and a second level for the same data', async () => {
    await w.db.db
      .insertInto('monitoring_indicator_value')
      .values({
        province_code: '53',
        plan_indicator_id: ind['WS04'] as number,
        division_id: div['532623'] as number,
        year: 2024,
        numerator: 90,
        denominator: 100,
        source: 'computed',
      })
      .execute();
    const computed = await put('ws_planner', div['532623'] as number, 2024, [
      { indicatorId: ind['WS04'], numerator: 95, denominator: 100 },
    ]);
    expect(computed.statusCode).toBe(409);
    expect(computed.json()).toMatchObject({ code: 'MONITORING_COMPUTED_VALUE' });
    const level = await put('ws_planner', div['532600'] as number, 2025, [{ indicatorId: ind['WS02A'], numerator: 50, denominator: 100 }]);
    expect(level.statusCode).toBe(409);
    expect(level.json()).toMatchObject({ code: 'MONITORING_LEVEL_CONFLICT' });
  });

  it('answers 404 for a division outside the caller’s scope', async () => {
    const r = await put('ys_reviewer', div['532601'] as number, 2024, [{ indicatorId: ind['WS07'], numerator: 1, denominator: 10 }]);
    expect(r.statusCode).toBe(404);
  });
});

describe('Excel template and import', () => {
  const download = async (year: number) => {
    const r = await w.as('ws_reviewer', 'GET', `/api/monitoring/plans/${plan}/template.xlsx?divisionId=${div['532601']}&year=${year}`);
    expect(r.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    return workbook;
  };
  const rowOf = (workbook: ExcelJS.Workbook, code: string) => {
    let found: ExcelJS.Row | undefined;
    workbook.getWorksheet('指标填报')?.eachRow((row) => {
      if (row.getCell(1).value === code) found = row;
    });
    if (!found) throw new Error(`row ${code} missing`);
    return found;
  };
  const upload = async (workbook: ExcelJS.Workbook, year: number) =>
    w.as('ws_reviewer', 'POST', `/api/monitoring/plans/${plan}/import`, {
      divisionId: div['532601'],
      year,
      fileName: 'test.xlsx',
      fileBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
    });

  it('rejects the whole file with one detail per bad cell (row and column), writing nothing', async () => {
    const workbook = await download(2022);
    rowOf(workbook, 'WS02').getCell(5).value = 6;
    rowOf(workbook, 'WS02').getCell(6).value = 10;
    rowOf(workbook, 'WS03').getCell(5).value = '很多';
    rowOf(workbook, 'WS07').getCell(5).value = 11;
    rowOf(workbook, 'WS07').getCell(6).value = 10;
    const r = await upload(workbook, 2022);
    expect(r.statusCode).toBe(422);
    const body = r.json() as { code: string; details: { row: number; column: string; code: string }[] };
    expect(body.code).toBe('IMPORT_REJECTED');
    expect(body.details.map((d) => [d.row, d.column, d.code])).toEqual([
      [rowOf(workbook, 'WS03').number, 'E', 'NOT_A_NUMBER'],
      [rowOf(workbook, 'WS07').number, 'E', 'RANGE'],
    ]);
    const written = await w.db.db
      .selectFrom('monitoring_indicator_value')
      .select('id')
      .where('division_id', '=', div['532601'] as number)
      .where('year', '=', 2022)
      .execute();
    expect(written).toEqual([]);
  });

  it('imports a corrected file and audits it', async () => {
    const workbook = await download(2022);
    rowOf(workbook, 'WS02').getCell(5).value = 6;
    rowOf(workbook, 'WS02').getCell(6).value = 10;
    const r = await upload(workbook, 2022);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ imported: 1 });
    const audit = await w.db.db.selectFrom('audit_log').select(['after']).where('action', '=', 'MONITORING_VALUES_IMPORTED').execute();
    expect(audit).toHaveLength(1);
    const form = (
      await w.as('ws_reviewer', 'GET', `/api/monitoring/plans/${plan}/values?divisionId=${div['532601']}&year=2022`)
    ).json() as {
      indicators: { code: string; own: { numerator: number; source: string } | null; entryAllowed: boolean }[];
    };
    expect(form.indicators.find((i) => i.code === 'WS02')?.own).toMatchObject({ numerator: 6, source: 'reported' });
  });
});
