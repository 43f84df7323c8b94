// 最低生活保障 (低保): eligibility (rules doc §2.1) and 单人户 (§2.3); the amount (§3.1) is computed in
// dibao-amount.rules.ts and the review class (§4.7) in review-interval.rules.ts.
import { ageOn } from '@mz/shared';
import { formatChineseMonth, nextMonthOf, type IsoDate, type YearMonth } from './calendar-date';
import { hasNoFailure, reason, type DecisionReason } from './decision';
import {
  assessIncome,
  determineHouseholdMembers,
  isSeverelyDisabled,
  type IncomeAssessment,
  type MemberDetermination,
} from './household-income.rules';
import {
  DISABILITY_CATEGORY_LABELS,
  type Household,
  type HouseholdMember,
  type IncomeItem,
  type IncomePeriod,
  type PropertyItem,
} from './inputs';
import { computeDibaoHouseholdAmount, computeDibaoSinglePersonAmount } from './dibao-amount.rules';
import { formatYuan, type Fen } from './money';
import type { MarginalFamilyDecision } from './marginal-family.rules';
import { dibaoStandard, type SocialAssistanceParameters } from './parameters';
import { assessProperty, type PropertyAssessment } from './property.rules';
import { determineDibaoReviewInterval } from './review-interval.rules';

export type DibaoInput = {
  household: Household;
  incomeItems: readonly IncomeItem[];
  propertyItems: readonly PropertyItem[];
  incomePeriod: IncomePeriod;
  /** Date of the assessment (the county decision): ages and the first payment month derive from it. */
  asOf: IsoDate;
  params: SocialAssistanceParameters;
};

export type DibaoDecision = {
  programme: 'dibao';
  unit: 'household' | 'single-person';
  eligible: boolean;
  /** Monthly benefit after rounding; 0 when not eligible. */
  monthlyAmountFen: Fen;
  standardFen: Fen;
  members: MemberDetermination;
  income: IncomeAssessment;
  property: PropertyAssessment;
  /** Income test passed but property failed: may still be 低保边缘 under looser limits (§2.2, E4a). */
  failedOnlyOnProperty: boolean;
  /** 57号 Art. 21: from the month after the confirmation decision. */
  paymentStartMonth: YearMonth | null;
  reviewIntervalMonths: number | null;
  reasons: DecisionReason[];
};

/** Household 低保 (§2.1): pc < S (strict), property within the 低保 limits, authorisation signed. */
export const evaluateDibao = (input: DibaoInput): DibaoDecision => {
  const { household, params, asOf } = input;
  const standard = dibaoStandard(params, household.area);
  const members = determineHouseholdMembers(household.members, asOf, params);
  const unit = members.counted;
  const income = assessIncome({
    members: unit,
    items: input.incomeItems,
    period: input.incomePeriod,
    standardFen: standard,
    params,
    programme: 'dibao',
    asOf,
  });
  const property = assessProperty({
    items: input.propertyItems,
    ownerIds: unit.map((m) => m.id),
    memberCount: unit.length,
    standardFen: standard,
    rules: params.property.dibao,
    label: '低保',
  });
  const decisionReasons: DecisionReason[] = [];
  if (!household.authorisationSigned) {
    decisionReasons.push(reason('DIBAO_AUTHORISATION_MISSING', '申请家庭成员未签署家庭经济状况核对授权书'));
  }
  const incomeOk = incomeBelowStandard(income, standard, decisionReasons);
  propertyReason(property, decisionReasons);
  return finishDecision({
    input,
    unit: 'household',
    standard,
    members,
    income,
    property,
    incomeOk,
    decisionReasons,
  });
};

const incomeBelowStandard = (income: IncomeAssessment, standard: Fen, reasons: DecisionReason[]): boolean => {
  const n = income.memberCount;
  const ok = n > 0 && income.monthlyIncomeFen < standard * n;
  const inputs = {
    monthlyIncomeFen: income.monthlyIncomeFen,
    memberCount: n,
    perCapitaFen: income.perCapitaFen,
    standardFen: standard,
  };
  reasons.push(
    ok
      ? reason('DIBAO_INCOME_BELOW_STANDARD', `月人均收入${formatYuan(income.perCapitaFen)}元低于低保标准${formatYuan(standard)}元`, inputs)
      : reason(
          'DIBAO_INCOME_NOT_BELOW_STANDARD',
          `月人均收入${formatYuan(income.perCapitaFen)}元不低于低保标准${formatYuan(standard)}元（须严格低于标准）`,
          inputs,
        ),
  );
  return ok;
};

const propertyReason = (property: PropertyAssessment, reasons: DecisionReason[]): void => {
  reasons.push(
    property.passed
      ? reason('DIBAO_PROPERTY_WITHIN_LIMITS', '家庭财产状况符合低保财产条件')
      : reason('DIBAO_PROPERTY_OVER_LIMITS', '家庭财产状况不符合低保财产条件（见财产核查明细）'),
  );
};

type FinishOptions = {
  input: DibaoInput;
  unit: DibaoDecision['unit'];
  standard: Fen;
  members: MemberDetermination;
  income: IncomeAssessment;
  property: PropertyAssessment;
  incomeOk: boolean;
  decisionReasons: DecisionReason[];
};

