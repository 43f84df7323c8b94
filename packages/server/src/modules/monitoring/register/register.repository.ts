import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { TSeedPlan } from '@mz/shared';
import type { Database } from '../../../db/database';
import type { DB } from '../../../db/schema';
import { withinScope, type Scope } from '../../../platform/scope/scope';
import {
  allocationsOf,
  cascadeRows,
  completionRowsOf,
  indicatorRow,
  interimTargetsOf,
  json,
  numericValueOf,
  planRow,
  scheduleRowsOf,
} from './register.mapping';

// All SQL of the plan register: the set-based load at bootstrap and the scoped reads.

/**
 * A plan is visible to a caller whose scope lies inside the plan's division (a county planner sees
 * the national and the prefecture plan) or contains it (the Ministry sees every plan).
 */
export const planVisible = (planDivision: Expression<number | null>, scope: Scope): Expression<SqlBool> => {
  if (scope.roots.length === 0) return sql<SqlBool>`false`;
  const roots = sql.join(scope.roots);
  return sql<SqlBool>`exists (select 1 from division_closure pv where
    (pv.ancestor_id = ${planDivision} and pv.descendant_id in (${roots})) or
    (pv.descendant_id = ${planDivision} and pv.ancestor_id in (${roots})))`;
};

export const loadedSeedIds = async (db: Database) =>
  (await db.selectFrom('monitoring_plan').select('seed_id').execute()).map((r) => r.seed_id);

/** Inserts the register of the given plans: one statement per table, not one per row. */
export const insertRegister = async (db: Database, plans: readonly TSeedPlan[]) => {
  const divisions = await db
    .selectFrom('division')
    .select(['id', 'code'])
    .where(
      'code',
      'in',
      plans.map((p) => p.divisionCode),
    )
    .where('valid_to', 'is', null)
    .execute();
  const divisionOf = (code: string) => divisions.find((d) => d.code === code)?.id ?? null;
  const planIds = await db
    .insertInto('monitoring_plan')
    .values(plans.map((p) => planRow(p, divisionOf(p.divisionCode))))
    .returning(['id', 'seed_id', 'division_id'])
    .execute();
  const planOf = (seedId: string) => {
    const row = planIds.find((p) => p.seed_id === seedId);
    if (!row) throw new Error(`plan ${seedId} not inserted`);
    return row;
  };
  const indicators = plans.flatMap((p) => p.indicators.map((i) => ({ plan: p, indicator: i })));
  const indicatorIds = await db
    .insertInto('monitoring_plan_indicator')
    .values(indicators.map(({ plan, indicator }) => indicatorRow(plan, planOf(plan.seedId).id, indicator)))
    .returning(['id', 'code'])
    .execute();
  const idOf = (code: string) => indicatorIds.find((r) => r.code === code)?.id ?? 0;

  const interim = indicators.flatMap(({ indicator }) =>
    interimTargetsOf(indicator).map((t) => ({
      plan_indicator_id: idOf(indicator.code),
      year: t.year,
      value: numericValueOf(t.target),
      printed: t.printed,
      target: json(t.target),
    })),
  );
  if (interim.length > 0) await db.insertInto('monitoring_interim_target').values(interim).execute();

  await db
    .insertInto('monitoring_cascade_link')
    .values(indicators.flatMap(({ indicator }) => cascadeRows(idOf(indicator.code), indicator)))
    .execute();
  await sql`update monitoring_cascade_link l set national_indicator_id = i.id
    from monitoring_plan_indicator i where i.code = l.national_code and l.national_indicator_id is null`.execute(db);

  const completion = plans.flatMap((p) => completionRowsOf(p, planOf(p.seedId).id));
  if (completion.length > 0) await db.insertInto('monitoring_completion_row').values(completion).execute();

  const schedules = plans.flatMap((p) => scheduleRowsOf(p, planOf(p.seedId).id));
  if (schedules.length === 0) return planIds.length;
  const items = await db.insertInto('monitoring_schedule_item').values(schedules).returning(['id', 'plan_id', 'position']).execute();
  const allocations = plans.flatMap((p) => {
    const plan = planOf(p.seedId);
    return allocationsOf(p).map((a) => ({
      item_id: items.find((i) => i.plan_id === plan.id && i.position === a.schedulePosition)?.id,
      line_index: a.lineIndex,
      position: a.position,
      year: a.year,
      county_name: a.countyName,
      count: a.count,
      printed: a.printed,
      plan_division: plan.division_id,
    }));
  });
  if (allocations.length > 0) {
    // County names are resolved to divisions inside the plan's own division, in the same statement.
    await sql`insert into monitoring_schedule_allocation (schedule_item_id, line_index, position, year, county_name, division_id, count, printed)
      select x.item_id, x.line_index, x.position, x.year, x.county_name,
        (select d.id from division d join division_closure c on c.descendant_id = d.id
          where c.ancestor_id = x.plan_division and d.name = x.county_name and d.valid_to is null order by d.id limit 1),
        x.count, x.printed
      from jsonb_to_recordset(${JSON.stringify(allocations)}::jsonb)
        as x(item_id int, line_index int, position int, year int, county_name text, count numeric, printed text, plan_division int)`.execute(
      db,
    );
  }
  return planIds.length;
};

