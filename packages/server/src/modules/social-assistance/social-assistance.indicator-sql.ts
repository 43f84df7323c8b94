import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../db/database';
import { withinScope, type Scope } from '../../platform/scope/scope';

// SQL shared by the module's indicators (social-assistance.indicators.ts, monitoring/low-income.indicators.ts):
// the requested divisions in scope, which recipients are in force in a month, and how record divisions are grouped — under requested
// divisions (their subtree, today's closure) or under reporting units (统计单位: the county or township
// the record's division belonged to on the reference date, from the effective-dated division versions).

export const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

/** The divisions a per-name indicator query asks for; each counts its whole subtree. */
export type IndicatorRequest = { divisionIds: number[]; scope: Scope };

/** The requested divisions inside the caller's scope, by code (the others are silently left out). */
export const requestedDivisions = async (db: Database, { divisionIds, scope }: IndicatorRequest) =>
  divisionIds.length === 0
    ? []
    : db
        .selectFrom('division as d')
        .select(['d.id', 'd.code', 'd.name'])
        .where('d.id', 'in', divisionIds)
        .where((eb) => withinScope(eb.ref('d.id'), scope))
        .orderBy('d.code')
        .execute();

/** Active in the month of `asOf` (monthly programmes; 临时救助 is one-off and counted separately). */
export const activeIn = (month: string) =>
  sql<boolean>`r.programme <> 'temporary-assistance' and r.start_month <= ${month}::date and (r.end_month is null or r.end_month >= ${month}::date) and not (r.status = 'stopped' and r.end_month is null)`;

/**
 * A `groups(division_id, group_id)` CTE (to follow `with recursive`), given the query of the record
 * divisions to group. A record division may appear in several groups.
 */
export type GroupsOf = (recordDivisions: RawBuilder<unknown>) => RawBuilder<unknown>;

/** Each requested division counts its whole subtree. */
export const subtreesOf =
  (divisionIds: readonly number[]): GroupsOf =>
  () =>
    sql`groups (division_id, group_id) as (
      select descendant_id, ancestor_id from division_closure where ancestor_id in (${sql.join([...divisionIds])}))`;

export type ReportingLevel = 'county' | 'township';

/**
 * Each record division counts in its reporting unit as of `date` (24:00): the nearest ancestor-or-self
 * at `level` (or at county level when the record sits at a county), walking the division versions valid
 * on that date, so a past period is grouped over the tree as it was then. Records above county level
 * have no reporting unit and are left out.
 */
export const reportingUnitsAsOf =
  (date: string, level: ReportingLevel): GroupsOf =>
  (recordDivisions) =>
    sql`up (start_id, id, level) as (
      select d.id, d.id, d.level from division d where d.id in (${recordDivisions})
      union all
      select up.start_id, p.id, p.level from up
      join division_version v on v.division_id = up.id
        and (v.valid_from is null or v.valid_from <= ${date}::date) and (v.valid_to is null or v.valid_to > ${date}::date)
      join division p on p.id = v.parent_id
      where up.level not in (${level}, 'county', 'prefecture', 'province', 'nation')
    ), groups (division_id, group_id) as (select start_id, id from up where level in (${level}, 'county'))`;

export type StandardSums = { groupId: number; area: string; weighted: number; persons: number };

/**
 * Recipient-weighted 低保 standard sums in a month, per group and area (urban / rural): Σ (S × persons)
 * and Σ persons over the 低保 recipients' amount periods in force that month. The one implementation
 * behind averageDibaoStandard, dibaoRuralUrbanRatio and the monitoring source N02.
 */
export const dibaoStandardSums = async (db: Database, month: string, groups: GroupsOf): Promise<StandardSums[]> => {
  const rows = await sql<{ group_id: number; area_type: string; weighted: string | number; persons: string | number }>`
    with recursive ${groups(sql`select distinct division_id from assistance_recipient where programme = 'dibao'`)}
    select g.group_id, r.area_type, coalesce(sum(ap.standard_fen * r.member_count), 0) as weighted, coalesce(sum(r.member_count), 0) as persons
    from groups g
    join assistance_recipient r on r.division_id = g.division_id
    join assistance_amount_period ap on ap.recipient_id = r.id and ap.province_code = r.province_code
    where r.programme = 'dibao' and ${activeIn(month)}
      and ap.from_month <= ${month}::date and (ap.to_month is null or ap.to_month >= ${month}::date)
    group by g.group_id, r.area_type`.execute(db);
  return rows.rows.map((r) => ({
    groupId: Number(r.group_id),
    area: r.area_type,
    weighted: Number(r.weighted),
    persons: Number(r.persons),
  }));
};

export type CareSums = { groupId: number; centralised: number; dependent: number };

/**
 * 特困 persons unable to care for themselves (care tier partial-care or full-care: 部分或完全丧失生活自理
 * 能力) in force in a month, and those of them in centralised support (集中供养), per group.
 */
export const dependentExtremePovertySums = async (db: Database, month: string, groups: GroupsOf): Promise<CareSums[]> => {
  const rows = await sql<{ group_id: number; centralised: string | number; dependent: string | number }>`
    with recursive ${groups(sql`select distinct division_id from assistance_recipient where programme = 'extreme-poverty'`)}
    select g.group_id,
      coalesce(sum(r.member_count) filter (where r.care_mode = 'centralised'), 0) as centralised,
      coalesce(sum(r.member_count), 0) as dependent
    from groups g
    join assistance_recipient r on r.division_id = g.division_id
    where r.programme = 'extreme-poverty' and r.care_tier in ('partial-care', 'full-care') and ${activeIn(month)}
    group by g.group_id`.execute(db);
  return rows.rows.map((r) => ({ groupId: Number(r.group_id), centralised: Number(r.centralised), dependent: Number(r.dependent) }));
};
