import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../../db/database';
import { withinScope, type Scope } from '../../../platform/scope/scope';
import type { EventRow, SnapshotRecipientRow } from './snapshot';

// All SQL of low-income dynamic monitoring: who is monitored on a date, the households a warning run
// must look at (new events or a date trigger in its window), their batch data, and warning rows.

export const MONITORED_RECIPIENT_PROGRAMMES = ['dibao', 'extreme-poverty', 'marginal-family', 'rigid-expenditure'];

/** Recipient record in force in the month of `asOf` (monthly programmes). */
const recipientActive = (asOf: string) =>
  sql`r.programme in (${sql.join(MONITORED_RECIPIENT_PROGRAMMES)}) and r.start_month <= date_trunc('month', ${asOf}::date)::date
      and (r.end_month is null or r.end_month >= date_trunc('month', ${asOf}::date)::date) and not (r.status = 'stopped' and r.end_month is null)`;
const flagActive = (asOf: string) => sql`f.valid_from <= ${asOf}::date and (f.valid_to is null or f.valid_to >= ${asOf}::date)`;

/** Households of the monitored population on `asOf`, with their categories (recipients ∪ flags). */
const monitoredCategories = (asOf: string) => sql`
  select r.household_id, r.province_code, r.programme as category from assistance_recipient r where ${recipientActive(asOf)}
  union
  select f.household_id, f.province_code, f.category from low_income_flag f where ${flagActive(asOf)}`;

const inSubtree = (root: number | undefined, column: RawBuilder<unknown>) =>
  root === undefined
    ? sql`true`
    : sql`exists (select 1 from division_closure dc where dc.ancestor_id = ${root} and dc.descendant_id = ${column})`;

export const population = async (
  db: Database,
  scope: Scope,
  q: { asOf: string; divisionId?: number | undefined; category?: string | undefined; page: number; pageSize: number },
) => {
  const base = sql`
    from (${monitoredCategories(q.asOf)}) c
    join household h on h.id = c.household_id and h.province_code = c.province_code
    join division d on d.id = h.division_id
    where h.status = 'active' and ${withinScope(sql.ref('h.division_id'), scope)} and ${inSubtree(q.divisionId, sql.ref('h.division_id'))}`;
  const filtered = q.category === undefined ? sql`` : sql`having bool_or(c.category = ${q.category})`;
  const [summary, rows, total] = await Promise.all([
    sql<{
      category: string;
      households: number;
    }>`select c.category, count(distinct h.id)::int as households ${base} group by c.category order by c.category`.execute(db),
    sql<{ id: number; division_id: number; division_name: string; categories: string[]; members: number }>`
      select h.id, h.division_id, d.name as division_name, array_agg(distinct c.category order by c.category) as categories,
             (select count(*)::int from household_member m where m.household_id = h.id and m.province_code = h.province_code and m.valid_to is null) as members
      ${base}
      group by h.id, h.province_code, h.division_id, d.name ${filtered}
      order by h.id limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`.execute(db),
    sql<{ n: number }>`select count(*)::int as n from (select h.id ${base} group by h.id ${filtered}) x`.execute(db),
  ]);
  return { summary: summary.rows, rows: rows.rows, total: total.rows[0]?.n ?? 0 };
};

/**
 * Monitored households under `rootId` that a run on `asOf` must evaluate: those with matched events
 * not yet evaluated, and those with a date trigger inside `windowDays` (a member turning 18, 刚性
 * validity or 渐退 ending). Keyset page after `afterId`, with the thresholds of each household's division.
 */
export const candidateHouseholds = (
  db: Database,
  options: { rootId: number; asOf: string; windowDays: number; afterId: number; limit: number },
) => {
  const { asOf, windowDays } = options;
  return sql<{ id: number; province_code: string; division_id: number; config: unknown; handling_working_days: number | null }>`
    select h.id, h.province_code, h.division_id, th.config, th.handling_working_days
    from household h
    left join lateral (
      select lt.config, lt.handling_working_days from low_income_threshold lt
      join division_closure c on c.ancestor_id = lt.division_id and c.descendant_id = h.division_id
      order by c.depth limit 1) th on true
    where h.id > ${options.afterId} and h.status = 'active'
      and exists (select 1 from division_closure dc where dc.ancestor_id = ${options.rootId} and dc.descendant_id = h.division_id)
      and (exists (select 1 from assistance_recipient r where r.household_id = h.id and r.province_code = h.province_code and ${recipientActive(asOf)})
           or exists (select 1 from low_income_flag f where f.household_id = h.id and f.province_code = h.province_code and ${flagActive(asOf)}))
      and (exists (select 1 from department_event e where e.household_id = h.id and e.province_code = h.province_code and e.evaluated_at is null and e.occurred_on <= ${asOf}::date)
           or exists (select 1 from household_member m where m.household_id = h.id and m.province_code = h.province_code and m.valid_to is null
                        and (m.birth_date + interval '18 years')::date between ${asOf}::date and (${asOf}::date + ${windowDays}::int))
           or exists (select 1 from assistance_recipient r where r.household_id = h.id and r.province_code = h.province_code and r.end_month is not null
                        and (r.programme = 'rigid-expenditure' or r.status = 'gradual-exit')
                        and r.end_month between (${asOf}::date - interval '1 month')::date and (${asOf}::date + ${windowDays}::int)))
    order by h.id
    limit ${options.limit}`
    .execute(db)
    .then((r) => r.rows);
};

