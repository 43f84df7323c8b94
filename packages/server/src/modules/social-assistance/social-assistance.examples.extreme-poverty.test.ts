// Worked examples E6–E9 of social-assistance-rules.md §7 (特困: minor, elderly, disabled adult, capable obligor), on the
// §7.0 parameter set.
import { describe, expect, it } from 'vitest';
import { bornAged, buildMember, deposit, fen, findReason, monthlyIncome, withParameters } from './social-assistance.fixtures';
import {
  evaluateDibao,
  evaluateExtremePoverty,
  evaluateExtremePovertyAdulthood,
  incomePeriodBeforeApplication,
  type ExtremePovertyApplicant,
} from './social-assistance.rules';
import { dibaoInput, expectReason, extremePovertyInput, params } from './social-assistance.examples.test-support';

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
