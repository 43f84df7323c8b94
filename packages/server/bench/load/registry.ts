import type { DatabaseHandle } from '../../src/db/database';
import { generateHouseholds, BASE_IDS, type GenDivision, type GenHousehold } from '../generator/households';
import { BENCH_AS_OF, INCOME_MONTH } from '../generator/parameters';
import { nextId, syncSequence, TableWriter, type Column } from './columns';

// Loads the generated caseload of a subtree (the data the non-import steps run on): households,
// members, one month of income items, property items, recipients with their amount periods, payee
// accounts and applications. Ids are assigned here; all tables are flushed together every
// `householdsPerFlush` households, parents first, so foreign keys hold at every flush.

const COLUMNS = {
  household: [
    ['id', 'bigint'],
    ['province_code', 'text'],
    ['division_id', 'int'],
    ['area_type', 'text'],
    ['address', 'text'],
    ['head_member_id', 'bigint'],
    ['source_key', 'text'],
  ],
  household_member: [
    ['id', 'bigint'],
    ['province_code', 'text'],
    ['household_id', 'bigint'],
    ['division_id', 'int'],
    ['citizen_id', 'text'],
    ['name', 'text'],
    ['sex', 'text'],
    ['birth_date', 'date'],
    ['relation', 'text'],
    ['lives_together', 'boolean'],
    ['disability_category', 'text'],
    ['disability_grade', 'smallint'],
    ['employment', 'text'],
    ['student_stage', 'text'],
    ['student_full_time', 'boolean'],
    ['valid_from', 'date'],
  ],
  income_item: [
    ['id', 'bigint'],
    ['province_code', 'text'],
    ['household_id', 'bigint'],
    ['division_id', 'int'],
    ['member_id', 'bigint'],
    ['kind', 'text'],
    ['month', 'text'],
    ['amount_fen', 'bigint'],
  ],
  property_item: [
    ['id', 'bigint'],
    ['province_code', 'text'],
    ['household_id', 'bigint'],
    ['division_id', 'int'],
    ['owner_member_id', 'bigint'],
    ['kind', 'text'],
    ['vehicle_kind', 'text'],
    ['value_fen', 'bigint'],
    ['floor_area_m2', 'numeric'],
  ],
  assistance_recipient: [
    ['id', 'bigint'],
    ['province_code', 'text'],
    ['division_id', 'int'],
    ['household_id', 'bigint'],
    ['programme', 'text'],
    ['unit', 'text'],
    ['member_id', 'bigint'],
    ['area_type', 'text'],
    ['member_count', 'int'],
    ['counted_income_fen', 'bigint'],
    ['care_tier', 'text'],
    ['care_mode', 'text'],
    ['start_month', 'date'],
    ['status', 'text'],
    ['granted_on', 'date'],
    ['next_review_on', 'date'],
  ],
  assistance_amount_period: [
    ['id', 'bigint'],
    ['province_code', 'text'],
    ['recipient_id', 'bigint'],
    ['division_id', 'int'],
    ['from_month', 'date'],
    ['standard_fen', 'bigint'],
    ['monthly_amount_fen', 'bigint'],
    ['parameter_id', 'int'],
    ['reason', 'text'],
  ],
  household_payment_account: [
    ['id', 'bigint'],
    ['province_code', 'text'],
    ['household_id', 'bigint'],
    ['division_id', 'int'],
    ['member_id', 'bigint'],
    ['account_name', 'text'],
    ['account_no', 'text'],
    ['bank_name', 'text'],
    ['valid_from', 'date'],
  ],
  assistance_application: [
    ['id', 'bigint'],
    ['province_code', 'text'],
    ['household_id', 'bigint'],
    ['division_id', 'int'],
    ['programme', 'text'],
    ['channel', 'text'],
    ['status', 'text'],
    ['current_step', 'text'],
    ['applicant_member_id', 'bigint'],
    ['applied_on', 'date'],
    ['accepted_on', 'date'],
    ['commitment_signed', 'boolean'],
    ['authorisation_signed', 'boolean'],
    ['decision', 'text'],
    ['decided_on', 'date'],
  ],
} satisfies Record<string, readonly Column[]>;
type Table = keyof typeof COLUMNS;
const TABLES = Object.keys(COLUMNS) as Table[];

export type RegistryCounts = Record<Table, number>;

const reviewDate = (startMonth: string) => {
  const [y, m] = startMonth.split('-').map(Number) as [number, number];
  const index = y * 12 + m - 1 + 12 * Math.ceil((2026 * 12 + 6 - (y * 12 + m)) / 12);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
};

