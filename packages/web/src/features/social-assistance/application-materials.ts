import { saText } from './social-assistance.i18n';

// 一次性告知 (57号 Art. 10; 43号 Art. 12): the materials an application needs, by programme and by
// what the household's members are (disabled, students, ill). What is not ticked as received is
// listed to the applicant at once, as the missing items of the application.

const m = saText.materials;

export type HouseholdTraits = { hasDisabled: boolean; hasStudents: boolean; hasMajorIllness: boolean };

export const materialsFor = (programme: string, traits: HouseholdTraits): string[] => {
  const common = [m.applicationForm, m.idCards, m.hukou];
  const byProgramme: Record<string, string[]> = {
    dibao: [m.incomeProof, m.propertyStatement],
    'marginal-family': [m.incomeProof, m.propertyStatement],
    'extreme-poverty': [m.labourStatement, m.obligorAuthorisation, m.propertyStatement],
    'rigid-expenditure': [m.incomeProof, m.propertyStatement, m.rigidSpendingProof],
    'temporary-assistance': [m.emergencyProof, m.spendingReceipts, m.incomeProof],
  };
  const list = [
    ...common,
    ...(byProgramme[programme] ?? []),
    ...(traits.hasDisabled ? [m.disabilityCertificate] : []),
    ...(traits.hasStudents ? [m.studentProof] : []),
    ...(traits.hasMajorIllness ? [m.illnessProof] : []),
  ];
  return [...new Set(list)];
};

/** Missing items of the notice: the checklist items not received, then the extra ones typed in (no duplicates). */
export const missingItems = (checklist: readonly string[], received: readonly string[], extra: readonly string[]): string[] => {
  const have = new Set(received);
  const list = [...checklist.filter((item) => !have.has(item)), ...extra.map((e) => e.trim()).filter(Boolean)];
  return [...new Set(list)].slice(0, 30);
};

export const traitsOf = (
  members: readonly { livesTogether: boolean; disability: unknown; student: unknown; hasMajorIllness: boolean }[],
): HouseholdTraits => {
  const living = members.filter((mm) => mm.livesTogether);
  return {
    hasDisabled: living.some((mm) => mm.disability !== null && mm.disability !== undefined),
    hasStudents: living.some((mm) => mm.student !== null && mm.student !== undefined),
    hasMajorIllness: living.some((mm) => mm.hasMajorIllness),
  };
};
