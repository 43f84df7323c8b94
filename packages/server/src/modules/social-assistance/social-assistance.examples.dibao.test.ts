// Worked examples E1–E5 of social-assistance-rules.md §7 (低保, 单人户, 低保边缘, property, 渐退), on the §7.0 parameter set.
import { describe, expect, it } from 'vitest';
import { bornAged, buildMember, car, deposit, fen, findReason, monthlyIncome, withParameters } from './social-assistance.fixtures';
import {
  classifyHousehold,
  evaluateDibao,
  evaluateDibaoReview,
  evaluateDibaoSinglePerson,
  evaluateMarginalFamily,
  type DibaoInput,
  type HouseholdMember,
  type PropertyItem,
} from './social-assistance.rules';
import { dibaoInput, expectReason, params } from './social-assistance.examples.test-support';

describe('E1. 低保 with the employment-cost deduction', () => {
  const members = [
    buildMember({
      id: 'zhang',
      name: '张',
      birthDate: bornAged(45),
      relation: 'self',
      employment: 'employed',
    }),
    buildMember({
      id: 'spouse',
      name: '张妻',
      birthDate: bornAged(43),
      relation: 'spouse',
      disability: { category: 'physical', grade: 2 },
    }),
    buildMember({
      id: 'child',
      name: '张子',
      birthDate: bornAged(15),
      relation: 'child',
      student: { stage: 'junior-middle', fullTime: true },
    }),
  ];
  const income = (grossYuan: number) => [
    ...monthlyIncome('zhang', 'wage', grossYuan, { withheldYuan: 260 }),
    ...monthlyIncome('spouse', 'disability-living-subsidy', 100),
  ];
  const input = dibaoInput(members, income(2_560), [deposit('zhang', 20_000)]);

  it('is 低保 with 520 yuan/month, paid from the month after confirmation, reviewed half-yearly', () => {
    const decision = evaluateDibao(input);
    expect(decision.eligible).toBe(true);
    expect(decision.monthlyAmountFen).toBe(fen(520));
    expect(decision.income.monthlyIncomeFen).toBe(fen(1_610));
    expect(decision.income.perCapitaFen).toBe(fen(536.67));
    expect(decision.paymentStartMonth).toBe('2025-05');
    expect(decision.reviewIntervalMonths).toBe(6);
    const deduction = expectReason(decision.reasons, 'INCOME_EMPLOYMENT_COST_DEDUCTED', '§1.3');
    expect(deduction.inputs).toMatchObject({ netWageFen: fen(2_300), deductionFen: fen(690) });
    expectReason(decision.reasons, 'INCOME_EXCLUDED', '§1.3');
    expectReason(decision.reasons, 'PROPERTY_FINANCIAL_ASSETS_WITHIN_LIMIT', '§1.4');
    expect(expectReason(decision.reasons, 'DIBAO_INCOME_BELOW_STANDARD', '§2.1').message).toContain('536.67');
    expect(expectReason(decision.reasons, 'DIBAO_BENEFIT_GAP_FILLING', '§3.1').message).toContain('520');
    expectReason(decision.reasons, 'DIBAO_REVIEW_HALF_YEARLY', '§4.7');
  });

  it('control: without the deduction pc = 766.67 ≥ 710 → not 低保 but 低保边缘', () => {
    const noDeduction = withParameters((p) => ({
      income: { ...p.income, employmentCostDeduction: null },
    }));
    const marginal = evaluateMarginalFamily({ ...input, params: noDeduction });
    expect(marginal.dibao.eligible).toBe(false);
    expect(marginal.dibao.income.perCapitaFen).toBe(fen(766.67));
    expectReason(marginal.reasons, 'DIBAO_INCOME_NOT_BELOW_STANDARD', '§2.1');
    expect(marginal.eligible).toBe(true);
  });

  it('boundary: net wage 2,520 → deduction capped at 710, benefit 320', () => {
    const decision = evaluateDibao({ ...input, incomeItems: income(2_780) });
    expect(findReason(decision.reasons, 'INCOME_EMPLOYMENT_COST_DEDUCTED').inputs).toMatchObject({
      deductionFen: fen(710),
    });
    expect(decision.income.monthlyIncomeFen).toBe(fen(1_810));
    expect(decision.monthlyAmountFen).toBe(fen(320));
  });
});

