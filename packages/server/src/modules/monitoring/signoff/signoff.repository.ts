import { sql, type Selectable } from 'kysely';
import type { Database } from '../../../db/database';
import { withinScope, type Scope } from '../../../platform/scope/scope';
import type { MonitoringSubmissionEventTable } from '../monitoring.tables';

// SQL of the sign-off chain: submissions, their events, and the reviewer's level check.

const submissionColumns = [
  's.id',
  's.province_code',
  's.plan_id',
  's.division_id',
  's.year',
  's.status',
  's.next_review_level',
  's.final_level',
  's.return_reason',
  's.submitted_by',
  's.submitted_at',
  's.last_actor_id',
  's.last_action_at',
  'd.code as division_code',
  'd.name as division_name',
  'd.level as division_level',
  'p.seed_id',
  'p.title as plan_title',
  'p.level as plan_level',
] as const;

const base = (db: Database) =>
  db
    .selectFrom('monitoring_submission as s')
    .innerJoin('division as d', 'd.id', 's.division_id')
    .innerJoin('monitoring_plan as p', 'p.id', 's.plan_id')
    .select(submissionColumns);

export const findSubmissionById = (db: Database, id: number, scope: Scope) =>
  base(db)
    .where('s.id', '=', id)
    .where((eb) => withinScope(eb.ref('s.division_id'), scope))
    .executeTakeFirst();

export type SubmissionRow = NonNullable<Awaited<ReturnType<typeof findSubmissionById>>>;

export const listSubmissions = (
  db: Database,
  filter: { planId: number; underDivisionId?: number | undefined; year?: number | undefined; status?: string | undefined },
  scope: Scope,
) => {
  let query = base(db)
    .where('s.plan_id', '=', filter.planId)
    .where((eb) => withinScope(eb.ref('s.division_id'), scope));
  if (filter.underDivisionId !== undefined) {
    const under = filter.underDivisionId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('division_closure as u')
          .select('u.depth')
          .where('u.ancestor_id', '=', under)
          .whereRef('u.descendant_id', '=', 's.division_id'),
      ),
    );
  }
  if (filter.year !== undefined) query = query.where('s.year', '=', filter.year);
  if (filter.status !== undefined) query = query.where('s.status', '=', filter.status);
  return query.orderBy('s.year', 'desc').orderBy('d.code').limit(500).execute();
};

export const findEvents = (db: Database, submissionId: number) =>
  db
    .selectFrom('monitoring_submission_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.actor_id')
    .select(['e.id', 'e.action', 'e.from_status', 'e.to_status', 'e.review_level', 'e.reason', 'e.at', 'u.display_name as actor_name'])
    .where('e.submission_id', '=', submissionId)
    .orderBy('e.id')
    .execute();

export const insertSubmission = (
  db: Database,
  row: {
    province_code: string;
    plan_id: number;
    division_id: number;
    year: number;
    status: string;
    next_review_level: string | null;
    final_level: string;
    submitted_by: number;
    submitted_at: Date;
    last_actor_id: number;
  },
) => db.insertInto('monitoring_submission').values(row).returning(['id']).executeTakeFirstOrThrow();

export const updateSubmission = (
  db: Database,
  id: number,
  change: {
    status: string;
    next_review_level: string | null;
    return_reason: string | null;
    last_actor_id: number;
    submitted_by?: number;
    submitted_at?: Date;
  },
) =>
  db
    .updateTable('monitoring_submission')
    .set({ ...change, last_action_at: new Date() })
    .where('id', '=', id)
    .execute();

export const insertEvent = (db: Database, row: Omit<Selectable<MonitoringSubmissionEventTable>, 'id' | 'at'>) =>
  db.insertInto('monitoring_submission_event').values(row).execute();

export const countOwnValues = async (db: Database, planId: number, divisionId: number, year: number) =>
  Number(
    (
      await db
        .selectFrom('monitoring_indicator_value as v')
        .innerJoin('monitoring_plan_indicator as i', 'i.id', 'v.plan_indicator_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('i.plan_id', '=', planId)
        .where('v.division_id', '=', divisionId)
        .where('v.year', '=', year)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Whether one of `roots` is a division of `level` at or above `divisionId` (the reviewer of that step). */
export const reviewerCovers = async (db: Database, roots: number[], divisionId: number, level: string) => {
  if (roots.length === 0) return false;
  const row = await sql<{ ok: number }>`select 1 as ok from division_closure c join division d on d.id = c.ancestor_id
    where c.descendant_id = ${divisionId} and c.ancestor_id in (${sql.join(roots)}) and d.level = ${level} limit 1`.execute(db);
  return row.rows.length > 0;
};

/** `${divisionId}:${level}` for every level at which one of `roots` reviews these divisions (one statement). */
export const reviewableLevels = async (db: Database, roots: number[], divisionIds: number[]) => {
  if (roots.length === 0 || divisionIds.length === 0) return new Set<string>();
  const result = await sql<{ divisionId: number; level: string }>`select c.descendant_id as "divisionId", d.level from division_closure c
    join division d on d.id = c.ancestor_id
    where c.descendant_id in (${sql.join(divisionIds)}) and c.ancestor_id in (${sql.join(roots)})`.execute(db);
  return new Set(result.rows.map((r) => `${r.divisionId}:${r.level}`));
};
