import { maskCitizenId, validateCitizenId, type TMemberInput, type TMemberUpdate, type TMemberView } from '@mz/shared';
import type { Selectable } from 'kysely';
import type { HouseholdMemberTable } from '../social-assistance.tables';

// Rows ↔ contracts for household members. Citizen IDs leave the server masked unless the caller
// reads them through the audited personal-data route.

export type MemberRow = Selectable<HouseholdMemberTable>;

/** Member attributes as stored (everything except ids, household and validity). */
export const memberAttributes = (input: TMemberUpdate) => ({
  name: input.name,
  lives_together: input.livesTogether,
  has_support_duty: input.hasSupportDuty ?? null,
  exclusion: input.exclusion ?? null,
  disability_category: input.disability?.category ?? null,
  disability_grade: input.disability?.grade ?? null,
  disability_cert_no: input.disability?.certificateNo ?? null,
  has_major_illness: input.hasMajorIllness,
  labour_capacity: input.labourCapacity ?? null,
  self_care_failed_items: [...new Set(input.selfCareFailedItems)],
  care_mode: input.careMode ?? null,
  employment: input.employment,
  student_stage: input.student?.stage ?? null,
  student_full_time: input.student?.fullTime ?? null,
  cannot_live_independently: input.cannotLiveIndependently,
  employment_refusal: input.employmentRefusal ?? null,
});

/** A new member row; sex and birth date come from the (already validated) 公民身份号码. */
export const newMemberRow = (
  input: TMemberInput,
  household: { id: number; province_code: string; division_id: number },
  validFrom: string,
) => {
  const id = validateCitizenId(input.citizenId);
  if (!id.ok) throw new RangeError(`unvalidated citizen id reached the repository: ${id.code}`);
  return {
    province_code: household.province_code,
    household_id: household.id,
    division_id: household.division_id,
    citizen_id: id.value,
    sex: id.sex,
    birth_date: id.birthDate,
    relation: input.relation,
    valid_from: validFrom,
    ...memberAttributes(input),
  };
};

export const toMemberView = (row: MemberRow, unmasked: boolean): TMemberView => ({
  id: row.id,
  citizenId: unmasked ? row.citizen_id : maskCitizenId(row.citizen_id),
  masked: !unmasked,
  name: row.name,
  sex: row.sex as 'male' | 'female',
  birthDate: row.birth_date,
  relation: row.relation,
  livesTogether: row.lives_together,
  exclusion: row.exclusion,
  disability:
    row.disability_category && row.disability_grade
      ? { category: row.disability_category, grade: row.disability_grade, certificateNo: row.disability_cert_no }
      : null,
  hasMajorIllness: row.has_major_illness,
  labourCapacity: row.labour_capacity,
  selfCareFailedItems: row.self_care_failed_items ?? [],
  careMode: row.care_mode,
  employment: row.employment,
  student: row.student_stage ? { stage: row.student_stage, fullTime: row.student_full_time ?? true } : null,
  cannotLiveIndependently: row.cannot_live_independently,
  employmentRefusal: row.employment_refusal,
  hasSupportDuty: row.has_support_duty,
  validFrom: row.valid_from,
  validTo: row.valid_to,
});

/** For audit rows: who, without the full ID number. */
export const auditMember = (row: Pick<MemberRow, 'id' | 'name' | 'citizen_id' | 'relation'>) => ({
  id: row.id,
  name: row.name,
  citizenId: maskCitizenId(row.citizen_id),
  relation: row.relation,
});

/**
 * Change requests keep their payload as submitted (e.g. an added member's full 身份证号). Views mask
 * every `citizenId` inside it; the full numbers are only read through the audited personal-data route.
 */
export const maskCitizenIdsDeep = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(maskCitizenIdsDeep);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, v]) => [
      key,
      (key === 'citizenId' || key === 'citizen_id') && typeof v === 'string' ? maskCitizenId(v) : maskCitizenIdsDeep(v),
    ]),
  );
};
