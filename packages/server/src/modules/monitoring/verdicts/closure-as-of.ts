import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../../db/database';

// Roll-ups over the division tree as it stood at each value's reference date (indicator-definitions
// §1 rule 4): a value of year Y (quarter Q) rolls up along the effective-dated parent links valid at
// 24:00 of 31 Dec Y (of the quarter's last day), so a county merged or re-parented later still counts
// under its parent of that year.
//
// Speed (issue 6: national roll-up of 285,888 values < 1 s). A value's chain as of its date D equals
// its chain in today's closure table unless some division on that chain changed after D (a version
// starting or ending after D) or has ended. So, in one statement:
//   - `dirty`: the divisions below such a change, with the date until which they differ (few rows,
//     from division_version and the closure; none at all while the tree never changed);
//   - values not under a change join the closure table directly (as before the as-of rule);
//   - only values under a change walk up the effective-dated links, once per distinct
//     (division, period) — never one recursion row per value, never the whole tree, never a loop;
//   - each branch aggregates on its own, the partial sums are re-summed.
// While no division ever changed (the usual case at start), the plain closure statement runs alone.
// Measured with `npm run bench -- --size tiny --only rollup` (rollup-nation).

/** The reference date of a value row `v` (24:00 of the year's or the quarter's last day). */
const asOf = sql`case when v.quarter = 0 then make_date(v.year, 12, 31)
  else (make_date(v.year, v.quarter * 3, 1) + interval '1 month' - interval '1 day')::date end`;

/** The per-group partial sums of value rows `v` rolled up to `c.ancestor_id` (re-summed in `rolledUpSumsAsOf`). */
const partialSums = sql`v.plan_indicator_id, c.ancestor_id, v.year, v.quarter,
  count(*) as units,
  sum(v.numerator) as num,
  sum(v.denominator) as den,
  sum(v.value) as val,
  sum(v.numerator * coalesce(v.weight, 1)) as num_w,
  sum(case when v.numerator is not null then coalesce(v.weight, 1) end) as w,
  sum(v.denominator * coalesce(v.denominator_weight, 1)) as den_w,
  sum(case when v.denominator is not null then coalesce(v.denominator_weight, 1) end) as w2,
  sum(v.reference_value * coalesce(v.weight, 1)) as ref_w,
  sum(case when v.reference_value is not null then coalesce(v.weight, 1) end) as w_ref,
  bool_or(v.source = 'demo') as has_demo,
  count(*) filter (where v.source = 'computed') as computed_units`;

/**
 * The roll-up sums (one row per indicator × ancestor × year × quarter) of the stored values matching
 * `filter` (on `monitoring_indicator_value v`), each value counted under every ancestor-or-self of its
 * division as of its reference date that satisfies `ancestorFilter` (on `c.ancestor_id`). Each branch
 * aggregates on its own (hash aggregates over the closure join), the few partial rows are re-summed.
 */
export const rolledUpSumsAsOf = (filter: RawBuilder<unknown>, ancestorFilter: RawBuilder<unknown>, treeChanged: boolean) =>
  treeChanged ? rolledUpOverChanges(filter, ancestorFilter) : rolledUpOverClosure(filter, ancestorFilter);

/** While no division ever changed (no dated version, none ended), the tree of any date is today's. */
export const divisionTreeChanged = async (db: Database) =>
  (
    await sql<{ changed: boolean }>`select exists (select 1 from division_version where valid_from is not null or valid_to is not null)
      or exists (select 1 from division where valid_to is not null) as changed`.execute(db)
  ).rows[0]?.changed === true;

const totals = sql`p.plan_indicator_id as "indicatorId", p.ancestor_id as "divisionId", p.year, p.quarter::int as quarter,
    sum(p.units)::int as units,
    sum(p.num) as num,
    sum(p.den) as den,
    sum(p.val) as val,
    sum(p.num_w) as "numW",
    sum(p.w) as w,
    sum(p.den_w) as "denW",
    sum(p.w2) as w2,
    sum(p.ref_w) as "refW",
    sum(p.w_ref) as "wRef",
    bool_or(p.has_demo) as "hasDemo",
    sum(p.computed_units)::int as "computedUnits"`;

const rolledUpOverClosure = (filter: RawBuilder<unknown>, ancestorFilter: RawBuilder<unknown>) => sql`
  with parts as (
    select ${partialSums}
    from monitoring_indicator_value v
    join division_closure c on c.descendant_id = v.division_id and ${ancestorFilter}
    where ${filter}
    group by v.plan_indicator_id, c.ancestor_id, v.year, v.quarter
  )
  select ${totals} from parts p group by p.plan_indicator_id, p.ancestor_id, p.year, p.quarter`;

const rolledUpOverChanges = (filter: RawBuilder<unknown>, ancestorFilter: RawBuilder<unknown>) => sql`
  with recursive changed as (
    -- Divisions whose parent link (or existence) differs before 'until' (a version starting or ending
    -- then), and ended divisions (no valid version after their end: they differ ever after).
    select dv.division_id, max(greatest(dv.valid_from, dv.valid_to)) as until, false as ended
    from division_version dv
    where dv.valid_from is not null or dv.valid_to is not null
    group by dv.division_id
    union all
    select d.id, null, true from division d where d.valid_to is not null
  ), dirty as materialized (
    select dc.descendant_id as division_id, max(ch.until) as until, bool_or(ch.ended) as ended
    from changed ch
    join division_closure dc on dc.ancestor_id = ch.division_id
    group by dc.descendant_id
  ), moved as (
    select v.division_id, v.year, v.quarter, ${asOf} as as_of
    from monitoring_indicator_value v
    join dirty d on d.division_id = v.division_id and (d.ended or ${asOf} < d.until)
    where ${filter}
    group by v.division_id, v.year, v.quarter
  ), up as (
    select m.division_id, m.year, m.quarter, m.division_id as ancestor_id, m.as_of from moved m
    union all
    select up.division_id, up.year, up.quarter, dv.parent_id, up.as_of
    from up
    join division_version dv on dv.division_id = up.ancestor_id
      and (dv.valid_from is null or dv.valid_from <= up.as_of) and (dv.valid_to is null or dv.valid_to > up.as_of)
    where dv.parent_id is not null
  ), parts as (
    select ${partialSums}
    from monitoring_indicator_value v
    join division_closure c on c.descendant_id = v.division_id and ${ancestorFilter}
    where ${filter}
      and not exists (select 1 from dirty d where d.division_id = v.division_id and (d.ended or ${asOf} < d.until))
    group by v.plan_indicator_id, c.ancestor_id, v.year, v.quarter
    union all
    select ${partialSums}
    from monitoring_indicator_value v
    join up c on c.division_id = v.division_id and c.year = v.year and c.quarter = v.quarter and ${ancestorFilter}
    where ${filter}
    group by v.plan_indicator_id, c.ancestor_id, v.year, v.quarter
  )
  select ${totals}
  from parts p
  group by p.plan_indicator_id, p.ancestor_id, p.year, p.quarter`;
