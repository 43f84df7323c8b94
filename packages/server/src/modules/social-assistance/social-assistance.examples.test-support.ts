// Helpers of the worked examples of social-assistance-rules.md §7 (social-assistance.examples.*.test.ts):
// the §7.0 parameter set, the input builders of the examples and the reason check they all use.
import { expect } from 'vitest';
import { EXAMPLE_DECISION_DATE, EXAMPLE_PARAMETERS, EXAMPLE_PERIOD, findReason } from './social-assistance.fixtures';
import type {
  DecisionReason,
  DibaoInput,
  ExtremePovertyApplicant,
  ExtremePovertyInput,
  HouseholdMember,
  IncomeItem,
  PropertyItem,
  RuleCode,
} from './social-assistance.rules';

/** The §7.0 parameter set (示例县, urban). */
export const params = EXAMPLE_PARAMETERS;

/** The reason exists, names the expected section and carries a Chinese sentence. */
export const expectReason = (reasons: readonly DecisionReason[], code: RuleCode, section: string): DecisionReason => {
  const found = findReason(reasons, code);
  expect(found.section).toBe(section);
  expect(found.message).toMatch(/[\u4e00-\u9fff]/);
  return found;
};

/** An urban 低保 input on the example period and decision date, with the authorisation signed. */
export const dibaoInput = (
  members: HouseholdMember[],
  incomeItems: IncomeItem[],
  propertyItems: PropertyItem[],
  extra: Partial<DibaoInput> = {},
): DibaoInput => ({
  household: { id: 'h', area: 'urban', members, authorisationSigned: true },
  incomeItems,
  propertyItems,
  incomePeriod: EXAMPLE_PERIOD,
  asOf: EXAMPLE_DECISION_DATE,
  params,
  ...extra,
});

/** A 特困 input for one urban applicant (分散供养, 全自理 unless given), no income, property or obligors. */
export const extremePovertyInput = (
  applicant: Partial<ExtremePovertyApplicant> & Pick<ExtremePovertyApplicant, 'id' | 'name' | 'birthDate'>,
  extra: Partial<ExtremePovertyInput> = {},
): ExtremePovertyInput => ({
  applicant: { area: 'urban', careMode: 'dispersed', selfCare: { failedItems: [] }, ...applicant },
  incomeItems: [],
  propertyItems: [],
  incomePeriod: EXAMPLE_PERIOD,
  obligors: [],
  asOf: EXAMPLE_DECISION_DATE,
  params,
  ...extra,
});
