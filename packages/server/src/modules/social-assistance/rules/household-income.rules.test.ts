import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_PARAMETERS,
  EXAMPLE_PERIOD,
  bornAged,
  buildMember,
  fen,
  findReason,
  monthlyIncome,
  withParameters,
} from '../social-assistance.fixtures';
import { assessIncome, determineHouseholdMembers, isSeverelyDisabled } from './household-income.rules';
import type { HouseholdMember, IncomeItem } from './inputs';

const asOf = '2025-04-08';
const params = EXAMPLE_PARAMETERS;

describe('determineHouseholdMembers (57号 Art. 7)', () => {
  const applicant = buildMember({ id: 'self', birthDate: bornAged(45), relation: 'self' });
  it.each<[string, HouseholdMember, boolean]>([
    [
      'spouse living elsewhere still counts',
      buildMember({
        id: 'm',
        birthDate: bornAged(44),
        relation: 'spouse',
        livesWithApplicant: false,
      }),
      true,
    ],
    [
      'minor child living elsewhere counts',
      buildMember({
        id: 'm',
        birthDate: bornAged(10),
        relation: 'child',
        livesWithApplicant: false,
      }),
      true,
    ],
    [
      'adult full-time undergraduate away at university counts',
      buildMember({
        id: 'm',
        birthDate: bornAged(20),
        relation: 'child',
        livesWithApplicant: false,
        student: { stage: 'undergraduate', fullTime: true },
      }),
      true,
    ],
    [
      'adult postgraduate living elsewhere does not count',
      buildMember({
        id: 'm',
        birthDate: bornAged(24),
        relation: 'child',
        livesWithApplicant: false,
        student: { stage: 'postgraduate', fullTime: true },
      }),
      false,
    ],
    [
      'adult part-time student living elsewhere does not count',
      buildMember({
        id: 'm',
        birthDate: bornAged(20),
        relation: 'child',
        livesWithApplicant: false,
        student: { stage: 'junior-college', fullTime: false },
      }),
      false,
    ],
    [
      'adult child unable to live independently counts',
      buildMember({
        id: 'm',
        birthDate: bornAged(30),
        relation: 'child',
        livesWithApplicant: false,
        cannotLiveIndependently: true,
      }),
      true,
    ],
    ['co-resident adult child counts (duty + co-residence)', buildMember({ id: 'm', birthDate: bornAged(25), relation: 'child' }), true],
    ['co-resident parent counts', buildMember({ id: 'm', birthDate: bornAged(70), relation: 'parent' }), true],
    [
      'co-resident sibling without a recorded duty does not count',
      buildMember({ id: 'm', birthDate: bornAged(40), relation: 'sibling' }),
      false,
    ],
    [
      'co-resident sibling with a recorded duty counts',
      buildMember({ id: 'm', birthDate: bornAged(40), relation: 'sibling', hasSupportDuty: true }),
      true,
    ],
    [
      'co-resident parent-in-law does not count by default',
      buildMember({ id: 'm', birthDate: bornAged(70), relation: 'parent-in-law' }),
      false,
    ],
    [
      'spouse in compulsory drug rehabilitation is excluded',
      buildMember({
        id: 'm',
        birthDate: bornAged(44),
        relation: 'spouse',
        exclusion: 'compulsory-drug-rehabilitation',
      }),
      false,
    ],
    [
      'declared-missing child is excluded',
      buildMember({
        id: 'm',
        birthDate: bornAged(16),
        relation: 'child',
        exclusion: 'declared-missing',
      }),
      false,
    ],
    [
      'conscript counts unless the parameter excludes conscripts',
      buildMember({ id: 'm', birthDate: bornAged(19), relation: 'child', exclusion: 'conscript' }),
      true,
    ],
  ])('%s', (_label, member, counted) => {
    const result = determineHouseholdMembers([applicant, member], asOf, params);
    expect(result.counted.map((m) => m.id).includes('m')).toBe(counted);
    expect(result.reasons).toHaveLength(2);
  });

  it('excludes conscripts where the locality says so (湖南, 吉林市, 咸阳)', () => {
    const local = withParameters(() => ({ household: { excludeConscripts: true } }));
    const conscript = buildMember({
      id: 'm',
      birthDate: bornAged(19),
      relation: 'child',
      exclusion: 'conscript',
    });
    const result = determineHouseholdMembers([applicant, conscript], asOf, local);
    expect(result.notCounted.map((m) => m.id)).toEqual(['m']);
    expect(findReason(result.reasons, 'MEMBER_EXCLUDED_STATUS').message).toContain('义务兵');
  });
});

