import { sql, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../../../db/database';
import type { Scope } from '../../../platform/scope/scope';
import { withinScope } from '../../../platform/scope/scope';

// Parameter versions per division and period, resolved for a place and date by walking up the
// division ancestors (closure table, nearest first), and the set-based re-computation of monthly
// amounts when a version changes.

/** The division lies in the scope or is an ancestor of a scope root (a township sees its county's standard). */
export const relevantToScope = (divisionColumn: Expression<number>, scope: Scope): Expression<SqlBool> => {
  if (scope.roots.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${withinScope(divisionColumn, scope)} or exists (select 1 from division_closure rc where rc.ancestor_id = ${divisionColumn} and rc.descendant_id in (${sql.join(scope.roots)})))`;
};

const versionColumns = (db: Database) =>
  db
    .selectFrom('assistance_parameter as p')
    .innerJoin('division as d', 'd.id', 'p.division_id')
    .select([
      'p.id',
      'p.division_id',
      'd.code as division_code',
      'd.name as division_name',
      'p.valid_from',
      'p.valid_to',
      'p.params',
      'p.note',
      'p.created_at',
    ]);

export const listVersions = (db: Database, scope: Scope, divisionId?: number) => {
  let q = versionColumns(db).where((eb) => relevantToScope(eb.ref('p.division_id'), scope));
  if (divisionId !== undefined) {
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('division_closure as dc')
          .select('dc.depth')
          .whereRef('dc.ancestor_id', '=', 'p.division_id')
          .where('dc.descendant_id', '=', divisionId),
      ),
    );
  }
  return q.orderBy('d.code').orderBy('p.valid_from').execute();
};

/** The version in force for a division on a date: the nearest ancestor (or itself) holding one. */
export const resolveVersion = (db: Database, divisionId: number, date: string) =>
  versionColumns(db)
    .innerJoin('division_closure as dc', 'dc.ancestor_id', 'p.division_id')
    .where('dc.descendant_id', '=', divisionId)
    .where('p.valid_from', '<=', date)
    .where((eb) => eb.or([eb('p.valid_to', 'is', null), eb('p.valid_to', '>=', date)]))
    .orderBy('dc.depth')
    .limit(1)
    .executeTakeFirst();
export type ParameterVersionRow = NonNullable<Awaited<ReturnType<typeof resolveVersion>>>;

export const versionsAt = (db: Database, divisionId: number) =>
  db.selectFrom('assistance_parameter').selectAll().where('division_id', '=', divisionId).orderBy('valid_from').execute();

/**
 * 分档 (rules/dibao-amount.rules.ts selectDibaoTier): the per-person amount of the first tier whose bound
 * the per-capita income is below (I × 10 000 < share × S × n), the last tier when none; null = 补差.
 */
const TIER_PER_PERSON_SQL = sql`
  (select (t->>'amountPerPersonFen')::bigint
     from jsonb_array_elements(case when jsonb_typeof(pp->'dibao'->'benefitTiers') = 'array'
                                    then pp->'dibao'->'benefitTiers' else '[]'::jsonb end) with ordinality e(t, i),
          lateral (select jsonb_typeof(t->'maxIncomeShare') is distinct from 'number'
                       or r.counted_income_fen * 10000 < (t->>'maxIncomeShare')::bigint * (pp->'dibaoStandardFen'->>r.area_type)::bigint
                          * (case when r.unit = 'single-person' then 1 else greatest(1, r.member_count) end) as hit) m
    order by m.hit desc, case when m.hit then e.i else -e.i end
    limit 1)`;

/** Monthly amount of a recipient under the parameter set `pp` (jsonb), mirroring the rules' formulas. */
const AMOUNT_SQL = sql`
  greatest(0, case
    when r.programme = 'dibao' then
      (select case pp->'dibao'->>'rounding'
                when 'yuan-half-up' then round(x / 100.0) * 100
                when 'yuan-up' then ceil(x / 100.0) * 100
                when 'yuan-down' then floor(x / 100.0) * 100
                else x end
         from (select greatest(
                 case when r.unit = 'single-person' and pp->'dibao'->>'singlePersonBenefitMode' = 'full-standard'
                        then (pp->'dibaoStandardFen'->>r.area_type)::bigint
                      when ${TIER_PER_PERSON_SQL} is not null and r.unit = 'single-person'
                        then ${TIER_PER_PERSON_SQL}
                      when ${TIER_PER_PERSON_SQL} is not null
                        then ${TIER_PER_PERSON_SQL} * r.member_count + r.supplement_fen
                      when r.unit = 'single-person'
                        then (pp->'dibaoStandardFen'->>r.area_type)::bigint - r.counted_income_fen
                      else (pp->'dibaoStandardFen'->>r.area_type)::bigint * r.member_count - r.counted_income_fen + r.supplement_fen end,
                 coalesce((pp->'dibao'->>'minimumMonthlyBenefitFen')::bigint, 0)) as x) f)
    when r.programme = 'extreme-poverty' then
      (pp->'extremePoverty'->'basicLivingStandardFen'->>(
         case when r.care_mode = 'centralised' and (pp->'extremePoverty'->>'centralisedRuralPaidAtUrbanStandard')::boolean then 'urban' else r.area_type end))::bigint
      + coalesce((pp->'extremePoverty'->'careStandardFen'->>r.care_tier)::bigint, 0)
    else 0 end)`;

const STANDARD_SQL = sql`
  case when r.programme = 'extreme-poverty'
    then (pp->'extremePoverty'->'basicLivingStandardFen'->>r.area_type)::bigint
    else (pp->'dibaoStandardFen'->>r.area_type)::bigint end`;

/**
 * Re-compute the monthly amounts of the active recipients in `rootDivisionId`'s subtree for the months
 * from `fromMonth` to `toMonth` (first days; null = open), and only those: periods running across a
 * boundary are split there first, earlier months keep their amounts. Each period takes the version in
 * force for its recipient on its first month (the nearest ancestor), so a closer county version wins
 * over a new province version. Three statements per boundary, whatever the number of recipients.
 */
export const recomputeAmounts = async (db: Database, rootDivisionId: number, fromMonth: string, toMonth: string | null) => {
  const inSubtree = sql`exists (select 1 from division_closure dc where dc.ancestor_id = ${rootDivisionId} and dc.descendant_id = ap.division_id)`;
  const splitAt = async (boundary: string) => {
    await sql`
      insert into assistance_amount_period (province_code, recipient_id, division_id, from_month, to_month, standard_fen, monthly_amount_fen, parameter_id, reason)
      select ap.province_code, ap.recipient_id, ap.division_id, ${boundary}::date, ap.to_month, ap.standard_fen, ap.monthly_amount_fen, ap.parameter_id, ap.reason
      from assistance_amount_period ap
      where ${inSubtree} and ap.from_month < ${boundary}::date and (ap.to_month is null or ap.to_month >= ${boundary}::date)`.execute(db);
    await sql`
      update assistance_amount_period ap set to_month = (${boundary}::date - interval '1 month')::date
      where ${inSubtree} and ap.from_month < ${boundary}::date and (ap.to_month is null or ap.to_month >= ${boundary}::date)`.execute(db);
  };
  await splitAt(fromMonth);
  if (toMonth !== null) await splitAt(nextMonthStart(toMonth));
  const result = await sql`
    with target as (
      select ap.id, ap.province_code, v.id as parameter_id, ${STANDARD_SQL} as standard_fen, ${AMOUNT_SQL} as amount_fen
      from assistance_amount_period ap
      join assistance_recipient r on r.id = ap.recipient_id and r.province_code = ap.province_code
      cross join lateral (
        select p.id, p.params as pp from assistance_parameter p
        join division_closure c on c.ancestor_id = p.division_id and c.descendant_id = r.division_id
        where p.valid_from <= ap.from_month and (p.valid_to is null or p.valid_to >= ap.from_month)
        order by c.depth limit 1) v
      where r.status = 'active' and r.programme in ('dibao', 'extreme-poverty', 'marginal-family', 'rigid-expenditure')
        -- imported 特困 records without a care tier keep their imported amount until re-assessed
        and not (r.programme = 'extreme-poverty' and r.care_tier is null)
        and ${inSubtree} and ap.from_month >= ${fromMonth}::date ${toMonth === null ? sql`` : sql`and ap.from_month <= ${toMonth}::date`}
    )
    update assistance_amount_period ap
    set standard_fen = t.standard_fen, monthly_amount_fen = t.amount_fen, parameter_id = t.parameter_id,
        reason = '标准调整：自' || to_char(ap.from_month, 'YYYY"年"MM"月"') || '起按参数版本' || t.parameter_id || '重新计算'
    from target t where ap.id = t.id and ap.province_code = t.province_code`.execute(db);
  return Number(result.numAffectedRows ?? 0);
};

const nextMonthStart = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

export const getCountySetting = (db: Database, divisionId: number) =>
  db.selectFrom('assistance_county_setting').selectAll().where('division_id', '=', divisionId).executeTakeFirst();

/** The setting of the nearest county (or higher) ancestor of a division that has one. */
export const resolveCountySetting = (db: Database, divisionId: number) =>
  db
    .selectFrom('assistance_county_setting as s')
    .innerJoin('division_closure as dc', 'dc.ancestor_id', 's.division_id')
    .selectAll('s')
    .where('dc.descendant_id', '=', divisionId)
    .orderBy('dc.depth')
    .limit(1)
    .executeTakeFirst();
