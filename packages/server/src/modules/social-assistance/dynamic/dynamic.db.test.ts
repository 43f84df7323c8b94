import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { seedRecipients, villagesUnder, type SeededHousehold } from '../operations.test-support';
import { addWorkingDays } from '../social-assistance.rules';
import { ensureParameters, parameterValues } from '../social-assistance.test-support';

// Dynamic management on a real engine: rechecks (schedule, due lists per township, record), change
// reports with 渐退 and 停发 decided by the pure rules, the 特困 adulthood trigger with its 7-day 公示,
// the county-wide re-calculation after a standard change (effective from that month only), scope.

let world: World;
let county: number;
let households: SeededHousehold[];
const D = '/api/assistance/dynamic';

const call = async (user: string, method: string, url: string, payload?: unknown) => {
  const r = await world.as(user, method, url, payload);
  return { status: r.statusCode, body: r.json() as Record<string, unknown> };
};
const ok = async (user: string, method: string, url: string, payload?: unknown) => {
  const r = await call(user, method, url, payload);
  if (r.status !== 200) throw new Error(`${method} ${url}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as Record<string, unknown> & { id: number };
};
const periods = (recipientId: number) =>
  sql<{ from_month: string; to_month: string | null; monthly_amount_fen: number; standard_fen: number }>`
    select from_month, to_month, monthly_amount_fen, standard_fen from assistance_amount_period where recipient_id = ${recipientId} order by from_month`
    .execute(world.db.db)
    .then((r) => r.rows.map((p) => ({ ...p, monthly_amount_fen: Number(p.monthly_amount_fen), standard_fen: Number(p.standard_fen) })));
const recipient = (id: number) => world.db.db.selectFrom('assistance_recipient').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const dibao = (i: number) => households.filter((h) => h.programme === 'dibao')[i] as SeededHousehold;
const extreme = (i: number) => households.filter((h) => h.programme === 'extreme-poverty')[i] as SeededHousehold;

beforeAll(async () => {
  world = await createWorld();
  county = await world.divisionId('532601');
  await ensureParameters(world);
  households = await seedRecipients(world.db.db, {
    divisionIds: (await villagesUnder(world.db.db, '532601001')).slice(0, 4),
    count: 30,
    seqBase: 3,
  });
});
afterAll(async () => world.close());

describe('rechecks', () => {
  it('schedules every recipient from the parameters and lists the due ones per township', async () => {
    const scheduled = await ok('ws_approver', 'POST', `${D}/rechecks/schedule`, { divisionId: county });
    expect(scheduled['scheduled']).toBe(30);
    // Members of working age able to work → 低保 half-yearly (57号 Art. 31); 特困 yearly.
    expect((await recipient(dibao(0).recipientId)).next_review_on).toBe('2025-07-01');
    expect((await recipient(extreme(0).recipientId)).next_review_on).toBe('2026-01-01');
    const due = await ok('ws_clerk', 'GET', `${D}/rechecks/due?before=2025-12-31&pageSize=100`);
    expect(due['total']).toBe(27);
    expect(due['byTownship']).toEqual([{ townshipId: await world.divisionId('532601001'), townshipName: '开化街道', due: 27 }]);
    const outsider = await ok('ws_clerk2', 'GET', `${D}/rechecks/due?before=2025-12-31`);
    expect(outsider['total']).toBe(0);
  });

  it('records a recheck: next date by review class; a change found opens a change report', async () => {
    const same = await ok('ws_clerk', 'POST', `${D}/rechecks`, {
      recipientId: dibao(1).recipientId,
      on: '2025-07-03',
      outcome: 'no-change',
    });
    expect(same).toMatchObject({ nextReviewOn: '2026-01-03', intervalMonths: 6, changeReportId: null });
    const changed = await ok('ws_clerk', 'POST', `${D}/rechecks`, {
      recipientId: dibao(2).recipientId,
      on: '2025-09-26',
      outcome: 'change-found',
      kind: 'income',
      description: '户主外出务工',
    });
    const report = await ok('ws_clerk', 'GET', `${D}/change-reports/${changed['changeReportId']}`);
    // 10 working days across 国庆/中秋 2025 (Oct 1–8 off, Sep 28 and Oct 11 worked).
    expect(report).toMatchObject({ source: 'recheck', kind: 'income', reviewDueOn: '2025-10-16' });
    expect(addWorkingDays('2025-09-26', 10)).toBe('2025-10-16');
  });
});

describe('change reports and reviews', () => {
  it('an employment-caused income rise gives 渐退: amount unchanged for 6 months, then no payment', async () => {
    const h = dibao(3);
    await ok('ws_clerk', 'POST', `/api/assistance/households/${h.id}/income-items`, {
      items: [{ memberId: h.headId, kind: 'wage', month: '2025-08', amountFen: 800_000, withheldFen: 50_000 }],
    });
    const report = await ok('ws_clerk', 'POST', `${D}/change-reports`, {
      householdId: h.id,
      recipientId: h.recipientId,
      source: 'household',
      kind: 'employment',
      reportedOn: '2025-08-05',
      description: '户主8月起在园区就业',
    });
    expect(report).toMatchObject({ status: 'open', reviewDueOn: addWorkingDays('2025-08-05', 10) });
    const decided = await ok('ws_approver', 'POST', `${D}/change-reports/${report.id}/decision`, {
      on: '2025-08-20',
      action: 'reassess',
      incomePeriod: { from: '2025-08', to: '2025-08' },
      cause: 'employment',
    });
    expect(decided).toMatchObject({ status: 'decided', outcome: 'gradual-exit', effectiveMonth: '2026-03' });
    expect(JSON.stringify(decided['decision'])).toContain('DIBAO_GRADUAL_EXIT_GRANTED');
    expect(await recipient(h.recipientId)).toMatchObject({ status: 'gradual-exit', end_month: '2026-02-01' });
    const roll = async (month: string) => {
      const r = await ok('ws_approver', 'POST', '/api/assistance/payments/rolls', { divisionId: county, month });
      return (
        await sql<{
          memo: string;
          amount_fen: number;
        }>`select memo, amount_fen from payment_line where roll_id = ${r.id} and recipient_id = ${h.recipientId}`.execute(world.db.db)
      ).rows;
    };
    expect(await roll('2026-02')).toEqual([{ memo: '2026年2月低保金（渐退期）', amount_fen: h.amountFen }]);
    expect(await roll('2026-03')).toEqual([]);
  });

  it('停发 ends payment from the month after the decision; earlier months stay paid', async () => {
    const h = dibao(4);
    const report = await ok('ws_clerk', 'POST', `${D}/change-reports`, {
      householdId: h.id,
      recipientId: h.recipientId,
      source: 'staff',
      kind: 'property',
      reportedOn: '2025-09-01',
      description: '核查发现家庭购置小汽车',
    });
    const refused = await call('ws_approver', 'POST', `${D}/change-reports/${report.id}/decision`, { on: '2025-09-10', action: 'stop' });
    expect(refused.status).toBe(400);
    const decided = await ok('ws_approver', 'POST', `${D}/change-reports/${report.id}/decision`, {
      on: '2025-09-10',
      action: 'stop',
      reasonText: '家庭财产超过低保财产限额',
    });
    expect(decided).toMatchObject({ outcome: 'stop', effectiveMonth: '2025-10' });
    expect(await recipient(h.recipientId)).toMatchObject({ status: 'stopped', end_month: '2025-09-01' });
    expect((await periods(h.recipientId)).at(-1)).toMatchObject({ to_month: '2025-09-01' });
  });

  it('特困: a minor turning 18 out of school is terminated only after the 7-day 公示', async () => {
    const leaving = extreme(0);
    const staying = extreme(1);
    await sql`update household_member set birth_date = '2007-05-01' where id = ${leaving.headId}`.execute(world.db.db);
    await sql`update household_member set birth_date = '2007-04-01', student_stage = 'senior-high', student_full_time = true where id = ${staying.headId}`.execute(
      world.db.db,
    );
    const check = await ok('ws_approver', 'POST', `${D}/adulthood-checks`, { divisionId: county, asOf: '2025-06-01' });
    expect(check).toMatchObject({ checked: 2, terminate: 1, continue: 1 });
    expect(await ok('ws_approver', 'POST', `${D}/adulthood-checks`, { divisionId: county, asOf: '2025-06-01' })).toMatchObject({
      checked: 0,
    });
    const reports = await world.db.db
      .selectFrom('assistance_change_report')
      .selectAll()
      .where('kind', '=', 'adulthood')
      .orderBy('id')
      .execute();
    const open = reports.find((r) => r.recipient_id === leaving.recipientId);
    expect(open).toMatchObject({ status: 'open', proposed_outcome: 'terminate' });
    expect(reports.find((r) => r.recipient_id === staying.recipientId)).toMatchObject({ status: 'decided', outcome: 'no-change' });

    const publicised = await ok('ws_approver', 'POST', `${D}/change-reports/${open?.id}/decision`, {
      on: '2025-06-03',
      action: 'terminate',
      reasonText: '年满18周岁且未在校就读',
      publicity: { startsOn: '2025-06-03', location: '社区公示栏' },
    });
    expect(publicised).toMatchObject({
      status: 'in-publicity',
      publicity: { firstDay: '2025-06-03', lastDay: '2025-06-09', nextStepFrom: '2025-06-10' },
    });
    const early = await call('ws_approver', 'POST', `${D}/change-reports/${open?.id}/confirm`, { on: '2025-06-09', outcome: 'terminate' });
    expect(early).toMatchObject({ status: 409, body: { code: 'SOCIAL_ASSISTANCE_PUBLICITY_NOT_ENDED' } });
    expect((await recipient(leaving.recipientId)).status).toBe('active');
    const done = await ok('ws_approver', 'POST', `${D}/change-reports/${open?.id}/confirm`, { on: '2025-06-10', outcome: 'terminate' });
    expect(done).toMatchObject({ status: 'decided', outcome: 'terminate', effectiveMonth: '2025-07' });
    expect(await recipient(leaving.recipientId)).toMatchObject({ status: 'stopped', end_month: '2025-06-01' });
  });

  it('outsiders get 404 and change nothing', async () => {
    const h = dibao(5);
    const report = await ok('ws_clerk', 'POST', `${D}/change-reports`, {
      householdId: h.id,
      source: 'household',
      kind: 'death',
      reportedOn: '2025-09-01',
      description: '家庭成员去世',
    });
    expect(report['reviewDueOn']).toBe('2025-12-01');
    expect((await call('ws_clerk2', 'GET', `${D}/change-reports/${report.id}`)).status).toBe(404);
    const before = await world.db.db
      .selectFrom('assistance_change_report')
      .selectAll()
      .where('id', '=', report.id)
      .executeTakeFirstOrThrow();
    const r = await call('ys_approver', 'POST', `${D}/change-reports/${report.id}/decision`, { on: '2025-09-10', action: 'no-change' });
    expect(r).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect(
      await world.db.db.selectFrom('assistance_change_report').selectAll().where('id', '=', report.id).executeTakeFirstOrThrow(),
    ).toEqual(before);
    expect(
      (
        await call('ws_clerk2', 'POST', `${D}/change-reports`, {
          householdId: h.id,
          source: 'staff',
          kind: 'other',
          reportedOn: '2025-09-01',
          description: 'x',
        })
      ).status,
    ).toBe(404);
  });
});

describe('re-calculation after a standard change', () => {
  it('writes new amounts from the change month only, with the pure rules, and flags who no longer qualifies', async () => {
    // A new version from 2025-11 (S = 750), entered directly so only this use case re-computes amounts.
    const version = await world.db.db
      .insertInto('assistance_parameter')
      .values({
        province_code: '53',
        division_id: county,
        valid_from: '2025-11-01',
        valid_to: null,
        params: JSON.stringify(parameterValues({ urbanFen: 75_000, ruralFen: 75_000 })),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`update assistance_parameter set valid_to = '2025-10-31' where division_id = ${county} and valid_from < '2025-11-01' and valid_to is null`.execute(
      world.db.db,
    );
    const rich = dibao(6);
    await sql`update assistance_recipient set counted_income_fen = 230000 where id = ${rich.recipientId}`.execute(world.db.db);
    const h = dibao(7);
    const before = await periods(h.recipientId);

    const run = await ok('ws_approver', 'POST', `${D}/recalculations`, { divisionId: county, fromMonth: '2025-11' });
    expect(run).toMatchObject({ parameterId: version.id, flagged: 1, batches: 1 });
    const active = await world.db.db
      .selectFrom('assistance_recipient')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    expect(run['recipients']).toBe(Number(active.n));
    const income = Number((await recipient(h.recipientId)).counted_income_fen);
    expect(await periods(h.recipientId)).toEqual([
      { ...before[0], to_month: '2025-10-01' },
      { from_month: '2025-11-01', to_month: null, monthly_amount_fen: Math.round((75_000 * 3 - income) / 100) * 100, standard_fen: 75_000 },
    ]);
    // The household over the new line keeps its amount and gets a review instead of a silent stop.
    const review = await world.db.db
      .selectFrom('assistance_change_report')
      .selectAll()
      .where('recipient_id', '=', rich.recipientId)
      .where('kind', '=', 'standard-change')
      .execute();
    expect(review).toHaveLength(1);
    // Re-running changes nothing more.
    expect(await ok('ws_approver', 'POST', `${D}/recalculations`, { divisionId: county, fromMonth: '2025-11' })).toMatchObject({
      changed: 0,
      flagged: 0,
    });
    expect((await periods(h.recipientId)).length).toBe(2);
    const audit = await world.db.db.selectFrom('audit_log').select('after').where('action', '=', 'AMOUNTS_RECALCULATED').execute();
    expect(audit).toHaveLength(2);
  });
});
