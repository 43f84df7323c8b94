// 最低生活保障 (低保): eligibility (rules doc §2.1), 单人户 (§2.3), amount (§3.1), review class (§4.7).
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
import { formatYuan, roundAmount, type Fen } from './money';
import type { MarginalFamilyDecision } from './marginal-family.rules';
import {
  dibaoStandard,
  type DibaoSupplementCondition,
  type SocialAssistanceParameters,
} from './parameters';
import { assessProperty, type PropertyAssessment } from './property.rules';

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
  return finishDecision({ input, unit: 'household', standard, members, income, property, incomeOk, decisionReasons });
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
        ? computeHouseholdAmount(input, members.counted, income, standard, decisionReasons)
        : computeSinglePersonAmount(input.params, income, standard, decisionReasons);
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
    failedOnlyOnProperty: options.incomeOk && !property.passed && hasNoFailure(decisionReasons),
    paymentStartMonth,
    reviewIntervalMonths,
    reasons: [...members.reasons, ...income.reasons, ...property.reasons, ...decisionReasons],
  };
};

const SUPPLEMENT_TESTS: Record<DibaoSupplementCondition, (m: HouseholdMember, age: number) => boolean> = {
  'severe-disability': (m) => isSeverelyDisabled(m.disability),
  'major-illness': (m) => m.hasMajorIllness === true,
  'aged-70-plus': (_m, age) => age >= 70,
  'preschool-child': (m) => m.student?.stage === 'preschool',
  student: (m) => m.student != null && m.student.stage !== 'preschool' && m.student.fullTime,
};

/** 补差 (S × n − I) plus 分类施保 supplements, floor and rounding (§3.1). */
const computeHouseholdAmount = (
  input: DibaoInput,
  counted: readonly HouseholdMember[],
  income: IncomeAssessment,
  standard: Fen,
  reasons: DecisionReason[],
): Fen => {
  const { params } = input;
  const n = income.memberCount;
  const gap = standard * n - income.monthlyIncomeFen;
  reasons.push(
    reason(
      'DIBAO_BENEFIT_GAP_FILLING',
      `按补差发放：低保标准${formatYuan(standard)}元×${n}人−家庭月收入${formatYuan(income.monthlyIncomeFen)}元＝${formatYuan(gap)}元`,
      { standardFen: standard, memberCount: n, monthlyIncomeFen: income.monthlyIncomeFen, gapFen: gap },
    ),
  );
  let amount = gap;
  for (const rule of params.dibao.supplements) {
    const qualifying = counted.filter((m) => SUPPLEMENT_TESTS[rule.condition](m, ageOn(m.birthDate, input.asOf)));
    if (qualifying.length > 0) {
      const extra = rule.amountFen * qualifying.length;
      amount += extra;
      reasons.push(
        reason('DIBAO_BENEFIT_SUPPLEMENT', `分类施保（${rule.label}）：${qualifying.length}人×${formatYuan(rule.amountFen)}元＝${formatYuan(extra)}元`, {
          condition: rule.condition,
          memberIds: qualifying.map((m) => m.id),
          supplementFen: extra,
        }),
      );
    }
  }
  return applyFloorAndRounding(amount, params, reasons);
};

const computeSinglePersonAmount = (
  params: SocialAssistanceParameters,
  income: IncomeAssessment,
  standard: Fen,
  reasons: DecisionReason[],
): Fen => {
  const fullStandard = params.dibao.singlePersonBenefitMode === 'full-standard';
  const amount = fullStandard ? standard : standard - income.monthlyIncomeFen;
  reasons.push(
    reason(
      'DIBAO_SINGLE_PERSON_BENEFIT',
      fullStandard
        ? `单人户按低保标准全额发放${formatYuan(standard)}元`
        : `单人户按补差发放：低保标准${formatYuan(standard)}元−本人月收入${formatYuan(income.monthlyIncomeFen)}元＝${formatYuan(amount)}元`,
      { standardFen: standard, ownIncomeFen: income.monthlyIncomeFen, mode: params.dibao.singlePersonBenefitMode },
    ),
  );
  return applyFloorAndRounding(amount, params, reasons);
};

