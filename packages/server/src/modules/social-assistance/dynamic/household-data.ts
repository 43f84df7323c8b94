import { sql } from 'kysely';
import type { Database } from '../../../db/database';
import * as registry from '../registry/registry.repository';
import type { MemberRow } from '../registry/registry.mapping';
import { toRefusedEmployment, type Household, type HouseholdMember, type IncomeItem, type PropertyItem } from '../social-assistance.rules';

// Registry rows → the pure rules' plain inputs (member ids as strings), for reviews, re-calculations
// and monitoring snapshots. Member rows may come from a batch query (only the listed columns).

export type MemberFields = Pick<
  MemberRow,
  | 'id'
  | 'name'
  | 'birth_date'
  | 'relation'
  | 'lives_together'
  | 'has_support_duty'
  | 'exclusion'
  | 'disability_category'
  | 'disability_grade'
  | 'has_major_illness'
  | 'labour_capacity'
  | 'employment'
  | 'student_stage'
  | 'student_full_time'
  | 'cannot_live_independently'
  | 'employment_refusal'
>;

export const MEMBER_FIELDS = [
  'id',
  'household_id',
  'name',
  'birth_date',
  'relation',
  'lives_together',
  'has_support_duty',
  'exclusion',
  'disability_category',
  'disability_grade',
  'has_major_illness',
  'labour_capacity',
  'employment',
  'student_stage',
  'student_full_time',
  'cannot_live_independently',
  'employment_refusal',
  'self_care_failed_items',
  'care_mode',
] as const;

export const toRulesMember = (m: MemberFields): HouseholdMember => ({
  id: String(m.id),
  name: m.name,
  birthDate: m.birth_date,
  relation: m.relation as HouseholdMember['relation'],
  livesWithApplicant: m.lives_together,
  ...(m.has_support_duty === null ? {} : { hasSupportDuty: m.has_support_duty }),
  exclusion: m.exclusion as HouseholdMember['exclusion'],
  disability:
    m.disability_category && m.disability_grade
      ? ({ category: m.disability_category, grade: m.disability_grade } as HouseholdMember['disability'])
      : null,
  hasMajorIllness: m.has_major_illness,
  ...(m.labour_capacity ? { labourCapacity: m.labour_capacity as NonNullable<HouseholdMember['labourCapacity']> } : {}),
  employment: m.employment as HouseholdMember['employment'],
  student: m.student_stage ? ({ stage: m.student_stage, fullTime: m.student_full_time ?? true } as HouseholdMember['student']) : null,
  cannotLiveIndependently: m.cannot_live_independently,
  refusedEmployment: toRefusedEmployment(m.employment_refusal),
});

/** Live members of many households in one query, grouped by household. */
export const membersOf = async (db: Database, householdIds: readonly number[]) => {
  const grouped = new Map<
    number,
    (MemberFields & { household_id: number; self_care_failed_items: string[]; care_mode: string | null })[]
  >();
  if (householdIds.length === 0) return grouped;
  const rows = await db
    .selectFrom('household_member')
    .select(MEMBER_FIELDS)
    .where(sql<boolean>`household_id = any(${[...householdIds]}::bigint[])`)
    .where('valid_to', 'is', null)
    .orderBy('id')
    .execute();
  for (const row of rows) grouped.set(row.household_id, [...(grouped.get(row.household_id) ?? []), row]);
  return grouped;
};

/** One household with its income and property items, as the rules read them. */
export const loadHouseholdForRules = async (db: Database, householdId: number, authorisationSigned = true) => {
  const household = await db.selectFrom('household').selectAll().where('id', '=', householdId).executeTakeFirstOrThrow();
  const [members, incomeRows, propertyRows] = await Promise.all([
    registry.findMembers(db, householdId),
    registry.findIncomeItems(db, householdId),
    registry.findPropertyItems(db, householdId),
  ]);
  const live = new Set(members.map((m) => String(m.id)));
  const incomeItems: IncomeItem[] = incomeRows
    .map((r) => ({
      memberId: String(r.member_id),
      kind: r.kind as IncomeItem['kind'],
      month: r.month,
      amountFen: Number(r.amount_fen),
      ...(r.withheld_fen ? { withheldFen: Number(r.withheld_fen) } : {}),
      ...(r.payer ? { payer: r.payer as NonNullable<IncomeItem['payer']> } : {}),
    }))
    .filter((i) => live.has(i.memberId));
  const propertyItems: PropertyItem[] = propertyRows
    .map((r): PropertyItem => {
      const base = { ownerId: String(r.owner_member_id), ...(r.exemption_reason ? { exemption: { reason: r.exemption_reason } } : {}) };
      if (r.kind === 'vehicle') {
        return { ...base, kind: 'vehicle', vehicleKind: r.vehicle_kind as 'car', valueFen: Number(r.value_fen ?? 0) };
      }
      if (r.kind === 'house') return { ...base, kind: 'house', floorAreaM2: Number(r.floor_area_m2 ?? 0) };
      if (r.kind === 'business') return { ...base, kind: 'business', employsOthers: r.employs_others === true };
      return { ...base, kind: r.kind as 'deposit', valueFen: Number(r.value_fen ?? 0) };
    })
    .filter((p) => live.has(p.ownerId));
  const rules: Household = {
    id: String(household.id),
    area: household.area_type as Household['area'],
    members: members.map(toRulesMember),
    authorisationSigned,
  };
  return { row: household, members, rules, incomeItems, propertyItems };
};
