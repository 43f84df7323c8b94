import { sql } from 'kysely';
import type { Database } from '../../../db/database';
import type { ParsedHousehold } from './household-import.rules';

// Set-based load of a validated caseload file: ids are reserved in one statement per table, then rows
// go in chunks through INSERT … SELECT … FROM unnest($1::…[], …) — one statement per chunk, never one
// per row.

const HOUSEHOLD_CHUNK = 5_000;
const MEMBER_CHUNK = 10_000;

type SequencedTable = 'household' | 'household_member' | 'assistance_recipient' | 'assistance_amount_period';

export const reserveIds = async (db: Database, table: SequencedTable, count: number): Promise<number[]> => {
  if (count === 0) return [];
  const result = await sql<{
    id: number;
  }>`select nextval(pg_get_serial_sequence(${table}, 'id'))::bigint as id from generate_series(1, ${count}::int)`.execute(db);
  return result.rows.map((r) => Number(r.id));
};

const chunks = <T>(items: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** Parameter version in force (nearest ancestor) for distinct (division, month) pairs, in one statement. */
export const resolveStandards = async (db: Database, pairs: { divisionId: number; month: string; areaType: string }[]) => {
  if (pairs.length === 0) return new Map<string, { parameterId: number; standardFen: number; basicFen: number }>();
  const result = await sql<{
    division_id: number;
    month: string;
    area_type: string;
    parameter_id: number | null;
    standard_fen: number | null;
    basic_fen: number | null;
  }>`
    select q.division_id, q.month, q.area_type, v.id as parameter_id,
           (v.params->'dibaoStandardFen'->>q.area_type)::bigint as standard_fen,
           (v.params->'extremePoverty'->'basicLivingStandardFen'->>q.area_type)::bigint as basic_fen
    from unnest(${pairs.map((p) => p.divisionId)}::int[], ${pairs.map((p) => `${p.month}-01`)}::date[], ${pairs.map((p) => p.areaType)}::text[]) as q(division_id, month, area_type)
    left join lateral (
      select p.id, p.params from assistance_parameter p
      join division_closure c on c.ancestor_id = p.division_id and c.descendant_id = q.division_id
      where p.valid_from <= q.month and (p.valid_to is null or p.valid_to >= q.month)
      order by c.depth limit 1) v on true`.execute(db);
  const map = new Map<string, { parameterId: number; standardFen: number; basicFen: number }>();
  for (const r of result.rows) {
    if (r.parameter_id === null) continue;
    map.set(`${r.division_id}|${String(r.month).slice(0, 7)}|${r.area_type}`, {
      parameterId: r.parameter_id,
      standardFen: Number(r.standard_fen ?? 0),
      basicFen: Number(r.basic_fen ?? 0),
    });
  }
  return map;
};

export const standardKey = (h: Pick<ParsedHousehold, 'division' | 'startMonth' | 'areaType'>) =>
  `${h.division.id}|${h.startMonth}|${h.areaType}`;

export const insertHouseholds = async (
  db: Database,
  options: {
    households: ParsedHousehold[];
    batchId: number;
    userId: number;
    validFrom: string;
    standards: Awaited<ReturnType<typeof resolveStandards>>;
  },
) => {
  const { households, batchId, userId, validFrom } = options;
  const memberCount = households.reduce((n, h) => n + h.members.length, 0);
  const householdIds = await reserveIds(db, 'household', households.length);
  const memberIds = await reserveIds(db, 'household_member', memberCount);
  const province = (h: ParsedHousehold) => h.division.code.slice(0, 2);

  let next = 0;
  const placed = households.map((h, i) => {
    const id = householdIds[i] as number;
    const members = h.members.map((m) => ({ ...m, id: memberIds[next++] as number }));
    return { h, id, members, headId: members.find((m) => m.relation === 'self')?.id ?? null };
  });

  for (const part of chunks(placed, HOUSEHOLD_CHUNK)) {
    await sql`
      insert into household (id, province_code, division_id, area_type, address, head_member_id, source_key, import_batch_id, created_by)
      select t.id, t.province_code, t.division_id, t.area_type, t.address, t.head_member_id, t.source_key, ${batchId}::bigint, ${userId}::int
      from unnest(${part.map((p) => p.id)}::bigint[], ${part.map((p) => province(p.h))}::text[], ${part.map((p) => p.h.division.id)}::int[],
                  ${part.map((p) => p.h.areaType)}::text[], ${part.map((p) => p.h.address)}::text[], ${part.map((p) => p.headId)}::bigint[],
                  ${part.map((p) => p.h.key)}::text[])
        as t(id, province_code, division_id, area_type, address, head_member_id, source_key)`.execute(db);
  }

  const memberRows = placed.flatMap((p) => p.members.map((m) => ({ m, householdId: p.id, h: p.h })));
  for (const part of chunks(memberRows, MEMBER_CHUNK)) {
    await sql`
      insert into household_member (id, province_code, household_id, division_id, citizen_id, name, sex, birth_date, relation, lives_together,
                                    disability_category, disability_grade, employment, student_stage, student_full_time, valid_from)
      select t.id, t.province_code, t.household_id, t.division_id, t.citizen_id, t.name, t.sex, t.birth_date, t.relation, t.lives_together,
             t.disability_category, t.disability_grade, t.employment, t.student_stage, case when t.student_stage is null then null else true end, ${validFrom}::date
      from unnest(${part.map((r) => r.m.id)}::bigint[], ${part.map((r) => province(r.h))}::text[], ${part.map((r) => r.householdId)}::bigint[],
                  ${part.map((r) => r.h.division.id)}::int[], ${part.map((r) => r.m.citizenId)}::text[], ${part.map((r) => r.m.name)}::text[],
                  ${part.map((r) => r.m.sex)}::text[], ${part.map((r) => r.m.birthDate)}::date[], ${part.map((r) => r.m.relation)}::text[],
                  ${part.map((r) => r.m.livesTogether)}::boolean[], ${part.map((r) => r.m.disabilityCategory)}::text[],
                  ${part.map((r) => r.m.disabilityGrade)}::smallint[], ${part.map((r) => r.m.employment)}::text[], ${part.map((r) => r.m.studentStage)}::text[])
        as t(id, province_code, household_id, division_id, citizen_id, name, sex, birth_date, relation, lives_together,
             disability_category, disability_grade, employment, student_stage)`.execute(db);
  }

  // Existing caseload: a recipient and its first amount period per household with a 保障类别.
  const receiving = placed.filter((p) => p.h.programme !== null && p.h.startMonth !== null);
  const recipientIds = await reserveIds(db, 'assistance_recipient', receiving.length);
  const periodIds = await reserveIds(db, 'assistance_amount_period', receiving.length);
  const rows = receiving.map((p, i) => {
    const person = p.h.programme === 'extreme-poverty';
    const n = person ? 1 : p.members.filter((m) => m.livesTogether).length || 1;
    const standard = options.standards.get(standardKey(p.h));
    const s = person ? (standard?.basicFen ?? 0) : (standard?.standardFen ?? 0);
    const amount = p.h.programme === 'dibao' || person ? (p.h.amountFen ?? 0) : 0;
    // 补差: the imported amount implies the counted income I = S × n − amount, so a later change of S re-computes correctly.
    const income = p.h.programme === 'dibao' ? Math.max(0, s * n - amount) : 0;
    return {
      id: recipientIds[i] as number,
      periodId: periodIds[i] as number,
      p,
      person,
      n,
      s,
      amount,
      income,
      parameterId: standard?.parameterId ?? null,
    };
  });
  for (const part of chunks(rows, HOUSEHOLD_CHUNK)) {
    await sql`
      insert into assistance_recipient (id, province_code, division_id, household_id, programme, unit, member_id, area_type, member_count, counted_income_fen, start_month, care_tier, import_batch_id)
      select t.id, t.province_code, t.division_id, t.household_id, t.programme, t.unit, t.member_id, t.area_type, t.member_count, t.income, t.start_month, t.care_tier, ${batchId}::bigint
      from unnest(${part.map((r) => r.id)}::bigint[], ${part.map((r) => province(r.p.h))}::text[], ${part.map((r) => r.p.h.division.id)}::int[],
                  ${part.map((r) => r.p.id)}::bigint[], ${part.map((r) => r.p.h.programme)}::text[], ${part.map((r) => (r.person ? 'person' : 'household'))}::text[],
                  ${part.map((r) => (r.person ? r.p.headId : null))}::bigint[], ${part.map((r) => r.p.h.areaType)}::text[], ${part.map((r) => r.n)}::int[],
                  ${part.map((r) => r.income)}::bigint[], ${part.map((r) => `${r.p.h.startMonth}-01`)}::date[],
                  ${part.map((r) => (r.person ? r.p.h.careTier : null))}::text[])
        as t(id, province_code, division_id, household_id, programme, unit, member_id, area_type, member_count, income, start_month, care_tier)`.execute(
      db,
    );
    await sql`
      insert into assistance_amount_period (id, province_code, recipient_id, division_id, from_month, standard_fen, monthly_amount_fen, parameter_id, reason)
      select t.id, t.province_code, t.recipient_id, t.division_id, t.from_month, t.standard_fen, t.amount, t.parameter_id, '存量数据导入'
      from unnest(${part.map((r) => r.periodId)}::bigint[], ${part.map((r) => province(r.p.h))}::text[], ${part.map((r) => r.id)}::bigint[],
                  ${part.map((r) => r.p.h.division.id)}::int[], ${part.map((r) => `${r.p.h.startMonth}-01`)}::date[], ${part.map((r) => r.s)}::bigint[],
                  ${part.map((r) => r.amount)}::bigint[], ${part.map((r) => r.parameterId)}::int[])
        as t(id, province_code, recipient_id, division_id, from_month, standard_fen, amount, parameter_id)`.execute(db);
  }
  return { households: households.length, members: memberCount, recipients: receiving.length };
};