describe('E2. 单人户: severely disabled adult in a 低保边缘 family', () => {
  const members = (disability: HouseholdMember['disability']) => [
    buildMember({
      id: 'father',
      name: '刘父',
      birthDate: bornAged(58),
      relation: 'self',
      employment: 'employed',
    }),
    buildMember({ id: 'mother', name: '刘母', birthDate: bornAged(56), relation: 'spouse' }),
    buildMember({
      id: 'son',
      name: '刘子',
      birthDate: bornAged(30),
      relation: 'child',
      employment: 'unemployed',
      disability,
    }),
  ];
  const income = [
    ...monthlyIncome('father', 'wage', 3_000),
    ...monthlyIncome('mother', 'property-net', 500),
    ...monthlyIncome('son', 'disability-living-subsidy', 100),
    ...monthlyIncome('son', 'severe-disability-care-subsidy', 100),
  ];
  const property = [deposit('father', 15_000), deposit('mother', 15_000)];
  const input = dibaoInput(members({ category: 'mental', grade: 1 }), income, property);

  it('the family is 低保边缘 (pc 930) and the son is 低保 as a 单人户 with 710/month', () => {
    const family = evaluateMarginalFamily(input);
    expect(family.dibao.eligible).toBe(false);
    expect(family.income.monthlyIncomeFen).toBe(fen(2_790));
    expect(family.income.perCapitaFen).toBe(fen(930));
    expect(family.eligible).toBe(true);
    expectReason(family.reasons, 'MARGINAL_INCOME_BELOW_LINE', '§2.2');
    expectReason(family.reasons, 'MARGINAL_PROPERTY_WITHIN_LIMITS', '§2.2');

    const son = evaluateDibaoSinglePerson({ ...input, personId: 'son', family });
    expect(son.eligible).toBe(true);
    expect(son.unit).toBe('single-person');
    expect(son.monthlyAmountFen).toBe(fen(710));
    expectReason(son.reasons, 'DIBAO_SINGLE_PERSON_CATEGORY_MET', '§2.3');
    expectReason(son.reasons, 'DIBAO_SINGLE_PERSON_BENEFIT', '§3.1');
    expectReason(son.reasons, 'DIBAO_SINGLE_PERSON_FAMILY_STATUS_KEPT', '§2.3');

    const cascade = classifyHousehold(input);
    expect(cascade.outcome).toBe('marginal-family');
    expect(cascade.singlePersons.map((d) => [d.eligible, d.monthlyAmountFen])).toEqual([[true, fen(710)]]);
  });

  it('negative variant: grade 3 physical disability does not allow a 单人户', () => {
    const variant = dibaoInput(members({ category: 'physical', grade: 3 }), income, property);
    const family = evaluateMarginalFamily(variant);
    expect(family.eligible).toBe(true);
    const son = evaluateDibaoSinglePerson({ ...variant, personId: 'son', family });
    expect(son.eligible).toBe(false);
    expect(son.monthlyAmountFen).toBe(0);
    expectReason(son.reasons, 'DIBAO_SINGLE_PERSON_CATEGORY_NOT_MET', '§2.3');
    expect(classifyHousehold(variant).singlePersons).toEqual([]);
  });
});

