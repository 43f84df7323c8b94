import { sql } from 'kysely';
import type { Database } from '../../../db/database';
import { divisionTreeChanged, rolledUpSumsAsOf } from './closure-as-of';
import type { VerdictRow, YearSums } from './verdict.rules';

// SQL of roll-ups and stored verdicts. A roll-up is one set-based statement over the closure table:
// for every target division, Σ of every stored row in its subtree (ratios Σnum/Σden, counts Σ,
// levels Σ(level·weight)/Σweight) — never a loop per division, never an average of ratios. The tree is
// the one valid at each value's reference date (closure-as-of.ts), not today's.

/** `quarter`: 0 for the whole year, 1–4 for a quarter's sums. */
export type SumsRow = YearSums & {
  indicatorId: number;
  divisionId: number;
  quarter: number;
  /** rows stored with source 'computed' */ computedUnits: number;
};

export const provinceCodeOf = (code: string) => (/^0+$/.test(code) ? '00' : code.slice(0, 2));

export type RollUpTarget =
  /** These divisions (e.g. a county and its ancestors, or the children shown in a drill-down). */
  | { divisionIds: number[] }
  /** Every division of this subtree (e.g. the plan's territory) that has data below it. */
  | { subtreeRootId: number };

export const rolledUpSums = async (
  db: Database,
  options: {
    indicatorIds: number[];
    target: RollUpTarget;
    years?: number[];
    /** One period: 0 (default) the whole year, 1–4 a quarter; `'quarters'`: every quarter, by quarter. */
    quarter?: number | 'quarters';
  },
): Promise<SumsRow[]> => {
  if (options.indicatorIds.length === 0) return [];
  if ('divisionIds' in options.target && options.target.divisionIds.length === 0) return [];
  const target =
    'divisionIds' in options.target
      ? sql`c.ancestor_id in (${sql.join(options.target.divisionIds)})`
      : sql`exists (select 1 from division_closure pc where pc.ancestor_id = ${options.target.subtreeRootId} and pc.descendant_id = c.ancestor_id)`;
  const years = options.years && options.years.length > 0 ? sql`and v.year in (${sql.join(options.years)})` : sql``;
  const quarter = options.quarter === 'quarters' ? sql`v.quarter between 1 and 4` : sql`v.quarter = ${options.quarter ?? 0}`;
  const filter = sql`${quarter} and v.plan_indicator_id in (${sql.join(options.indicatorIds)}) ${years}`;
  const result = await rolledUpSumsAsOf(filter, target, await divisionTreeChanged(db)).execute(db);
  return (result.rows as SumsRow[]).map((r) => ({
    ...r,
    units: Number(r.units),
    quarter: Number(r.quarter),
    hasDemo: Boolean(r.hasDemo),
    computedUnits: Number(r.computedUnits),
  }));
};

/** Delete the verdicts of these indicators (in these divisions, or everywhere). */
export const deleteVerdicts = async (db: Database, scope: { indicatorIds: number[]; divisionIds?: number[] }) => {
  if (scope.indicatorIds.length === 0 || scope.divisionIds?.length === 0) return;
  let del = db.deleteFrom('monitoring_verdict').where('plan_indicator_id', 'in', scope.indicatorIds);
  if (scope.divisionIds) del = del.where('division_id', 'in', scope.divisionIds);
  await del.execute();
};

/** Insert verdict rows, 1,000 per statement. */
export const insertVerdicts = async (db: Database, planId: number, rows: (VerdictRow & { divisionId: number })[]) => {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000).map((r) => ({
      plan_indicator_id: r.indicatorId,
      division_id: r.divisionId,
      year: r.year,
      quarter: r.quarter,
      value: r.value,
      expected_value: r.expectedValue,
      target_verdict: r.targetVerdict,
      schedule_verdict: r.scheduleVerdict,
      progress_status: r.progressStatus,
      progress_score: r.progressScore,
      is_binding: r.isBinding,
      is_lagging: r.isLagging,
      has_demo: r.hasDemo,
      inputs: r.inputs,
      result: r.result,
    }));
    await sql`insert into monitoring_verdict (province_code, plan_indicator_id, division_id, year, quarter, plan_id, value, expected_value,
        target_verdict, schedule_verdict, progress_status, progress_score, is_binding, is_lagging, has_demo, inputs, result)
      select case when d.level = 'nation' then '00' else substr(d.code, 1, 2) end, x.plan_indicator_id, x.division_id, x.year, x.quarter, ${planId},
        x.value, x.expected_value, x.target_verdict, x.schedule_verdict, x.progress_status, x.progress_score,
        x.is_binding, x.is_lagging, x.has_demo, x.inputs, x.result
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x(plan_indicator_id int, division_id int, year int, quarter int, value numeric,
        expected_value numeric, target_verdict text, schedule_verdict text, progress_status text, progress_score numeric,
        is_binding boolean, is_lagging boolean, has_demo boolean, inputs jsonb, result jsonb)
      join division d on d.id = x.division_id`.execute(db);
  }
};

/** The children of a division in today's tree (the closure table at depth 1). */
export const childDivisionIds = async (db: Database, divisionId: number) =>
  (
    await db
      .selectFrom('division_closure')
      .select('descendant_id')
      .where('ancestor_id', '=', divisionId)
      .where('depth', '=', 1)
      .orderBy('descendant_id')
      .execute()
  ).map((r) => r.descendant_id);

