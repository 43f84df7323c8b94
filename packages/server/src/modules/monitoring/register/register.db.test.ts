import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { resolveSeedDir } from '../plans/seed-fixture';
import { SEED_DESCRIPTORS } from '../plans/seed-plans';
import { loadPlanRegister } from './register.service';

// The plan register loaded at bootstrap from the five seed texts: counts per table, printed texts
// kept (each occurs in its seed), oddity notes kept, schedules resolved to counties, idempotent load,
// scoping of plans by division, and the cross-plan matrix rebuilt from the stored data.

let w: World;
beforeAll(async () => {
  w = await createWorld({ provinces: ['53', '45', '44', '35'], regionPrefixes: ['5326', '440783', '3502'] });
});
afterAll(async () => w.close());

const countBy = async (table: 'monitoring_plan_indicator' | 'monitoring_completion_row', key: 'table_id') =>
  Object.fromEntries(
    (
      await w.db.db
        .selectFrom(table)
        .select([key, (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy(key)
        .execute()
    ).map((r) => [r[key], Number(r.n)]),
  );

describe('plan register', () => {
  it('loads the five plans with their divisions, dates and base/target years', async () => {
    const plans = await w.db.db.selectFrom('monitoring_plan').selectAll().orderBy('seed_id').execute();
    expect(plans.map((p) => [p.seed_id, p.level, p.division_code, p.division_id !== null, p.base_year, p.target_year])).toEqual([
      ['000', 'provincial', '450000', true, 2020, 2025],
      ['001', 'national', '000000', true, 2020, 2025],
      ['002', 'prefecture', '532600', true, 2020, 2025],
      ['003', 'county', '440783', true, 2020, 2025],
      ['004', 'prefecture', '350200', true, 2020, 2025],
    ]);
    const national = plans.find((p) => p.seed_id === '001');
    expect(national).toMatchObject({ title: '“十四五”民政事业发展规划', issued_on: '2021-05-24' });
    expect(national?.issuer).toContain('民政部');
  });

  it('has every indicator row of every table (count per table asserted)', async () => {
    expect(await countBy('monitoring_plan_indicator', 'table_id')).toEqual({
      '001-T1': 15,
      '001-N': 1,
      '000-T1': 16,
      '000-N': 1,
      '002-T2': 14,
      '002-N': 1,
      '003-P': 7,
      '004-T2': 19,
      '004-N': 1,
    });
    expect(await countBy('monitoring_completion_row', 'table_id')).toEqual({ '002-T1': 14, '004-T1': 21 });
    const boxes = await w.db.db
      .selectFrom('monitoring_schedule_item')
      .select(['box_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('box_id')
      .execute();
    expect(Object.fromEntries(boxes.map((b) => [b.box_id, Number(b.n)]))).toEqual({ '002-B2': 11, '002-B3': 4, '002-B4': 3, '002-B5': 18 });
    const interim = await w.db.db
      .selectFrom('monitoring_interim_target as t')
      .innerJoin('monitoring_plan_indicator as i', 'i.id', 't.plan_indicator_id')
      .select(['i.code', 't.year', 't.value', 't.printed'])
      .orderBy('i.code')
      .execute();
    expect(interim).toEqual([
      { code: 'KP06', year: 2023, value: 31, printed: '達到31平方米' },
      { code: 'KP07', year: 2023, value: 16, printed: '達到16人' },
    ]);
  });

  it('keeps printed targets, attributes and oddity notes as printed', async () => {
    const rows = await w.db.db.selectFrom('monitoring_plan_indicator').selectAll().execute();
    const row = (code: string) => rows.find((r) => r.code === code);
    expect(row('N13')).toMatchObject({ printed_attribute: '约束', attribute: 'binding', target_printed: '100' });
    expect((row('N13')?.notes as { kind: string }[]).map((n) => n.kind)).toContain('attribute_as_printed');
    expect(row('GX09')).toMatchObject({ printed_attribute: '预期值', target_printed: '>30', comparator_kind: 'gt' });
    expect(row('GX07')).toMatchObject({ baseline_printed: '—', baseline_value: null });
    expect(row('N01')).toMatchObject({ comparator_kind: 'relative_growth', target_printed: '不低于居民上年度人均消费支出增速' });
    expect(row('WS08')).toMatchObject({ baseline_printed: '30%', baseline_value: 30, target_printed: '≥55%', attribute: 'binding' });
    expect(row('WS02A')).toMatchObject({ row_number: null, target_printed: '100%' });
    expect(row('KP03')).toMatchObject({ attribute: null, target_printed: '不低于55%', comparator_kind: 'at_least' });
    expect(row('N05')).toMatchObject({ unit: '万个', input_unit: '个', unit_scale: 10000 });
    const completion = await w.db.db.selectFrom('monitoring_completion_row').selectAll().where('code', 'like', '%').execute();
    expect(completion.filter((c) => c.printed_completion === '未完成').length).toBeGreaterThanOrEqual(2);
  });

  it('every loaded printed value occurs in its seed text', async () => {
    const dir = resolveSeedDir();
    const texts = new Map(
      await Promise.all(SEED_DESCRIPTORS.map(async (d) => [d.seedId, await readFile(join(dir, d.fileName), 'utf8')] as const)),
    );
    const indicators = await w.db.db
      .selectFrom('monitoring_plan_indicator as i')
      .innerJoin('monitoring_plan as p', 'p.id', 'i.plan_id')
      .select(['p.seed_id', 'i.code', 'i.name_printed', 'i.baseline_printed', 'i.target_printed', 'i.printed_attribute'])
      .execute();
    const completion = await w.db.db
      .selectFrom('monitoring_completion_row as c')
      .innerJoin('monitoring_plan as p', 'p.id', 'c.plan_id')
      .select([
        'p.seed_id',
        'c.code',
        'c.name_printed',
        'c.base_printed',
        'c.planned_printed',
        'c.actual_printed',
        'c.printed_attribute',
        'c.printed_completion',
      ])
      .execute();
    const missing: string[] = [];
    let checked = 0;
    for (const row of [...indicators, ...completion]) {
      const text = texts.get(row.seed_id) ?? '';
      for (const [key, value] of Object.entries(row)) {
        if (key === 'seed_id' || key === 'code' || typeof value !== 'string' || value === '') continue;
        checked += 1;
        if (!text.includes(value)) missing.push(`${row.code}.${key}=${value}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it('resolves the 专栏 schedules to county × year counts (104 minors-protection workstations)', async () => {
    const rows = await w.db.db
      .selectFrom('monitoring_schedule_allocation as a')
      .innerJoin('monitoring_schedule_item as s', 's.id', 'a.schedule_item_id')
      .leftJoin('division as d', 'd.id', 'a.division_id')
      .select(['s.content', 'a.year', 'a.county_name', 'a.count', 'd.code'])
      .where('s.content', '=', '乡镇(街道)未成年人保护工作站')
      .execute();
    expect(rows.reduce((sum, r) => sum + Number(r.count), 0)).toBe(104);
    expect(rows.every((r) => r.code !== null && r.code.startsWith('5326'))).toBe(true);
    const byYear = Object.fromEntries(
      [2021, 2022, 2023, 2024, 2025].map((y) => [y, rows.filter((r) => r.year === y).reduce((s, r) => s + Number(r.count), 0)]),
    );
    expect(byYear).toEqual({ 2021: 10, 2022: 20, 2023: 30, 2024: 30, 2025: 14 });
  });

  it('links local indicators to national ones, and loading again adds nothing', async () => {
    const links = await w.db.db
      .selectFrom('monitoring_cascade_link as l')
      .innerJoin('monitoring_plan_indicator as i', 'i.id', 'l.plan_indicator_id')
      .leftJoin('monitoring_plan_indicator as n', 'n.id', 'l.national_indicator_id')
      .select(['i.code', 'l.kind', 'l.national_code', 'n.code as national'])
      .where('i.code', 'in', ['WS08', 'WS04', 'XM16'])
      .orderBy('i.code')
      .orderBy('l.national_code')
      .execute();
    expect(links).toEqual([
      { code: 'WS04', kind: 'proxy', national_code: 'N03', national: 'N03' },
      { code: 'WS04', kind: 'proxy', national_code: 'N04', national: 'N04' },
      { code: 'WS08', kind: 'same', national_code: 'N14', national: 'N14' },
      { code: 'XM16', kind: 'local_only', national_code: null, national: null },
    ]);
    const before = await w.db.db
      .selectFrom('monitoring_plan_indicator')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await loadPlanRegister(w.db.db)).toBe(0);
    const after = await w.db.db
      .selectFrom('monitoring_plan_indicator')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(Number(after.n)).toBe(75);
  });
});

describe('plans over HTTP', () => {
  it('shows each planner the national plan and the plans of their own territory', async () => {
    const seeds = async (user: string) =>
      ((await w.as(user, 'GET', '/api/monitoring/plans')).json() as { seedId: string }[]).map((p) => p.seedId);
    expect(await seeds('mca_planner')).toEqual(['000', '001', '002', '003', '004']);
    expect(await seeds('gx_planner')).toEqual(['000', '001']);
    expect(await seeds('ws_planner')).toEqual(['001', '002']);
    expect(await seeds('kp_planner')).toEqual(['001', '003']);
    expect(await seeds('ys_planner')).toEqual(['001', '002']);
    const gx = (await w.db.db.selectFrom('monitoring_plan').select('id').where('seed_id', '=', '000').executeTakeFirstOrThrow()).id;
    expect((await w.as('ws_planner', 'GET', `/api/monitoring/plans/${gx}`)).statusCode).toBe(404);
    const detail = (await w.as('gx_planner', 'GET', `/api/monitoring/plans/${gx}`)).json() as {
      indicators: { code: string; target: { printed: string } }[];
    };
    expect(detail.indicators).toHaveLength(17);
  });

  it('rebuilds the cross-plan matrix from the stored register, with weaker local targets flagged', async () => {
    const body = (await w.as('mca_planner', 'GET', '/api/monitoring/cascade')).json() as {
      rows: {
        conceptKey: string;
        adoptions: { indicatorCode: string; isWeakerThanNational: boolean; attributeStrength: string; targetStrength: string }[];
      }[];
    };
    const row = (key: string) => body.rows.find((r) => r.conceptKey === key);
    expect(
      row('N14')
        ?.adoptions.map((a) => a.indicatorCode)
        .sort(),
    ).toEqual(['GX06', 'KP03', 'WS08', 'XM06']);
    expect(row('N10')?.adoptions.find((a) => a.indicatorCode === 'WS06')).toMatchObject({
      attributeStrength: 'stronger',
      isWeakerThanNational: false,
    });
    expect(row('N06')?.adoptions.find((a) => a.indicatorCode === 'XM10')).toMatchObject({
      targetStrength: 'weaker',
      isWeakerThanNational: true,
    });
    expect(
      row('L01')
        ?.adoptions.map((a) => a.indicatorCode)
        .sort(),
    ).toEqual(['WS03', 'XM16']);
  });
});
