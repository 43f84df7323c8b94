// 特困人员 (rules doc §2.4 eligibility, §3.3 amount and care tiers, §4.4 continuation of minors).
import { ageOn, type AdlItem, type CareMode } from '@mz/shared';
import { birthdayAtAge, formatChineseDate, formatChineseMonth, nextMonthOf, type IsoDate, type YearMonth } from './calendar-date';
import { hasNoFailure, reason, type DecisionReason } from './decision';
import { ADULT_AGE, assessIncome } from './household-income.rules';
import {
  DISABILITY_CATEGORY_LABELS,
  type AreaType,
  type Disability,
  type IncomeItem,
  type IncomePeriod,
  type PropertyItem,
  type StudentStatus,
} from './inputs';
import { formatYuan, type Fen } from './money';
import { dibaoStandard, type CareTier, type SocialAssistanceParameters } from './parameters';
import { assessObligorCapacity, type Obligor } from './obligor-capacity.rules';
import { assessProperty } from './property.rules';
import { computeDeadline } from './working-days.rules';

/** The six activities of daily living (43号 Art. 21): 自主吃饭、穿衣、上下床、如厕、室内行走、洗澡. */
export { ADL_ITEMS, CARE_MODES, type AdlItem, type CareMode } from '@mz/shared'; // CARE_MODES: 分散供养 / 集中供养

const ADL_LABELS: Record<AdlItem, string> = {
  eating: '自主吃饭',
  dressing: '穿衣',
  'getting-in-out-of-bed': '上下床',
  toileting: '如厕',
  'indoor-walking': '室内行走',
  bathing: '洗澡',
};

const CARE_TIER_LABELS: Record<CareTier, string> = {
  'self-care': '具备生活自理能力（全自理）',
  'partial-care': '部分丧失生活自理能力（半护理）',
  'full-care': '完全丧失生活自理能力（全护理）',
};

export type SelfCareAssessment = { failedItems: readonly AdlItem[]; assessedOn?: IsoDate };

/** 43号 Art. 22: 0 items failed → 全自理; 1–3 → 部分丧失; 4–6 → 完全丧失. */
export const determineCareTier = (failedItems: readonly AdlItem[]): CareTier => {
  const failed = new Set(failedItems).size;
  if (failed === 0) {
    return 'self-care';
  }
  return failed <= 3 ? 'partial-care' : 'full-care';
};

export type ExtremePovertyApplicant = {
  id: string;
  name: string;
  birthDate: IsoDate;
  /** Standard type per 43号 Art. 19 (contracted land → rural; relocated to town → urban). */
  area: AreaType;
  disability?: Disability | null;
  /** 43号 Art. 5(四): other case of no labour capacity defined by the province. */
  provincialNoLabourCapacityCase?: string | null;
  student?: StudentStatus | null;
  /** The guardian chose 孤儿 / 事实无人抚养儿童 support instead (43号 Art. 9). */
  choseChildWelfareScheme?: boolean;
  careMode: CareMode;
  selfCare: SelfCareAssessment;
};

export type ExtremePovertyInput = {
  applicant: ExtremePovertyApplicant;
  /** The applicant's own income (43号 Art. 6). */
  incomeItems: readonly IncomeItem[];
  propertyItems: readonly PropertyItem[];
  incomePeriod: IncomePeriod;
  obligors: readonly Obligor[];
  /** County decision date: the age is computed on it (§2.4). */
  asOf: IsoDate;
  params: SocialAssistanceParameters;
};

export type ExtremePovertyDecision = {
  programme: 'extreme-poverty';
  eligible: boolean;
  monthlyAmountFen: Fen;
  basicLivingFen: Fen;
  careFen: Fen;
  careTier: CareTier;
  careMode: CareMode;
  /** 分散供养: basic to the person, care to the caregiver or as services; 集中供养: all to the institution. */
  paymentSplit: { toPersonFen: Fen; careFen: Fen; toInstitutionFen: Fen };
  paymentStartMonth: YearMonth | null;
  /** 18th birthday of a person supported only as a minor: the schooling check (43号 Art. 24). */
  adulthoodCheckOn: IsoDate | null;
  /** Refusal: the written notice is due within 3 working days of the decision (43号 Art. 18). */
  refusalNoticeDueOn: IsoDate | null;
  reasons: DecisionReason[];
};

