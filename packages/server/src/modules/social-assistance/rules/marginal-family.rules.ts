// 低保边缘家庭 (rules doc §2.2): not 低保, pc < EDGE_MULT × S (strict), property within the edge limits.
// Income is computed as for 低保, including the employment-cost deduction (39号 §二). No national cash benefit.
import { reason, type DecisionReason } from './decision';
import type { IncomeAssessment } from './household-income.rules';
import { BASIS_POINTS_ONE, applyBasisPoints, formatMultiple, formatYuan, type Fen } from './money';
import { assessProperty, type PropertyAssessment } from './property.rules';
import { evaluateDibao, type DibaoDecision, type DibaoInput } from './subsistence-allowance.rules';

export type MarginalFamilyDecision = {
  programme: 'marginal-family';
  eligible: boolean;
  /** The 低保 decision on the same data (the first condition is "不符合低保条件"). */
  dibao: DibaoDecision;
  /** EDGE_MULT × S, for display. */
  incomeLineFen: Fen;
  income: IncomeAssessment;
  property: PropertyAssessment;
  reasons: DecisionReason[];
};

export const evaluateMarginalFamily = (input: DibaoInput): MarginalFamilyDecision => {
  const { params } = input;
  const dibao = evaluateDibao(input);
  const { income } = dibao;
  const standard = dibao.standardFen;
  const n = income.memberCount;
  const multiple = params.marginalIncomeMultiple;
  const line = applyBasisPoints(standard, multiple);
  const reasons: DecisionReason[] = [];

  reasons.push(
    dibao.eligible
      ? reason('MARGINAL_QUALIFIES_FOR_DIBAO', '家庭符合低保条件，应纳入低保而非低保边缘家庭', {
          dibaoMonthlyAmountFen: dibao.monthlyAmountFen,
        })
      : reason('MARGINAL_NOT_DIBAO', '家庭不符合低保条件（见低保审核理由）', {
          failedOnlyOnProperty: dibao.failedOnlyOnProperty,
        }),
  );

  // pc < multiple × S  ⇔  I × 10 000 < S × n × multiple (exact integers)
  const incomeOk = n > 0 && income.monthlyIncomeFen * BASIS_POINTS_ONE < standard * n * multiple;
  const incomeInputs = {
    monthlyIncomeFen: income.monthlyIncomeFen,
    memberCount: n,
    perCapitaFen: income.perCapitaFen,
    standardFen: standard,
    multipleBp: multiple,
    incomeLineFen: line,
  };
  const lineText = `低保边缘标准（低保标准${formatYuan(standard)}元×${formatMultiple(multiple)}＝${formatYuan(line)}元）`;
  reasons.push(
    incomeOk
      ? reason('MARGINAL_INCOME_BELOW_LINE', `月人均收入${formatYuan(income.perCapitaFen)}元低于${lineText}`, incomeInputs)
      : reason('MARGINAL_INCOME_NOT_BELOW_LINE', `月人均收入${formatYuan(income.perCapitaFen)}元不低于${lineText}`, incomeInputs),
  );

  const property = assessProperty({
    items: input.propertyItems,
    ownerIds: income.memberIds,
    memberCount: n,
    standardFen: standard,
    rules: params.property.marginal,
    label: '低保边缘家庭',
  });
  reasons.push(
    property.passed
      ? reason('MARGINAL_PROPERTY_WITHIN_LIMITS', '家庭财产状况符合低保边缘家庭财产条件')
      : reason('MARGINAL_PROPERTY_OVER_LIMITS', '家庭财产状况不符合低保边缘家庭财产条件（见财产核查明细）'),
  );

  return {
    programme: 'marginal-family',
    // A missing 核对授权书 blocks this too (the procedure follows 低保, 39号 §二); its reason is in dibao.reasons.
    eligible: !dibao.eligible && input.household.authorisationSigned && incomeOk && property.passed,
    dibao,
    incomeLineFen: line,
    income,
    property,
    reasons: [...dibao.reasons, ...property.reasons, ...reasons],
  };
};
