import { sql } from 'kysely';
import type { Database } from '../../../db/database';

// SQL of collected values, 偏离说明 and the lock check. Writes are set-based (one statement per save).

export type ValueRowInput = {
  province_code: string;
  plan_indicator_id: number;
  division_id: number;
  year: number;
  quarter: number;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  weight: number | null;
  denominator_weight: number | null;
  reference_value: number | null;
  source: 'computed' | 'reported' | 'demo';
  note: string | null;
  entered_by: number | null;
};

export const findOwnValues = async (db: Database, indicatorIds: number[], divisionId: number, years: number[], quarter: number) =>
  indicatorIds.length === 0 || years.length === 0
    ? []
    : db
        .selectFrom('monitoring_indicator_value')
        .selectAll()
        .where('plan_indicator_id', 'in', indicatorIds)
        .where('division_id', '=', divisionId)
        .where('year', 'in', years)
        .where('quarter', '=', quarter)
        .execute();

export type StoredValue = Awaited<ReturnType<typeof findOwnValues>>[number];

/**
 * Rows of the same indicator and period stored at a strict ancestor (`isBelow` false) or descendant
 * (`isBelow` true: the division's figure is their roll-up) of the division.
 */
export const findLevelConflicts = async (db: Database, indicatorIds: number[], divisionId: number, year: number, quarter: number) => {
  if (indicatorIds.length === 0) return [];
  const result = await sql<{ indicatorId: number; divisionName: string; isBelow: boolean }>`
    select v.plan_indicator_id as "indicatorId", d.name as "divisionName", c.ancestor_id = ${divisionId} as "isBelow"
    from monitoring_indicator_value v
    join division d on d.id = v.division_id
    join division_closure c on (c.ancestor_id = v.division_id and c.descendant_id = ${divisionId})
                            or (c.descendant_id = v.division_id and c.ancestor_id = ${divisionId})
    where c.depth > 0 and v.year = ${year} and v.quarter = ${quarter} and v.plan_indicator_id in (${sql.join(indicatorIds)})
    order by d.code`.execute(db);
  return result.rows;
};

export const upsertValues = async (db: Database, rows: ValueRowInput[]) => {
  if (rows.length === 0) return;
  await db
    .insertInto('monitoring_indicator_value')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['province_code', 'plan_indicator_id', 'division_id', 'year', 'quarter']).doUpdateSet((eb) => ({
        numerator: eb.ref('excluded.numerator'),
        denominator: eb.ref('excluded.denominator'),
        value: eb.ref('excluded.value'),
        weight: eb.ref('excluded.weight'),
        denominator_weight: eb.ref('excluded.denominator_weight'),
        reference_value: eb.ref('excluded.reference_value'),
        source: eb.ref('excluded.source'),
        note: eb.ref('excluded.note'),
        entered_by: eb.ref('excluded.entered_by'),
        entered_at: sql`now()`,
      })),
    )
    .execute();
};

export const deleteValues = async (db: Database, ids: number[]) => {
  if (ids.length > 0) await db.deleteFrom('monitoring_indicator_value').where('id', 'in', ids).execute();
};

/**
 * A submission of the plan's year past draft/returned (报送或已审核: its values are locked) at the
 * division, below it or above it: a recompute there would rewrite locked values or their roll-up.
 */
export const findLockedSubmissionAround = (db: Database, planId: number, year: number, divisionId: number) =>
  db
    .selectFrom('monitoring_submission as s')
    .innerJoin('division as d', 'd.id', 's.division_id')
    .select(['s.division_id', 'd.name', 's.status'])
    .where('s.plan_id', '=', planId)
    .where('s.year', '=', year)
    .where('s.status', 'not in', ['draft', 'returned'])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('division_closure as c')
            .select('c.descendant_id')
            .where('c.ancestor_id', '=', divisionId)
            .whereRef('c.descendant_id', '=', 's.division_id'),
        ),
        eb.exists(
          eb
            .selectFrom('division_closure as c')
            .select('c.ancestor_id')
            .where('c.descendant_id', '=', divisionId)
            .whereRef('c.ancestor_id', '=', 's.division_id'),
        ),
      ]),
    )
    .limit(1)
    .executeTakeFirst();

export const findSubmission = (db: Database, planId: number, divisionId: number, year: number) =>
  db
    .selectFrom('monitoring_submission')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('division_id', '=', divisionId)
    .where('year', '=', year)
    .executeTakeFirst();