const finishDecision = (options: FinishOptions): DibaoDecision => {
  const { input, income, property, standard, decisionReasons, members } = options;
  const eligible = hasNoFailure(decisionReasons) && property.passed && options.incomeOk;
  let amount = 0;
  let reviewIntervalMonths: number | null = null;
  let paymentStartMonth: YearMonth | null = null;
  if (eligible) {
    amount =
      options.unit === 'household'
        ? computeDibaoHouseholdAmount(input, members.counted, income, standard, decisionReasons)
        : computeDibaoSinglePersonAmount(input.params, income, standard, decisionReasons);
    paymentStartMonth = nextMonthOf(input.asOf);
    decisionReasons.push(
      reason('DIBAO_PAYMENT_STARTS_NEXT_MONTH', `自确认决定次月即${formatChineseMonth(paymentStartMonth)}起按月发放`, {
        decisionDate: input.asOf,
        paymentStartMonth,
      }),
    );
    const review = determineDibaoReviewInterval(input.household, members.counted, input.asOf, input.params);
    reviewIntervalMonths = review.months;
    decisionReasons.push(review.reason);
  }
  return {
    programme: 'dibao',
    unit: options.unit,
    eligible,
    monthlyAmountFen: amount,
    standardFen: standard,
    members,
    income,
    property,
    failedOnlyOnProperty:
      options.incomeOk && !property.passed && hasNoFailure(decisionReasons.filter((r) => r.code !== 'DIBAO_PROPERTY_OVER_LIMITS')),
    paymentStartMonth,
    reviewIntervalMonths,
    reasons: [...members.reasons, ...income.reasons, ...property.reasons, ...decisionReasons],
  };
};

export type DibaoSinglePersonInput = DibaoInput & {
  personId: string;
  /** The family's own 低保边缘 decision; null when the family was not assessed. */
  family: MarginalFamilyDecision | null;
  /** Other special hardship defined by a county civil-affairs department (57号 Art. 8(四)). */
  countyDesignatedSpecialHardship?: boolean;
};

/**
 * 单人户 (§2.3): a severely disabled or seriously ill member of a 低保边缘 family (57号 Art. 8(一)(二)), an
 * adult unemployed severely disabled person in any family (2022通知 §一(一)), or a county-designated case,
 * assessed as a one-person unit on own income and property.
 */
export const evaluateDibaoSinglePerson = (input: DibaoSinglePersonInput): DibaoDecision => {
  const { params, asOf } = input;
  const person = input.household.members.find((m) => m.id === input.personId);
  if (person === undefined) {
    throw new RangeError(`member ${input.personId} is not in household ${input.household.id}`);
  }
  const standard = dibaoStandard(params, input.household.area);
  const decisionReasons: DecisionReason[] = [];
  categoryReason(person, input, decisionReasons);
  if (!input.household.authorisationSigned) {
    decisionReasons.push(reason('DIBAO_AUTHORISATION_MISSING', '申请人未签署家庭经济状况核对授权书'));
  }
  const members = determineHouseholdMembers([person], asOf, params);
  const income = assessIncome({
    members: [person],
    items: input.incomeItems.filter((i) => i.memberId === person.id),
    period: input.incomePeriod,
    standardFen: standard,
    params,
    programme: 'dibao',
    isSinglePersonUnit: true,
    asOf,
  });
  const property = assessProperty({
    items: input.propertyItems,
    ownerIds: [person.id],
    memberCount: 1,
    standardFen: standard,
    rules: params.property.dibao,
    label: '低保',
  });
  const incomeOk = incomeBelowStandard(income, standard, decisionReasons);
  propertyReason(property, decisionReasons);
  if (input.family?.eligible === true) {
    decisionReasons.push(
      reason('DIBAO_SINGLE_PERSON_FAMILY_STATUS_KEPT', '其余家庭成员保留按全家认定的低保边缘家庭身份，下次复核时重新评估', {
        familyHouseholdId: input.household.id,
      }),
    );
  }
  return finishDecision({
    input,
    unit: 'single-person',
    standard,
    members,
    income,
    property,
    incomeOk,
    decisionReasons,
  });
};

const categoryReason = (person: HouseholdMember, input: DibaoSinglePersonInput, reasons: DecisionReason[]): void => {
  const age = ageOn(person.birthDate, input.asOf);
  const severe = isSeverelyDisabled(person.disability);
  const familyMarginal = input.family?.eligible === true;
  const unemployed = person.employment !== 'employed' && person.employment !== 'flexible';
  const disability = person.disability ?? null;
  const disabilityText = disability === null ? '无残疾人证' : `${disability.grade}级${DISABILITY_CATEGORY_LABELS[disability.category]}残疾`;
  const inputs = {
    memberId: person.id,
    age,
    disabilityCategory: person.disability?.category ?? null,
    disabilityGrade: person.disability?.grade ?? null,
    hasMajorIllness: person.hasMajorIllness === true,
    familyIsMarginal: familyMarginal,
    employment: person.employment,
  };
  let basis: string | null = null;
  if (familyMarginal && severe) {
    basis = `低保边缘家庭中的${disabilityText}人员（一、二级重度残疾或三级智力、精神残疾，57号 Art. 8(一)）`;
  } else if (familyMarginal && person.hasMajorIllness === true) {
    basis = '低保边缘家庭中的重特大疾病患者（57号 Art. 8(二)）';
  } else if (severe && age >= 18 && unemployed) {
    basis = `成年无业重度残疾人（${disabilityText}，2022通知 §一(一)）`;
  } else if (input.countyDesignatedSpecialHardship === true) {
    basis = '县级民政部门认定的其他特殊困难人员（57号 Art. 8(四)）';
  }
  reasons.push(
    basis === null
      ? reason(
          'DIBAO_SINGLE_PERSON_CATEGORY_NOT_MET',
          `${person.name}（${disabilityText}${familyMarginal ? '，所在家庭为低保边缘家庭' : ''}）不属于可单独提出申请的情形：三级残疾仅智力、精神类可以，且须为低保边缘家庭成员或成年无业重度残疾人`,
          inputs,
        )
      : reason('DIBAO_SINGLE_PERSON_CATEGORY_MET', `${person.name}属于${basis}，可按单人户单独提出申请`, inputs),
  );
};
