import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_DECISION_DATE,
  EXAMPLE_PARAMETERS,
  EXAMPLE_PERIOD,
  bornAged,
  buildMember,
  deposit,
  fen,
  monthlyIncome,
} from './social-assistance.fixtures';
import { RULES, classifyHousehold, type HouseholdClassificationInput, type IncomeItem } from './social-assistance.rules';

const members = [
  buildMember({
    id: 'a',
    name: '甲',
    birthDate: bornAged(45),
    relation: 'self',
    employment: 'employed',
  }),
  buildMember({ id: 'b', name: '乙', birthDate: bornAged(43), relation: 'spouse' }),
  buildMember({
    id: 'c',
    name: '丙',
    birthDate: bornAged(16),
    relation: 'child',
    student: { stage: 'senior-high', fullTime: true },
  }),
];

const input = (items: IncomeItem[], extra: Partial<HouseholdClassificationInput> = {}): HouseholdClassificationInput => ({
  household: { id: 'h', area: 'urban', members, authorisationSigned: true },
  incomeItems: items,
  propertyItems: [deposit('a', 30_000)],
  incomePeriod: EXAMPLE_PERIOD,
  asOf: EXAMPLE_DECISION_DATE,
  params: EXAMPLE_PARAMETERS,
  ...extra,
});

describe('classifyHousehold (一次申请、分类审核认定, §4.6)', () => {
  it('stops at 低保 when the household qualifies', () => {
    const result = classifyHousehold(input(monthlyIncome('a', 'business-net', 1_500)));
    expect(result.outcome).toBe('dibao');
    expect(result.dibao.monthlyAmountFen).toBe(fen(630));
    expect(result.marginal.eligible).toBe(false);
    expect(result.rigid).toBeNull();
  });

  it('records 低保边缘 when income is between S and 1.5 S', () => {
    expect(classifyHousehold(input(monthlyIncome('a', 'business-net', 2_500))).outcome).toBe('marginal-family');
  });

  it('goes on to 刚性 when neither applies and spending data is given', () => {
    const rigid = {
      totalIncome12MonthsFen: fen(4_500 * 12),
      spending: {
        medicalFen: fen(20_000),
        educationFen: 0,
        disabilityRehabilitationFen: 0,
        otherFen: 0,
      },
    };
    const result = classifyHousehold(input(monthlyIncome('a', 'business-net', 4_500), { rigid }));
    expect(result.outcome).toBe('rigid-expenditure');
    expect(result.rigid?.validUntil).toBe('2026-04-07');
    expect(classifyHousehold(input(monthlyIncome('a', 'business-net', 4_500))).outcome).toBe('none');
    expect(classifyHousehold(input(monthlyIncome('a', 'business-net', 4_500), { rigid, extremePovertyMemberIds: ['b'] })).outcome).toBe(
      'none',
    );
  });
});

describe('rule registry', () => {
  it('gives every rule code a section of the rules doc and a legal basis', () => {
    for (const [code, info] of Object.entries(RULES)) {
      expect(info.section, code).toMatch(/^§\d+\.\d+$/);
      expect(info.basis.length, code).toBeGreaterThan(0);
    }
  });
});
