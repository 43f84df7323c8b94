// Test fixtures: the example parameter set of rules doc §7.0 (示例县, urban, 2024-07 onwards) and small
// builders for households and monthly income. Used by the *.test.ts files of this module only.
import { monthsInRange, type IsoDate } from './rules/calendar-date';
import type { DecisionReason, RuleCode } from './rules/decision';
import type { DibaoInput } from './rules/subsistence-allowance.rules';
import type { HouseholdMember, IncomeItem, IncomeKind, IncomePeriod, PropertyItem, SupportPayer } from './rules/inputs';
import { yuan, type Fen } from './rules/money';
import {
  deriveExtremePovertyStandards,
  incomePeriodBeforeApplication,
  type PropertyRuleSet,
  type SocialAssistanceParameters,
} from './rules/parameters';

const S = yuan(710);
const MINIMUM_WAGE = yuan(2_100);

const EXTREME_POVERTY = deriveExtremePovertyStandards({
  dibaoStandardFen: S,
  basicMultiple: 13_000, // 1.3 × S = 923
  minimumWageFen: MINIMUM_WAGE,
  careShares: {
    'full-care': { numerator: 1, denominator: 4 }, // 525
    'partial-care': { numerator: 1, denominator: 6 }, // 350
    'self-care': { numerator: 1, denominator: 10 }, // 210
  },
});

/** At most one non-commercial vehicle ≤ 30,000; disability mobility vehicles exempt (§7.0, 重庆). */
const VEHICLES: PropertyRuleSet['vehicles'] = {
  maxCount: 1,
  maxValueFen: yuan(30_000),
  exemptKinds: ['disability-mobility'],
};

const propertyRules = (financialAssetsPerCapita: PropertyRuleSet['financialAssetsPerCapita']): PropertyRuleSet => ({
  financialAssetsPerCapita,
  vehicles: VEHICLES,
  // Housing and business tests are not part of §7.0: not tested in the examples.
  maxHouses: null,
  businessEmployingOthersDisqualifies: false,
});

const DIBAO_PROPERTY = propertyRules({ basis: 'standard-months', months: 24 }); // 17,040
const MARGINAL_PROPERTY = propertyRules({ basis: 'standard-months', months: 36 }); // 25,560 = 3 × annual S

export const EXAMPLE_COUNTY_CODE = '999901'; // 示例县 (not a real GB/T 2260 code)

export const EXAMPLE_PARAMETERS: SocialAssistanceParameters = {
  id: 'rules-doc-7.0',
  countyCode: EXAMPLE_COUNTY_CODE,
  effectiveFrom: '2024-07-01',
  effectiveTo: null,
  // §10.1: the example set has a rural S equal to the urban S (E4 is rural).
  dibaoStandardFen: { urban: S, rural: S },
  marginalIncomeMultiple: 15_000,
  income: {
    periodMonths: 6,
    employmentCostDeduction: { rate: 3_000, capOfStandard: 10_000 }, // min(30 % × net wage, S)
    locallyExcludedKinds: ['disability-living-subsidy', 'severe-disability-care-subsidy', 'old-age-allowance'],
    // Not in §7.0 (which lists 低保 exclusions only): we also exclude the 低保 national and local items
    // from 特困 own income, so that e.g. a scholarship or a 低保 payment cannot defeat a 特困 claim.
    extremePovertyExtraExcludedKinds: [
      'family-planning-reward',
      'scholarship',
      'bravery-award',
      'social-assistance',
      'disability-living-subsidy',
      'severe-disability-care-subsidy',
    ],
    excludeCentralBasicPension: true,
    centralBasicPensionMonthlyFen: yuan(123),
    singlePersonExemptSupportFromSiblingsAndElderlyParents: true,
  },
  household: { excludeConscripts: false },
  property: {
    dibao: DIBAO_PROPERTY,
    marginal: MARGINAL_PROPERTY,
    extremePoverty: propertyRules({ basis: 'fixed', amountFen: yuan(17_040) }),
    // Not in §7.0: obligors' "低收入家庭财产状况规定" taken as the 低保边缘 limits.
    lowIncomeObligor: MARGINAL_PROPERTY,
    rigidExpenditure: MARGINAL_PROPERTY, // E11 "property (edge rule)"
    temporaryAssistance: MARGINAL_PROPERTY, // E10 "local 临时救助 rule = edge rule here"
  },
  dibao: {
    rounding: 'yuan-half-up',
    minimumMonthlyBenefitFen: null,
    supplements: [],
    singlePersonBenefitMode: 'gap',
    gradualExitMonths: 6,
    reviewClassRule: 'either', // E1: a member able to work is enough for half-yearly review
    workingAge: { from: 16, to: 60 },
  },
  reviewIntervalMonths: { stable: 12, unstable: 6, extremePoverty: 12 },
  extremePoverty: {
    basicLivingStandardFen: {
      urban: EXTREME_POVERTY.basicLivingFen,
      rural: EXTREME_POVERTY.basicLivingFen,
    },
    careStandardFen: EXTREME_POVERTY.careStandardFen,
    minorAgeLimit: 18,
    centralisedRuralPaidAtUrbanStandard: false,
  },
  perCapitaDisposableIncomePrevYearFen: yuan(30_000),
  rigidExpenditure: {
    ratio: 8_000,
    comparison: 'greater-or-equal',
    livingExpenseMonths: 12,
    validityMonths: 12,
  },
  temporaryAssistance: {
    expenditureMultiple: { minMonths: 2, maxMonths: 12, allowHalfSteps: true },
    townshipApprovalLimit: { basis: 'standard-months', months: 2 }, // 1,420
    oncePerYearPerEvent: true,
    // Not in §7.0 (§9 open point 6): 10 working days to complete 先行救助 paperwork.
    advanceCompletionWorkingDays: 10,
    rounding: 'yuan-half-up',
  },
};

