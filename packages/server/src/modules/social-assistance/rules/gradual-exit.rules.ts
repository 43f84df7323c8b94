// Income rise found at a review of a 低保 household: continue, 渐退 (rules doc §3.2, §10.6) or stop (§4.7).
import { addMonthsToYearMonth, formatChineseMonth, monthsInRange, nextMonthOf, type YearMonth } from './calendar-date';
import { reason, type DecisionReason } from './decision';
import { formatYuan, type Fen } from './money';
import { evaluateMarginalFamily, type MarginalFamilyDecision } from './marginal-family.rules';
import { evaluateDibao, type DibaoDecision, type DibaoInput } from './subsistence-allowance.rules';

export const INCOME_RISE_CAUSES = ['employment', 'other'] as const;
/** 渐退 only when the rise is caused by a member taking up employment (57号 Art. 33). */
export type IncomeRiseCause = (typeof INCOME_RISE_CAUSES)[number];

export const INCOME_RISE_OUTCOMES = ['continue', 'gradual-exit', 'stop'] as const;
export type IncomeRiseOutcome = (typeof INCOME_RISE_OUTCOMES)[number];

export type DibaoReviewInput = {
  /** The household with its new regular income (§10.10); `asOf` is the county decision date. */
  reassessment: DibaoInput;
  currentMonthlyAmountFen: Fen;
  cause: IncomeRiseCause;
};

export type DibaoReviewDecision = {
  outcome: IncomeRiseOutcome;
  reassessment: DibaoDecision;
  /** New amount when the household stays eligible. */
  newMonthlyAmountFen: Fen | null;
  gradualExit: { months: YearMonth[]; monthlyAmountFen: Fen } | null;
  /** First month without payment. */
  stopFromMonth: YearMonth | null;
  /** Re-test for 低保边缘 on exit (§3.2). */
  afterExit: MarginalFamilyDecision | null;
  reasons: DecisionReason[];
};

export const evaluateDibaoReview = (input: DibaoReviewInput): DibaoReviewDecision => {
  const { reassessment: data, currentMonthlyAmountFen: current } = input;
  const reassessment = evaluateDibao(data);
  const reasons: DecisionReason[] = [...reassessment.reasons];
  if (reassessment.eligible) {
    reasons.push(
      reason(
        'DIBAO_STILL_ELIGIBLE_ON_REVIEW',
        `复核后家庭仍符合低保条件，月保障金由${formatYuan(current)}元调整为${formatYuan(reassessment.monthlyAmountFen)}元`,
        { previousAmountFen: current, newAmountFen: reassessment.monthlyAmountFen },
      ),
    );
    return {
      outcome: 'continue',
      reassessment,
      newMonthlyAmountFen: reassessment.monthlyAmountFen,
      gradualExit: null,
      stopFromMonth: null,
      afterExit: null,
      reasons,
    };
  }
  const afterExit = evaluateMarginalFamily(data);
  const months = data.params.dibao.gradualExitMonths;
  // 渐退 needs: the rise is employment-caused and income alone now fails (property failures go to 停发).
  const incomeOnly = reassessment.property.passed && data.household.authorisationSigned;
  const firstMonth = nextMonthOf(data.asOf);
  if (input.cause === 'employment' && incomeOnly && months !== null && months > 0) {
    const lastMonth = addMonthsToYearMonth(firstMonth, months - 1);
    const stopFromMonth = addMonthsToYearMonth(firstMonth, months);
    reasons.push(
      reason(
        'DIBAO_GRADUAL_EXIT_GRANTED',
        `家庭成员就业后人均收入超过低保标准，给予${months}个月渐退期：${formatChineseMonth(firstMonth)}至${formatChineseMonth(lastMonth)}按原金额${formatYuan(current)}元发放，自${formatChineseMonth(stopFromMonth)}起停发`,
        {
          cause: input.cause,
          months,
          firstMonth,
          lastMonth,
          stopFromMonth,
          monthlyAmountFen: current,
        },
      ),
    );
    reasons.push(...exitReasons(afterExit));
    return {
      outcome: 'gradual-exit',
      reassessment,
      newMonthlyAmountFen: null,
      gradualExit: { months: monthsInRange(firstMonth, lastMonth), monthlyAmountFen: current },
      stopFromMonth,
      afterExit,
      reasons,
    };
  }
  reasons.push(
    reason(
      'DIBAO_GRADUAL_EXIT_NOT_APPLICABLE',
      input.cause === 'employment'
        ? '家庭不再符合低保条件且不仅是就业增收所致（或未设渐退期），不适用渐退'
        : '收入增加并非家庭成员就业所致，不适用渐退，按规定停发',
      { cause: input.cause, gradualExitMonths: months },
    ),
  );
  reasons.push(
    reason('DIBAO_STOPPED', `自${formatChineseMonth(firstMonth)}起停发低保金，并书面告知理由`, {
      stopFromMonth: firstMonth,
      decisionDate: data.asOf,
    }),
  );
  reasons.push(...exitReasons(afterExit));
  return {
    outcome: 'stop',
    reassessment,
    newMonthlyAmountFen: null,
    gradualExit: null,
    stopFromMonth: firstMonth,
    afterExit,
    reasons,
  };
};

/** Only the 低保边缘 conclusions of the re-test (its income/property details duplicate the reassessment). */
const exitReasons = (afterExit: MarginalFamilyDecision): DecisionReason[] =>
  afterExit.reasons.filter((r) => r.code.startsWith('MARGINAL_'));
