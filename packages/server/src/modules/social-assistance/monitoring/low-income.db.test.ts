import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { seedRecipients, villagesUnder, type SeededHousehold } from '../operations.test-support';
import { addWorkingDays } from '../social-assistance.rules';
import { createHousehold, ensureParameters } from '../social-assistance.test-support';
import { socialAssistanceQueries as socialAssistanceIndicators } from '../social-assistance.indicators';

// Low-income dynamic monitoring on a real engine: the monitored population, a department event file
// (all or nothing), warnings from the pure triggers with thresholds of the township and deadlines in
// working days over the 2025 国庆 holiday, outcomes, overdue lists, indicators, scope and audit.

let world: World;
let households: SeededHousehold[];
let flagged: number;
const M = '/api/assistance/monitoring';

const call = async (user: string, method: string, url: string, payload?: unknown) => {
  const r = await world.as(user, method, url, payload);
  return { status: r.statusCode, body: r.json() as Record<string, unknown> };
};
const ok = async (user: string, method: string, url: string, payload?: unknown) => {
  const r = await call(user, method, url, payload);
  if (r.status !== 200) throw new Error(`${method} ${url}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as Record<string, unknown> & { id: number; items: Record<string, unknown>[] };
};
const citizenIdOf = async (memberId: number) =>
  (await world.db.db.selectFrom('household_member').select('citizen_id').where('id', '=', memberId).executeTakeFirstOrThrow()).citizen_id;
const csv = (rows: string[][]) => ({
  fileName: 'events.csv',
  contentBase64: Buffer.from(rows.map((r) => r.join(',')).join('\n')).toString('base64'),
});
const HEADER = [
  '部门',
  '事件类别',
  '公民身份号码',
  '姓名',
  '发生日期',
  '个人自付金额（元）',
  '残疾类别',
  '残疾等级',
  '疾病名称',
  '是否重特大疾病目录内',
  '学段',
  '说明',
];
const row = (
  kind: string,
  citizenId: string,
  on: string,
  extra: Partial<Record<'amount' | 'category' | 'grade' | 'description', string>> = {},
) => [
  '部门',
  kind,
  citizenId,
  '某人',
  on,
  extra.amount ?? '',
  extra.category ?? '',
  extra.grade ?? '',
  '',
  '',
  '',
  extra.description ?? '',
];

beforeAll(async () => {
  world = await createWorld();
  await ensureParameters(world);
  households = await seedRecipients(world.db.db, {
    divisionIds: (await villagesUnder(world.db.db, '532601001')).slice(0, 3),
    count: 20,
    seqBase: 4,
  });
  flagged = (await createHousehold(world)).id;
});
afterAll(async () => world.close());

describe('low-income dynamic monitoring', () => {
  it('lists the monitored population: recipients in force plus flagged households', async () => {
    await ok('ws_clerk', 'POST', `${M}/flags`, {
      householdId: flagged,
      category: 'other-hardship',
      reason: '因病致困，暂未纳入救助',
      validFrom: '2025-09-01',
    });
    const population = await ok('ws_clerk', 'GET', `${M}/population?asOf=2025-09-30&pageSize=100`);
    expect(population['summary']).toEqual([
      { category: 'dibao', households: 18 },
      { category: 'extreme-poverty', households: 2 },
      { category: 'other-hardship', households: 1 },
    ]);
    expect(population['total']).toBe(21);
    expect((await ok('ws_clerk2', 'GET', `${M}/population?asOf=2025-09-30`))['total']).toBe(0);
  });

  it('rejects an event file with a bad row as a whole, naming row and column', async () => {
    const bad = csv([
      HEADER,
      row('死亡', await citizenIdOf(households[0]?.headId as number), '2025-13-01'),
      row('中彩票', await citizenIdOf(households[1]?.headId as number), '2025-09-01'),
    ]);
    const r = await call('ws_reviewer', 'POST', `${M}/events/import`, bad);
    expect(r).toMatchObject({ status: 422, body: { code: 'IMPORT_REJECTED' } });
    expect((r.body['details'] as { row: number; column: string }[]).map((d) => [d.row, d.column])).toEqual([
      [2, '发生日期'],
      [3, '事件类别'],
    ]);
    expect(await world.db.db.selectFrom('department_event').select('id').execute()).toEqual([]);
  });

  it('turns imported events into warning tasks with deadlines in working days over the holiday', async () => {
    const kaihua = await world.divisionId('532601001');
    await ok('ws_approver', 'PUT', `${M}/thresholds/${kaihua}`, {
      config: {
        ...((await ok('ws_clerk', 'GET', `${M}/thresholds/${kaihua}`))['config'] as object),
        MED_OOP_HIGH: { enabled: true, incomeShare: 5_000, fixedAmountFen: 1_000_000, windowMonths: 12 },
      },
      handlingWorkingDays: 5,
    });
    const [a, b, c, d, e, f] = households.filter((h) => h.programme === 'dibao') as SeededHousehold[];
    if (!a || !b || !c || !d || !e || !f) throw new Error('households missing');
    const file = csv([
      HEADER,
      row('医疗费用结算', await citizenIdOf(a.headId), '2025-09-20', { amount: '18000.00' }),
      row('残疾人证', await citizenIdOf(b.memberIds[1] as number), '2025-09-18', { category: '肢体', grade: '二级' }),
      row('死亡', await citizenIdOf(c.headId), '2025-09-15'),
      row('失业登记', await citizenIdOf(d.memberIds[2] as number), '2025-09-10'),
      row('受灾', await citizenIdOf(e.headId), '2025-09-05', { description: '山洪冲毁住房' }),
      row('车辆登记', await citizenIdOf(f.headId), '2025-09-01', { description: '小型轿车一辆' }),
      row('死亡', '11010519491231002X', '2025-09-01'),
    ]);
    expect(await ok('ws_reviewer', 'POST', `${M}/events/import`, file)).toMatchObject({ rows: 7, matched: 6, unmatched: 1 });

    const run = await ok('ws_reviewer', 'POST', `${M}/evaluations`, { divisionId: await world.divisionId('532601'), asOf: '2025-09-30' });
    expect(run).toMatchObject({
      warnings: 6,
      events: 6,
      byCode: { MED_OOP_HIGH: 1, DISAB_NEW: 1, DEATH: 1, UNEMP_REG: 1, DISASTER: 1, ASSET_CHANGE: 1 },
    });
    expect(
      await ok('ws_reviewer', 'POST', `${M}/evaluations`, { divisionId: await world.divisionId('532601'), asOf: '2025-09-30' }),
    ).toMatchObject({ warnings: 0 });

    const list = await ok('ws_clerk', 'GET', `${M}/warnings?asOf=2025-10-09&pageSize=50`);
    expect(list['total']).toBe(6);
    // 5 working days after 30 Sep 2025: Oct 1–8 off, Oct 11 (Saturday) worked → Oct 14.
    expect(addWorkingDays('2025-09-30', 5)).toBe('2025-10-14');
    expect(new Set(list.items.map((w) => w['dueOn']))).toEqual(new Set(['2025-10-14']));
    expect(list.items.find((w) => w['code'] === 'DEATH')).toMatchObject({ ruleDueOn: '2025-12-15', householdId: c.id });
    expect((await ok('ws_clerk2', 'GET', `${M}/warnings`))['total']).toBe(0);
  });

  it('records outcomes; the overdue list keeps the rest; outsiders get 404', async () => {
    const list = await ok('ws_clerk', 'GET', `${M}/warnings?pageSize=50`);
    const [first, second, third] = list.items;
    const assisted = await ok('ws_clerk', 'POST', `${M}/warnings/${first?.['id']}/outcome`, {
      on: '2025-10-10',
      outcome: 'assisted',
      note: '已给予临时救助',
    });
    expect(assisted).toMatchObject({ onTime: true });
    expect(
      (await call('ws_clerk', 'POST', `${M}/warnings/${second?.['id']}/outcome`, { on: '2025-10-10', outcome: 'no-action' })).status,
    ).toBe(400);
    await ok('ws_clerk', 'POST', `${M}/warnings/${second?.['id']}/outcome`, {
      on: '2025-10-13',
      outcome: 'referred',
      referredTo: '医保局',
    });
    const late = await ok('ws_clerk', 'POST', `${M}/warnings/${third?.['id']}/outcome`, {
      on: '2025-10-20',
      outcome: 'no-action',
      note: '入户核实，家庭收入稳定',
    });
    expect(late).toMatchObject({ onTime: false });

    const before = await world.db.db
      .selectFrom('low_income_warning')
      .selectAll()
      .where('id', '=', Number(list.items[3]?.['id']))
      .executeTakeFirstOrThrow();
    expect((await call('ws_clerk2', 'POST', `${M}/warnings/${before.id}/outcome`, { on: '2025-10-10', outcome: 'assisted' })).status).toBe(
      404,
    );
    expect((await call('ws_clerk2', 'GET', `${M}/warnings/${before.id}`)).status).toBe(404);
    expect(await world.db.db.selectFrom('low_income_warning').selectAll().where('id', '=', before.id).executeTakeFirstOrThrow()).toEqual(
      before,
    );

    expect((await ok('ws_clerk', 'GET', `${M}/warnings?status=overdue&asOf=2025-10-15`))['total']).toBe(3);
    expect((await ok('ws_clerk', 'GET', `${M}/warnings?status=due-soon&asOf=2025-10-13`))['total']).toBe(3);
  });

  it('feeds plan monitoring: warnings handled on time / raised, population, rural/urban ratio', async () => {
    const wenshan = await world.divisionId('532601');
    const scope = { roots: [wenshan] };
    const [onTime] = await socialAssistanceIndicators.warningsHandledOnTime(world.db.db, { divisionIds: [wenshan], scope, year: 2025 });
    expect(onTime).toMatchObject({ numerator: 2, denominator: 6 });
    const [population] = await socialAssistanceIndicators.lowIncomePopulation(world.db.db, {
      divisionIds: [wenshan],
      scope,
      asOf: '2025-09-30',
    });
    expect(population?.numerator).toBe(21);
    const [ratio] = await socialAssistanceIndicators.dibaoRuralUrbanRatio(world.db.db, {
      divisionIds: [wenshan],
      scope,
      asOf: '2025-09-30',
    });
    expect(ratio).toMatchObject({ numerator: 71_000, denominator: 71_000 });
    expect(
      await socialAssistanceIndicators.warningsHandledOnTime(world.db.db, {
        divisionIds: [wenshan],
        scope: { roots: [await world.divisionId('532622')] },
        year: 2025,
      }),
    ).toEqual([]);
  });

  it('keeps the audit trail', async () => {
    const actions = (await world.db.db.selectFrom('audit_log').select('action').execute()).map((a) => a.action);
    for (const action of [
      'LOW_INCOME_FLAG_SET',
      'LOW_INCOME_THRESHOLDS_SET',
      'DEPARTMENT_EVENTS_IMPORTED',
      'LOW_INCOME_WARNINGS_EVALUATED',
      'LOW_INCOME_WARNING_HANDLED',
    ]) {
      expect(actions).toContain(action);
    }
  });
});
