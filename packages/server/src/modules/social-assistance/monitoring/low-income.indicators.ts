import { sql } from 'kysely';
import type { Database } from '../../../db/database';
import type { IndicatorValue } from '../social-assistance.indicators';
import { dibaoStandardSums, monthStart, requestedDivisions, subtreesOf, type IndicatorRequest } from '../social-assistance.indicator-sql';

// Indicators of the operational side for plan monitoring: per requested division (its whole subtree,
// via the closure table) numerator/denominator values computed in SQL, never pre-computed ratios.
// Divisions outside the caller's scope are silently left out (same contract as social-assistance.indicators).

/** Warnings raised in a year: handled on time (outcome recorded by the deadline) / all raised. */
export const warningsHandledOnTime = async (db: Database, request: IndicatorRequest & { year: number }): Promise<IndicatorValue[]> => {
  const divisions = await requestedDivisions(db, request);
  if (divisions.length === 0) return [];
  const rows = await db
    .selectFrom('division_closure as dc')
    .innerJoin('low_income_warning as w', 'w.division_id', 'dc.descendant_id')
    .select([
      'dc.ancestor_id as division_id',
      sql<number>`count(*)`.as('total'),
      sql<number>`count(*) filter (where w.handled_on is not null and w.handled_on <= w.due_on)`.as('on_time'),
    ])
    .where(
      'dc.ancestor_id',
      'in',
      divisions.map((d) => d.id),
    )
    .where('w.raised_on', '>=', `${request.year}-01-01`)
    .where('w.raised_on', '<=', `${request.year}-12-31`)
    .groupBy('dc.ancestor_id')
    .execute();
  return divisions.map((d) => {
    const row = rows.find((r) => r.division_id === d.id);
    return {
      divisionId: d.id,
      divisionCode: d.code,
      divisionName: d.name,
      key: 'low-income-warnings.handled-on-time',
      numerator: Number(row?.on_time ?? 0),
      denominator: Number(row?.total ?? 0),
      unit: '条',
    };
  });
};

/** Households of the monitored low-income population on a date (recipients in force ∪ staff flags). */
export const lowIncomePopulation = async (db: Database, request: IndicatorRequest & { asOf: string }): Promise<IndicatorValue[]> => {
  const divisions = await requestedDivisions(db, request);
  if (divisions.length === 0) return [];
  const month = monthStart(request.asOf);
  const rows = await sql<{ division_id: number; households: number }>`
    select dc.ancestor_id as division_id, count(distinct p.household_id) as households
    from (select r.household_id, r.division_id from assistance_recipient r
          where r.programme in ('dibao', 'extreme-poverty', 'marginal-family', 'rigid-expenditure') and r.start_month <= ${month}::date
            and (r.end_month is null or r.end_month >= ${month}::date) and not (r.status = 'stopped' and r.end_month is null)
          union all
          select f.household_id, f.division_id from low_income_flag f where f.valid_from <= ${request.asOf}::date and (f.valid_to is null or f.valid_to >= ${request.asOf}::date)) p
    join division_closure dc on dc.descendant_id = p.division_id
    where dc.ancestor_id in (${sql.join(divisions.map((d) => d.id))})
    group by dc.ancestor_id`.execute(db);
  return divisions.map((d) => ({
    divisionId: d.id,
    divisionCode: d.code,
    divisionName: d.name,
    key: 'low-income-population.households',
    numerator: Number(rows.rows.find((r) => r.division_id === d.id)?.households ?? 0),
    denominator: null,
    unit: '户',
  }));
};

/**
 * Rural/urban ratio of the 低保 standard actually applied on a date (农村低保标准占城市低保标准比例):
 * numerator = recipient-weighted average rural standard, denominator = the urban one (fen per person
 * and month, each Σ S × persons / Σ persons over the amount periods in force, rounded to the fen).
 */
export const dibaoRuralUrbanRatio = async (db: Database, request: IndicatorRequest & { asOf: string }): Promise<IndicatorValue[]> => {
  const divisions = await requestedDivisions(db, request);
  if (divisions.length === 0) return [];
  const sums = await dibaoStandardSums(db, monthStart(request.asOf), subtreesOf(divisions.map((d) => d.id)));
  return divisions.map((d) => {
    const of = (area: string) => {
      const row = sums.find((r) => r.groupId === d.id && r.area === area);
      return row && row.persons > 0 ? Math.round(row.weighted / row.persons) : 0;
    };
    return {
      divisionId: d.id,
      divisionCode: d.code,
      divisionName: d.name,
      key: 'dibao-standard.rural-urban-ratio',
      numerator: of('rural'),
      denominator: of('urban'),
      unit: '分/人·月（农村÷城市）',
    };
  });
};

export const lowIncomeMonitoringIndicators = { warningsHandledOnTime, lowIncomePopulation, dibaoRuralUrbanRatio };
