import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../../db/database';
import { withinScope, type Scope } from '../../../platform/scope/scope';

// All SQL of payment rolls. Generation is set-based: one INSERT … SELECT per step over every recipient
// of the county (regular lines, then arrears lines), then one UPDATE for the totals and the digest —
// the same number of statements for 10 households or 10^6. Lines copy everything the bank needs
// (amount, account, name, ID number, 摘要), so an approved roll no longer depends on its inputs.

type RollKey = { rollId: number; province: string };
type Generation = RollKey & { countyId: number; month: string };

const inCounty = (countyId: number, column: RawBuilder<unknown>) =>
  sql`exists (select 1 from division_closure dc where dc.ancestor_id = ${countyId} and dc.descendant_id = ${column})`;

/** No suspension of the household (or of this recipient) covers the month. */
const notSuspended = (household: RawBuilder<unknown>, recipient: RawBuilder<unknown>, province: RawBuilder<unknown>, month: string) => sql`
  not exists (select 1 from payment_suspension s
              where s.household_id = ${household} and s.province_code = ${province}
                and (s.recipient_id is null or s.recipient_id = ${recipient})
                and s.from_month <= ${month}::date and (s.to_month is null or s.to_month >= ${month}::date))`;

const PROGRAMME_LABEL = (column: RawBuilder<unknown>) =>
  sql`case ${column} when 'dibao' then '低保金' when 'extreme-poverty' then '特困供养金' when 'marginal-family' then '低保边缘救助金' else '救助金' end`;

/** The live account paying a recipient: the member's own, else the head's, else the household's first. */
const ACCOUNT_JOIN = (household: RawBuilder<unknown>, member: RawBuilder<unknown>) => sql`
  left join lateral (
    select a.member_id, a.account_name, a.account_no, a.bank_name
    from household_payment_account a
    where a.household_id = ${household} and a.province_code = h.province_code and a.valid_to is null
    order by coalesce(a.member_id = ${member}, false) desc, coalesce(a.member_id = h.head_member_id, false) desc, a.id
    limit 1) acct on true
  left join household_member payee on payee.id = acct.member_id and payee.province_code = h.province_code`;

export const deleteLines = (db: Database, { rollId, province }: RollKey) =>
  sql`delete from payment_line where roll_id = ${rollId} and province_code = ${province}`.execute(db);

/** Step 1: one line per recipient with an amount in force for the month (渐退 months included). */
export const insertRegularLines = async (db: Database, g: Generation) => {
  const result = await sql`
    insert into payment_line (province_code, roll_id, division_id, household_id, recipient_id, programme, kind, arrears_id, service_month,
                              payee_member_id, account_name, account_no, bank_name, citizen_id, amount_fen, gradual_exit, memo)
    select r.province_code, ${g.rollId}, r.division_id, r.household_id, r.id, r.programme, 'regular', null, ${g.month}::date,
           acct.member_id, acct.account_name, acct.account_no, acct.bank_name, payee.citizen_id, ap.monthly_amount_fen, r.status = 'gradual-exit',
           to_char(${g.month}::date, 'YYYY"年"FMMM"月"') || ${PROGRAMME_LABEL(sql.ref('r.programme'))} || case when r.status = 'gradual-exit' then '（渐退期）' else '' end
    from assistance_recipient r
    join household h on h.id = r.household_id and h.province_code = r.province_code
    join lateral (
      select p.monthly_amount_fen from assistance_amount_period p
      where p.recipient_id = r.id and p.province_code = r.province_code
        and p.from_month <= ${g.month}::date and (p.to_month is null or p.to_month >= ${g.month}::date)
      order by p.from_month desc limit 1) ap on true
    ${ACCOUNT_JOIN(sql.ref('r.household_id'), sql.ref('r.member_id'))}
    where r.province_code = ${g.province} and ${inCounty(g.countyId, sql.ref('r.division_id'))}
      and r.programme <> 'temporary-assistance'
      and r.start_month <= ${g.month}::date and (r.end_month is null or r.end_month >= ${g.month}::date)
      and not (r.status = 'stopped' and r.end_month is null)
      and h.status = 'active'
      and ap.monthly_amount_fen > 0
      and ${notSuspended(sql.ref('r.household_id'), sql.ref('r.id'), sql.ref('r.province_code'), g.month)}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
};

/** Step 2: one line per open arrears of the county from an earlier month that is not in flight elsewhere. */
export const insertArrearsLines = async (db: Database, g: Generation) => {
  const result = await sql`
    insert into payment_line (province_code, roll_id, division_id, household_id, recipient_id, programme, kind, arrears_id, service_month,
                              payee_member_id, account_name, account_no, bank_name, citizen_id, amount_fen, gradual_exit, memo)
    select a.province_code, ${g.rollId}, a.division_id, a.household_id, a.recipient_id, a.programme, 'arrears', a.id, a.service_month,
           acct.member_id, acct.account_name, acct.account_no, acct.bank_name, payee.citizen_id, a.amount_fen, false,
           '补发' || to_char(a.service_month, 'YYYY"年"FMMM"月"') || ${PROGRAMME_LABEL(sql.ref('a.programme'))}
    from payment_arrears a
    join household h on h.id = a.household_id and h.province_code = a.province_code
    join assistance_recipient r on r.id = a.recipient_id and r.province_code = a.province_code
    ${ACCOUNT_JOIN(sql.ref('a.household_id'), sql.ref('r.member_id'))}
    where a.county_id = ${g.countyId} and a.province_code = ${g.province} and a.status = 'open' and a.source_month < ${g.month}::date
      and h.status = 'active'
      and not exists (select 1 from payment_line l where l.arrears_id = a.id and l.province_code = a.province_code
                        and l.roll_id <> ${g.rollId} and l.status in ('pending', 'paid'))
      and ${notSuspended(sql.ref('a.household_id'), sql.ref('a.recipient_id'), sql.ref('a.province_code'), g.month)}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
};

