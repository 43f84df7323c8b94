import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { createDemoCaseload } from '../demo/demo-caseload';
import { ensureParameters } from '../social-assistance.test-support';
import * as repo from './registry.repository';

// The household detail reads its parts in one json-aggregating statement: the rows, their order,
// their key order and their value types (Date for timestamps) must match the per-table queries.

let w: World;
const now = () => new Date('2026-11-23T04:00:00Z');
beforeAll(async () => {
  w = await createWorld({ now });
  await ensureParameters(w);
  await createDemoCaseload(w.db.db, now);
  // The demo has no obligors, property or changes: give two households some (numeric, jsonb, timestamps).
  const members = await w.db.db.selectFrom('household_member').selectAll().orderBy('id').limit(2).execute();
  for (const [i, m] of members.entries()) {
    const owner = { province_code: m.province_code, household_id: m.household_id, division_id: m.division_id };
    await w.db.db
      .insertInto('household_obligor')
      .values({
        ...owner,
        name: `赡养人${i}`,
        citizen_id: null,
        relation: '子女',
        birth_date: '1980-02-03',
        annual_income_fen: 1_234_500,
        supports_member_id: m.id,
        address: null,
        deceased: false,
        monthly_support_fen: 0,
        financial_assets_fen: 0,
        is_extreme_poverty: false,
        is_dibao: false,
        disability_category: null,
        disability_grade: null,
        no_civil_capacity: false,
        declared_missing: false,
        imprisoned: false,
        provincial_incapacity_case: null,
        valid_to: null,
      })
      .execute();
    await w.db.db
      .insertInto('property_item')
      .values({ ...owner, owner_member_id: m.id, kind: 'house', value_fen: 30_000_000, floor_area_m2: 85.5, employs_others: null })
      .execute();
    await w.db.db
      .insertInto('household_change')
      .values([
        {
          ...owner,
          kind: 'add-member',
          payload: JSON.stringify({ member: { name: '新成员', citizenId: null }, n: [1, 2] }),
          reason: '出生',
          effective_on: '2026-01-02',
        },
        {
          ...owner,
          kind: 'change-head',
          status: 'applied',
          payload: '{}',
          reason: '户主变更',
          effective_on: '2026-02-03',
          decided_at: new Date('2026-03-04T05:06:07.891Z'),
        },
      ])
      .execute();
  }
});
afterAll(async () => w.close());

const separately = async (id: number) => {
  const db = w.db.db;
  const [members, obligors, income, property, changes, recipients, applications] = await Promise.all([
    repo.findMembers(db, id, { includeEnded: true }),
    repo.findObligors(db, id),
    repo.findIncomeItems(db, id),
    repo.findPropertyItems(db, id),
    repo.findChanges(db, id),
    repo.findRecipients(db, id),
    db
      .selectFrom('assistance_application')
      .select(['id', 'programme', 'status', 'applied_on', 'decided_on', 'decision', 'amount_fen'])
      .where('household_id', '=', id)
      .orderBy('id', 'desc')
      .execute(),
  ]);
  return { members, obligors, income, property, changes, recipients, applications };
};

describe('household detail parts', () => {
  it('match the per-table queries for every demo household, values, order and types', async () => {
    const households = await w.db.db.selectFrom('household').select('id').orderBy('id').execute();
    expect(households.length).toBeGreaterThan(0);
    const seen = { members: 0, obligors: 0, income: 0, property: 0, changes: 0, recipients: 0, applications: 0 };
    for (const { id } of households) {
      const [combined, expected] = await Promise.all([repo.findHouseholdDetailParts(w.db.db, id), separately(id)]);
      expect(combined).toEqual(expected);
      expect(JSON.stringify(combined)).toBe(JSON.stringify(expected));
      for (const key of Object.keys(seen) as (keyof typeof seen)[]) seen[key] += expected[key].length;
    }
    // The comparison covered real rows of every part the demo fills.
    expect(seen.members).toBeGreaterThan(households.length);
    for (const key of Object.keys(seen) as (keyof typeof seen)[]) expect(seen[key], key).toBeGreaterThan(0);
  });

  it('gives empty lists for a household without parts', async () => {
    const parts = await repo.findHouseholdDetailParts(w.db.db, -1);
    expect(parts).toEqual({ members: [], obligors: [], income: [], property: [], changes: [], recipients: [], applications: [] });
  });
});
