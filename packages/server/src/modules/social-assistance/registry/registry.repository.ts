import { sql, type Insertable, type Updateable } from 'kysely';
import { LIVE_APPLICATION_STATUSES, type THouseholdSearchQuery } from '@mz/shared';
import type { Database } from '../../../db/database';
import { withinScope, type Scope } from '../../../platform/scope/scope';
import type { HouseholdMemberTable, HouseholdTable } from '../social-assistance.tables';

// All SQL of the household registry. Reads take a Scope (closure-table EXISTS via withinScope).

export const findHousehold = (db: Database, id: number, scope: Scope) =>
  db
    .selectFrom('household as h')
    .innerJoin('division as d', 'd.id', 'h.division_id')
    .selectAll('h')
    .select(['d.name as division_name', 'd.code as division_code'])
    .where('h.id', '=', id)
    .where((eb) => withinScope(eb.ref('h.division_id'), scope))
    .executeTakeFirst();
export type HouseholdRow = NonNullable<Awaited<ReturnType<typeof findHousehold>>>;

/** A division a household may belong to: current, township or village level, within scope. */
export const findHouseholdDivision = (db: Database, id: number, scope: Scope) =>
  db
    .selectFrom('division as d')
    .select(['d.id', 'd.code', 'd.name', 'd.level'])
    .where('d.id', '=', id)
    .where('d.valid_to', 'is', null)
    .where((eb) => withinScope(eb.ref('d.id'), scope))
    .executeTakeFirst();

export const findMembers = (db: Database, householdId: number, options: { includeEnded?: boolean } = {}) => {
  let q = db.selectFrom('household_member').selectAll().where('household_id', '=', householdId);
  if (!options.includeEnded) q = q.where('valid_to', 'is', null);
  return q
    .orderBy(sql`relation = 'self'`, 'desc')
    .orderBy('id')
    .execute();
};

export const insertHousehold = (db: Database, row: Insertable<HouseholdTable>) =>
  db.insertInto('household').values(row).returningAll().executeTakeFirstOrThrow();

export const insertMembers = (db: Database, rows: Insertable<HouseholdMemberTable>[]) =>
  rows.length === 0 ? Promise.resolve([]) : db.insertInto('household_member').values(rows).returningAll().execute();