describe('isSeverelyDisabled', () => {
  it.each([
    [{ category: 'physical', grade: 1 }, true],
    [{ category: 'visual', grade: 2 }, true],
    [{ category: 'physical', grade: 3 }, false],
    [{ category: 'intellectual', grade: 3 }, true],
    [{ category: 'mental', grade: 3 }, true],
    [{ category: 'mental', grade: 4 }, false],
    [null, false],
  ] as const)('%j → %s', (disability, expected) => {
    expect(isSeverelyDisabled(disability)).toBe(expected);
  });
});

describe('assessIncome', () => {
  const worker = buildMember({
    id: 'w',
    birthDate: bornAged(40),
    relation: 'self',
    employment: 'employed',
  });
  const assess = (items: IncomeItem[], options: { programme?: 'dibao' | 'extreme-poverty'; single?: boolean } = {}) =>
    assessIncome({
      members: [worker],
      items,
      period: EXAMPLE_PERIOD,
      standardFen: fen(710),
      params,
      programme: options.programme ?? 'dibao',
      isSinglePersonUnit: options.single ?? false,
    });

  it('averages over the period and rounds half up to the fen', () => {
    // 1,000 yuan in one month of six → 166.666… → 166.67
    const items: IncomeItem[] = [{ memberId: 'w', kind: 'property-net', month: '2024-10', amountFen: fen(1_000) }];
    expect(assess(items).monthlyIncomeFen).toBe(fen(166.67));
  });

  it('ignores items outside the period and of non-members', () => {
    const result = assess([
      { memberId: 'w', kind: 'property-net', month: '2025-03', amountFen: fen(600) },
      { memberId: 'other', kind: 'property-net', month: '2024-10', amountFen: fen(600) },
    ]);
    expect(result.monthlyIncomeFen).toBe(0);
    expect(findReason(result.reasons, 'INCOME_EXCLUDED').inputs).toMatchObject({
      memberIds: ['other'],
    });
  });

  it('deducts 30 % of the net wage, capped at S, for 低保 only', () => {
    const items = monthlyIncome('w', 'wage', 1_100, { withheldYuan: 100 });
    expect(assess(items).monthlyIncomeFen).toBe(fen(700));
    expect(assess(items, { programme: 'extreme-poverty' }).monthlyIncomeFen).toBe(fen(1_000));
    expect(assess(monthlyIncome('w', 'wage', 5_000)).members[0]?.employmentCostDeductionFen).toBe(fen(710));
  });

  it('subtracts support paid out (transfer outgoing) and never returns a negative household income', () => {
    const result = assess([...monthlyIncome('w', 'business-net', 300), ...monthlyIncome('w', 'support-paid', 500)]);
    expect(result.members[0]?.countedFen).toBe(fen(-200));
    expect(result.monthlyIncomeFen).toBe(0);
    findReason(result.reasons, 'INCOME_TRANSFER_OUTGOING_DEDUCTED');
  });

  it('excludes the central basic pension only up to its amount', () => {
    expect(assess(monthlyIncome('w', 'resident-pension', 100)).monthlyIncomeFen).toBe(0);
    expect(assess(monthlyIncome('w', 'resident-pension', 223)).monthlyIncomeFen).toBe(fen(100));
  });

  it.each([
    ['old-age-allowance', 'dibao', 0], // local list (§7.0)
    ['old-age-allowance', 'extreme-poverty', 0], // 43号 Art. 6
    ['social-insurance-benefit', 'dibao', 100],
    ['social-insurance-benefit', 'extreme-poverty', 0],
    ['social-assistance', 'dibao', 0],
    ['unemployment-benefit', 'dibao', 100],
    ['preferential-pension', 'extreme-poverty', 0],
  ] as const)('%s for %s counts %i', (kind, programme, counted) => {
    expect(assess(monthlyIncome('w', kind, 100), { programme }).monthlyIncomeFen).toBe(fen(counted));
  });

  it('exempts support from siblings or parents aged 60+ for a 单人户 only', () => {
    const items = monthlyIncome('w', 'support-received', 300, { payer: 'sibling' });
    expect(assess(items).monthlyIncomeFen).toBe(fen(300));
    const single = assess(items, { single: true });
    expect(single.monthlyIncomeFen).toBe(0);
    findReason(single.reasons, 'INCOME_SUPPORT_EXEMPTED');
    expect(assess(monthlyIncome('w', 'support-received', 300, { payer: 'other' }), { single: true }).monthlyIncomeFen).toBe(fen(300));
  });
});
