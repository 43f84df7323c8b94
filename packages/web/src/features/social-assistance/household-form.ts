import {
  validateCitizenId,
  type THouseholdCreate,
  type TIncomeItemInput,
  type TMemberUpdate,
  type TMemberView,
  type TObligorInput,
  type TPropertyItemInput,
} from '@mz/shared';
import { yuanToFen } from './money-format';
import { saText } from './social-assistance.i18n';

// Form values of the registry pages → the contracts' request bodies (strict schemas: only their own
// fields; money in fen). The 公民身份号码 is checked in the browser with the same GB 11643 validator
// the server uses, so the clerk sees the Chinese message while typing.

export type MemberFormValues = {
  name?: string;
  relation?: string;
  citizenId?: string;
  livesTogether?: boolean;
  employment?: string;
  disabilityCategory?: string | null;
  disabilityGrade?: number | null;
  certificateNo?: string | null;
  hasMajorIllness?: boolean;
  labourCapacity?: string | null;
  studentStage?: string | null;
  studentFullTime?: boolean;
  exclusion?: string | null;
  selfCareFailedItems?: string[];
  careMode?: string | null;
  cannotLiveIndependently?: boolean;
  employmentRefusal?: string | null;
};

export type HouseholdFormValues = {
  divisionId?: number | null;
  areaType?: string;
  address?: string;
  hukouAddress?: string | null;
  residenceAddress?: string | null;
  residencePermit?: boolean;
  separateRegistration?: boolean;
  phone?: string | null;
  members?: MemberFormValues[];
};

/** The validator's Chinese message for a wrong number, or null when it is valid (or still empty). */
export const citizenIdProblem = (value: string | null | undefined, today?: string): string | null => {
  if (value === null || value === undefined || value.trim() === '') return null;
  const result = validateCitizenId(value, today);
  return result.ok ? null : result.message;
};

const blank = (v: string | null | undefined): string | null => (v === null || v === undefined || v.trim() === '' ? null : v.trim());

const memberAttributes = (v: MemberFormValues): TMemberUpdate => {
  const disability =
    v.disabilityCategory && v.disabilityGrade
      ? {
          category: v.disabilityCategory as NonNullable<TMemberUpdate['disability']>['category'],
          grade: v.disabilityGrade as 1 | 2 | 3 | 4,
          ...(blank(v.certificateNo) ? { certificateNo: blank(v.certificateNo) as string } : {}),
        }
      : null;
  const student = v.studentStage
    ? { stage: v.studentStage as NonNullable<TMemberUpdate['student']>['stage'], fullTime: v.studentFullTime ?? true }
    : null;
  return {
    name: (v.name ?? '').trim(),
    livesTogether: v.livesTogether ?? true,
    employment: (v.employment ?? 'not-working') as TMemberUpdate['employment'],
    disability,
    hasMajorIllness: v.hasMajorIllness ?? false,
    ...(v.labourCapacity ? { labourCapacity: v.labourCapacity as NonNullable<TMemberUpdate['labourCapacity']> } : {}),
    student,
    exclusion: (v.exclusion ?? null) as TMemberUpdate['exclusion'],
    selfCareFailedItems: (v.selfCareFailedItems ?? []) as TMemberUpdate['selfCareFailedItems'],
    careMode: (v.careMode ?? null) as TMemberUpdate['careMode'],
    cannotLiveIndependently: v.cannotLiveIndependently ?? false,
    employmentRefusal: (v.employmentRefusal ?? null) as TMemberUpdate['employmentRefusal'],
  };
};

/** A new member (create household, 增加成员): attributes plus relation and the normalised ID number. */
export const toMemberInput = (v: MemberFormValues) => {
  const checked = validateCitizenId(v.citizenId ?? '');
  return {
    ...memberAttributes(v),
    relation: (v.relation ?? 'other') as TMemberInputRelation,
    citizenId: checked.ok ? checked.value : (v.citizenId ?? '').trim(),
  };
};
type TMemberInputRelation = THouseholdCreate['members'][number]['relation'];

export const toMemberUpdate = (v: MemberFormValues): TMemberUpdate => memberAttributes(v);

/** A member as the edit form shows it. */
export const memberToFormValues = (m: TMemberView): MemberFormValues => ({
  name: m.name,
  relation: m.relation,
  livesTogether: m.livesTogether,
  employment: m.employment,
  disabilityCategory: m.disability?.category ?? null,
  disabilityGrade: m.disability?.grade ?? null,
  certificateNo: m.disability?.certificateNo ?? null,
  hasMajorIllness: m.hasMajorIllness,
  labourCapacity: m.labourCapacity,
  studentStage: m.student?.stage ?? null,
  studentFullTime: m.student?.fullTime ?? true,
  exclusion: m.exclusion,
  selfCareFailedItems: m.selfCareFailedItems,
  careMode: m.careMode,
  cannotLiveIndependently: m.cannotLiveIndependently,
  employmentRefusal: m.employmentRefusal,
});

export const toHouseholdCreate = (v: HouseholdFormValues): THouseholdCreate => ({
  divisionId: v.divisionId ?? 0,
  areaType: (v.areaType ?? 'urban') as THouseholdCreate['areaType'],
  address: (v.address ?? '').trim(),
  hukouAddress: blank(v.hukouAddress),
  residenceAddress: blank(v.residenceAddress),
  residencePermit: v.residencePermit ?? false,
  separateRegistration: v.separateRegistration ?? false,
  phone: blank(v.phone),
  members: (v.members ?? []).map(toMemberInput),
});