/** Content digest of a roll's lines (ids left out, so a re-generation with the same inputs gives the same digest). */
const DIGEST = sql<string>`md5(coalesce(string_agg(concat_ws('|', household_id, recipient_id, programme, kind, coalesce(arrears_id, 0), service_month,
  amount_fen, coalesce(payee_member_id, 0), coalesce(account_no, ''), coalesce(account_name, ''), coalesce(bank_name, ''), coalesce(citizen_id, ''), memo),
  E'\n' order by household_id, recipient_id, kind, arrears_id), ''))`;

export const lineDigest = async (db: Database, { rollId, province }: RollKey) =>
  (
    await sql<{
      digest: string;
    }>`select ${DIGEST} as digest from payment_line where roll_id = ${rollId} and province_code = ${province}`.execute(db)
  ).rows[0]?.digest ?? '';

/** Step 3: totals, counts and digest of the roll, in one statement. */
export const updateTotals = (db: Database, g: Generation, userId: number) =>
  sql`
    update payment_roll pr set
      line_count = s.lines, total_fen = s.total, arrears_line_count = s.arrears_lines, arrears_fen = s.arrears_total,
      missing_account_count = s.missing, digest = s.digest,
      suspended_count = (select count(distinct su.household_id) from payment_suspension su
                         where su.province_code = ${g.province} and ${inCounty(g.countyId, sql.ref('su.division_id'))}
                           and su.from_month <= ${g.month}::date and (su.to_month is null or su.to_month >= ${g.month}::date)),
      generation_count = pr.generation_count + 1, generated_at = now(), generated_by = ${userId}
    from (select count(*)::int as lines, coalesce(sum(amount_fen), 0) as total,
                 (count(*) filter (where kind = 'arrears'))::int as arrears_lines, coalesce(sum(amount_fen) filter (where kind = 'arrears'), 0) as arrears_total,
                 (count(*) filter (where account_no is null))::int as missing, ${DIGEST} as digest
          from payment_line where roll_id = ${g.rollId} and province_code = ${g.province}) s
    where pr.id = ${g.rollId} and pr.province_code = ${g.province}`.execute(db);

