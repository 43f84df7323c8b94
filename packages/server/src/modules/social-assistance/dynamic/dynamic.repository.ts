import { sql } from 'kysely';
import type { Database } from '../../../db/database';
import { withinScope, type Scope } from '../../../platform/scope/scope';

// All SQL of dynamic management: effective-dated amount writes (one statement per batch), stopping a
// recipient, the recheck due list and schedule, and change reports.

export type AmountWrite = { recipientId: number; amountFen: number; standardFen: number };

/**
 * New amounts from `from` (first of month) to `until` (null = open) for many recipients in ONE
 * statement: periods crossing `from` end the month before, periods inside [from, until] are replaced,
 * the part of any period after `until` is kept as its own period, and the new period is inserted.
 * Months before `from` are never touched.
 */
export const writeAmountPeriods = async (
  db: Database,
  options: {
    province: string;
    from: string;
    until: string | null;
    parameterId: number | null;
    reason: string;
    rows: readonly AmountWrite[];
  },
) => {
  const { province, from, until, rows } = options;
  if (rows.length === 0) return 0;
  const result = await sql`
    with t as (
      select * from unnest(${rows.map((r) => r.recipientId)}::bigint[], ${rows.map((r) => r.amountFen)}::bigint[], ${rows.map((r) => r.standardFen)}::bigint[])
        as t(recipient_id, amount, standard)),
    tail as (
      insert into assistance_amount_period (province_code, recipient_id, division_id, from_month, to_month, standard_fen, monthly_amount_fen, parameter_id, reason)
      select ap.province_code, ap.recipient_id, ap.division_id, (${until}::date + interval '1 month')::date, ap.to_month, ap.standard_fen, ap.monthly_amount_fen, ap.parameter_id, ap.reason
      from assistance_amount_period ap join t on t.recipient_id = ap.recipient_id
      where ap.province_code = ${province} and ${until}::date is not null and ap.from_month <= ${until}::date and (ap.to_month is null or ap.to_month > ${until}::date)
      returning 1),
    trimmed as (
      update assistance_amount_period ap set to_month = (${from}::date - interval '1 month')::date
      from t where ap.recipient_id = t.recipient_id and ap.province_code = ${province}
        and ap.from_month < ${from}::date and (ap.to_month is null or ap.to_month >= ${from}::date)
      returning 1),
    removed as (
      delete from assistance_amount_period ap using t
      where ap.recipient_id = t.recipient_id and ap.province_code = ${province}
        and ap.from_month >= ${from}::date and (${until}::date is null or ap.from_month <= ${until}::date)
      returning 1)
    insert into assistance_amount_period (province_code, recipient_id, division_id, from_month, to_month, standard_fen, monthly_amount_fen, parameter_id, reason)
    select ${province}, t.recipient_id, r.division_id, ${from}::date,
           case when ${until}::date is null then r.end_month when r.end_month is null then ${until}::date else least(${until}::date, r.end_month) end,
           t.standard, t.amount, ${options.parameterId}::int, ${options.reason}
    from t join assistance_recipient r on r.id = t.recipient_id and r.province_code = ${province}
    where r.end_month is null or r.end_month >= ${from}::date`.execute(db);
  return Number(result.numAffectedRows ?? 0);
};

/** Last paid month `lastMonth` (first of month): later periods go, the running one ends there. */
export const endRecipient = async (
  db: Database,
  r: { id: number; province_code: string },
  lastMonth: string,
  status: 'stopped' | 'gradual-exit',
) => {
  await db
    .deleteFrom('assistance_amount_period')
    .where('recipient_id', '=', r.id)
    .where('province_code', '=', r.province_code)
    .where('from_month', '>', lastMonth)
    .execute();
  await db
    .updateTable('assistance_amount_period')
    .set({ to_month: lastMonth })
    .where('recipient_id', '=', r.id)
    .where('province_code', '=', r.province_code)
    .where((eb) => eb.or([eb('to_month', 'is', null), eb('to_month', '>', lastMonth)]))
    .execute();
  await db
    .updateTable('assistance_recipient')
    .set({ status, end_month: lastMonth })
    .where('id', '=', r.id)
    .where('province_code', '=', r.province_code)
    .execute();
};

