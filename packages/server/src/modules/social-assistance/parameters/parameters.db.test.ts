import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAssignment, insertUser } from '../../../core/identity/identity.repository';
import { hashPassword } from '../../../platform/auth/password';
import { DEMO_PASSWORD } from '../../../seed/demo-accounts';
import { createWorld, type World } from '../../../../test/world';
import { socialAssistanceQueries as socialAssistanceIndicators } from '../social-assistance.indicators';
import { caseAt, parameterValues } from '../social-assistance.test-support';
import { assessCase } from '../workflow/assessment';

// Parameter versions resolved up the division tree; a new standard from a date re-computes the affected
// monthly amounts from that month on only (set-based), and the indicators monitoring consumes.

let w: World;
let wenshan: number;
let kaihua: number;
beforeAll(async () => {
  w = await createWorld();
  wenshan = await w.divisionId('532601');
  kaihua = await w.divisionId('532601001');
  const user = await insertUser(w.db.db, {
    username: 'yn_approver',
    displayName: '云南省审批（测试）',
    passwordHash: await hashPassword(DEMO_PASSWORD),
    divisionId: await w.divisionId('530000'),
  });
  await insertAssignment(w.db.db, { userId: user.id, role: 'county_approver', divisionId: await w.divisionId('530000') });
});
afterAll(async () => w.close());

const periods = (recipientId: number) =>
  w.db.db
    .selectFrom('assistance_amount_period')
    .select(['from_month', 'to_month', 'standard_fen', 'monthly_amount_fen'])
    .where('recipient_id', '=', recipientId)
    .orderBy('from_month')
    .execute();
const post = async (user: string, payload: unknown) => {
  const r = await w.as(user, 'POST', '/api/assistance/parameters', payload);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as { id: number; validTo: string | null; recomputedFromMonth: string; recomputedPeriods: number };
};

