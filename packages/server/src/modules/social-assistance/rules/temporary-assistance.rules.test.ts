import { describe, expect, it } from 'vitest';
import { EXAMPLE_PARAMETERS, fen, findReason, withParameters } from '../social-assistance.fixtures';
import {
  evaluateEmergencyAssistance,
  evaluateExpenditureAssistance,
  type EmergencyAssistanceInput,
  type ExpenditureAssistanceInput,
} from './temporary-assistance.rules';

const emergency = (overrides: Partial<EmergencyAssistanceInput> = {}): EmergencyAssistanceInput => ({
  event: {
    kind: 'traffic-accident',
    occurredOn: '2024-09-30',
    description: '交通事故致主要劳动力住院',
  },
  basicLivingSeverelyAffected: true,
  otherSchemesCannotCoverNow: true,
  applicant: { hukouLocal: true, hasLocalResidencePermit: false },
  area: 'rural',
  amountFen: fen(1_000),
  advance: false,
  eventKey: 'accident',
  priorAssistance: [],
  asOf: '2024-09-30',
  params: EXAMPLE_PARAMETERS,
  ...overrides,
});

describe('evaluateEmergencyAssistance', () => {
  it('refuses when basic living is not seriously affected', () => {
    const decision = evaluateEmergencyAssistance(emergency({ basicLivingSeverelyAffected: false }));
    expect(decision).toMatchObject({ outcome: 'refuse', eligible: false, amountFen: 0 });
    findReason(decision.reasons, 'TEMP_EMERGENCY_EVENT_NOT_MET');
  });

  it('accepts applicants without local hukou or residence permit at the place of emergency', () => {
    const decision = evaluateEmergencyAssistance(emergency({ applicant: { hukouLocal: false, hasLocalResidencePermit: false } }));
    expect(decision.eligible).toBe(true);
    expect(findReason(decision.reasons, 'TEMP_PLACE_OF_EMERGENCY').effect).toBe('pass');
  });

  it('an advance above the township limit pays the limit first; the rest goes to the county', () => {
    const decision = evaluateEmergencyAssistance(emergency({ amountFen: fen(3_000), advance: true }));
    expect(decision).toMatchObject({
      approvalLevel: 'county',
      amountFen: fen(3_000),
      advanceAmountFen: fen(1_420),
    });
    // paid on Mon 2024-09-30 (not counted); 国庆 off; 10-8…10-11 = 1–4, Sat 10-12 (make-up) = 5, 10-14…10-18 = 6–10
    expect(decision.completionDueOn).toBe('2024-10-18');
    expect(findReason(decision.reasons, 'TEMP_ADVANCE_ASSISTANCE').message).toContain('其余1580元');
  });

  it('allows a repeat in the same year only with county-found special circumstances; last year does not count', () => {
    const prior = [{ eventKey: 'accident', grantedOn: '2024-03-01', amountFen: fen(800) }];
    expect(evaluateEmergencyAssistance(emergency({ priorAssistance: prior })).outcome).toBe('refuse');
    const special = evaluateEmergencyAssistance(emergency({ priorAssistance: prior, countySpecialCircumstances: true }));
    expect(special.outcome).toBe('approve');
    findReason(special.reasons, 'TEMP_REPEAT_SPECIAL_CIRCUMSTANCES');
    const lastYear = [{ eventKey: 'accident', grantedOn: '2023-12-30', amountFen: fen(800) }];
    expect(evaluateEmergencyAssistance(emergency({ priorAssistance: lastYear })).outcome).toBe('approve');
    const noRule = withParameters((p) => ({
      temporaryAssistance: { ...p.temporaryAssistance, oncePerYearPerEvent: false },
    }));
    expect(evaluateEmergencyAssistance(emergency({ priorAssistance: prior, params: noRule })).outcome).toBe('approve');
  });
});

const expenditure = (overrides: Partial<ExpenditureAssistanceInput> = {}): ExpenditureAssistanceInput => ({
  area: 'urban',
  memberIds: ['a', 'b'],
  monthlyDisposableIncomeFen: fen(3_000),
  totalIncome12MonthsFen: fen(36_000),
  propertyItems: [],
  necessarySpendingFen: fen(40_000),
  standardMultiple: 2,
  multipleReason: '子女入学费用',
  eventKey: 'school',
  priorAssistance: [],
  asOf: '2025-09-10',
  params: EXAMPLE_PARAMETERS,
  ...overrides,
});

describe('evaluateExpenditureAssistance', () => {
  it('per-capita disposable income equal to PCDI/12 fails', () => {
    const decision = evaluateExpenditureAssistance(expenditure({ monthlyDisposableIncomeFen: fen(5_000) }));
    expect(decision.outcome).toBe('refuse');
    findReason(decision.reasons, 'TEMP_INCOME_NOT_BELOW_PCDI');
  });

  it('spending equal to the 12-month income is within capacity', () => {
    const decision = evaluateExpenditureAssistance(expenditure({ necessarySpendingFen: fen(36_000) }));
    expect(decision.outcome).toBe('refuse');
    findReason(decision.reasons, 'TEMP_SPENDING_WITHIN_CAPACITY');
  });

  it('k = 2.5 (half step) → 1,775 per capita; k = 1 is below the minimum', () => {
    expect(evaluateExpenditureAssistance(expenditure({ standardMultiple: 2.5 })).amountFen).toBe(fen(3_550));
    expect(evaluateExpenditureAssistance(expenditure({ standardMultiple: 1 })).outcome).toBe('refuse');
  });

  it('rejects half steps where the locality allows whole months only', () => {
    const whole = withParameters((p) => ({
      temporaryAssistance: {
        ...p.temporaryAssistance,
        expenditureMultiple: { minMonths: 2, maxMonths: 12, allowHalfSteps: false },
      },
    }));
    const decision = evaluateExpenditureAssistance(expenditure({ standardMultiple: 2.5, params: whole }));
    expect(decision.outcome).toBe('refuse');
    findReason(decision.reasons, 'TEMP_MULTIPLE_NOT_ALLOWED');
  });

  it('a one-person household at k = 2 (1,420) stays within the township limit', () => {
    const decision = evaluateExpenditureAssistance(expenditure({ memberIds: ['a'], monthlyDisposableIncomeFen: fen(1_500) }));
    expect(decision).toMatchObject({
      outcome: 'approve',
      amountFen: fen(1_420),
      approvalLevel: 'township',
    });
  });
});