describe('E3. 低保边缘 with excluded income and an excluded member', () => {
  const members = (grandmotherImprisoned: boolean) => [
    buildMember({
      id: 'father',
      name: '陈父',
      birthDate: bornAged(40),
      relation: 'self',
      employment: 'employed',
    }),
    buildMember({ id: 'mother', name: '陈母', birthDate: bornAged(38), relation: 'spouse' }),
    buildMember({
      id: 'son',
      name: '陈子',
      birthDate: bornAged(19),
      relation: 'child',
      student: { stage: 'undergraduate', fullTime: true },
    }),
    buildMember({ id: 'grandfather', name: '陈祖父', birthDate: bornAged(68), relation: 'parent' }),
    buildMember({
      id: 'grandmother',
      name: '陈祖母',
      birthDate: bornAged(66),
      relation: 'parent',
      exclusion: grandmotherImprisoned ? 'imprisoned' : null,
    }),
  ];
  const income = (scholarshipKind: 'scholarship' | 'other') => [
    ...monthlyIncome('father', 'wage', 3_600),
    ...monthlyIncome('mother', 'business-net', 400),
    ...monthlyIncome('son', scholarshipKind, 5_000 / 12),
    ...monthlyIncome('grandfather', 'resident-pension', 263),
    ...monthlyIncome('grandfather', 'family-planning-reward', 80),
  ];
  const input = dibaoInput(members(true), income('scholarship'), [deposit('father', 40_000)]);

  it('n = 4, I = 3,430, pc = 857.50 → 低保边缘, no cash benefit', () => {
    const decision = evaluateMarginalFamily(input);
    expect(decision.income.memberCount).toBe(4);
    expect(decision.income.monthlyIncomeFen).toBe(fen(3_430));
    expect(decision.income.perCapitaFen).toBe(fen(857.5));
    expect(decision.dibao.eligible).toBe(false);
    expect(decision.eligible).toBe(true);
    expect(expectReason(decision.reasons, 'MEMBER_EXCLUDED_STATUS', '§1.1').inputs).toMatchObject({
      memberId: 'grandmother',
    });
    expect(findReason(decision.reasons, 'INCOME_CENTRAL_BASIC_PENSION_EXCLUDED').inputs).toMatchObject({
      centralBasicPensionFen: fen(123),
    });
    const excludedKinds = decision.reasons.filter((r) => r.code === 'INCOME_EXCLUDED').map((r) => r.inputs['kind']);
    expect(excludedKinds).toEqual(expect.arrayContaining(['scholarship', 'family-planning-reward']));
    expectReason(decision.reasons, 'MARGINAL_INCOME_BELOW_LINE', '§2.2');
  });

  it('error control: counting the imprisoned grandmother (n = 5, pc 686) would wrongly give 低保', () => {
    const wrong = evaluateDibao(dibaoInput(members(false), income('scholarship'), [deposit('father', 40_000)]));
    expect(wrong.income.perCapitaFen).toBe(fen(686));
    expect(wrong.eligible).toBe(true);
  });

  it('error controls: the full pension (pc 888.25) or the scholarship (pc 961.67) would still be edge', () => {
    const fullPension = withParameters((p) => ({
      income: { ...p.income, excludeCentralBasicPension: false },
    }));
    expect(evaluateMarginalFamily({ ...input, params: fullPension }).income.perCapitaFen).toBe(fen(888.25));
    const withScholarship = evaluateMarginalFamily({ ...input, incomeItems: income('other') });
    expect(withScholarship.income.perCapitaFen).toBe(fen(961.67));
    expect(withScholarship.eligible).toBe(true);
  });
});

describe('E4. Property tests', () => {
  const members = [
    buildMember({ id: 'sun', name: '孙', birthDate: bornAged(66), relation: 'self' }),
    buildMember({ id: 'wife', name: '孙妻', birthDate: bornAged(63), relation: 'spouse' }),
    buildMember({
      id: 'son',
      name: '孙子',
      birthDate: bornAged(38),
      relation: 'child',
      livesWithApplicant: false,
      employment: 'employed',
    }),
  ];
  const income = [
    ...monthlyIncome('sun', 'resident-pension', 223),
    ...monthlyIncome('wife', 'resident-pension', 223),
    ...monthlyIncome('sun', 'support-received', 700),
  ];
  const rural = (property: PropertyItem[]): DibaoInput => {
    const base = dibaoInput(members, income, property);
    return { ...base, household: { ...base.household, area: 'rural' } };
  };

  it('E4a: deposits 50,000 fail 低保 (25,000 > 17,040) but pass 低保边缘 (≤ 25,560)', () => {
    const decision = evaluateMarginalFamily(rural([deposit('sun', 50_000)]));
    expect(decision.income.memberCount).toBe(2);
    expect(decision.income.perCapitaFen).toBe(fen(450));
    expectReason(decision.reasons, 'MEMBER_NOT_IN_HOUSEHOLD', '§1.1');
    expect(decision.dibao.eligible).toBe(false);
    expect(decision.dibao.failedOnlyOnProperty).toBe(true);
    expectReason(decision.dibao.reasons, 'DIBAO_PROPERTY_OVER_LIMITS', '§2.1');
    expectReason(decision.dibao.reasons, 'PROPERTY_FINANCIAL_ASSETS_OVER_LIMIT', '§1.4');
    expect(decision.eligible).toBe(true);
    expectReason(decision.reasons, 'MARGINAL_PROPERTY_WITHIN_LIMITS', '§2.2');
  });

  it('E4b: a private car worth 45,000 fails both property tests', () => {
    const decision = evaluateMarginalFamily(rural([deposit('sun', 50_000), car('sun', 45_000)]));
    expect(decision.dibao.eligible).toBe(false);
    expect(decision.eligible).toBe(false);
    expect(findReason(decision.property.reasons, 'PROPERTY_VEHICLES_OVER_LIMIT').message).toContain('45000');
    expectReason(decision.reasons, 'MARGINAL_PROPERTY_OVER_LIMITS', '§2.2');
  });

  it('boundary: 51,122 (25,561 per capita) fails the edge test; 51,120 (25,560) passes', () => {
    expect(evaluateMarginalFamily(rural([deposit('sun', 51_122)])).eligible).toBe(false);
    expect(evaluateMarginalFamily(rural([deposit('sun', 51_120)])).eligible).toBe(true);
  });
});