type LabourCapacityBasis = { text: string; minorOnly: boolean } | null;

/** 43号 Art. 5: 无劳动能力. */
const labourCapacityBasis = (applicant: ExtremePovertyApplicant, age: number, minorAgeLimit: number): LabourCapacityBasis => {
  const d = applicant.disability ?? null;
  const disabled =
    d !== null &&
    (((d.category === 'intellectual' || d.category === 'mental') && d.grade <= 3) ||
      (d.category === 'physical' && d.grade <= 2) ||
      (d.category === 'visual' && d.grade === 1));
  const provincial = applicant.provincialNoLabourCapacityCase ?? null;
  if (age >= 60) {
    return { text: `年满60周岁（${age}岁）的老年人（43号 Art. 5(一)）`, minorOnly: false };
  }
  if (disabled && d !== null) {
    return {
      text: `持有${d.grade}级${DISABILITY_CATEGORY_LABELS[d.category]}残疾人证（43号 Art. 5(三)）`,
      minorOnly: false,
    };
  }
  if (provincial !== null) {
    return { text: `属省级规定的其他情形：${provincial}（43号 Art. 5(四)）`, minorOnly: false };
  }
  if (age < minorAgeLimit) {
    const basis = minorAgeLimit === 18 ? '2020意见 item 5; 2020通知; 43号 Art. 24' : '43号 Art. 5(二) 字面规定';
    return {
      text: `未满${minorAgeLimit}周岁（${age}岁）的未成年人（依据：${basis}）`,
      minorOnly: true,
    };
  }
  return null;
};

