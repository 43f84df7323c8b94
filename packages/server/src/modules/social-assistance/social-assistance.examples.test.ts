// The twelve worked examples of social-assistance-rules.md §7, on the §7.0 parameter set.
import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_DECISION_DATE,
  EXAMPLE_PARAMETERS,
  EXAMPLE_PERIOD,
  bornAged,
  buildMember,
  car,
  deposit,
  fen,
  findReason,
  monthlyIncome,
  withParameters,
} from './social-assistance.fixtures';
import {
  DEFAULT_WARNING_TRIGGER_CONFIG,
  classifyHousehold,
  evaluateDibao,
  evaluateDibaoReview,
  evaluateDibaoSinglePerson,
  evaluateEmergencyAssistance,
  evaluateExpenditureAssistance,
  evaluateExtremePoverty,
  evaluateExtremePovertyAdulthood,
  evaluateMarginalFamily,
  evaluateRigidExpenditure,
  evaluateWarningTriggers,
  incomePeriodBeforeApplication,
  isWorkingDay,
  type DecisionReason,
  type DibaoInput,
  type ExtremePovertyApplicant,
  type ExtremePovertyInput,
  type HouseholdMember,
  type IncomeItem,
  type PropertyItem,
  type RuleCode,
} from './social-assistance.rules';

const params = EXAMPLE_PARAMETERS;

/** The reason exists, names the expected section and carries a Chinese sentence. */
const expectReason = (reasons: readonly DecisionReason[], code: RuleCode, section: string): DecisionReason => {
  const found = findReason(reasons, code);
  expect(found.section).toBe(section);
  expect(found.message).toMatch(/[\u4e00-\u9fff]/);
  return found;
};

const dibaoInput = (
  members: HouseholdMember[],
  incomeItems: IncomeItem[],
  propertyItems: PropertyItem[],
  extra: Partial<DibaoInput> = {},
): DibaoInput => ({
  household: { id: 'h', area: 'urban', members, authorisationSigned: true },
  incomeItems,
  propertyItems,
  incomePeriod: EXAMPLE_PERIOD,
  asOf: EXAMPLE_DECISION_DATE,
  params,
  ...extra,
});

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

const extremePovertyInput = (
  applicant: Partial<ExtremePovertyApplicant> & Pick<ExtremePovertyApplicant, 'id' | 'name' | 'birthDate'>,
  extra: Partial<ExtremePovertyInput> = {},
): ExtremePovertyInput => ({
  applicant: { area: 'urban', careMode: 'dispersed', selfCare: { failedItems: [] }, ...applicant },
  incomeItems: [],
  propertyItems: [],
  incomePeriod: EXAMPLE_PERIOD,
  obligors: [],
  asOf: EXAMPLE_DECISION_DATE,
  params,
  ...extra,
});

