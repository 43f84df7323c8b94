import { describe, expect, it } from 'vitest';
import { EXAMPLE_PARAMETERS, deposit, fen, findReason, withParameters } from '../social-assistance.fixtures';
import type { SocialAssistanceParameters } from './parameters';
import { evaluateRigidExpenditure, type RigidExpenditureInput } from './rigid-expenditure.rules';

// 2 people: living expense = 710 × 2 × 12 = 17,040; income 12 months = 30,000.
const input = (overrides: Partial<RigidExpenditureInput> = {}): RigidExpenditureInput => ({
  householdId: 'h',
  area: 'urban',
  memberIds: ['a', 'b'],
  status: { isDibao: false, hasExtremePovertyMember: false, isMarginalFamily: false },
  monthlyIncomeFen: fen(2_500),
  totalIncome12MonthsFen: fen(30_000),
  propertyItems: [],
  spending: {
    medicalFen: fen(6_960),
    educationFen: 0,
    disabilityRehabilitationFen: 0,
    otherFen: 0,
  },
  asOf: '2025-02-28',
  params: EXAMPLE_PARAMETERS,
  ...overrides,
});

describe('evaluateRigidExpenditure', () => {
  it('exactly 80 % passes "≥" (辽宁) and fails "> " (national wording)', () => {
    // 17,040 + 6,960 = 24,000 = 80 % of 30,000
    expect(evaluateRigidExpenditure(input()).eligible).toBe(true);
    const strict: SocialAssistanceParameters = withParameters((p) => ({
      rigidExpenditure: { ...p.rigidExpenditure, comparison: 'greater' },
    }));
    const decision = evaluateRigidExpenditure(input({ params: strict }));
    expect(decision.eligible).toBe(false);
    expect(findReason(decision.reasons, 'RIGID_SPENDING_RATIO_NOT_MET').message).toContain('80.00%');
  });

  it('is valid 12 months, to the day before the anniversary (end-of-month safe)', () => {
    expect(evaluateRigidExpenditure(input()).validUntil).toBe('2026-02-27');
  });

  it.each([
    ['a 低保 family', { isDibao: true, hasExtremePovertyMember: false, isMarginalFamily: false }],
    ['a family with a 特困 member', { isDibao: false, hasExtremePovertyMember: true, isMarginalFamily: false }],
    ['a 低保边缘 family', { isDibao: false, hasExtremePovertyMember: false, isMarginalFamily: true }],
  ])('%s is not recognised (Art. 4(一))', (_label, status) => {
    const decision = evaluateRigidExpenditure(input({ status }));
    expect(decision.eligible).toBe(false);
    findReason(decision.reasons, 'RIGID_ALREADY_ASSISTED');
  });

  it('per-capita annual income equal to PCDI fails (strict "<")', () => {
    // 2 × 30,000 / 12 = 5,000 per month
    const decision = evaluateRigidExpenditure(input({ monthlyIncomeFen: fen(5_000) }));
    expect(decision.eligible).toBe(false);
    findReason(decision.reasons, 'RIGID_INCOME_NOT_BELOW_PCDI');
  });

  it('property above the limits fails', () => {
    const decision = evaluateRigidExpenditure(input({ propertyItems: [deposit('a', 60_000)] }));
    expect(decision.eligible).toBe(false);
    findReason(decision.reasons, 'RIGID_PROPERTY_OVER_LIMITS');
  });
});