export const evaluateExtremePoverty = (input: ExtremePovertyInput): ExtremePovertyDecision => {
  const { applicant, params, asOf } = input;
  const age = ageOn(applicant.birthDate, asOf);
  const standard = dibaoStandard(params, applicant.area);
  const reasons: DecisionReason[] = [];

  const minorAgeLimit = params.extremePoverty.minorAgeLimit;
  const basis = labourCapacityBasis(applicant, age, minorAgeLimit);
  const capacityInputs = {
    age,
    minorAgeLimit,
    disabilityCategory: applicant.disability?.category ?? null,
    disabilityGrade: applicant.disability?.grade ?? null,
  };
  reasons.push(
    basis === null
      ? reason(
          'EXTREME_POVERTY_HAS_LABOUR_CAPACITY',
          `${applicant.name}${age}岁，${applicant.disability ? `${applicant.disability.grade}级${DISABILITY_CATEGORY_LABELS[applicant.disability.category]}残疾不属于无劳动能力情形（肢体仅限一、二级，视力仅限一级，智力、精神为一至三级）` : '无残疾人证'}，不符合无劳动能力条件`,
          capacityInputs,
        )
      : reason('EXTREME_POVERTY_NO_LABOUR_CAPACITY', `${applicant.name}为${basis.text}，认定为无劳动能力`, capacityInputs),
  );

  const person = {
    id: applicant.id,
    name: applicant.name,
    birthDate: applicant.birthDate,
    relation: 'self' as const,
    livesWithApplicant: true,
    employment: 'not-working' as const,
  };
  const income = assessIncome({
    members: [person],
    items: input.incomeItems.filter((i) => i.memberId === applicant.id),
    period: input.incomePeriod,
    standardFen: standard,
    params,
    programme: 'extreme-poverty',
  });
  reasons.push(...income.reasons);
  const ownIncome = income.monthlyIncomeFen;
  const incomeInputs = { ownMonthlyIncomeFen: ownIncome, standardFen: standard };
  reasons.push(
    ownIncome < standard
      ? reason(
          'EXTREME_POVERTY_INCOME_BELOW_STANDARD',
          `本人月收入${formatYuan(ownIncome)}元低于当地低保标准${formatYuan(standard)}元`,
          incomeInputs,
        )
      : reason(
          'EXTREME_POVERTY_INCOME_NOT_BELOW_STANDARD',
          `本人月收入${formatYuan(ownIncome)}元不低于当地低保标准${formatYuan(standard)}元`,
          incomeInputs,
        ),
  );

  const property = assessProperty({
    items: input.propertyItems,
    ownerIds: [applicant.id],
    memberCount: 1,
    standardFen: standard,
    rules: params.property.extremePoverty,
    label: '特困人员',
  });
  reasons.push(...property.reasons);
  reasons.push(
    property.passed
      ? reason('EXTREME_POVERTY_PROPERTY_WITHIN_LIMITS', '本人财产符合特困人员财产状况规定')
      : reason('EXTREME_POVERTY_PROPERTY_OVER_LIMITS', '本人财产不符合特困人员财产状况规定'),
  );

  reasons.push(...assessObligorCapacity(input.obligors, asOf, standard, params).reasons);

  if (applicant.choseChildWelfareScheme === true) {
    reasons.push(
      reason('EXTREME_POVERTY_CHOSE_CHILD_SCHEME', '监护人已选择孤儿或事实无人抚养儿童基本生活保障，不再认定为特困人员', {
        choseChildWelfareScheme: true,
      }),
    );
  }

  const eligible = hasNoFailure(reasons);
  const tier = determineCareTier(applicant.selfCare.failedItems);
  const paidArea: AreaType =
    applicant.careMode === 'centralised' && params.extremePoverty.centralisedRuralPaidAtUrbanStandard ? 'urban' : applicant.area;
  const basic = params.extremePoverty.basicLivingStandardFen[paidArea];
  const care = params.extremePoverty.careStandardFen[tier];
  if (!eligible) {
    const notice = computeDeadline({ code: 'EXTREME_POVERTY_REFUSAL_NOTICE', triggeredOn: asOf });
    reasons.push(
      reason('EXTREME_POVERTY_REFUSAL_NOTICE', `不予认定，应${notice.explanation}`, {
        decisionDate: asOf,
        dueOn: notice.dueOn,
      }),
    );
    return {
      programme: 'extreme-poverty',
      eligible,
      monthlyAmountFen: 0,
      basicLivingFen: 0,
      careFen: 0,
      careTier: tier,
      careMode: applicant.careMode,
      paymentSplit: { toPersonFen: 0, careFen: 0, toInstitutionFen: 0 },
      paymentStartMonth: null,
      adulthoodCheckOn: null,
      refusalNoticeDueOn: notice.dueOn,
      reasons,
    };
  }

  const failed = [...new Set(applicant.selfCare.failedItems)];
  reasons.push(
    reason(
      'EXTREME_POVERTY_SELF_CARE_TIER',
      `六项日常生活活动中${failed.length === 0 ? '全部能够完成' : `${failed.map((i) => ADL_LABELS[i]).join('、')}共${failed.length}项不能完成`}，评定为${CARE_TIER_LABELS[tier]}`,
      { failedItems: failed, failedCount: failed.length, careTier: tier },
    ),
  );
  const total = basic + care;
  reasons.push(
    reason(
      'EXTREME_POVERTY_BENEFIT',
      `救助供养标准＝基本生活标准${formatYuan(basic)}元＋照料护理标准${formatYuan(care)}元＝${formatYuan(total)}元/月（${applicant.careMode === 'centralised' ? '集中供养，拨付供养机构' : '分散供养，照料护理费用于照料服务'}）`,
      {
        basicLivingFen: basic,
        careFen: care,
        totalFen: total,
        careMode: applicant.careMode,
        area: paidArea,
      },
    ),
  );
  const paymentStartMonth = nextMonthOf(asOf);
  reasons.push(
    reason('EXTREME_POVERTY_PAYMENT_STARTS_NEXT_MONTH', `自确认次月即${formatChineseMonth(paymentStartMonth)}起发放`, {
      decisionDate: asOf,
      paymentStartMonth,
    }),
  );
  let adulthoodCheckOn: IsoDate | null = null;
  if (basis?.minorOnly === true) {
    adulthoodCheckOn = birthdayAtAge(applicant.birthDate, ADULT_AGE);
    reasons.push(
      reason(
        'EXTREME_POVERTY_MINOR_CHECK_SCHEDULED',
        `${formatChineseDate(adulthoodCheckOn)}年满18周岁时核查在学情况：在义务教育、普通高中或中等职业学校就读的继续供养`,
        { adulthoodCheckOn },
      ),
    );
  }
  return {
    programme: 'extreme-poverty',
    eligible,
    monthlyAmountFen: total,
    basicLivingFen: basic,
    careFen: care,
    careTier: tier,
    careMode: applicant.careMode,
    paymentSplit:
      applicant.careMode === 'centralised'
        ? { toPersonFen: 0, careFen: 0, toInstitutionFen: total }
        : { toPersonFen: basic, careFen: care, toInstitutionFen: 0 },
    paymentStartMonth,
    adulthoodCheckOn,
    refusalNoticeDueOn: null,
    reasons,
  };
};