export const registerCounts = async (db: Database) => {
  const count = async (table: 'monitoring_plan' | 'monitoring_plan_indicator' | 'monitoring_completion_row' | 'monitoring_schedule_item') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    plans: await count('monitoring_plan'),
    indicators: await count('monitoring_plan_indicator'),
    completionRows: await count('monitoring_completion_row'),
    scheduleItems: await count('monitoring_schedule_item'),
  };
};

// ---------------------------------------------------------------------------------------------
// Reads

const planColumns = [
  'p.id',
  'p.seed_id',
  'p.level',
  'p.division_id',
  'p.division_code',
  'p.division_name',
  'p.title',
  'p.issuer',
  'p.document_kind',
  'p.issued_on',
  'p.period_start_year',
  'p.period_end_year',
  'p.base_year',
  'p.target_year',
  'p.notes',
  'p.tables',
] as const;

export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

/** Indicator and binding-indicator counts of the plan: every plan summary carries them. */
const planCounts = (eb: ExpressionBuilder<DB & { p: DB['monitoring_plan'] }, 'p'>) => [
  eb
    .selectFrom('monitoring_plan_indicator as i')
    .whereRef('i.plan_id', '=', 'p.id')
    .select(eb.fn.countAll<number>().as('n'))
    .as('indicator_count'),
  eb
    .selectFrom('monitoring_plan_indicator as i')
    .whereRef('i.plan_id', '=', 'p.id')
    .where('i.attribute', '=', 'binding')
    .select(eb.fn.countAll<number>().as('n'))
    .as('binding_count'),
];

export const listPlans = (db: Database, scope: Scope) =>
  db
    .selectFrom('monitoring_plan as p')
    .select(planColumns)
    .select(planCounts)
    .where((eb) => planVisible(eb.ref('p.division_id'), scope))
    .orderBy('p.seed_id')
    .execute();

/** Whether the plan's own division lies in the caller's subtrees (the plan is theirs, not only visible). */
export const isPlanDivisionInScope = async (db: Database, planDivisionId: number, scope: Scope) =>
  (await db
    .selectFrom('division as d')
    .select('d.id')
    .where('d.id', '=', planDivisionId)
    .where((eb) => withinScope(eb.ref('d.id'), scope))
    .executeTakeFirst()) !== undefined;

export const findPlan = (db: Database, planId: number, scope: Scope) =>
  db
    .selectFrom('monitoring_plan as p')
    .select(planColumns)
    .select(planCounts)
    .where('p.id', '=', planId)
    .where((eb) => planVisible(eb.ref('p.division_id'), scope))
    .executeTakeFirst();

export const findIndicators = (db: Database, planId: number) =>
  db.selectFrom('monitoring_plan_indicator').selectAll().where('plan_id', '=', planId).orderBy('table_id').orderBy('position').execute();

export type IndicatorRow = Awaited<ReturnType<typeof findIndicators>>[number];