/** Optimistic update: only when the caller saw the current version. */
export const updateHousehold = (db: Database, id: number, version: number, patch: Updateable<HouseholdTable>) =>
  db
    .updateTable('household')
    .set({ ...patch, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

export const bumpHousehold = (db: Database, id: number, patch: Updateable<HouseholdTable> = {}) =>
  db
    .updateTable('household')
    .set({ ...patch, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const updateMember = (db: Database, householdId: number, memberId: number, patch: Updateable<HouseholdMemberTable>) =>
  db
    .updateTable('household_member')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', memberId)
    .where('household_id', '=', householdId)
    .where('valid_to', 'is', null)
    .returningAll()
    .executeTakeFirst();

/** End a member's membership (history kept: the row stays with valid_to). */
export const endMembers = (db: Database, memberIds: number[], validTo: string, reason: string) =>
  memberIds.length === 0
    ? Promise.resolve([])
    : db
        .updateTable('household_member')
        .set({ valid_to: validTo, end_reason: reason, updated_at: new Date() })
        .where('id', 'in', memberIds)
        .where('valid_to', 'is', null)
        .returningAll()
        .execute();

/** Live members (in any household, unscoped) holding one of these ID numbers. The caller decides what to reveal. */
export const findLiveMembersByCitizenIds = (db: Database, citizenIds: string[], excludeHouseholdId?: number) => {
  if (citizenIds.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('household_member as m')
    .innerJoin('household as h', (j) => j.onRef('h.id', '=', 'm.household_id').onRef('h.province_code', '=', 'm.province_code'))
    .innerJoin('division as d', 'd.id', 'h.division_id')
    .select(['m.citizen_id', 'm.name', 'm.household_id', 'h.division_id', 'd.name as division_name'])
    .where('m.valid_to', 'is', null)
    .where('h.status', '=', 'active')
    .where(sql<boolean>`m.citizen_id = any(${sql.val(citizenIds)}::text[])`);
  if (excludeHouseholdId !== undefined) q = q.where('m.household_id', '<>', excludeHouseholdId);
  return q.execute();
};

/** Which of these divisions lie in the scope (used to decide whether a conflict may be named). */
export const divisionsInScope = async (db: Database, divisionIds: number[], scope: Scope) => {
  if (divisionIds.length === 0) return new Set<number>();
  const rows = await db
    .selectFrom('division as d')
    .select('d.id')
    .where('d.id', 'in', divisionIds)
    .where((eb) => withinScope(eb.ref('d.id'), scope))
    .execute();
  return new Set(rows.map((r) => r.id));
};

export const searchHouseholds = async (db: Database, query: THouseholdSearchQuery, scope: Scope) => {
  let base = db
    .selectFrom('household as h')
    .innerJoin('division as d', 'd.id', 'h.division_id')
    .where((eb) => withinScope(eb.ref('h.division_id'), scope));
  if (query.divisionId !== undefined) {
    const root = query.divisionId;
    base = base.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('division_closure as dc')
          .select('dc.depth')
          .where('dc.ancestor_id', '=', root)
          .whereRef('dc.descendant_id', '=', 'h.division_id'),
      ),
    );
  }
  if (query.status) base = base.where('h.status', '=', query.status);
  if (query.name) {
    const prefix = `${query.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where('h.id', 'in', (eb) =>
      eb.selectFrom('household_member as m').select('m.household_id').where('m.valid_to', 'is', null).where('m.name', 'like', prefix),
    );
  }
  if (query.citizenId) {
    const id = query.citizenId.toUpperCase();
    base = base.where('h.id', 'in', (eb) => eb.selectFrom('household_member as m').select('m.household_id').where('m.citizen_id', '=', id));
  }
  if (query.programme) {
    const programme = query.programme;
    base = base.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('assistance_recipient as r')
            .select('r.id')
            .whereRef('r.household_id', '=', 'h.id')
            .where('r.programme', '=', programme)
            .where('r.status', '<>', 'stopped'),
        ),
        eb.exists(
          eb
            .selectFrom('assistance_application as a')
            .select('a.id')
            .whereRef('a.household_id', '=', 'h.id')
            .where('a.programme', '=', programme)
            .where('a.status', 'in', [...LIVE_APPLICATION_STATUSES]),
        ),
      ]),
    );
  }
  const [items, total] = await Promise.all([
    base
      .leftJoin('household_member as hm', (j) =>
        j.onRef('hm.id', '=', 'h.head_member_id').onRef('hm.province_code', '=', 'h.province_code'),
      )
      .select([
        'h.id',
        'h.division_id',
        'd.name as division_name',
        'h.area_type',
        'h.address',
        'h.status',
        'hm.name as head_name',
        'hm.citizen_id as head_citizen_id',
        sql<number>`(select count(*) from household_member m2 where m2.household_id = h.id and m2.valid_to is null)`.as('member_count'),
        sql<
          string[] | null
        >`(select array_agg(distinct r.programme) from assistance_recipient r where r.household_id = h.id and r.status <> 'stopped')`.as(
          'programmes',
        ),
      ])
      .orderBy('h.id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
};

export const findObligors = (db: Database, householdId: number) =>
  db
    .selectFrom('household_obligor')
    .selectAll()
    .where('household_id', '=', householdId)
    .where('valid_to', 'is', null)
    .orderBy('id')
    .execute();

export const findIncomeItems = (db: Database, householdId: number) =>
  db.selectFrom('income_item').selectAll().where('household_id', '=', householdId).orderBy('month').orderBy('id').execute();

export const findPropertyItems = (db: Database, householdId: number) =>
  db.selectFrom('property_item').selectAll().where('household_id', '=', householdId).orderBy('id').execute();

export const findChanges = (db: Database, householdId: number) =>
  db.selectFrom('household_change').selectAll().where('household_id', '=', householdId).orderBy('id', 'desc').execute();

export const findRecipients = (db: Database, householdId: number) =>
  db.selectFrom('assistance_recipient').selectAll().where('household_id', '=', householdId).orderBy('id').execute();

export const findApplicationSummaries = (db: Database, householdId: number) =>
  db
    .selectFrom('assistance_application')
    .select(['id', 'programme', 'status', 'applied_on', 'decided_on', 'decision', 'amount_fen'])
    .where('household_id', '=', householdId)
    .orderBy('id', 'desc')
    .execute();