describe('E6. Minor aged 17 as 特困', () => {
  const li: ExtremePovertyApplicant = {
    id: 'li',
    name: '李',
    birthDate: '2008-03-10',
    area: 'urban',
    student: { stage: 'senior-high', fullTime: true },
    careMode: 'dispersed',
    selfCare: { failedItems: [] },
  };
  const input = extremePovertyInput(li, {
    incomePeriod: incomePeriodBeforeApplication('2025-06-03', 6),
    asOf: '2025-07-08',
    obligors: [
      {
        id: 'father',
        name: '李父',
        relation: 'parent',
        birthDate: '1980-01-01',
        deceased: true,
        annualIncomeFen: 0,
        propertyItems: [],
      },
      {
        id: 'mother',
        name: '李母',
        relation: 'parent',
        birthDate: '1982-05-01',
        imprisoned: true,
        annualIncomeFen: 0,
        propertyItems: [],
      },
      {
        id: 'grandfather',
        name: '李祖父',
        relation: 'grandparent',
        birthDate: '1950-01-01',
        annualIncomeFen: fen(14_400),
        propertyItems: [deposit('grandfather', 10_000)],
      },
      {
        id: 'grandmother',
        name: '李祖母',
        relation: 'grandparent',
        birthDate: '1954-01-01',
        annualIncomeFen: 0,
        propertyItems: [],
      },
    ],
  });

  it('is 特困 (分散供养, 全自理): 923 + 210 = 1,133 from August 2025, with the 18th-birthday check scheduled', () => {
    const decision = evaluateExtremePoverty(input);
    expect(decision.eligible).toBe(true);
    expect(decision.monthlyAmountFen).toBe(fen(1_133));
    expect(decision.careTier).toBe('self-care');
    expect(decision.paymentStartMonth).toBe('2025-08');
    expect(decision.adulthoodCheckOn).toBe('2026-03-10');
    expect(expectReason(decision.reasons, 'EXTREME_POVERTY_NO_LABOUR_CAPACITY', '§2.4').inputs).toMatchObject({
      age: 17,
      minorAgeLimit: 18,
    });
    expect(decision.reasons.filter((r) => r.code === 'EXTREME_POVERTY_OBLIGOR_INCAPABLE')).toHaveLength(4);
    expectReason(decision.reasons, 'EXTREME_POVERTY_INCOME_BELOW_STANDARD', '§2.4');
    expectReason(decision.reasons, 'EXTREME_POVERTY_BENEFIT', '§3.3');
    expectReason(decision.reasons, 'EXTREME_POVERTY_MINOR_CHECK_SCHEDULED', '§2.4');
  });

  it('under the literal 16-year limit of 43号 Art. 5(二) he would be refused, with the notice due in 3 working days', () => {
    const literal = withParameters((p) => ({
      extremePoverty: { ...p.extremePoverty, minorAgeLimit: 16 },
    }));
    const decision = evaluateExtremePoverty({ ...input, params: literal });
    expect(decision.eligible).toBe(false);
    expectReason(decision.reasons, 'EXTREME_POVERTY_HAS_LABOUR_CAPACITY', '§2.4');
    expect(decision.refusalNoticeDueOn).toBe('2025-07-11');
  });

  it('continues past 18 (2026-03-10) while in 普通高中, otherwise ends from the month after the decision', () => {
    const inSchool = evaluateExtremePovertyAdulthood({ applicant: li, asOf: '2026-03-10', params });
    expect(inSchool.outcome).toBe('continue');
    expectReason(inSchool.reasons, 'EXTREME_POVERTY_CONTINUES_IN_SCHOOL', '§4.4');
    const leftSchool = evaluateExtremePovertyAdulthood({
      applicant: { ...li, student: null },
      asOf: '2026-03-20',
      params,
    });
    expect(leftSchool).toMatchObject({ outcome: 'terminate', stopFromMonth: '2026-04' });
    expectReason(leftSchool.reasons, 'EXTREME_POVERTY_ENDS_AT_ADULTHOOD', '§4.4');
  });
});

describe('E7. Elderly 特困 with the full-care tier', () => {
  const wang = { id: 'wang', name: '王', birthDate: bornAged(81) };
  const base = extremePovertyInput(
    {
      ...wang,
      selfCare: {
        failedItems: ['dressing', 'getting-in-out-of-bed', 'toileting', 'indoor-walking', 'bathing'],
      },
    },
    {
      incomeItems: [...monthlyIncome('wang', 'resident-pension', 163), ...monthlyIncome('wang', 'old-age-allowance', 100)],
      propertyItems: [deposit('wang', 5_000)],
    },
  );

  it('is 特困: own income 40 < 710, 5 items failed → 全护理, 923 + 525 = 1,448', () => {
    const decision = evaluateExtremePoverty(base);
    expect(decision.eligible).toBe(true);
    expect(findReason(decision.reasons, 'INCOME_HOUSEHOLD_TOTAL').inputs).toMatchObject({
      monthlyIncomeFen: fen(40),
    });
    expectReason(decision.reasons, 'INCOME_CENTRAL_BASIC_PENSION_EXCLUDED', '§1.3');
    expect(findReason(decision.reasons, 'INCOME_EXCLUDED').inputs).toMatchObject({
      kind: 'old-age-allowance',
    });
    expectReason(decision.reasons, 'EXTREME_POVERTY_NO_OBLIGOR', '§2.4');
    expect(expectReason(decision.reasons, 'EXTREME_POVERTY_SELF_CARE_TIER', '§3.3').inputs).toMatchObject({ failedCount: 5 });
    expect(decision.careTier).toBe('full-care');
    expect(decision.monthlyAmountFen).toBe(fen(1_448));
    expect(decision.paymentSplit).toEqual({
      toPersonFen: fen(923),
      careFen: fen(525),
      toInstitutionFen: 0,
    });
  });

  it('集中供养 pays the whole standard to the institution', () => {
    const decision = evaluateExtremePoverty({
      ...base,
      applicant: { ...base.applicant, careMode: 'centralised' },
    });
    expect(decision.paymentSplit).toEqual({
      toPersonFen: 0,
      careFen: 0,
      toInstitutionFen: fen(1_448),
    });
  });

  it.each([
    [['dressing', 'toileting', 'indoor-walking', 'bathing'] as const, 'full-care', 1_448],
    [['dressing', 'toileting', 'bathing'] as const, 'partial-care', 1_273],
  ])('boundary: %j failed → %s', (failedItems, tier, total) => {
    const decision = evaluateExtremePoverty({
      ...base,
      applicant: { ...base.applicant, selfCare: { failedItems } },
    });
    expect(decision.careTier).toBe(tier);
    expect(decision.monthlyAmountFen).toBe(fen(total));
  });
});

