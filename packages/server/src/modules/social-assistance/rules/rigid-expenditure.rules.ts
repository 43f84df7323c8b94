// 刚性支出困难家庭 (rules doc §2.5; 刚性办法 Arts. 4, 5, 10, 11). No national cash benefit.
import { addDays, addMonths, formatChineseDate, type IsoDate } from './calendar-date';
import { hasNoFailure, reason, type DecisionReason } from './decision';
import type { AreaType, PropertyItem, RigidSpending } from './inputs';
import { BASIS_POINTS_ONE, formatPercent, formatYuan, perCapita, type Fen } from './money';
import { dibaoStandard, type SocialAssistanceParameters } from './parameters';
import { assessProperty } from './property.rules';

export type RigidExpenditureInput = {
  householdId: string;
  area: AreaType;
  memberIds: readonly string[];
  /** Current status: any of these excludes the family (Art. 4(一)). */
  status: { isDibao: boolean; hasExtremePovertyMember: boolean; isMarginalFamily: boolean };
  /** Countable household income per month (computed as for 低保). */
  monthlyIncomeFen: Fen;
  /** Total household income over the 12 months before application. */
  totalIncome12MonthsFen: Fen;
  propertyItems: readonly PropertyItem[];
  /** Spending over the 12 months before application, net of insurance and assistance (Art. 5). */
  spending: RigidSpending;
  /** Recognition date: the validity runs from it. */
  asOf: IsoDate;
  params: SocialAssistanceParameters;
};

export type RigidExpenditureDecision = {
  programme: 'rigid-expenditure';
  eligible: boolean;
  livingExpenseFen: Fen;
  rigidSpendingFen: Fen;
  validUntil: IsoDate | null;
  reasons: DecisionReason[];
};

export const evaluateRigidExpenditure = (input: RigidExpenditureInput): RigidExpenditureDecision => {
  const { params, status } = input;
  const n = input.memberIds.length;
  const standard = dibaoStandard(params, input.area);
  const rules = params.rigidExpenditure;
  const reasons: DecisionReason[] = [];

  const assisted = [
    status.isDibao ? '低保家庭' : '',
    status.hasExtremePovertyMember ? '有特困人员' : '',
    status.isMarginalFamily ? '低保边缘家庭' : '',
  ].filter((s) => s !== '');
  reasons.push(
    assisted.length > 0
      ? reason('RIGID_ALREADY_ASSISTED', `家庭已为${assisted.join('、')}，不再认定为刚性支出困难家庭`, { ...status })
      : reason('RIGID_NOT_OTHERWISE_ASSISTED', '家庭不是低保家庭、低保边缘家庭，也无特困人员', {
          ...status,
        }),
  );

  // pcAnnual < PCDI  ⇔  I × 12 < PCDI × n
  const pcdi = params.perCapitaDisposableIncomePrevYearFen;
  const annualPerCapita = perCapita(input.monthlyIncomeFen * 12, n);
  const incomeInputs = {
    monthlyIncomeFen: input.monthlyIncomeFen,
    memberCount: n,
    annualPerCapitaFen: annualPerCapita,
    pcdiFen: pcdi,
  };
  reasons.push(
    input.monthlyIncomeFen * 12 < pcdi * n
      ? reason(
          'RIGID_INCOME_BELOW_PCDI',
          `家庭年人均收入${formatYuan(annualPerCapita)}元低于上年人均可支配收入${formatYuan(pcdi)}元`,
          incomeInputs,
        )
      : reason(
          'RIGID_INCOME_NOT_BELOW_PCDI',
          `家庭年人均收入${formatYuan(annualPerCapita)}元不低于上年人均可支配收入${formatYuan(pcdi)}元`,
          incomeInputs,
        ),
  );

  const property = assessProperty({
    items: input.propertyItems,
    ownerIds: input.memberIds,
    memberCount: n,
    standardFen: standard,
    rules: params.property.rigidExpenditure,
    label: '刚性支出困难家庭',
  });
  reasons.push(...property.reasons);
  reasons.push(
    property.passed
      ? reason('RIGID_PROPERTY_WITHIN_LIMITS', '家庭财产状况符合规定')
      : reason('RIGID_PROPERTY_OVER_LIMITS', '家庭财产状况不符合规定'),
  );

  const living = standard * n * rules.livingExpenseMonths;
  const { medicalFen, educationFen, disabilityRehabilitationFen, otherFen } = input.spending;
  const rigid = living + medicalFen + educationFen + disabilityRehabilitationFen + otherFen;
  const income = input.totalIncome12MonthsFen;
  // rigid / income (op) ratio  ⇔  rigid × 10 000 (op) income × ratio
  const lhs = rigid * BASIS_POINTS_ONE;
  const rhs = income * rules.ratio;
  const met = income <= 0 || (rules.comparison === 'greater' ? lhs > rhs : lhs >= rhs);
  const ratioText = income > 0 ? formatPercent(rigid, income) : '—';
  const required = `${rules.comparison === 'greater' ? '高于' : '不低于'}${rules.ratio / 100}%`;
  const spendingInputs = {
    livingExpenseFen: living,
    medicalFen,
    educationFen,
    disabilityRehabilitationFen,
    otherFen,
    rigidSpendingFen: rigid,
    totalIncome12MonthsFen: income,
    ratioBp: rules.ratio,
    comparison: rules.comparison,
  };
  const breakdown = `生活支出${formatYuan(living)}元（低保标准${formatYuan(standard)}元×${n}人×${rules.livingExpenseMonths}个月）＋医疗${formatYuan(medicalFen)}元＋教育${formatYuan(educationFen)}元＋残疾康复${formatYuan(disabilityRehabilitationFen)}元＋其他${formatYuan(otherFen)}元＝${formatYuan(rigid)}元`;
  reasons.push(
    met
      ? reason(
          'RIGID_SPENDING_RATIO_MET',
          `申请前12个月刚性支出${breakdown}，占同期家庭总收入${formatYuan(income)}元的${ratioText}，${required}`,
          spendingInputs,
        )
      : reason(
          'RIGID_SPENDING_RATIO_NOT_MET',
          `申请前12个月刚性支出${breakdown}，占同期家庭总收入${formatYuan(income)}元的${ratioText}，未达到${required}`,
          spendingInputs,
        ),
  );

  const eligible = hasNoFailure(reasons);
  let validUntil: IsoDate | null = null;
  if (eligible) {
    validUntil = addDays(addMonths(input.asOf, rules.validityMonths), -1);
    reasons.push(
      reason(
        'RIGID_VALIDITY',
        `认定为刚性支出困难家庭，有效期${rules.validityMonths}个月至${formatChineseDate(validUntil)}，期满须重新申请；纳入低收入人口动态监测并单独标识`,
        { recognisedOn: input.asOf, validUntil, validityMonths: rules.validityMonths },
      ),
    );
  }
  return {
    programme: 'rigid-expenditure',
    eligible,
    livingExpenseFen: living,
    rigidSpendingFen: rigid,
    validUntil,
    reasons,
  };
};