/** The roll row of a county and month, created as a draft if missing, locked for the transaction. */
export const lockOrCreateRoll = async (db: Database, countyId: number, province: string, month: string) => {
  await db
    .insertInto('payment_roll')
    .values({ province_code: province, division_id: countyId, month })
    .onConflict((oc) => oc.columns(['division_id', 'month', 'province_code']).doNothing())
    .execute();
  return db
    .selectFrom('payment_roll')
    .selectAll()
    .where('division_id', '=', countyId)
    .where('month', '=', month)
    .where('province_code', '=', province)
    .forUpdate()
    .executeTakeFirstOrThrow();
};

const rollColumns = (db: Database) =>
  db
    .selectFrom('payment_roll as pr')
    .innerJoin('division as d', 'd.id', 'pr.division_id')
    .selectAll('pr')
    .select('d.name as division_name');

export const findRoll = (db: Database, id: number, scope: Scope, options: { lock?: boolean } = {}) => {
  const q = rollColumns(db)
    .where('pr.id', '=', id)
    .where((eb) => withinScope(eb.ref('pr.division_id'), scope));
  return (options.lock ? q.forUpdate('pr') : q).executeTakeFirst();
};
export type RollRow = NonNullable<Awaited<ReturnType<typeof findRoll>>>;

export const listRolls = (
  db: Database,
  scope: Scope,
  filter: { divisionId?: number | undefined; month?: string | undefined; status?: string | undefined },
) => {
  let q = rollColumns(db).where((eb) => withinScope(eb.ref('pr.division_id'), scope));
  if (filter.divisionId !== undefined) q = q.where('pr.division_id', '=', filter.divisionId);
  if (filter.month !== undefined) q = q.where('pr.month', '=', filter.month);
  if (filter.status !== undefined) q = q.where('pr.status', '=', filter.status);
  return q.orderBy('pr.month', 'desc').orderBy('d.code').limit(500).execute();
};

export const listLines = (
  db: Database,
  roll: RollRow,
  filter: { status?: string | undefined; kind?: string | undefined; divisionId?: number | undefined; page: number; pageSize: number },
) => {
  let q = db
    .selectFrom('payment_line as l')
    .innerJoin('division as d', 'd.id', 'l.division_id')
    .where('l.roll_id', '=', roll.id)
    .where('l.province_code', '=', roll.province_code);
  if (filter.status !== undefined) q = q.where('l.status', '=', filter.status);
  if (filter.kind !== undefined) q = q.where('l.kind', '=', filter.kind);
  if (filter.divisionId !== undefined) {
    const root = filter.divisionId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('division_closure as dc')
          .select('dc.depth')
          .where('dc.ancestor_id', '=', root)
          .whereRef('dc.descendant_id', '=', 'l.division_id'),
      ),
    );
  }
  return Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q
      .selectAll('l')
      .select(['d.name as division_name', 'd.code as division_code'])
      .orderBy('d.code')
      .orderBy('l.household_id')
      .orderBy('l.recipient_id')
      .orderBy('l.kind')
      .orderBy('l.id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
  ]);
};

/** Every line of a roll in bank-file order (division code, household, recipient). */
export const allLines = (db: Database, roll: { id: number; province_code: string }) =>
  db
    .selectFrom('payment_line as l')
    .innerJoin('division as d', 'd.id', 'l.division_id')
    .selectAll('l')
    .where('l.roll_id', '=', roll.id)
    .where('l.province_code', '=', roll.province_code)
    .orderBy('d.code')
    .orderBy('l.household_id')
    .orderBy('l.recipient_id')
    .orderBy('l.kind')
    .orderBy('l.id')
    .execute();
export type LineRow = Awaited<ReturnType<typeof allLines>>[number];

/** Arrears lines of this roll whose arrears are already pending or paid in another roll (a stale draft). */
export const arrearsInFlightElsewhere = (db: Database, roll: { id: number; province_code: string }) =>
  sql<{ arrears_id: number }>`
    select l.arrears_id from payment_line l
    where l.roll_id = ${roll.id} and l.province_code = ${roll.province_code} and l.arrears_id is not null
      and exists (select 1 from payment_line o join payment_roll r on r.id = o.roll_id and r.province_code = o.province_code
                  where o.arrears_id = l.arrears_id and o.province_code = l.province_code and o.roll_id <> l.roll_id
                    and r.status <> 'draft' and o.status in ('pending', 'paid'))`
    .execute(db)
    .then((r) => r.rows);
