import { describe, expect, it } from 'vitest';
import {
  bornAged,
  buildDibaoInput,
  buildMember,
  fen,
  findReason,
  monthlyIncome,
  withParameters,
} from '../social-assistance.fixtures';
import { evaluateDibao } from './subsistence-allowance.rules';

const elderly = buildMember({ id: 'a', name: '甲', birthDate: bornAged(75), relation: 'self' });
const spouse = buildMember({ id: 'b', name: '乙', birthDate: bornAged(72), relation: 'spouse' });

describe('evaluateDibao: 分类施保 supplements and the local floor', () => {
  const withSupplements = withParameters((p) => ({
    dibao: {
      ...p.dibao,
      supplements: [
        { condition: 'aged-70-plus', amountFen: fen(30), label: '70周岁以上老年人' },
        { condition: 'severe-disability', amountFen: fen(45), label: '重度残疾人' },
      ],
      minimumMonthlyBenefitFen: fen(100),
    },
  }));

  it('adds a supplement per qualifying member', () => {
    const disabledSpouse = { ...spouse, disability: { category: 'physical', grade: 1 } } as const;
    const decision = evaluateDibao(
      buildDibaoInput([elderly, disabledSpouse], monthlyIncome('a', 'pension', 1_000), {
        params: withSupplements,
      }),
    );
    // gap 420 + 2 × 30 (both 70+) + 45 (one severely disabled)
    expect(decision.monthlyAmountFen).toBe(fen(525));
    expect(decision.reasons.filter((r) => r.code === 'DIBAO_BENEFIT_SUPPLEMENT')).toHaveLength(2);
  });

  it('raises a small amount to the local floor', () => {
    const young = [
      buildMember({
        id: 'a',
        birthDate: bornAged(40),
        relation: 'self',
        labourCapacity: 'partial',
      }),
    ];
    const decision = evaluateDibao(
      buildDibaoInput(young, monthlyIncome('a', 'pension', 700), { params: withSupplements }),
    );
    expect(decision.monthlyAmountFen).toBe(fen(100));
    findReason(decision.reasons, 'DIBAO_BENEFIT_MINIMUM_APPLIED');
  });
});
