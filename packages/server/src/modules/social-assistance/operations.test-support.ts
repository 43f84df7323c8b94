// Test helper (not a test file): a caseload of recipient households inserted set-based (one
// INSERT … SELECT FROM unnest per table and chunk), for payment, dynamic-management and monitoring
// tests up to tens of thousands of households. Every 10th household is a one-person 特困 household.
import { sql } from 'kysely';
import { computeCitizenIdCheckDigit } from '@mz/shared';
import type { Database } from '../../db/database';
import { reserveIds } from './import/household-import.repository';
import { chunk } from './operations.common';

export type SeededHousehold = {
  id: number;
  divisionId: number;
  programme: 'dibao' | 'extreme-poverty';
  recipientId: number;
  headId: number;
  memberIds: number[];
  amountFen: number;
  accountNo: string | null;
};

const addDaysIso = (base: string, days: number) => new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const idNumber = (area: string, birth: string, seq: number) => {
  const first17 = `${area}${birth.replaceAll('-', '')}${String(seq % 1000).padStart(3, '0')}`;
  return `${first17}${computeCitizenIdCheckDigit(first17)}`;
};

/** Villages (or other leaf divisions) under a division code, ordered by code. */
export const villagesUnder = async (db: Database, code: string) =>
  (
    await db
      .selectFrom('division')
      .select(['id', 'code'])
      .where('code', 'like', `${code}%`)
      .where('level', '=', 'village')
      .where('valid_to', 'is', null)
      .orderBy('code')
      .execute()
  ).map((d) => d.id);

/**
 * `count` recipient households spread over `divisionIds`: 低保 households of three (S = 710, counted
 * income varying) and 特困 persons (923 + 210), paid from `startMonth`, each with a payee account
 * unless `withoutAccount` says otherwise. `seqBase` keeps ID numbers unique across calls (0–332; up to
 * 21,000 households per call).
 */
