// Worked examples E10–E12 of social-assistance-rules.md §7 (支出型临时救助, 刚性支出困难家庭, 急难型临时救助), on the
// §7.0 parameter set.
import { describe, expect, it } from 'vitest';
import { EXAMPLE_DECISION_DATE, bornAged, deposit, fen, findReason } from './social-assistance.fixtures';
import {
  DEFAULT_WARNING_TRIGGER_CONFIG,
  evaluateEmergencyAssistance,
  evaluateExpenditureAssistance,
  evaluateRigidExpenditure,
  evaluateWarningTriggers,
  isWorkingDay,
} from './social-assistance.rules';
import { expectReason, params } from './social-assistance.examples.test-support';

describe('E10. 支出型临时救助 for a large medical expense', () => {
  const input = {
    area: 'urban' as const,
    memberIds: ['a', 'b', 'c', 'd'],
    monthlyDisposableIncomeFen: fen(4_000),
    totalIncome12MonthsFen: fen(48_000),
    propertyItems: [deposit('a', 20_000)],
    necessarySpendingFen: fen(60_000),
    standardMultiple: 6,
    multipleReason: '住院自付费用高，家庭无其他收入来源',
    eventKey: 'hospitalisation-2025-03',
    priorAssistance: [],
    asOf: EXAMPLE_DECISION_DATE,
    params,
  };

  it('k = 6: 4 × 6 × 710 = 17,040, above the township limit 1,420 → county approval', () => {
    const decision = evaluateExpenditureAssistance(input);
    expect(decision.outcome).toBe('approve');
    expect(decision.amountFen).toBe(fen(17_040));
    expect(decision.approvalLevel).toBe('county');
    expectReason(decision.reasons, 'TEMP_INCOME_BELOW_PCDI', '§2.6');
    expectReason(decision.reasons, 'TEMP_SPENDING_BEYOND_CAPACITY', '§2.6');
    expect(expectReason(decision.reasons, 'TEMP_AMOUNT_MULTIPLE_OF_STANDARD', '§3.4').inputs).toMatchObject({ capFen: fen(34_080) });
    expectReason(decision.reasons, 'TEMP_APPROVAL_COUNTY', '§4.5');
  });

  it('the MED_OOP_HIGH warning fires from the 医保 settlement', () => {
    const warnings = evaluateWarningTriggers(
      {
        householdId: 'h10',
        programmes: ['marginal-family'],
        members: [{ id: 'a', name: '患者', birthDate: bornAged(50) }],
        income12MonthsFen: fen(48_000),
      },
      [
        {
          kind: 'medical-settlement',
          memberId: 'a',
          occurredOn: '2025-03-20',
          outOfPocketFen: fen(60_000),
        },
      ],
      DEFAULT_WARNING_TRIGGER_CONFIG,
      EXAMPLE_DECISION_DATE,
    );
    expect(warnings.map((w) => w.code)).toEqual(['MED_OOP_HIGH']);
    expectReason(warnings[0]?.reasons ?? [], 'WARNING_MED_OOP_HIGH', '§5.4');
  });

  it('a repeat for the same hospitalisation in the same year is refused', () => {
    const decision = evaluateExpenditureAssistance({
      ...input,
      priorAssistance: [{ eventKey: 'hospitalisation-2025-03', grantedOn: '2025-03-25', amountFen: fen(17_040) }],
    });
    expect(decision.outcome).toBe('refuse');
    expectReason(decision.reasons, 'TEMP_REPEAT_SAME_EVENT', '§2.6');
  });

  it.each([
    [1.5, 'refuse', 'TEMP_MULTIPLE_NOT_ALLOWED'],
    [6.3, 'refuse', 'TEMP_MULTIPLE_NOT_ALLOWED'],
    [12.5, 'case-by-case', 'TEMP_CASE_BY_CASE'],
  ] as const)('boundary: k = %d → %s', (k, outcome, code) => {
    const decision = evaluateExpenditureAssistance({ ...input, standardMultiple: k });
    expect(decision.outcome).toBe(outcome);
    findReason(decision.reasons, code);
  });
});

describe('E11. 刚性支出困难家庭', () => {
  const input = (medicalYuan: number) => ({
    householdId: 'h11',
    area: 'urban' as const,
    memberIds: ['a', 'b', 'c'],
    status: { isDibao: false, hasExtremePovertyMember: false, isMarginalFamily: false },
    monthlyIncomeFen: fen(4_500),
    totalIncome12MonthsFen: fen(54_000),
    propertyItems: [deposit('a', 30_000)],
    spending: {
      medicalFen: fen(medicalYuan),
      educationFen: fen(3_000),
      disabilityRehabilitationFen: 0,
      otherFen: 0,
    },
    asOf: '2025-01-15',
    params,
  });

  it('rigid spending 43,560 / income 54,000 = 80.67 % ≥ 80 % → recognised for 12 months', () => {
    const decision = evaluateRigidExpenditure(input(15_000));
    expect(decision.eligible).toBe(true);
    expect(decision.livingExpenseFen).toBe(fen(25_560));
    expect(decision.rigidSpendingFen).toBe(fen(43_560));
    expect(decision.validUntil).toBe('2026-01-14');
    expectReason(decision.reasons, 'RIGID_NOT_OTHERWISE_ASSISTED', '§2.5');
    expectReason(decision.reasons, 'RIGID_INCOME_BELOW_PCDI', '§2.5');
    expect(expectReason(decision.reasons, 'RIGID_SPENDING_RATIO_MET', '§2.5').message).toContain('80.67%');
    expectReason(decision.reasons, 'RIGID_VALIDITY', '§2.5');
  });

  it('boundary: medical 14,000 → 78.81 % → not recognised', () => {
    const decision = evaluateRigidExpenditure(input(14_000));
    expect(decision.eligible).toBe(false);
    expect(expectReason(decision.reasons, 'RIGID_SPENDING_RATIO_NOT_MET', '§2.5').message).toContain('78.81%');
  });
});

describe('E12. 急难型临时救助 with advance assistance after a fire', () => {
  const fireDay = '2025-03-15';
  const input = {
    event: {
      kind: 'fire' as const,
      occurredOn: fireDay,
      description: '住房失火，生活用品全部烧毁',
    },
    basicLivingSeverelyAffected: true,
    otherSchemesCannotCoverNow: true,
    applicant: { hukouLocal: false, hasLocalResidencePermit: true },
    area: 'urban' as const,
    amountFen: fen(1_420),
    advance: true,
    eventKey: 'fire-2025-03-15',
    priorAssistance: [],
    asOf: fireDay,
    params,
  };

  it('pays 1,420 the same Saturday within the township limit; paperwork due within 10 working days', () => {
    expect(isWorkingDay(fireDay)).toBe(false);
    const decision = evaluateEmergencyAssistance(input);
    expect(decision.outcome).toBe('approve');
    expect(decision.amountFen).toBe(fen(1_420));
    expect(decision.advanceAmountFen).toBe(fen(1_420));
    expect(decision.approvalLevel).toBe('township');
    expect(decision.completionDueOn).toBe('2025-03-28');
    expectReason(decision.reasons, 'TEMP_EMERGENCY_EVENT_MET', '§2.6');
    expect(expectReason(decision.reasons, 'TEMP_PLACE_OF_EMERGENCY', '§2.6').message).toContain('居住证');
    expectReason(decision.reasons, 'TEMP_APPROVAL_TOWNSHIP', '§4.5');
    expectReason(decision.reasons, 'TEMP_ADVANCE_ASSISTANCE', '§4.5');
  });
});