const ids = (householdIds: readonly number[]) => sql`${[...householdIds]}::bigint[]`;

export const batchRecipients = (db: Database, householdIds: readonly number[], asOf: string) =>
  sql<SnapshotRecipientRow & { household_id: number }>`
    select r.household_id, r.programme, r.member_id, r.status, r.end_month, r.counted_income_fen from assistance_recipient r
    where r.household_id = any(${ids(householdIds)}) and ${recipientActive(asOf)}`
    .execute(db)
    .then((r) => r.rows);

export const batchFlags = (db: Database, householdIds: readonly number[], asOf: string) =>
  sql<{
    household_id: number;
    category: string;
  }>`select f.household_id, f.category from low_income_flag f where f.household_id = any(${ids(householdIds)}) and ${flagActive(asOf)}`
    .execute(db)
    .then((r) => r.rows);

/** Σ income items of the 12 months up to the month of `asOf`. */
export const batchIncome12 = (db: Database, householdIds: readonly number[], asOf: string) =>
  sql<{ household_id: number; total: number }>`
    select household_id, sum(amount_fen) as total from income_item
    where household_id = any(${ids(householdIds)}) and month > to_char(${asOf}::date - interval '12 months', 'YYYY-MM') and month <= to_char(${asOf}::date, 'YYYY-MM')
    group by household_id`
    .execute(db)
    .then((r) => r.rows);

/** New (not yet evaluated) events, plus the medical settlements of the look-back window for rolling sums. */
export const batchEvents = (db: Database, householdIds: readonly number[], asOf: string, medicalWindowMonths: number) =>
  sql<EventRow & { household_id: number; evaluated: boolean }>`
    select e.id, e.household_id, e.kind, e.member_id, e.occurred_on, e.amount_fen, e.disability_category, e.disability_grade, e.diagnosis, e.on_local_list,
           e.student_stage, e.description, e.evaluated_at is not null as evaluated
    from department_event e
    where e.household_id = any(${ids(householdIds)}) and e.occurred_on <= ${asOf}::date
      and (e.evaluated_at is null or (e.kind = 'medical-settlement' and e.occurred_on > (${asOf}::date - make_interval(months => ${medicalWindowMonths}::int))::date))
    order by e.occurred_on, e.id`
    .execute(db)
    .then((r) => r.rows);

export type NewWarning = {
  province: string;
  divisionId: number;
  householdId: number;
  memberId: number | null;
  code: string;
  key: string;
  triggeredOn: string;
  ruleDueOn: string | null;
  raisedOn: string;
  dueOn: string;
  action: string;
  reasons: unknown;
};

/** Many warnings in one statement; one already raised for the same household and key is skipped. */
export const insertWarnings = async (db: Database, evaluationId: number, rows: readonly NewWarning[]) => {
  if (rows.length === 0) return 0;
  const col = <T>(f: (r: NewWarning) => T) => rows.map(f);
  const result = await sql`
    insert into low_income_warning (province_code, division_id, household_id, member_id, code, dedupe_key, triggered_on, rule_due_on, raised_on, due_on,
                                    suggested_action, reasons, evaluation_id)
    select t.province_code, t.division_id, t.household_id, t.member_id, t.code, t.key, t.triggered_on, t.rule_due_on, t.raised_on, t.due_on, t.action, t.reasons::jsonb, ${evaluationId}
    from unnest(${col((r) => r.province)}::text[], ${col((r) => r.divisionId)}::int[], ${col((r) => r.householdId)}::bigint[], ${col((r) => r.memberId)}::bigint[],
                ${col((r) => r.code)}::text[], ${col((r) => r.key)}::text[], ${col((r) => r.triggeredOn)}::date[], ${col((r) => r.ruleDueOn)}::date[],
                ${col((r) => r.raisedOn)}::date[], ${col((r) => r.dueOn)}::date[], ${col((r) => r.action)}::text[], ${col((r) => JSON.stringify(r.reasons))}::text[])
      as t(province_code, division_id, household_id, member_id, code, key, triggered_on, rule_due_on, raised_on, due_on, action, reasons)
    on conflict (household_id, dedupe_key, province_code) do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
};