export const seedRecipients = async (
  db: Database,
  options: { divisionIds: number[]; count: number; seqBase: number; startMonth?: string; withoutAccount?: (i: number) => boolean },
): Promise<SeededHousehold[]> => {
  const { divisionIds, count } = options;
  const start = `${options.startMonth ?? '2025-01'}-01`;
  const householdIds = await reserveIds(db, 'household', count);
  const isExtreme = (i: number) => i % 10 === 9;
  const memberCount = Array.from({ length: count }, (_, i) => (isExtreme(i) ? 1 : 3)).reduce((a, b) => a + b, 0);
  const memberIds = await reserveIds(db, 'household_member', memberCount);
  const recipientIds = await reserveIds(db, 'assistance_recipient', count);
  let m = 0;
  const households = householdIds.map((id, i) => {
    const extreme = isExtreme(i);
    const seq = options.seqBase * 3 + Math.floor(i / 7000);
    const head = {
      id: memberIds[m++] as number,
      relation: 'self',
      name: `户主${i}`,
      birth: extreme ? addDaysIso('1940-01-01', i % 7000) : addDaysIso('1960-01-01', i % 7000),
      area: extreme ? '532625' : '532621',
    };
    const others = extreme
      ? []
      : [
          { id: memberIds[m++] as number, relation: 'spouse', name: `配偶${i}`, birth: addDaysIso('1961-03-01', i % 7000), area: '532623' },
          { id: memberIds[m++] as number, relation: 'child', name: `子女${i}`, birth: addDaysIso('2003-01-01', i % 7000), area: '532624' },
        ];
    const income = 80_000 + (i % 50) * 1_000;
    const amountFen = extreme ? 92_300 + 21_000 : Math.round((71_000 * 3 - income) / 100) * 100;
    return {
      id,
      divisionId: divisionIds[i % divisionIds.length] as number,
      area: i % 2 === 0 ? 'urban' : 'rural',
      extreme,
      members: [head, ...others].map((p) => ({ ...p, citizenId: idNumber(p.area, p.birth, seq) })),
      recipientId: recipientIds[i] as number,
      income: extreme ? 0 : income,
      amountFen,
      accountNo: options.withoutAccount?.(i) ? null : `6217${String(id).padStart(12, '0')}`,
    };
  });

  for (const part of chunk(households, 5_000)) {
    await sql`
      insert into household (id, province_code, division_id, area_type, address, head_member_id)
      select t.id, '53', t.division_id, t.area_type, '测试地址', t.head from unnest(${part.map((h) => h.id)}::bigint[], ${part.map((h) => h.divisionId)}::int[],
        ${part.map((h) => h.area)}::text[], ${part.map((h) => h.members[0]?.id)}::bigint[]) as t(id, division_id, area_type, head)`.execute(
      db,
    );
    const members = part.flatMap((h) => h.members.map((p) => ({ ...p, householdId: h.id, divisionId: h.divisionId })));
    await sql`
      insert into household_member (id, province_code, household_id, division_id, citizen_id, name, sex, birth_date, relation, employment, valid_from)
      select t.id, '53', t.household_id, t.division_id, t.citizen_id, t.name, 'male', t.birth_date, t.relation, 'not-working', '2024-12-01'
      from unnest(${members.map((p) => p.id)}::bigint[], ${members.map((p) => p.householdId)}::bigint[], ${members.map((p) => p.divisionId)}::int[],
                  ${members.map((p) => p.citizenId)}::text[], ${members.map((p) => p.name)}::text[], ${members.map((p) => p.birth)}::date[],
                  ${members.map((p) => p.relation)}::text[]) as t(id, household_id, division_id, citizen_id, name, birth_date, relation)`.execute(
      db,
    );
    await sql`
      insert into assistance_recipient (id, province_code, division_id, household_id, programme, unit, member_id, area_type, member_count, counted_income_fen,
                                        care_tier, care_mode, start_month)
      select t.id, '53', t.division_id, t.household_id, t.programme, t.unit, t.member_id, t.area_type, t.n, t.income, t.care_tier, t.care_mode, ${start}::date
      from unnest(${part.map((h) => h.recipientId)}::bigint[], ${part.map((h) => h.divisionId)}::int[], ${part.map((h) => h.id)}::bigint[],
                  ${part.map((h) => (h.extreme ? 'extreme-poverty' : 'dibao'))}::text[], ${part.map((h) => (h.extreme ? 'person' : 'household'))}::text[],
                  ${part.map((h) => (h.extreme ? (h.members[0]?.id ?? null) : null))}::bigint[], ${part.map((h) => h.area)}::text[],
                  ${part.map((h) => h.members.length)}::int[], ${part.map((h) => h.income)}::bigint[],
                  ${part.map((h) => (h.extreme ? 'self-care' : null))}::text[], ${part.map((h) => (h.extreme ? 'dispersed' : null))}::text[])
        as t(id, division_id, household_id, programme, unit, member_id, area_type, n, income, care_tier, care_mode)`.execute(db);
    await sql`
      insert into assistance_amount_period (province_code, recipient_id, division_id, from_month, standard_fen, monthly_amount_fen, reason)
      select '53', t.recipient_id, t.division_id, ${start}::date, t.standard, t.amount, '测试数据'
      from unnest(${part.map((h) => h.recipientId)}::bigint[], ${part.map((h) => h.divisionId)}::int[], ${part.map((h) => (h.extreme ? 92_300 : 71_000))}::bigint[],
                  ${part.map((h) => h.amountFen)}::bigint[]) as t(recipient_id, division_id, standard, amount)`.execute(db);
    const paid = part.filter((h) => h.accountNo !== null);
    await sql`
      insert into household_payment_account (province_code, household_id, division_id, member_id, account_name, account_no, bank_name, valid_from)
      select '53', t.household_id, t.division_id, t.member_id, t.name, t.account_no, '文山农商银行', '2024-12-01'
      from unnest(${paid.map((h) => h.id)}::bigint[], ${paid.map((h) => h.divisionId)}::int[], ${paid.map((h) => h.members[0]?.id)}::bigint[],
                  ${paid.map((h) => h.members[0]?.name)}::text[], ${paid.map((h) => h.accountNo)}::text[]) as t(household_id, division_id, member_id, name, account_no)`.execute(
      db,
    );
  }
  return households.map((h) => ({
    id: h.id,
    divisionId: h.divisionId,
    programme: h.extreme ? 'extreme-poverty' : 'dibao',
    recipientId: h.recipientId,
    headId: h.members[0]?.id as number,
    memberIds: h.members.map((p) => p.id),
    amountFen: h.amountFen,
    accountNo: h.accountNo,
  }));
};

let scopeSeq = 100;
/**
 * For scope cases: `count` fresh recipient households in the first villages of 开化街道, paid from
 * 2023-01 (before any case of the workflow tests), with accounts.
 */
export const seedInKaihua = async (db: Database, count = 1) =>
  seedRecipients(db, {
    divisionIds: (await villagesUnder(db, '532601001')).slice(0, 2),
    count,
    seqBase: scopeSeq++,
    startMonth: '2023-01',
  });
