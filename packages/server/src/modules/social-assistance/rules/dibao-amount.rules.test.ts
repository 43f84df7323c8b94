import { describe, expect, it } from 'vitest';
import {
  bornAged,
  buildDibaoInput,
  buildMember,
  EXAMPLE_PARAMETERS,
  fen,
  findReason,
  monthlyIncome,
  withParameters,
} from '../social-assistance.fixtures';
import { selectDibaoTier } from './dibao-amount.rules';
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
    const decision = evaluateDibao(buildDibaoInput(young, monthlyIncome('a', 'pension', 700), { params: withSupplements }));
    expect(decision.monthlyAmountFen).toBe(fen(100));
    findReason(decision.reasons, 'DIBAO_BENEFIT_MINIMUM_APPLIED');
  });
});

describe('evaluateDibao: 分档 instead of 补差 (57号 Art. 23)', () => {
  // Three tiers against S = 710: per-capita income below 30 % of S, below 70 %, and the rest.
  const tiered = withParameters((p) => ({
    dibao: {
      ...p.dibao,
      benefitTiers: [
        { code: 'A', label: '一档', maxIncomeShare: 3_000, amountPerPersonFen: fen(710) },
        { code: 'B', label: '二档', maxIncomeShare: 7_000, amountPerPersonFen: fen(400) },
        { code: 'C', label: '三档', maxIncomeShare: null, amountPerPersonFen: fen(120) },
      ],
    },
  }));
  const couple = [elderly, spouse];

  it('pays the tier of the per-capita income, per counted member, with its reason', () => {
    // I = 400 → per capita 200 < 0.3 × 710 = 213 → 一档: 2 × 710
    const low = evaluateDibao(buildDibaoInput(couple, monthlyIncome('a', 'pension', 400), { params: tiered }));
    expect(low.monthlyAmountFen).toBe(fen(1_420));
    const reason = findReason(low.reasons, 'DIBAO_BENEFIT_TIERED');
    expect(reason.inputs).toMatchObject({ tierCode: 'A', memberCount: 2, tieredFen: fen(1_420) });
    expect(reason.message).toContain('一档');
    expect(low.reasons.some((r) => r.code === 'DIBAO_BENEFIT_GAP_FILLING')).toBe(false);
  });

  it('compares strictly below the bound, without rounding the per-capita income', () => {
    // per capita exactly 0.3 × 710 = 213 → not below → 二档
    const atBound = evaluateDibao(buildDibaoInput(couple, monthlyIncome('a', 'pension', 426), { params: tiered }));
    expect(atBound.monthlyAmountFen).toBe(fen(800));
    // per capita 500 ≥ 0.7 × 710 = 497 → 三档 (still below S, so eligible)
    const upper = evaluateDibao(buildDibaoInput(couple, monthlyIncome('a', 'pension', 1_000), { params: tiered }));
    expect(upper.eligible).toBe(true);
    expect(upper.monthlyAmountFen).toBe(fen(240));
  });

  it('keeps the income test: a household at or above S is not paid whatever the tiers', () => {
    const above = evaluateDibao(buildDibaoInput(couple, monthlyIncome('a', 'pension', 1_420), { params: tiered }));
    expect(above.eligible).toBe(false);
    expect(above.monthlyAmountFen).toBe(0);
  });

  it('adds 分类施保 supplements on top of the tier amount', () => {
    const withSupplement = withParameters(() => ({
      dibao: {
        ...tiered.dibao,
        supplements: [{ condition: 'aged-70-plus', amountFen: fen(30), label: '70周岁以上老年人' }],
      },
    }));
    const decision = evaluateDibao(buildDibaoInput(couple, monthlyIncome('a', 'pension', 1_000), { params: withSupplement }));
    expect(decision.monthlyAmountFen).toBe(fen(240 + 60));
  });

  it('pays 补差 when the parameter set has no tiers', () => {
    const gap = evaluateDibao(
      buildDibaoInput(couple, monthlyIncome('a', 'pension', 1_000), {
        params: withParameters((p) => ({ dibao: { ...p.dibao, benefitTiers: [] } })),
      }),
    );
    expect(gap.monthlyAmountFen).toBe(fen(420));
    findReason(gap.reasons, 'DIBAO_BENEFIT_GAP_FILLING');
  });
});

describe('selectDibaoTier', () => {
  const params = withParameters((p) => ({
    dibao: {
      ...p.dibao,
      benefitTiers: [
        { code: 'A', label: '一档', maxIncomeShare: 5_000, amountPerPersonFen: fen(600) },
        { code: 'B', label: '二档', maxIncomeShare: null, amountPerPersonFen: fen(200) },
      ],
    },
  }));
  it('selects by per-capita income against the share of S; single persons count as one', () => {
    expect(selectDibaoTier(params, { memberCount: 3, monthlyIncomeFen: fen(1_064) }, fen(710))?.code).toBe('A');
    expect(selectDibaoTier(params, { memberCount: 3, monthlyIncomeFen: fen(1_065) }, fen(710))?.code).toBe('B');
    expect(selectDibaoTier(params, { memberCount: 1, monthlyIncomeFen: fen(354) }, fen(710))?.code).toBe('A');
    expect(selectDibaoTier(EXAMPLE_PARAMETERS, { memberCount: 1, monthlyIncomeFen: 0 }, fen(710))).toBeNull();
  });
});
