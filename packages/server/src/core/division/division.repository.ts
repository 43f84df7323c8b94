import { sql } from 'kysely';
import type { DivisionLevel, TDivisionSummary } from '@mz/shared';
import type { Database } from '../../db/database';
import { withinScope, type Scope } from '../../platform/scope/scope';

// All SQL of the division core. Reads take a Scope; nothing is filtered in JavaScript.

const summaryColumns = (db: Database) =>
  db
    .selectFrom('division as d')
    .select([
      'd.id',
      'd.code',
      'd.name',
      'd.level',
      'd.parent_id as parentId',
      (eb) =>
        eb
          .exists(eb.selectFrom('division as c').select('c.id').whereRef('c.parent_id', '=', 'd.id').where('c.valid_to', 'is', null))
          .as('hasChildren'),
    ])
    .where('d.valid_to', 'is', null);

type SummaryRow = { id: number; code: string; name: string; level: string; parentId: number | null; hasChildren: boolean | number };
const toSummary = (r: SummaryRow): TDivisionSummary => ({ ...r, level: r.level as DivisionLevel, hasChildren: Boolean(r.hasChildren) });

export const findRoots = async (db: Database, scope: Scope) => {
  if (scope.roots.length === 0) return [];
  const rows = await summaryColumns(db).where('d.id', 'in', scope.roots).orderBy('d.code').execute();
  return rows.map(toSummary);
};

export const findChildren = async (db: Database, parentId: number, scope: Scope) => {
  const rows = await summaryColumns(db)
    .where('d.parent_id', '=', parentId)
    .where((eb) => withinScope(eb.ref('d.id'), scope))
    .orderBy('d.code')
    .execute();
  return rows.map(toSummary);
};

export const findDivision = async (db: Database, id: number, scope: Scope) => {
  const row = await db
    .selectFrom('division as d')
    .selectAll('d')
    .where('d.id', '=', id)
    .where((eb) => withinScope(eb.ref('d.id'), scope))
    .executeTakeFirst();
  return row;
};

export const findDivisionByCode = (db: Database, code: string) =>
  db.selectFrom('division').selectAll().where('code', '=', code).where('valid_to', 'is', null).executeTakeFirst();

export const searchDivisions = async (
  db: Database,
  query: { q?: string | undefined; level?: DivisionLevel | undefined; parentId?: number | undefined; page: number; pageSize: number },
  scope: Scope,
) => {
  let base = summaryColumns(db).where((eb) => withinScope(eb.ref('d.id'), scope));
  if (query.q) {
    const q = query.q;
    base = /^\d+$/.test(q) ? base.where('d.code', 'like', `${q}%`) : base.where('d.name', 'like', `%${q}%`);
  }
  if (query.level) base = base.where('d.level', '=', query.level);
  if (query.parentId !== undefined) base = base.where('d.parent_id', '=', query.parentId);
  const [items, total] = await Promise.all([
    base
      .orderBy('d.code')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(toSummary), total: Number(total.n) };
};

export const findAncestors = async (db: Database, id: number) => {
  const rows = await summaryColumns(db)
    .innerJoin('division_closure as dc', 'dc.ancestor_id', 'd.id')
    .where('dc.descendant_id', '=', id)
    .where('dc.depth', '>', 0)
    .orderBy('dc.depth', 'desc')
    .execute();
  return rows.map(toSummary);
};

export const findVersions = (db: Database, divisionId: number) =>
  db
    .selectFrom('division_version')
    .select(['code', 'name', 'parent_id as parentId', 'valid_from as validFrom', 'valid_to as validTo'])
    .where('division_id', '=', divisionId)
    .orderBy(sql`valid_from nulls first`)
    .execute();

export const findChanges = (db: Database, divisionId: number) =>
  db
    .selectFrom('division_change')
    .select([
      'id',
      'kind',
      'effective_on as effectiveOn',
      'from_division_ids as fromDivisionIds',
      'to_division_ids as toDivisionIds',
      'note',
    ])
    .where((eb) => eb.or([sql<boolean>`${divisionId} = any(from_division_ids)`, sql<boolean>`${divisionId} = any(to_division_ids)`]))
    .orderBy('effective_on')
    .execute();

/** Divisions of a subtree as they stood on `date` (effective-dated versions, not today's tree). */
export const findSubtreeAsOf = async (db: Database, rootId: number, date: string) => {
  const result = await sql<{ divisionId: number; code: string; name: string; parentId: number | null; depth: number }>`
    with recursive valid as (
      select division_id, code, name, parent_id from division_version
      where (valid_from is null or valid_from <= ${date}::date) and (valid_to is null or valid_to > ${date}::date)
    ), tree as (
      select division_id, code, name, parent_id, 0 as depth from valid where division_id = ${rootId}
      union all
      select v.division_id, v.code, v.name, v.parent_id, tree.depth + 1
      from valid v join tree on v.parent_id = tree.division_id
    )
    select division_id as "divisionId", code, name, parent_id as "parentId", depth from tree order by depth, code`.execute(db);
  return result.rows;
};

/** Close the current version of a division on `date` and open a new one with the given changes. */
export const writeNewVersion = async (
  db: Database,
  divisionId: number,
  date: string,
  change: { code?: string; name?: string; parentId?: number | null },
) => {
  const current = await db
    .selectFrom('division_version')
    .selectAll()
    .where('division_id', '=', divisionId)
    .where('valid_to', 'is', null)
    .executeTakeFirstOrThrow();
  await db.updateTable('division_version').set({ valid_to: date }).where('id', '=', current.id).execute();
  const next = {
    division_id: divisionId,
    code: change.code ?? current.code,
    name: change.name ?? current.name,
    parent_id: change.parentId === undefined ? current.parent_id : change.parentId,
    valid_from: date,
    valid_to: null,
  };
  await db.insertInto('division_version').values(next).execute();
  await db
    .updateTable('division')
    .set({ code: next.code, name: next.name, parent_id: next.parent_id })
    .where('id', '=', divisionId)
    .execute();
  return { before: current, after: next };
};

export const endDivision = async (db: Database, divisionId: number, date: string) => {
  await db
    .updateTable('division_version')
    .set({ valid_to: date })
    .where('division_id', '=', divisionId)
    .where('valid_to', 'is', null)
    .execute();
  await db.updateTable('division').set({ valid_to: date }).where('id', '=', divisionId).execute();
};

export const findCurrentChildIds = async (db: Database, parentId: number) =>
  (await db.selectFrom('division').select('id').where('parent_id', '=', parentId).where('valid_to', 'is', null).execute()).map((r) => r.id);

export const insertChange = (
  db: Database,
  change: { kind: string; effectiveOn: string; from: number[]; to: number[]; note: string | null; createdBy: number },
) =>
  db
    .insertInto('division_change')
    .values({
      kind: change.kind,
      effective_on: change.effectiveOn,
      from_division_ids: change.from,
      to_division_ids: change.to,
      note: change.note,
      created_by: change.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

export const isDescendant = async (db: Database, ancestorId: number, descendantId: number) =>
  Boolean(
    await db
      .selectFrom('division_closure')
      .select('depth')
      .where('ancestor_id', '=', ancestorId)
      .where('descendant_id', '=', descendantId)
      .executeTakeFirst(),
  );

export const levelOfDivisions = async (db: Database, ids: number[]) =>
  ids.length === 0 ? [] : db.selectFrom('division').select(['id', 'level', 'name']).where('id', 'in', ids).execute();