describe('E8. Disabled adult 特困 with the half-care tier', () => {
  const zhao = (grade: 2 | 3) =>
    extremePovertyInput(
      {
        id: 'zhao',
        name: '赵',
        birthDate: bornAged(45),
        disability: { category: 'physical', grade },
        selfCare: { failedItems: ['getting-in-out-of-bed', 'bathing'] },
      },
      // The elder brother is not a statutory obligor of an adult sibling here (民法典), so not listed.
      { propertyItems: [deposit('zhao', 3_000)] },
    );

  it('grade 2 physical → no labour capacity; 2 items failed → 半护理; 923 + 350 = 1,273', () => {
    const decision = evaluateExtremePoverty(zhao(2));
    expect(decision.eligible).toBe(true);
    expectReason(decision.reasons, 'EXTREME_POVERTY_NO_LABOUR_CAPACITY', '§2.4');
    expect(decision.careTier).toBe('partial-care');
    expect(decision.monthlyAmountFen).toBe(fen(1_273));
  });

  it('negative variant: grade 3 physical does not meet Art. 5(三)', () => {
    const decision = evaluateExtremePoverty(zhao(3));
    expect(decision.eligible).toBe(false);
    expect(decision.monthlyAmountFen).toBe(0);
    expectReason(decision.reasons, 'EXTREME_POVERTY_HAS_LABOUR_CAPACITY', '§2.4');
  });
});

describe('E9. 特困 refused because the obligor can support; 低保 as a single-person household', () => {
  const he = { id: 'he', name: '何', birthDate: bornAged(72) };
  const income = [...monthlyIncome('he', 'support-received', 300), ...monthlyIncome('he', 'resident-pension', 123)];
  const daughter = {
    id: 'daughter',
    name: '何女',
    relation: 'child' as const,
    birthDate: bornAged(45),
    annualIncomeFen: fen(72_000),
    propertyItems: [],
  };

  it('特困 is refused (Art. 4(三)) with a written notice due within 3 working days', () => {
    const decision = evaluateExtremePoverty(
      extremePovertyInput(he, {
        incomeItems: income,
        propertyItems: [deposit('he', 8_000)],
        obligors: [daughter],
      }),
    );
    expect(decision.eligible).toBe(false);
    expect(expectReason(decision.reasons, 'EXTREME_POVERTY_OBLIGOR_CAPABLE', '§2.4').inputs).toMatchObject({
      annualIncomeFen: fen(72_000),
    });
    expectReason(decision.reasons, 'EXTREME_POVERTY_REFUSAL_NOTICE', '§4.4');
    expect(decision.refusalNoticeDueOn).toBe('2025-04-11');
  });

  it('低保 with n = 1 (the daughter does not live with him): 710 − 300 = 410, annual review', () => {
    const members = [
      buildMember({ ...he, relation: 'self' }),
      buildMember({
        id: 'daughter',
        name: '何女',
        birthDate: bornAged(45),
        relation: 'child',
        livesWithApplicant: false,
        employment: 'employed',
      }),
    ];
    const decision = evaluateDibao(dibaoInput(members, income, [deposit('he', 8_000)]));
    expect(decision.income.memberCount).toBe(1);
    expect(decision.eligible).toBe(true);
    expect(decision.monthlyAmountFen).toBe(fen(410));
    expect(decision.reviewIntervalMonths).toBe(12);
    expectReason(decision.reasons, 'MEMBER_NOT_IN_HOUSEHOLD', '§1.1');
    expectReason(decision.reasons, 'DIBAO_REVIEW_ANNUAL', '§4.7');
  });
});

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
