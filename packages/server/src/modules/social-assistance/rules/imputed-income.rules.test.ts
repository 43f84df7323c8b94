import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_PARAMETERS,
  bornAged,
  buildDibaoInput,
  buildMember,
  fen,
  findReason,
  monthlyIncome,
  withParameters,
} from '../social-assistance.fixtures';
import { evaluateDibao } from './subsistence-allowance.rules';

// 推定收入 for refusal to work (rules doc §1.3, 莆田 2023): a working-age, able member refusing work
// without a valid reason is counted the local minimum wage; a valid reason (care of a disabled or ill
// member or a child under 3, pregnancy, nursing) means no imputation. A local parameter, off by default.

const imputing = withParameters((p) => ({
  income: { ...p.income, imputedIncomeForRefusedEmployment: { monthlyFen: fen(1_500) } },
}));
const mother = buildMember({ id: 'a', name: '甲', birthDate: bornAged(70), relation: 'self', labourCapacity: 'none' });
const son = buildMember({ id: 'b', name: '乙', birthDate: bornAged(35), relation: 'child', refusedEmployment: { validReason: null } });

describe('推定收入: refusal to work without a valid reason', () => {
  it('counts the minimum wage for a working-age able member who refused work', () => {
    const decision = evaluateDibao(buildDibaoInput([mother, son], monthlyIncome('a', 'pension', 200), { params: imputing }));
    // I = 200 + 1,500 = 1,700 ≥ 710 × 2: not eligible
    expect(decision.eligible).toBe(false);
    expect(findReason(decision.reasons, 'INCOME_IMPUTED_REFUSED_EMPLOYMENT').inputs).toMatchObject({
      memberId: 'b',
      imputedFen: fen(1_500),
      countedBeforeFen: 0,
    });
  });

  it('imputes nothing when the parameter is off (the national default)', () => {
    const decision = evaluateDibao(buildDibaoInput([mother, son], monthlyIncome('a', 'pension', 200), { params: EXAMPLE_PARAMETERS }));
    expect(decision.eligible).toBe(true);
    expect(decision.monthlyAmountFen).toBe(fen(1_220));
    expect(decision.reasons.some((r) => r.code === 'INCOME_IMPUTED_REFUSED_EMPLOYMENT')).toBe(false);
  });

  it('a valid reason (caring for a child under 3) means no imputation, with its reason', () => {
    const carer = { ...son, refusedEmployment: { validReason: 'caring-for-child-under-3' as const } };
    const decision = evaluateDibao(buildDibaoInput([mother, carer], monthlyIncome('a', 'pension', 200), { params: imputing }));
    expect(decision.eligible).toBe(true);
    expect(findReason(decision.reasons, 'INCOME_NOT_IMPUTED_VALID_REASON').message).toContain('3周岁以下婴幼儿');
  });

  it('does not impute for members outside working age or without full labour capacity', () => {
    const older = { ...son, birthDate: bornAged(61) };
    const partial = { ...son, labourCapacity: 'partial' as const };
    for (const member of [older, partial]) {
      const decision = evaluateDibao(buildDibaoInput([mother, member], monthlyIncome('a', 'pension', 200), { params: imputing }));
      expect(decision.eligible).toBe(true);
    }
  });

  it('replaces a lower own wage instead of adding to it, and keeps a higher one', () => {
    const low = evaluateDibao(
      buildDibaoInput([mother, son], [...monthlyIncome('a', 'pension', 100), ...monthlyIncome('b', 'business-net', 300)], {
        params: imputing,
      }),
    );
    expect(findReason(low.reasons, 'INCOME_IMPUTED_REFUSED_EMPLOYMENT').inputs).toMatchObject({ countedBeforeFen: fen(300) });
    expect(findReason(low.reasons, 'INCOME_HOUSEHOLD_TOTAL').inputs).toMatchObject({ monthlyIncomeFen: fen(1_600) });
    const high = evaluateDibao(buildDibaoInput([mother, son], monthlyIncome('b', 'business-net', 1_800), { params: imputing }));
    expect(high.reasons.some((r) => r.code === 'INCOME_IMPUTED_REFUSED_EMPLOYMENT')).toBe(false);
  });
});
