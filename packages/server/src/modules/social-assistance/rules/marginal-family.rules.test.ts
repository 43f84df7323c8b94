import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_DECISION_DATE,
  EXAMPLE_PARAMETERS,
  EXAMPLE_PERIOD,
  bornAged,
  buildMember,
  fen,
  findReason,
  monthlyIncome,
  withParameters,
} from '../social-assistance.fixtures';
import { evaluateMarginalFamily } from './marginal-family.rules';
import type { SocialAssistanceParameters } from './parameters';

const members = [
  buildMember({ id: 'a', birthDate: bornAged(70), relation: 'self' }),
  buildMember({ id: 'b', birthDate: bornAged(68), relation: 'spouse' }),
];

const evaluate = (monthlyYuan: number, params: SocialAssistanceParameters = EXAMPLE_PARAMETERS, signed = true) =>
  evaluateMarginalFamily({
    household: { id: 'h', area: 'urban', members, authorisationSigned: signed },
    incomeItems: monthlyIncome('a', 'pension', monthlyYuan),
    propertyItems: [],
    incomePeriod: EXAMPLE_PERIOD,
    asOf: EXAMPLE_DECISION_DATE,
    params,
  });

describe('evaluateMarginalFamily (line = 1.5 × 710 = 1,065 per person)', () => {
  it.each([
    [1_419.99, false, 'MARGINAL_QUALIFIES_FOR_DIBAO'], // still 低保
    [1_420, true, 'MARGINAL_INCOME_BELOW_LINE'], // pc = S exactly: not 低保, but edge
    [2_129.99, true, 'MARGINAL_INCOME_BELOW_LINE'],
    [2_130, false, 'MARGINAL_INCOME_NOT_BELOW_LINE'], // pc = 1,065 exactly: strict "<" fails
  ] as const)('household income %d → edge %s', (monthly, eligible, code) => {
    const decision = evaluate(monthly);
    expect(decision.eligible).toBe(eligible);
    expect(decision.incomeLineFen).toBe(fen(1_065));
    expect(findReason(decision.reasons, code).section).toBe('§2.2');
  });

  it('uses the local multiple (杭州 2.0 → line 1,420)', () => {
    const hangzhou = withParameters(() => ({ marginalIncomeMultiple: 20_000 }));
    expect(evaluate(2_130, hangzhou).eligible).toBe(true);
    expect(evaluate(2_840, hangzhou).eligible).toBe(false);
  });

  it('requires the signed verification authorisation as 低保 does', () => {
    const decision = evaluate(1_600, EXAMPLE_PARAMETERS, false);
    expect(decision.eligible).toBe(false);
    findReason(decision.reasons, 'DIBAO_AUTHORISATION_MISSING');
  });
});