describe('parameter registry', () => {
  it('re-computes amounts from the new standard’s month only, agreeing with the pure rules', async () => {
    const { applicationId } = await caseAt(w, 'approved');
    const recipient = await w.db.db
      .selectFrom('assistance_recipient')
      .select('id')
      .where('application_id', '=', applicationId)
      .executeTakeFirstOrThrow();
    expect(await periods(recipient.id)).toEqual([
      { from_month: '2025-11-01', to_month: null, standard_fen: 71_000, monthly_amount_fen: 52_000 },
    ]);

    const raised = await post('ws_approver', {
      divisionId: wenshan,
      validFrom: '2026-01-01',
      values: parameterValues({ urbanFen: 80_000, ruralFen: 80_000 }),
      note: '2026年提标',
    });
    expect(raised).toMatchObject({ validTo: null, recomputedFromMonth: '2026-01-01', recomputedPeriods: 1 });
    expect(await periods(recipient.id)).toEqual([
      { from_month: '2025-11-01', to_month: '2025-12-01', standard_fen: 71_000, monthly_amount_fen: 52_000 },
      { from_month: '2026-01-01', to_month: null, standard_fen: 80_000, monthly_amount_fen: 79_000 },
    ]);
    const app = await w.db.db.selectFrom('assistance_application').selectAll().where('id', '=', applicationId).executeTakeFirstOrThrow();
    expect((await assessCase(w.db.db, app, app.division_id, '2026-01-15', {})).amountFen).toBe(79_000);

    // A version inserted between two others closes the earlier one and ends before the later one; it
    // covers no full month here, so no amount changes.
    const between = await post('ws_approver', {
      divisionId: wenshan,
      validFrom: '2025-12-10',
      values: parameterValues({ urbanFen: 75_000, ruralFen: 75_000 }),
    });
    expect(between).toMatchObject({ validTo: '2025-12-31', recomputedPeriods: 0 });
    const versions = await w.db.db
      .selectFrom('assistance_parameter')
      .select(['valid_from', 'valid_to'])
      .where('division_id', '=', wenshan)
      .orderBy('valid_from')
      .execute();
    expect(versions).toEqual([
      { valid_from: '2024-07-01', valid_to: '2025-12-09' },
      { valid_from: '2025-12-10', valid_to: '2025-12-31' },
      { valid_from: '2026-01-01', valid_to: null },
    ]);

    // A province version does not override the county's own: the nearest ancestor wins.
    await post('yn_approver', {
      divisionId: await w.divisionId('530000'),
      validFrom: '2025-06-01',
      values: parameterValues({ urbanFen: 99_900, ruralFen: 99_900 }),
    });
    expect((await periods(recipient.id)).map((p) => p.monthly_amount_fen)).toEqual([52_000, 79_000]);
    const resolved = await w.as('ws_clerk', 'GET', `/api/assistance/parameters/resolve?divisionId=${kaihua}&date=2026-02-01`);
    expect(
      (resolved.json() as { version: { values: { dibaoStandardFen: { urban: number } } } }).version.values.dibaoStandardFen.urban,
    ).toBe(80_000);
    const yanshan = await w.divisionId('532622');
    const provincial = (
      await w.as('ys_reviewer', 'GET', `/api/assistance/parameters/resolve?divisionId=${yanshan}&date=2026-02-01`)
    ).json() as { version: { values: { dibaoStandardFen: { urban: number } } } };
    expect(provincial.version.values.dibaoStandardFen.urban).toBe(99_900);
    expect((await w.as('ys_reviewer', 'GET', `/api/assistance/parameters/resolve?divisionId=${kaihua}&date=2026-02-01`)).statusCode).toBe(
      404,
    );

    const audit = await w.db.db.selectFrom('audit_log').select('action').where('entity', '=', 'assistance_parameter').execute();
    expect(audit.filter((a) => a.action === 'ASSISTANCE_PARAMETERS_CREATED').length).toBeGreaterThanOrEqual(4);
  });

  it('refuses parameters below county level and outside the caller scope', async () => {
    expect(
      (
        await w.as('ws_approver', 'POST', '/api/assistance/parameters', {
          divisionId: kaihua,
          validFrom: '2026-03-01',
          values: parameterValues(),
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await w.as('ys_approver', 'POST', '/api/assistance/parameters', {
          divisionId: wenshan,
          validFrom: '2026-03-01',
          values: parameterValues(),
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('indicators for plan monitoring', () => {
  it('counts recipients by programme, 临时救助 per year and the recipient-weighted 低保 standard, per division subtree and scope', async () => {
    const scope = { roots: [wenshan] };
    const recipients = await socialAssistanceIndicators.recipientsByProgramme(w.db.db, {
      divisionIds: [wenshan, kaihua],
      scope,
      asOf: '2026-02-15',
    });
    const value = (
      rows: { divisionId: number; key: string; numerator: number; denominator: number | null }[],
      divisionId: number,
      key: string,
    ) => rows.find((r) => r.divisionId === divisionId && r.key === key);
    expect(value(recipients, kaihua, 'recipients.dibao.households')?.numerator).toBe(1);
    expect(value(recipients, wenshan, 'recipients.dibao.persons')?.numerator).toBe(3);
    expect(value(recipients, wenshan, 'recipients.extreme-poverty.persons')?.numerator).toBe(0);
    expect(
      await socialAssistanceIndicators.recipientsByProgramme(w.db.db, { divisionIds: [wenshan], scope, asOf: '2025-10-15' }),
    ).toContainEqual(expect.objectContaining({ key: 'recipients.dibao.households', numerator: 0 }));

    const standard = await socialAssistanceIndicators.averageDibaoStandard(w.db.db, { divisionIds: [wenshan], scope, asOf: '2026-02-15' });
    expect(value(standard, wenshan, 'dibao-standard.urban')).toMatchObject({ numerator: 240_000, denominator: 3 });
    expect(value(standard, wenshan, 'dibao-standard.rural')).toMatchObject({ numerator: 0, denominator: 0 });

    const temporary = await socialAssistanceIndicators.temporaryAssistanceByYear(w.db.db, { divisionIds: [wenshan], scope, year: 2025 });
    expect(value(temporary, wenshan, 'temporary-assistance.grants')?.numerator).toBe(0);

    const outside = await socialAssistanceIndicators.recipientsByProgramme(w.db.db, {
      divisionIds: [wenshan],
      scope: { roots: [await w.divisionId('532622')] },
      asOf: '2026-02-15',
    });
    expect(outside).toEqual([]);
  });
});

// Runs last: it adds an approved case and a later version, which the tests above do not expect.
describe('分档 parameters (57号 Art. 23)', () => {
  it('分档: a version with tiers re-computes amounts by tier, set-based, agreeing with the pure rules', async () => {
    const { applicationId } = await caseAt(w, 'approved');
    const app = await w.db.db.selectFrom('assistance_application').selectAll().where('id', '=', applicationId).executeTakeFirstOrThrow();
    const recipient = await w.db.db
      .selectFrom('assistance_recipient')
      .select(['id', 'member_count', 'counted_income_fen'])
      .where('application_id', '=', applicationId)
      .executeTakeFirstOrThrow();
    const base = parameterValues({ urbanFen: 80_000, ruralFen: 80_000 });
    // 3 members, I = 1,610 → per capita 536.67 = 67 % of S 800: 二档 (below 70 %).
    expect([recipient.member_count, recipient.counted_income_fen]).toEqual([3, 161_000]);
    const tiers = [
      { code: 'A', label: '一档', maxIncomeShare: 4_000, amountPerPersonFen: 80_000 },
      { code: 'B', label: '二档', maxIncomeShare: 7_000, amountPerPersonFen: 45_000 },
      { code: 'C', label: '三档', maxIncomeShare: null, amountPerPersonFen: 20_000 },
    ];
    const tiered = await post('ws_approver', {
      divisionId: wenshan,
      validFrom: '2026-06-01',
      values: { ...base, dibao: { ...base.dibao, benefitTiers: tiers } },
      note: '改为分档发放',
    });
    expect(tiered.recomputedPeriods).toBeGreaterThanOrEqual(1);
    const after = await periods(recipient.id);
    expect(after.at(-1)).toMatchObject({ from_month: '2026-06-01', to_month: null, standard_fen: 80_000, monthly_amount_fen: 135_000 });
    expect((await assessCase(w.db.db, app, app.division_id, '2026-06-15', {})).amountFen).toBe(135_000);

    // An unordered tier list is refused with a Chinese message.
    const bad = await w.as('ws_approver', 'POST', '/api/assistance/parameters', {
      divisionId: wenshan,
      validFrom: '2026-07-01',
      values: { ...base, dibao: { ...base.dibao, benefitTiers: [tiers[1], tiers[0], tiers[2]] } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('逐档递增');
  });
});