const verdictColumns = [
  'v.plan_indicator_id',
  'v.division_id',
  'v.year',
  'v.quarter',
  'v.value',
  'v.expected_value',
  'v.target_verdict',
  'v.schedule_verdict',
  'v.progress_status',
  'v.progress_score',
  'v.is_binding',
  'v.is_lagging',
  'v.has_demo',
] as const;

export const findVerdicts = async (
  db: Database,
  filter: {
    indicatorIds: number[];
    divisionIds: number[];
    year?: number | undefined;
    /** false (default): the annual verdicts; true: the quarterly ones (季报 indicators). */
    quarterly?: boolean;
  },
) => {
  if (filter.indicatorIds.length === 0 || filter.divisionIds.length === 0) return [];
  let query = db
    .selectFrom('monitoring_verdict as v')
    .select(verdictColumns)
    .select(['v.inputs', 'v.result'])
    .where('v.plan_indicator_id', 'in', filter.indicatorIds)
    .where('v.division_id', 'in', filter.divisionIds)
    .where('v.quarter', filter.quarterly ? '>' : '=', 0);
  if (filter.year !== undefined) query = query.where('v.year', '=', filter.year);
  return query.orderBy('v.year').orderBy('v.quarter').execute();
};

export type StoredVerdict = Awaited<ReturnType<typeof findVerdicts>>[number];

/**
 * What a plan overview shows of one division, in one statement: the annual verdicts of `year` (the
 * latest year with annual verdicts when not given) and each 季报 indicator's latest quarterly verdict
 * (up to the end of `year` when given). Only the summary columns, and of `result` only its reasons:
 * the overview is the most requested monitoring page.
 */
export const findOverviewVerdicts = async (
  db: Database,
  filter: { planId: number; indicatorIds: number[]; divisionId: number; year?: number | undefined },
) => {
  if (filter.indicatorIds.length === 0) return [];
  const ids = sql.join(filter.indicatorIds);
  const year = filter.year ?? null;
  const columns = sql`v.plan_indicator_id, v.division_id, v.year, v.quarter, v.value, v.expected_value, v.target_verdict,
    v.schedule_verdict, v.progress_status, v.progress_score, v.is_binding, v.is_lagging, v.has_demo,
    jsonb_build_object('reasons', v.result->'reasons') as result`;
  const result = await sql<Omit<StoredVerdict, 'inputs'>>`
    select ${columns} from monitoring_verdict v
    where v.plan_indicator_id in (${ids}) and v.division_id = ${filter.divisionId} and v.quarter = 0
      and v.year = coalesce(${year}::int, (select max(m.year) from monitoring_verdict m
                                           where m.plan_id = ${filter.planId} and m.division_id = ${filter.divisionId} and m.quarter = 0))
    union all
    select * from (
      select distinct on (v.plan_indicator_id) ${columns} from monitoring_verdict v
      where v.plan_indicator_id in (${ids}) and v.division_id = ${filter.divisionId} and v.quarter > 0
        and (${year}::int is null or v.year <= ${year}::int)
      order by v.plan_indicator_id, v.year desc, v.quarter desc) latest_quarter`.execute(db);
  return result.rows.map((r) => ({ ...r, quarter: Number(r.quarter), year: Number(r.year) }));
};

export const latestYearWithVerdicts = async (db: Database, planId: number, divisionId: number) => {
  const row = await db
    .selectFrom('monitoring_verdict')
    .select((eb) => eb.fn.max('year').as('year'))
    .where('plan_id', '=', planId)
    .where('division_id', '=', divisionId)
    .where('quarter', '=', 0)
    .executeTakeFirst();
  return row?.year === null || row?.year === undefined ? null : Number(row.year);
};

/** Division ids of `divisionId` and its ancestors that lie inside the plan's territory. */
export const ancestorsInPlan = async (db: Database, planDivisionId: number, divisionId: number) =>
  (
    await db
      .selectFrom('division_closure as up')
      .innerJoin('division_closure as pc', (join) =>
        join.onRef('pc.descendant_id', '=', 'up.ancestor_id').on('pc.ancestor_id', '=', planDivisionId),
      )
      .select('up.ancestor_id')
      .where('up.descendant_id', '=', divisionId)
      .execute()
  ).map((r) => r.ancestor_id);

/** The stored 时序进度 cut-offs of a plan, with who set them; undefined = the defaults. */
export const findPlanCutOffs = (db: Database, planId: number) =>
  db
    .selectFrom('monitoring_plan_cut_offs as c')
    .leftJoin('app_user as u', 'u.id', 'c.updated_by')
    .select(['c.ahead_from', 'c.on_track_from', 'c.lagging_from', 'c.reason', 'c.updated_at', 'u.display_name as updated_by_name'])
    .where('c.plan_id', '=', planId)
    .executeTakeFirst();

export const upsertPlanCutOffs = (
  db: Database,
  row: { plan_id: number; ahead_from: number; on_track_from: number; lagging_from: number; reason: string; updated_by: number },
) =>
  db
    .insertInto('monitoring_plan_cut_offs')
    .values(row)
    .onConflict((oc) =>
      oc.column('plan_id').doUpdateSet((eb) => ({
        ahead_from: eb.ref('excluded.ahead_from'),
        on_track_from: eb.ref('excluded.on_track_from'),
        lagging_from: eb.ref('excluded.lagging_from'),
        reason: eb.ref('excluded.reason'),
        updated_by: eb.ref('excluded.updated_by'),
        updated_at: sql`now()`,
      })),
    )
    .execute();
