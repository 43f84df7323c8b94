// 低保 amount (rules doc §3.1): 补差 or 分档 (57号 Art. 23), 分类施保 supplements, local floor, rounding (§10.3).
import { ageOn } from '@mz/shared';
import type { IsoDate } from './calendar-date';
import { reason, type DecisionReason } from './decision';
import { isSeverelyDisabled, type IncomeAssessment } from './household-income.rules';
import type { HouseholdMember } from './inputs';
import { BASIS_POINTS_ONE, formatYuan, roundAmount, type Fen } from './money';
import type { DibaoBenefitTier, DibaoSupplementCondition, SocialAssistanceParameters } from './parameters';

const SUPPLEMENT_TESTS: Record<DibaoSupplementCondition, (m: HouseholdMember, age: number) => boolean> = {
  'severe-disability': (m) => isSeverelyDisabled(m.disability),
  'major-illness': (m) => m.hasMajorIllness === true,
  'aged-70-plus': (_m, age) => age >= 70,
  'preschool-child': (m) => m.student?.stage === 'preschool',
  student: (m) => m.student?.fullTime === true && m.student.stage !== 'preschool',
};

const formatShare = (bp: number): string => `${bp / 100}%`;

/**
 * 分档: the first tier whose bound the per-capita income is strictly below (I × 10 000 < share × S × n,
 * no rounding, §10.2); null when the parameter set pays 补差.
 */
export const selectDibaoTier = (
  params: SocialAssistanceParameters,
  income: { memberCount: number; monthlyIncomeFen: Fen },
  standard: Fen,
): DibaoBenefitTier | null => {
  const tiers = params.dibao.benefitTiers ?? [];
  if (tiers.length === 0) return null;
  const n = Math.max(1, income.memberCount);
  const found = tiers.find(
    (t) => t.maxIncomeShare === null || income.monthlyIncomeFen * BASIS_POINTS_ONE < t.maxIncomeShare * standard * n,
  );
  // The contract requires an open last tier; a set without one still pays its last tier.
  return found ?? tiers[tiers.length - 1] ?? null;
};

const tieredAmount = (
  tier: DibaoBenefitTier,
  income: { memberCount: number; monthlyIncomeFen: Fen; perCapitaFen: Fen },
  standard: Fen,
  reasons: DecisionReason[],
): Fen => {
  const n = income.memberCount;
  const amount = tier.amountPerPersonFen * n;
  const band =
    tier.maxIncomeShare === null
      ? '不设收入上限'
      : `人均收入低于低保标准的${formatShare(tier.maxIncomeShare)}（${formatYuan(Math.round((standard * tier.maxIncomeShare) / BASIS_POINTS_ONE))}元）`;
  reasons.push(
    reason(
      'DIBAO_BENEFIT_TIERED',
      `按分档发放：家庭人均月收入${formatYuan(income.perCapitaFen)}元，属${tier.label}（${band}），每人每月${formatYuan(tier.amountPerPersonFen)}元×${n}人＝${formatYuan(amount)}元`,
      {
        tierCode: tier.code,
        maxIncomeShare: tier.maxIncomeShare,
        amountPerPersonFen: tier.amountPerPersonFen,
        memberCount: n,
        monthlyIncomeFen: income.monthlyIncomeFen,
        standardFen: standard,
        tieredFen: amount,
      },
    ),
  );
  return amount;
};

const gapFillingAmount = (income: { memberCount: number; monthlyIncomeFen: Fen }, standard: Fen, reasons: DecisionReason[]): Fen => {
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
  return gap;
};

/** 补差 (S × n − I) or 分档 (tier amount × n), plus 分类施保 supplements, floor and rounding (§3.1). */
export const computeDibaoHouseholdAmount = (
  input: { params: SocialAssistanceParameters; asOf: IsoDate },
  counted: readonly HouseholdMember[],
  income: IncomeAssessment,
  standard: Fen,
  reasons: DecisionReason[],
): Fen => {
  const { params } = input;
  const tier = selectDibaoTier(params, income, standard);
  const base = tier === null ? gapFillingAmount(income, standard, reasons) : tieredAmount(tier, income, standard, reasons);
  let amount = base;
  for (const rule of params.dibao.supplements) {
    const qualifying = counted.filter((m) => SUPPLEMENT_TESTS[rule.condition](m, ageOn(m.birthDate, input.asOf)));
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
  const tier = fullStandard ? null : selectDibaoTier(params, { memberCount: 1, monthlyIncomeFen: income.monthlyIncomeFen }, standard);
  if (tier !== null) {
    const single = { memberCount: 1, monthlyIncomeFen: income.monthlyIncomeFen, perCapitaFen: income.monthlyIncomeFen };
    return applyFloorAndRounding(tieredAmount(tier, single, standard, reasons), params, reasons);
  }
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