export const ADULTHOOD_OUTCOMES = ['not-yet-adult', 'continue', 'terminate'] as const;
export type AdulthoodOutcome = (typeof ADULTHOOD_OUTCOMES)[number];

/** Schooling stages that keep a 特困 minor supported past 18 (43号 Art. 24). */
const CONTINUING_STAGES: readonly string[] = ['primary', 'junior-middle', 'senior-high', 'secondary-vocational'];

/**
 * The check on or after the 18th birthday of a person supported as a minor (§4.4, §10.7): continue while in
 * compulsory education, 普通高中 or 中职; otherwise terminate, payment stopping from the month after the
 * termination decision (taken after 7 days of publicity).
 */
export const evaluateExtremePovertyAdulthood = (options: {
  applicant: ExtremePovertyApplicant;
  asOf: IsoDate;
  params: SocialAssistanceParameters;
}): { outcome: AdulthoodOutcome; stopFromMonth: YearMonth | null; reasons: DecisionReason[] } => {
  const { applicant, asOf } = options;
  const age = ageOn(applicant.birthDate, asOf);
  const inputs = {
    age,
    studentStage: applicant.student?.stage ?? null,
    fullTime: applicant.student?.fullTime ?? null,
  };
  const basis = labourCapacityBasis(applicant, age, ADULT_AGE);
  if (age < ADULT_AGE) {
    return { outcome: 'not-yet-adult', stopFromMonth: null, reasons: [] };
  }
  if (basis !== null && !basis.minorOnly) {
    return {
      outcome: 'continue',
      stopFromMonth: null,
      reasons: [reason('EXTREME_POVERTY_NOT_MINOR_BASIS', `${applicant.name}已满18周岁，仍为${basis.text}，按该情形继续认定`, inputs)],
    };
  }
  const student = applicant.student ?? null;
  if (student !== null && student.fullTime && CONTINUING_STAGES.includes(student.stage)) {
    return {
      outcome: 'continue',
      stopFromMonth: null,
      reasons: [
        reason(
          'EXTREME_POVERTY_CONTINUES_IN_SCHOOL',
          `${applicant.name}已满18周岁，仍在义务教育、普通高中或中等职业学校就读，继续供养`,
          inputs,
        ),
      ],
    };
  }
  const stopFromMonth = nextMonthOf(asOf);
  return {
    outcome: 'terminate',
    stopFromMonth,
    reasons: [
      reason(
        'EXTREME_POVERTY_ENDS_AT_ADULTHOOD',
        `${applicant.name}已满18周岁且不在义务教育、普通高中或中等职业学校就读，经7日公示无异议后终止，自终止决定次月（按${formatChineseDate(asOf)}决定为${formatChineseMonth(stopFromMonth)}）起停发`,
        inputs,
      ),
    ],
  };
};