export const loadRegistry = async (
  handle: DatabaseHandle,
  options: { seed: string; divisions: readonly GenDivision[]; households: number; parameterId: number },
): Promise<RegistryCounts> => {
  const writers = Object.fromEntries(TABLES.map((t) => [t, new TableWriter(handle, t, COLUMNS[t], Number.MAX_SAFE_INTEGER)])) as Record<
    Table,
    TableWriter
  >;
  const ids = Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await nextId(handle, t)] as const))) as Record<
    Table,
    number
  >;
  const take = (t: Table) => {
    const id = ids[t];
    ids[t] = id + 1;
    return id;
  };
  const perFlush = handle.engine === 'pglite' ? 40_000 : 10_000;
  const flushAll = async () => {
    for (const t of TABLES) await writers[t].flush();
  };
  let pending = 0;
  const put = async (h: GenHousehold) => {
    const province = h.division.code.slice(0, 2);
    const householdId = take('household');
    const memberIds = h.members.map(() => take('household_member'));
    const d = h.division.id;
    await writers.household.push([householdId, province, d, h.areaType, h.address, memberIds[0] as number, h.key]);
    for (const [i, m] of h.members.entries()) {
      await writers.household_member.push([
        memberIds[i] as number,
        province,
        householdId,
        d,
        m.citizenId,
        m.name,
        m.sex,
        m.birthDate,
        m.relation,
        m.livesTogether,
        m.disabilityCategory,
        m.disabilityGrade,
        m.employment,
        m.studentStage,
        m.studentStage === null ? null : true,
        '2020-01-01',
      ]);
    }
    for (const x of h.incomes) {
      await writers.income_item.push([
        take('income_item'),
        province,
        householdId,
        d,
        memberIds[x.member] as number,
        x.kind,
        INCOME_MONTH,
        x.amountFen,
      ]);
    }
    for (const p of h.properties) {
      await writers.property_item.push([
        take('property_item'),
        province,
        householdId,
        d,
        memberIds[p.member] as number,
        p.kind,
        p.vehicleKind,
        p.valueFen,
        p.floorArea,
      ]);
    }
    const r = h.recipient;
    if (r) {
      const recipientId = take('assistance_recipient');
      const start = `${r.startMonth}-01`;
      await writers.assistance_recipient.push([
        recipientId,
        province,
        d,
        householdId,
        r.programme,
        r.unit,
        r.unit === 'person' ? (memberIds[0] as number) : null,
        h.areaType,
        r.memberCount,
        r.incomeFen,
        r.careTier,
        r.careMode,
        start,
        r.status,
        start,
        reviewDate(r.startMonth),
      ]);
      await writers.assistance_amount_period.push([
        take('assistance_amount_period'),
        province,
        recipientId,
        d,
        start,
        r.standardFen,
        r.amountFen,
        options.parameterId,
        '基准数据（bench）',
      ]);
    }
    if (h.account) {
      await writers.household_payment_account.push([
        take('household_payment_account'),
        province,
        householdId,
        d,
        memberIds[0] as number,
        h.members[0]?.name ?? '',
        h.account.accountNo,
        h.account.bank,
        '2020-01-01',
      ]);
    }
    const a = h.application;
    if (a) {
      await writers.assistance_application.push([
        take('assistance_application'),
        province,
        householdId,
        d,
        a.programme,
        'counter',
        a.status,
        a.step,
        memberIds[0] as number,
        a.appliedOn,
        a.status === 'submitted' ? null : a.appliedOn,
        true,
        true,
        a.decision,
        a.decidedOn,
      ]);
    }
    pending += 1;
    if (pending >= perFlush) {
      pending = 0;
      await flushAll();
    }
  };
  for (const h of generateHouseholds({
    seed: options.seed,
    divisions: options.divisions,
    total: options.households,
    ids: BASE_IDS,
    keyPrefix: 'B',
  })) {
    await put(h);
  }
  await flushAll();
  for (const t of TABLES) await syncSequence(handle, t);
  // VACUUM as well as ANALYZE: a freshly loaded table has no visibility map, so every index-only scan
  // (list counts, scope probes) would still visit the heap. PostgreSQL's autovacuum gets there
  // eventually; PGlite has no autovacuum at all. division_closure too: its statistics date from the
  // bootstrap, before the bench's subtree mattered.
  const vacuum =
    'vacuum (analyze) household, household_member, income_item, property_item, assistance_recipient, assistance_amount_period, household_payment_account, assistance_application, division, division_closure';
  if (handle.pglite) await handle.pglite.exec(vacuum);
  else await handle.pool?.query(vacuum);
  return Object.fromEntries(TABLES.map((t) => [t, writers[t].written])) as RegistryCounts;
};

export const REFERENCE_DATE = BENCH_AS_OF;