export const findRecipient = (db: Database, id: number, scope: Scope) =>
  db
    .selectFrom('assistance_recipient as r')
    .selectAll('r')
    .where('r.id', '=', id)
    .where((eb) => withinScope(eb.ref('r.division_id'), scope))
    .executeTakeFirst();
export type RecipientRow = NonNullable<Awaited<ReturnType<typeof findRecipient>>>;

/** The amount period in force for a recipient in a month. */
export const amountInForce = (db: Database, recipientId: number, month: string) =>
  db
    .selectFrom('assistance_amount_period')
    .selectAll()
    .where('recipient_id', '=', recipientId)
    .where('from_month', '<=', month)
    .where((eb) => eb.or([eb('to_month', 'is', null), eb('to_month', '>=', month)]))
    .orderBy('from_month', 'desc')
    .limit(1)
    .executeTakeFirst();

const REVIEWED = ['dibao', 'extreme-poverty', 'marginal-family', 'rigid-expenditure'];

/** Recipients due for their periodic recheck on or before `before`, with their township. */
export const dueRechecks = (
  db: Database,
  scope: Scope,
  options: { before: string; divisionId?: number | undefined; page: number; pageSize: number },
) => {
  let q = db
    .selectFrom('assistance_recipient as r')
    .innerJoin('division as d', 'd.id', 'r.division_id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('division_closure as tc')
          .innerJoin('division as td', 'td.id', 'tc.ancestor_id')
          .select(['td.id', 'td.name'])
          .whereRef('tc.descendant_id', '=', 'r.division_id')
          .where('td.level', '=', 'township')
          .limit(1)
          .as('t'),
      (j) => j.onTrue(),
    )
    .where((eb) => withinScope(eb.ref('r.division_id'), scope))
    .where('r.status', 'in', ['active', 'gradual-exit'])
    .where('r.programme', 'in', REVIEWED)
    .where('r.next_review_on', '<=', options.before);
  if (options.divisionId !== undefined) {
    const root = options.divisionId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('division_closure as dc')
          .select('dc.depth')
          .where('dc.ancestor_id', '=', root)
          .whereRef('dc.descendant_id', '=', 'r.division_id'),
      ),
    );
  }
  return Promise.all([
    q
      .select(['t.id as township_id', 't.name as township_name', sql<number>`count(*)`.as('due')])
      .groupBy(['t.id', 't.name'])
      .orderBy('t.name')
      .execute(),
    q
      .select([
        'r.id',
        'r.household_id',
        'r.programme',
        'r.division_id',
        'd.name as division_name',
        't.id as township_id',
        't.name as township_name',
        'r.next_review_on',
        'r.start_month',
      ])
      .orderBy('r.next_review_on')
      .orderBy('r.id')
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize)
      .execute(),
  ]);
};

/**
 * Give every active recipient of a county without a next review date one (57号 Art. 31): 低保 half-
 * yearly when a member is able to work (working age, labour capacity not reduced, not a full-time
 * student, not severely disabled), otherwise yearly; 特困 by its own interval; others yearly.
 */
