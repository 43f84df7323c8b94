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

/** Rows of the same indicator and period stored at a strict ancestor or descendant of the division. */
export const findLevelConflicts = async (db: Database, indicatorIds: number[], divisionId: number, year: number, quarter: number) => {
  if (indicatorIds.length === 0) return [];
  const result = await sql<{ indicatorId: number; divisionName: string }>`
    select v.plan_indicator_id as "indicatorId", d.name as "divisionName"
    from monitoring_indicator_value v
    join division d on d.id = v.division_id
    join division_closure c on (c.ancestor_id = v.division_id and c.descendant_id = ${divisionId})
                            or (c.descendant_id = v.division_id and c.ancestor_id = ${divisionId})
    where c.depth > 0 and v.year = ${year} and v.quarter = ${quarter} and v.plan_indicator_id in (${sql.join(indicatorIds)})`.execute(db);
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