export const findIndicator = (db: Database, indicatorId: number) =>
  db.selectFrom('monitoring_plan_indicator').selectAll().where('id', '=', indicatorId).executeTakeFirst();

export const findInterimTargets = async (db: Database, indicatorIds: number[]) =>
  indicatorIds.length === 0
    ? []
    : db.selectFrom('monitoring_interim_target').selectAll().where('plan_indicator_id', 'in', indicatorIds).orderBy('year').execute();

export const findCascadeLinks = async (db: Database, indicatorIds: number[]) =>
  indicatorIds.length === 0
    ? []
    : db.selectFrom('monitoring_cascade_link').selectAll().where('plan_indicator_id', 'in', indicatorIds).orderBy('id').execute();

export const findCompletionRows = (db: Database, planId: number) =>
  db.selectFrom('monitoring_completion_row').selectAll().where('plan_id', '=', planId).orderBy('table_id').orderBy('position').execute();

export const findScheduleItems = (db: Database, planId: number) =>
  db.selectFrom('monitoring_schedule_item').selectAll().where('plan_id', '=', planId).orderBy('position').execute();

export const findScheduleAllocations = (db: Database, planId: number) =>
  db
    .selectFrom('monitoring_schedule_allocation as a')
    .innerJoin('monitoring_schedule_item as s', 's.id', 'a.schedule_item_id')
    .leftJoin('division as d', 'd.id', 'a.division_id')
    .select([
      'a.schedule_item_id',
      's.box_id',
      's.content',
      'a.year',
      'a.county_name',
      'a.division_id',
      'd.code as division_code',
      'a.count',
      'a.printed',
    ])
    .where('s.plan_id', '=', planId)
    .orderBy('s.position')
    .orderBy('a.line_index')
    .orderBy('a.position')
    .execute();

/** Every plan with its indicators, for the cross-plan matrix (reference data, read in full). */
export const findAllIndicators = (db: Database) =>
  db
    .selectFrom('monitoring_plan_indicator as i')
    .innerJoin('monitoring_plan as p', 'p.id', 'i.plan_id')
    .selectAll('i')
    .select(['p.seed_id', 'p.level as plan_level', 'p.division_id as plan_division_id'])
    .orderBy('p.seed_id')
    .orderBy('i.table_id')
    .orderBy('i.position')
    .execute();

export const findAllPlans = (db: Database) => db.selectFrom('monitoring_plan as p').select(planColumns).orderBy('p.seed_id').execute();

/** The division if it lies in the plan's territory and in the caller's scope. */
export const findDivisionInPlan = (db: Database, planDivisionId: number | null, divisionId: number, scope: Scope) =>
  planDivisionId === null
    ? Promise.resolve(undefined)
    : db
        .selectFrom('division as d')
        .innerJoin('division_closure as pc', (join) =>
          join.onRef('pc.descendant_id', '=', 'd.id').on('pc.ancestor_id', '=', planDivisionId),
        )
        .select(['d.id', 'd.code', 'd.name', 'd.level', 'd.parent_id', 'pc.depth'])
        .where('d.id', '=', divisionId)
        .where((eb) => withinScope(eb.ref('d.id'), scope))
        .executeTakeFirst();

/** The deepest division that is both the plan's division or below it and a root of the scope. */
export const defaultDivisionFor = async (db: Database, planDivisionId: number | null, scope: Scope) => {
  if (planDivisionId === null || scope.roots.length === 0) return undefined;
  const inside = await db
    .selectFrom('division_closure as c')
    .innerJoin('division as d', 'd.id', 'c.descendant_id')
    .select(['d.id'])
    .where('c.ancestor_id', '=', planDivisionId)
    .where('c.descendant_id', 'in', scope.roots)
    .orderBy('c.depth')
    .limit(1)
    .executeTakeFirst();
  if (inside) return inside.id;
  const above = await db
    .selectFrom('division_closure')
    .select('ancestor_id')
    .where('descendant_id', '=', planDivisionId)
    .where('ancestor_id', 'in', scope.roots)
    .executeTakeFirst();
  return above ? planDivisionId : undefined;
};