export const scheduleReviews = async (
  db: Database,
  countyId: number,
  params: { stable: number; unstable: number; extremePoverty: number; workingFrom: number; workingTo: number; rule: string },
  asOf: string,
) => {
  const ableToWork = sql`exists (select 1 from household_member m where m.household_id = r.household_id and m.province_code = r.province_code and m.valid_to is null
      and m.birth_date <= (${asOf}::date - make_interval(years => ${params.workingFrom}::int)) and m.birth_date > (${asOf}::date - make_interval(years => ${params.workingTo}::int))
      and coalesce(m.labour_capacity, case when m.disability_grade <= 2 or (m.disability_grade = 3 and m.disability_category in ('intellectual', 'mental')) then 'none' else 'full' end) = 'full'
      and not coalesce(m.student_full_time, false))`;
  const result = await sql`
    update assistance_recipient r set next_review_on = (r.start_month + make_interval(months => case
        when r.programme = 'extreme-poverty' then ${params.extremePoverty}::int
        when r.programme = 'dibao' and ${params.rule} = 'either' and ${ableToWork} then ${params.unstable}::int
        else ${params.stable}::int end))::date
    where r.next_review_on is null and r.status in ('active', 'gradual-exit') and r.programme in ('dibao', 'extreme-poverty', 'marginal-family', 'rigid-expenditure')
      and exists (select 1 from division_closure dc where dc.ancestor_id = ${countyId} and dc.descendant_id = r.division_id)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
};

export const findChangeReport = (db: Database, id: number, scope: Scope) =>
  db
    .selectFrom('assistance_change_report as c')
    .innerJoin('division as d', 'd.id', 'c.division_id')
    .selectAll('c')
    .select('d.name as division_name')
    .where('c.id', '=', id)
    .where((eb) => withinScope(eb.ref('c.division_id'), scope))
    .executeTakeFirst();
export type ChangeReportRow = NonNullable<Awaited<ReturnType<typeof findChangeReport>>>;

export type NewChangeReport = {
  province: string;
  divisionId: number;
  householdId: number;
  recipientId: number | null;
  source: string;
  kind: string;
  description: string;
  reportedOn: string;
  reviewDueOn: string;
  status?: string;
  proposedOutcome?: string | null;
  outcome?: string | null;
  decision?: unknown;
  dedupeKey?: string | null;
  createdBy: number | null;
};

/** Many change reports in one statement; a repeated (recipient, dedupe key) is skipped. */
export const insertChangeReports = async (db: Database, reports: readonly NewChangeReport[]) => {
  if (reports.length === 0) return [];
  const col = <T>(f: (r: NewChangeReport) => T) => reports.map(f);
  const result = await sql<{ id: number }>`
    insert into assistance_change_report (province_code, division_id, household_id, recipient_id, source, kind, description, reported_on, review_due_on,
                                          status, proposed_outcome, outcome, decision, dedupe_key, created_by)
    select t.province_code, t.division_id, t.household_id, t.recipient_id, t.source, t.kind, t.description, t.reported_on, t.review_due_on,
           t.status, t.proposed_outcome, t.outcome, t.decision::jsonb, t.dedupe_key, t.created_by
    from unnest(${col((r) => r.province)}::text[], ${col((r) => r.divisionId)}::int[], ${col((r) => r.householdId)}::bigint[], ${col((r) => r.recipientId)}::bigint[],
                ${col((r) => r.source)}::text[], ${col((r) => r.kind)}::text[], ${col((r) => r.description)}::text[], ${col((r) => r.reportedOn)}::date[],
                ${col((r) => r.reviewDueOn)}::date[], ${col((r) => r.status ?? 'open')}::text[], ${col((r) => r.proposedOutcome ?? null)}::text[],
                ${col((r) => r.outcome ?? null)}::text[], ${col((r) => (r.decision === undefined ? null : JSON.stringify(r.decision)))}::text[],
                ${col((r) => r.dedupeKey ?? null)}::text[], ${col((r) => r.createdBy)}::int[])
      as t(province_code, division_id, household_id, recipient_id, source, kind, description, reported_on, review_due_on, status, proposed_outcome, outcome,
           decision, dedupe_key, created_by)
    on conflict (recipient_id, dedupe_key, province_code) where dedupe_key is not null do nothing
    returning id`.execute(db);
  return result.rows.map((r) => Number(r.id));
};