export const toHouseholdUpdate = (v: HouseholdFormValues, version: number) => ({
  version,
  ...(v.areaType ? { areaType: v.areaType as THouseholdCreate['areaType'] } : {}),
  ...(v.address ? { address: v.address.trim() } : {}),
  hukouAddress: blank(v.hukouAddress),
  residenceAddress: blank(v.residenceAddress),
  residencePermit: v.residencePermit ?? false,
  separateRegistration: v.separateRegistration ?? false,
  phone: blank(v.phone),
});

/** 「应有且只有一名户主」: the message when the members do not have exactly one head, else null. */
export const headCountProblem = (members: readonly MemberFormValues[]): string | null => {
  const heads = members.filter((m) => m.relation === 'self').length;
  return heads === 1 ? null : saText.member.headCount(heads);
};

/** Index of an earlier member with the same ID number, per member (null when unique). */
export const duplicateOf = (members: readonly MemberFormValues[], index: number): number | null => {
  const own = validateCitizenId(members[index]?.citizenId ?? '');
  if (!own.ok) return null;
  for (let i = 0; i < index; i += 1) {
    const other = validateCitizenId(members[i]?.citizenId ?? '');
    if (other.ok && other.value === own.value) return i;
  }
  return null;
};

/** '2025-03'..'2025-08' → the six months, in order (at most 60). */
export const monthsInRange = (from: string, to: string): string[] => {
  const parse = (ym: string) => {
    const match = /^(\d{4})-(\d{2})$/.exec(ym);
    return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
  };
  const a = parse(from);
  const b = parse(to);
  if (a === null || b === null || b < a) return [];
  const months: string[] = [];
  for (let n = a; n <= b && months.length < 60; n += 1) {
    months.push(`${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`);
  }
  return months;
};

export type IncomeFormValues = {
  memberId?: number;
  kind?: string;
  fromMonth?: string;
  toMonth?: string;
  amount?: number | string | null;
  withheld?: number | string | null;
  payer?: string | null;
  note?: string | null;
};

/** One income item per month of the range, with the same amounts. */
export const incomeItemsFromForm = (v: IncomeFormValues): TIncomeItemInput[] =>
  monthsInRange(v.fromMonth ?? '', v.toMonth ?? v.fromMonth ?? '').map((month) => ({
    memberId: v.memberId ?? 0,
    kind: (v.kind ?? 'other') as TIncomeItemInput['kind'],
    month,
    amountFen: yuanToFen(v.amount ?? null) ?? 0,
    withheldFen: yuanToFen(v.withheld ?? null) ?? 0,
    ...(v.payer ? { payer: v.payer as NonNullable<TIncomeItemInput['payer']> } : {}),
    ...(blank(v.note) ? { note: blank(v.note) as string } : {}),
  }));

export type PropertyFormValues = {
  kind?: string;
  ownerMemberId?: number;
  vehicleKind?: string;
  value?: number | string | null;
  floorAreaM2?: number | null;
  employsOthers?: boolean;
  description?: string | null;
  exemptionReason?: string | null;
};

export const propertyItemFromForm = (v: PropertyFormValues): TPropertyItemInput => {
  const common = {
    ownerMemberId: v.ownerMemberId ?? 0,
    ...(blank(v.description) ? { description: blank(v.description) as string } : {}),
    exemptionReason: blank(v.exemptionReason),
  };
  const valueFen = yuanToFen(v.value ?? null) ?? 0;
  switch (v.kind) {
    case 'vehicle':
      return { kind: 'vehicle', vehicleKind: (v.vehicleKind ?? 'car') as 'car', valueFen, ...common };
    case 'house':
      return { kind: 'house', floorAreaM2: v.floorAreaM2 ?? 0, ...common };
    case 'business':
      return { kind: 'business', employsOthers: v.employsOthers ?? false, ...common };
    default:
      return { kind: (v.kind ?? 'deposit') as 'deposit', valueFen, ...common };
  }
};

export type ObligorFormValues = {
  name?: string;
  relation?: string;
  birthDate?: string;
  citizenId?: string | null;
  supportsMemberId?: number | null;
  address?: string | null;
  annualIncome?: number | string | null;
  monthlySupport?: number | string | null;
  financialAssets?: number | string | null;
  flags?: string[];
};

export const obligorFromForm = (v: ObligorFormValues): TObligorInput => {
  const flags = new Set(v.flags ?? []);
  const checked = blank(v.citizenId) ? validateCitizenId(v.citizenId ?? '') : null;
  return {
    name: (v.name ?? '').trim(),
    relation: (v.relation ?? 'other') as TObligorInput['relation'],
    birthDate: v.birthDate ?? '',
    supportsMemberId: v.supportsMemberId ?? null,
    citizenId: checked ? (checked.ok ? checked.value : (v.citizenId ?? '').trim()) : null,
    address: blank(v.address),
    annualIncomeFen: yuanToFen(v.annualIncome ?? null) ?? 0,
    monthlySupportFen: yuanToFen(v.monthlySupport ?? null) ?? 0,
    financialAssetsFen: yuanToFen(v.financialAssets ?? null) ?? 0,
    deceased: flags.has('deceased'),
    isDibao: flags.has('isDibao'),
    isExtremePoverty: flags.has('isExtremePoverty'),
    noCivilCapacity: flags.has('noCivilCapacity'),
    declaredMissing: flags.has('declaredMissing'),
    imprisoned: flags.has('imprisoned'),
  };
};
