// 低保 amount (rules doc §3.1): 补差, 分类施保 supplements, local floor, rounding (§10.3).
import { ageOn } from '@mz/shared';
import type { IsoDate } from './calendar-date';
import { reason, type DecisionReason } from './decision';
import { isSeverelyDisabled, type IncomeAssessment } from './household-income.rules';
import type { HouseholdMember } from './inputs';
import { formatYuan, roundAmount, type Fen } from './money';
import type { DibaoSupplementCondition, SocialAssistanceParameters } from './parameters';

const SUPPLEMENT_TESTS: Record<
  DibaoSupplementCondition,
  (m: HouseholdMember, age: number) => boolean
> = {
  'severe-disability': (m) => isSeverelyDisabled(m.disability),
  'major-illness': (m) => m.hasMajorIllness === true,
  'aged-70-plus': (_m, age) => age >= 70,
  'preschool-child': (m) => m.student?.stage === 'preschool',
  student: (m) => m.student?.fullTime === true && m.student.stage !== 'preschool',
};

/** 补差 (S × n − I) plus 分类施保 supplements, floor and rounding (§3.1). */
export const computeDibaoHouseholdAmount = (
  input: { params: SocialAssistanceParameters; asOf: IsoDate },
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
      {
        standardFen: standard,
        memberCount: n,
        monthlyIncomeFen: income.monthlyIncomeFen,
        gapFen: gap,
      },
    ),
  );
  let amount = gap;
  for (const rule of params.dibao.supplements) {
    const qualifying = counted.filter((m) =>
      SUPPLEMENT_TESTS[rule.condition](m, ageOn(m.birthDate, input.asOf)),
    );
    if (qualifying.length > 0) {
      const extra = rule.amountFen * qualifying.length;
      amount += extra;
      reasons.push(
        reason(
          'DIBAO_BENEFIT_SUPPLEMENT',
          `分类施保（${rule.label}）：${qualifying.length}人×${formatYuan(rule.amountFen)}元＝${formatYuan(extra)}元`,
          {
            condition: rule.condition,
            memberIds: qualifying.map((m) => m.id),
            supplementFen: extra,
          },
        ),
      );
    }
  }
  return applyFloorAndRounding(amount, params, reasons);
};

export const computeDibaoSinglePersonAmount = (
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
      {
        standardFen: standard,
        ownIncomeFen: income.monthlyIncomeFen,
        mode: params.dibao.singlePersonBenefitMode,
      },
    ),
  );
  return applyFloorAndRounding(amount, params, reasons);
};

const applyFloorAndRounding = (
  amount: Fen,
  params: SocialAssistanceParameters,
  reasons: DecisionReason[],
): Fen => {
  const floor = params.dibao.minimumMonthlyBenefitFen;
  let result = amount;
  if (floor !== null && result < floor) {
    reasons.push(
      reason(
        'DIBAO_BENEFIT_MINIMUM_APPLIED',
        `计算金额${formatYuan(result)}元低于保底金额${formatYuan(floor)}元，按保底金额发放`,
        {
          computedFen: result,
          minimumFen: floor,
        },
      ),
    );
    result = floor;
  }
  const rounded = roundAmount(result, params.dibao.rounding);
  if (rounded !== result) {
    reasons.push(
      reason(
        'DIBAO_BENEFIT_ROUNDED',
        `月保障金${formatYuan(result)}元按取整规则（${params.dibao.rounding}）为${formatYuan(rounded)}元`,
        {
          computedFen: result,
          roundedFen: rounded,
          rounding: params.dibao.rounding,
        },
      ),
    );
  }
  return rounded;
};