describe('E5. Income above the standard after employment (渐退)', () => {
  const members = [
    buildMember({
      id: 'zhou',
      name: '周',
      birthDate: bornAged(50),
      relation: 'self',
      employment: 'retired',
    }),
    buildMember({
      id: 'son',
      name: '周子',
      birthDate: bornAged(22),
      relation: 'child',
      employment: 'unemployed',
    }),
    buildMember({
      id: 'daughter',
      name: '周女',
      birthDate: bornAged(12),
      relation: 'child',
      student: { stage: 'primary', fullTime: true },
    }),
  ];
  const changePeriod = { from: '2025-03', to: '2025-03' };
  const after = (params_ = params) =>
    dibaoInput(
      members,
      [
        ...monthlyIncome('zhou', 'pension', 1_200, { period: changePeriod }),
        ...monthlyIncome('son', 'wage', 1_800, { period: changePeriod }),
      ],
      [],
      { incomePeriod: changePeriod, asOf: '2025-04-20', params: params_ },
    );

  it('before: pc 400, benefit 930', () => {
    const before = evaluateDibao(dibaoInput(members, monthlyIncome('zhou', 'pension', 1_200), []));
    expect(before.income.perCapitaFen).toBe(fen(400));
    expect(before.monthlyAmountFen).toBe(fen(930));
  });

  it('after the son takes a job: pc 820 → 930/month May–October 2025, stop from November, then 低保边缘', () => {
    const review = evaluateDibaoReview({
      reassessment: after(),
      currentMonthlyAmountFen: fen(930),
      cause: 'employment',
    });
    expect(review.reassessment.income.monthlyIncomeFen).toBe(fen(2_460));
    expect(review.reassessment.income.perCapitaFen).toBe(fen(820));
    expect(review.outcome).toBe('gradual-exit');
    expect(review.gradualExit).toEqual({
      months: ['2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10'],
      monthlyAmountFen: fen(930),
    });
    expect(review.stopFromMonth).toBe('2025-11');
    expectReason(review.reasons, 'DIBAO_GRADUAL_EXIT_GRANTED', '§3.2');
    expect(review.afterExit?.eligible).toBe(true);
    expectReason(review.reasons, 'MARGINAL_INCOME_BELOW_LINE', '§2.2');
  });

  it('control: a rise from another source gets no 渐退, ordinary stop from the next month', () => {
    const review = evaluateDibaoReview({
      reassessment: after(),
      currentMonthlyAmountFen: fen(930),
      cause: 'other',
    });
    expect(review.outcome).toBe('stop');
    expect(review.gradualExit).toBeNull();
    expect(review.stopFromMonth).toBe('2025-05');
    expectReason(review.reasons, 'DIBAO_GRADUAL_EXIT_NOT_APPLICABLE', '§3.2');
    expectReason(review.reasons, 'DIBAO_STOPPED', '§4.7');
  });

  it('control: without the deduction pc = 1,000, same outcome', () => {
    const noDeduction = withParameters((p) => ({
      income: { ...p.income, employmentCostDeduction: null },
    }));
    const review = evaluateDibaoReview({
      reassessment: after(noDeduction),
      currentMonthlyAmountFen: fen(930),
      cause: 'employment',
    });
    expect(review.reassessment.income.perCapitaFen).toBe(fen(1_000));
    expect(review.outcome).toBe('gradual-exit');
  });
});
