import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { LIVE_APPLICATION_STATUSES, type THouseholdSearchQuery } from '@mz/shared';
import type { Database } from '../../../db/database';
import { pageTotal } from '../../../db/bounded-count';
import { withinScope, type Scope } from '../../../platform/scope/scope';
import type {
  AssistanceApplicationTable,
  AssistanceRecipientTable,
  HouseholdChangeTable,
  HouseholdMemberTable,
  HouseholdObligorTable,
  HouseholdTable,
  IncomeItemTable,
  PropertyItemTable,
} from '../social-assistance.tables';

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

/** Household filters of the list and the export (the export takes the same query minus paging). */
export type HouseholdFilter = Omit<THouseholdSearchQuery, 'page' | 'pageSize'>;

/** FROM household h, scoped and filtered: shared by the list, its count and the export. */
export const householdFilter = (db: Database, query: HouseholdFilter, scope: Scope) => {
  let base = db.selectFrom('household as h').where((eb) => withinScope(eb.ref('h.division_id'), scope));
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
  return base;
};

/**
 * A member-name prefix such as one common surname matches a large share of a province, and each match
 * costs a member lookup, so name searches count exactly only up to 200 (then 「超过 200 条」): a name
 * search is for finding a family, and more than ten pages of one surname is a cue to type more.
 */
const NAME_SEARCH_COUNT_CAP = 200;

export const searchHouseholds = async (db: Database, query: THouseholdSearchQuery, scope: Scope) => {
  const base = householdFilter(db, query, scope);
  // The page first (scope, filters, order and limit over household alone), then only its rows are
  // decorated: joining division and the head member before the LIMIT made the planner weigh join
  // orders over the whole subtree — at province size planning + execution 1.6 → 0.5 ms per page.
  const page = base
    .select(['h.id', 'h.division_id', 'h.area_type', 'h.address', 'h.status', 'h.head_member_id', 'h.province_code'])
    .orderBy('h.id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const items = await db
    .selectFrom(page.as('p'))
    .leftJoin('household_member as hm', (j) => j.onRef('hm.id', '=', 'p.head_member_id').onRef('hm.province_code', '=', 'p.province_code'))
    .select([
      'p.id',
      'p.division_id',
      sql<string>`(select d.name from division d where d.id = p.division_id)`.as('division_name'),
      'p.area_type',
      'p.address',
      'p.status',
      'hm.name as head_name',
      'hm.citizen_id as head_citizen_id',
      sql<number>`(select count(*) from household_member m2 where m2.household_id = p.id and m2.valid_to is null)`.as('member_count'),
      sql<
        string[] | null
      >`(select array_agg(distinct r.programme) from assistance_recipient r where r.household_id = p.id and r.status <> 'stopped')`.as(
        'programmes',
      ),
    ])
    .orderBy('p.id', 'desc')
    .execute();
  const counted = await pageTotal(db, base, { ...query, items: items.length }, query.name ? NAME_SEARCH_COUNT_CAP : undefined);
  return { items, ...counted };
};

/** Timestamp columns of the detail rows: json gives them as text, the row queries as Date. */
const TIMESTAMP_KEYS = ['created_at', 'updated_at', 'requested_at', 'decided_at'] as const;
const withDates = <T>(rows: T[]): T[] => {
  for (const row of rows as Record<string, unknown>[]) {
    for (const key of TIMESTAMP_KEYS) {
      const value = row[key];
      if (typeof value === 'string') row[key] = new Date(value);
    }
  }
  return rows;
};

type ApplicationSummary = Pick<
  Selectable<AssistanceApplicationTable>,
  'id' | 'programme' | 'status' | 'applied_on' | 'decided_on' | 'decision' | 'amount_fen'
>;

/**
 * Everything the household detail shows besides the household row, in one statement (json
 * aggregation, column order kept): the same rows and orders as findMembers (with ended members),
 * findObligors, findIncomeItems, findPropertyItems, findChanges and findRecipients, and the
 * application summaries (newest first). The caller has checked the household is in scope.
 */
export const findHouseholdDetailParts = async (db: Database, householdId: number) => {
  const { rows } = await sql<{
    members: Selectable<HouseholdMemberTable>[];
    obligors: Selectable<HouseholdObligorTable>[];
    income: Selectable<IncomeItemTable>[];
    property: Selectable<PropertyItemTable>[];
    changes: Selectable<HouseholdChangeTable>[];
    recipients: Selectable<AssistanceRecipientTable>[];
    applications: ApplicationSummary[];
  }>`
    select
      (select coalesce(json_agg(m order by m.relation = 'self' desc, m.id), '[]') from household_member m where m.household_id = ${householdId}) as members,
      (select coalesce(json_agg(o order by o.id), '[]') from household_obligor o where o.household_id = ${householdId} and o.valid_to is null) as obligors,
      (select coalesce(json_agg(i order by i.month, i.id), '[]') from income_item i where i.household_id = ${householdId}) as income,
      (select coalesce(json_agg(p order by p.id), '[]') from property_item p where p.household_id = ${householdId}) as property,
      (select coalesce(json_agg(c order by c.id desc), '[]') from household_change c where c.household_id = ${householdId}) as changes,
      (select coalesce(json_agg(r order by r.id), '[]') from assistance_recipient r where r.household_id = ${householdId}) as recipients,
      (select coalesce(json_agg(json_build_object('id', a.id, 'programme', a.programme, 'status', a.status, 'applied_on', a.applied_on,
                'decided_on', a.decided_on, 'decision', a.decision, 'amount_fen', a.amount_fen) order by a.id desc), '[]')
         from assistance_application a where a.household_id = ${householdId}) as applications`.execute(db);
  const parts = rows[0];
  if (!parts) throw new Error('household detail query returned no row');
  return {
    members: withDates(parts.members),
    obligors: withDates(parts.obligors),
    income: withDates(parts.income),
    property: withDates(parts.property),
    changes: withDates(parts.changes),
    recipients: withDates(parts.recipients),
    applications: parts.applications,
  };
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