const applyFloorAndRounding = (amount: Fen, params: SocialAssistanceParameters, reasons: DecisionReason[]): Fen => {
  const floor = params.dibao.minimumMonthlyBenefitFen;
  let result = amount;
  if (floor !== null && result < floor) {
    reasons.push(
      reason('DIBAO_BENEFIT_MINIMUM_APPLIED', `计算金额${formatYuan(result)}元低于保底金额${formatYuan(floor)}元，按保底金额发放`, {
        computedFen: result,
        minimumFen: floor,
      }),
    );
    result = floor;
  }
  const rounded = roundAmount(result, params.dibao.rounding);
  if (rounded !== result) {
    reasons.push(
      reason('DIBAO_BENEFIT_ROUNDED', `月保障金${formatYuan(result)}元按取整规则（${params.dibao.rounding}）为${formatYuan(rounded)}元`, {
        computedFen: result,
        roundedFen: rounded,
        rounding: params.dibao.rounding,
      }),
    );
  }
  return rounded;
};

/** A member aged [from, to) with full labour capacity who is not a full-time student. */
export const isAbleToWork = (member: HouseholdMember, asOf: IsoDate, params: SocialAssistanceParameters): boolean => {
  const age = ageOn(member.birthDate, asOf);
  const capacity = member.labourCapacity ?? (isSeverelyDisabled(member.disability) ? 'none' : 'full');
  const isStudent = member.student != null && member.student.fullTime;
  return age >= params.dibao.workingAge.from && age < params.dibao.workingAge.to && capacity === 'full' && !isStudent;
};

/** 57号 Art. 31: annual for stable households; half-yearly for unstable income and/or members able to work. */
export const determineDibaoReviewInterval = (
  household: Household,
  counted: readonly HouseholdMember[],
  asOf: IsoDate,
  params: SocialAssistanceParameters,
): { months: number; reason: DecisionReason } => {
  const able = counted.filter((m) => isAbleToWork(m, asOf, params));
  const unstable = household.incomeIsUnstable === true;
  const halfYearly =
    params.dibao.reviewClassRule === 'either' ? unstable || able.length > 0 : unstable && able.length > 0;
  const inputs = {
    incomeIsUnstable: unstable,
    membersAbleToWork: able.map((m) => m.id),
    reviewClassRule: params.dibao.reviewClassRule,
  };
  if (halfYearly) {
    const why = [unstable ? '收入来源不固定' : '', able.length > 0 ? `有劳动能力的家庭成员${able.length}人` : '']
      .filter((s) => s !== '')
      .join('、');
    return {
      months: params.reviewIntervalMonths.unstable,
      reason: reason('DIBAO_REVIEW_HALF_YEARLY', `家庭${why}，每${params.reviewIntervalMonths.unstable}个月核查一次`, inputs),
    };
  }
  return {
    months: params.reviewIntervalMonths.stable,
    reason: reason('DIBAO_REVIEW_ANNUAL', `家庭收入来源固定且无有劳动能力的成员，每${params.reviewIntervalMonths.stable}个月核查一次`, inputs),
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
  return finishDecision({ input, unit: 'single-person', standard, members, income, property, incomeOk, decisionReasons });
};

const categoryReason = (person: HouseholdMember, input: DibaoSinglePersonInput, reasons: DecisionReason[]): void => {
  const age = ageOn(person.birthDate, input.asOf);
  const severe = isSeverelyDisabled(person.disability);
  const familyMarginal = input.family?.eligible === true;
  const unemployed = person.employment !== 'employed' && person.employment !== 'flexible';
  const disabilityText =
    person.disability == null ? '无残疾人证' : `${person.disability.grade}级${DISABILITY_CATEGORY_LABELS[person.disability.category]}残疾`;
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
