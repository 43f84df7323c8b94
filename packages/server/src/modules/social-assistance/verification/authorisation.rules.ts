// 家庭经济状况核对授权书 (rules doc §6.1): whose signed authorisation a 核对 needs, and whether each
// person's stored authorisation covers the query (date, validity, departments). Pure.
import type { IsoDate } from '../rules/calendar-date';

export type AuthorisationPerson = { kind: 'member' | 'obligor'; id: number; name: string };

export type StoredAuthorisation = {
  memberId: number | null;
  obligorId: number | null;
  signedOn: IsoDate;
  validUntil: IsoDate | null;
  revokedOn: IsoDate | null;
  /** null: every department. */
  departments: readonly string[] | null;
};

/**
 * Every person whose records the 核对 queries (the members living together), and for 特困 also the
 * statutory obligors (43号 Art. 10: "申请人及其法定赡养、抚养、扶养义务人"); deceased obligors excepted.
 */
export const requiredPersons = (
  programme: string,
  members: readonly { id: number; name: string; livesTogether: boolean }[],
  obligors: readonly { id: number; name: string; deceased: boolean }[],
): AuthorisationPerson[] => [
  ...members.filter((m) => m.livesTogether).map((m) => ({ kind: 'member' as const, id: m.id, name: m.name })),
  ...(programme === 'extreme-poverty'
    ? obligors.filter((o) => !o.deceased).map((o) => ({ kind: 'obligor' as const, id: o.id, name: o.name }))
    : []),
];

/**
 * A revoked authorisation covers no new request, whatever date the request is entered with: the
 * consent is withdrawn (requests made before the revocation keep their record).
 */
const covers = (a: StoredAuthorisation, on: IsoDate, departments: readonly string[]): boolean =>
  a.signedOn <= on &&
  (a.validUntil === null || a.validUntil >= on) &&
  a.revokedOn === null &&
  (a.departments === null || departments.every((d) => a.departments?.includes(d)));

/** The persons without an authorisation that covers a query on `on` of `departments` (all departments when empty). */
export const missingAuthorisations = (
  persons: readonly AuthorisationPerson[],
  stored: readonly StoredAuthorisation[],
  on: IsoDate,
  departments: readonly string[] = [],
): AuthorisationPerson[] =>
  persons.filter(
    (p) => !stored.some((a) => (p.kind === 'member' ? a.memberId === p.id : a.obligorId === p.id) && covers(a, on, departments)),
  );

export const describeMissing = (missing: readonly AuthorisationPerson[]): string =>
  `以下人员尚未提交有效的家庭经济状况核对授权书（签字扫描件）：${missing
    .map((p) => `${p.name}${p.kind === 'obligor' ? '（法定赡养/抚养/扶养义务人）' : ''}`)
    .join('、')}`;