export const findDeviationNotes = async (db: Database, indicatorIds: number[], divisionIds: number[], year?: number) => {
  if (indicatorIds.length === 0 || divisionIds.length === 0) return [];
  let query = db
    .selectFrom('monitoring_deviation_note')
    .selectAll()
    .where('plan_indicator_id', 'in', indicatorIds)
    .where('division_id', 'in', divisionIds);
  if (year !== undefined) query = query.where('year', '=', year);
  return query.orderBy('year').execute();
};

export const upsertDeviationNote = (
  db: Database,
  row: { province_code: string; plan_indicator_id: number; division_id: number; year: number; text: string; author_id: number },
) =>
  db
    .insertInto('monitoring_deviation_note')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['province_code', 'plan_indicator_id', 'division_id', 'year'])
        .doUpdateSet((eb) => ({ text: eb.ref('excluded.text'), author_id: eb.ref('excluded.author_id'), updated_at: sql`now()` })),
    )
    .returning(['id', 'text', 'updated_at'])
    .executeTakeFirstOrThrow();

export const divisionCodes = async (db: Database, ids: number[]) =>
  ids.length === 0 ? [] : db.selectFrom('division').select(['id', 'code', 'name', 'level']).where('id', 'in', ids).execute();

/** Id → code of the divisions among `counts` that lie in the subtree of `rootId`. */
export const divisionsInside = async (db: Database, rootId: number, counts: readonly { divisionId: number }[]) => {
  if (counts.length === 0) return new Map<number, string>();
  const inside = await sql<{ id: number; code: string }>`select d.id, d.code from division d
    join division_closure c on c.descendant_id = d.id and c.ancestor_id = ${rootId}
    where d.id in (${sql.join([...new Set(counts.map((c) => c.divisionId))])})`.execute(db);
  return new Map(inside.rows.map((r) => [r.id, r.code]));
};

/** Computed and demo rows of these indicators for a year in a subtree (a computed run replaces them). */
export const deleteComputedOrDemo = async (db: Database, indicatorIds: number[], rootId: number, year: number) => {
  if (indicatorIds.length === 0) return 0;
  const result = await sql`delete from monitoring_indicator_value v
    where v.plan_indicator_id in (${sql.join(indicatorIds)}) and v.year = ${year} and v.quarter = 0 and v.source in ('computed', 'demo')
      and exists (select 1 from division_closure c where c.ancestor_id = ${rootId} and c.descendant_id = v.division_id)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
};

/** Demo rows of these indicators, any year, in the subtree of `rootId` (or of each of several roots) or at one of its ancestors. */
export const deleteDemoAround = async (db: Database, indicatorIds: number[], rootId: number | number[]) => {
  const roots = Array.isArray(rootId) ? rootId : [rootId];
  if (indicatorIds.length === 0 || roots.length === 0) return 0;
  const result = await sql`delete from monitoring_indicator_value v
    where v.plan_indicator_id in (${sql.join(indicatorIds)}) and v.source = 'demo'
      and exists (select 1 from division_closure c where (c.ancestor_id in (${sql.join(roots)}) and c.descendant_id = v.division_id)
                                                     or (c.descendant_id in (${sql.join(roots)}) and c.ancestor_id = v.division_id))`.execute(
    db,
  );
  return Number(result.numAffectedRows ?? 0);
};

/**
 * Before a start-up refresh of computed values: the computed rows of these indicators for a year in
 * the plan territory, and the year's demo rows in the subtrees of the units that now have values.
 */
export const deleteForRefresh = async (db: Database, indicatorIds: number[], planDivisionId: number, year: number, unitIds: number[]) => {
  if (indicatorIds.length === 0) return 0;
  const units =
    unitIds.length > 0
      ? sql`or (v.source = 'demo' and exists (select 1 from division_closure u where u.ancestor_id in (${sql.join(unitIds)}) and u.descendant_id = v.division_id))`
      : sql``;
  const result = await sql`delete from monitoring_indicator_value v
    where v.plan_indicator_id in (${sql.join(indicatorIds)}) and v.year = ${year} and v.quarter = 0
      and ((v.source = 'computed' and exists (select 1 from division_closure c where c.ancestor_id = ${planDivisionId} and c.descendant_id = v.division_id)) ${units})`.execute(
    db,
  );
  return Number(result.numAffectedRows ?? 0);
};

/** The latest year with values of a plan that were not computed (entered, imported or demo); null when none. */
export const latestEnteredYear = async (db: Database, planId: number) => {
  const row = await sql<{ year: number | null }>`select max(v.year) as year from monitoring_indicator_value v
    join monitoring_plan_indicator i on i.id = v.plan_indicator_id
    where i.plan_id = ${planId} and v.source <> 'computed'`.execute(db);
  const year = row.rows[0]?.year;
  return year === null || year === undefined ? null : Number(year);
};