/** Application date used by the examples, and the 6-month income period before it. */
export const EXAMPLE_APPLICATION_DATE: IsoDate = '2025-03-10';
export const EXAMPLE_PERIOD: IncomePeriod = incomePeriodBeforeApplication(EXAMPLE_APPLICATION_DATE, 6);
/** County decision date used where the example does not give one. */
export const EXAMPLE_DECISION_DATE: IsoDate = '2025-04-08';

export const buildMember = (
  fields: Pick<HouseholdMember, 'id' | 'birthDate' | 'relation'> & Partial<HouseholdMember>,
): HouseholdMember => ({
  name: fields.id,
  livesWithApplicant: true,
  employment: 'not-working',
  ...fields,
});

/** The same monthly amount for every month of the period (gross, with optional withholding). */
export const monthlyIncome = (
  memberId: string,
  kind: IncomeKind,
  amountYuan: number,
  options: { withheldYuan?: number; payer?: SupportPayer; period?: IncomePeriod } = {},
): IncomeItem[] =>
  monthsInRange((options.period ?? EXAMPLE_PERIOD).from, (options.period ?? EXAMPLE_PERIOD).to).map((month) => ({
    memberId,
    kind,
    month,
    amountFen: yuan(amountYuan),
    ...(options.withheldYuan === undefined ? {} : { withheldFen: yuan(options.withheldYuan) }),
    ...(options.payer === undefined ? {} : { payer: options.payer }),
  }));

export const deposit = (ownerId: string, amountYuan: number): PropertyItem => ({
  kind: 'deposit',
  ownerId,
  valueFen: yuan(amountYuan),
});

export const car = (ownerId: string, valueYuan: number): PropertyItem => ({
  kind: 'vehicle',
  ownerId,
  vehicleKind: 'car',
  valueFen: yuan(valueYuan),
});

/** Parameters with some fields replaced, for variants. */
export const withParameters = (
  change: (base: SocialAssistanceParameters) => Partial<SocialAssistanceParameters>,
): SocialAssistanceParameters => ({ ...EXAMPLE_PARAMETERS, ...change(EXAMPLE_PARAMETERS) });

export const fen = (amountYuan: number): Fen => yuan(amountYuan);

/** The reason with this code; throws with the list of codes present when it is missing. */
export const findReason = (reasons: readonly DecisionReason[], code: RuleCode): DecisionReason => {
  const found = reasons.find((r) => r.code === code);
  if (found === undefined) {
    throw new Error(`reason ${code} missing; present: ${reasons.map((r) => r.code).join(', ')}`);
  }
  return found;
};

/** Birth date giving `age` full years on EXAMPLE_DECISION_DATE (born on 1 January). */
export const bornAged = (age: number): IsoDate => `${Number(EXAMPLE_DECISION_DATE.slice(0, 4)) - age}-01-01`;

/** A one-household 低保 input on the example period and decision date, urban, no property. */
export const buildDibaoInput = (
  members: HouseholdMember[],
  items: IncomeItem[],
  overrides: {
    params?: SocialAssistanceParameters;
    authorisationSigned?: boolean;
    incomeIsUnstable?: boolean;
    propertyItems?: PropertyItem[];
  } = {},
): DibaoInput => ({
  household: {
    id: 'h',
    area: 'urban',
    members,
    authorisationSigned: overrides.authorisationSigned ?? true,
    incomeIsUnstable: overrides.incomeIsUnstable ?? false,
  },
  incomeItems: items,
  propertyItems: overrides.propertyItems ?? [],
  incomePeriod: EXAMPLE_PERIOD,
  asOf: EXAMPLE_DECISION_DATE,
  params: overrides.params ?? EXAMPLE_PARAMETERS,
});
