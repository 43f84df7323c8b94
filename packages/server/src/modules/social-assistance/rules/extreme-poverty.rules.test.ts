import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_DECISION_DATE,
  EXAMPLE_PARAMETERS,
  EXAMPLE_PERIOD,
  bornAged,
  deposit,
  fen,
  findReason,
  withParameters,
} from '../social-assistance.fixtures';
import {
  determineCareTier,
  evaluateExtremePoverty,
  evaluateExtremePovertyAdulthood,
  type AdlItem,
  type ExtremePovertyApplicant,
  type ExtremePovertyInput,
} from './extreme-poverty.rules';
import type { Obligor } from './obligor-capacity.rules';

const applicant: ExtremePovertyApplicant = {
  id: 'p',
  name: '申请人',
  birthDate: bornAged(65),
  area: 'rural',
  careMode: 'dispersed',
  selfCare: { failedItems: [] },
};

const input = (overrides: Partial<ExtremePovertyInput> = {}): ExtremePovertyInput => ({
  applicant,
  incomeItems: [],
  propertyItems: [],
  incomePeriod: EXAMPLE_PERIOD,
  obligors: [],
  asOf: EXAMPLE_DECISION_DATE,
  params: EXAMPLE_PARAMETERS,
  ...overrides,
});

describe('determineCareTier (43号 Art. 22)', () => {
  const all: AdlItem[] = ['eating', 'dressing', 'getting-in-out-of-bed', 'toileting', 'indoor-walking', 'bathing'];
  it.each([
    [0, 'self-care'],
    [1, 'partial-care'],
    [3, 'partial-care'],
    [4, 'full-care'],
    [6, 'full-care'],
  ] as const)('%i items failed → %s', (count, tier) => {
    expect(determineCareTier(all.slice(0, count))).toBe(tier);
  });

  it('counts a repeated item once', () => {
    expect(determineCareTier(['bathing', 'bathing', 'bathing', 'bathing'])).toBe('partial-care');
  });
});

describe('evaluateExtremePoverty: obligors', () => {
  it('refuses when a living obligor can support, and notes the refusal notice deadline', () => {
    const capable: Obligor = {
      id: 'o',
      name: '子',
      relation: 'child',
      birthDate: bornAged(40),
      annualIncomeFen: fen(50_000),
      propertyItems: [],
    };
    const decision = evaluateExtremePoverty(input({ obligors: [capable] }));
    expect(decision.eligible).toBe(false);
    findReason(decision.reasons, 'EXTREME_POVERTY_OBLIGOR_CAPABLE');
    expect(decision.refusalNoticeDueOn).toBe('2025-04-11');
  });
});

describe('evaluateExtremePoverty: other conditions', () => {
  it('own income equal to S fails (strict "<")', () => {
    const decision = evaluateExtremePoverty(
      input({
        incomeItems: [{ memberId: 'p', kind: 'pension', month: '2024-12', amountFen: fen(710 * 6) }],
      }),
    );
    expect(decision.eligible).toBe(false);
    findReason(decision.reasons, 'EXTREME_POVERTY_INCOME_NOT_BELOW_STANDARD');
  });

  it('property above the fixed 特困 limit fails', () => {
    const decision = evaluateExtremePoverty(input({ propertyItems: [deposit('p', 17_040.01)] }));
    expect(decision.eligible).toBe(false);
    findReason(decision.reasons, 'EXTREME_POVERTY_PROPERTY_OVER_LIMITS');
  });

  it('a minor whose guardian chose the orphan / de-facto unsupported child scheme is not 特困 (Art. 9)', () => {
    const child = { ...applicant, birthDate: bornAged(10), choseChildWelfareScheme: true };
    const decision = evaluateExtremePoverty(input({ applicant: child }));
    expect(decision.eligible).toBe(false);
    findReason(decision.reasons, 'EXTREME_POVERTY_CHOSE_CHILD_SCHEME');
  });

  it('grade 1 visual or grade 3 mental disability means no labour capacity; grade 2 visual does not', () => {
    const adult = { ...applicant, birthDate: bornAged(40) };
    expect(evaluateExtremePoverty(input({ applicant: { ...adult, disability: { category: 'visual', grade: 1 } } })).eligible).toBe(true);
    expect(evaluateExtremePoverty(input({ applicant: { ...adult, disability: { category: 'mental', grade: 3 } } })).eligible).toBe(true);
    expect(evaluateExtremePoverty(input({ applicant: { ...adult, disability: { category: 'visual', grade: 2 } } })).eligible).toBe(false);
    expect(evaluateExtremePoverty(input({ applicant: { ...adult, provincialNoLabourCapacityCase: '省定其他情形' } })).eligible).toBe(true);
  });

  it('pays rural 集中供养 at the urban standard where the province says so (黑龙江)', () => {
    const rates = withParameters((p) => ({
      extremePoverty: {
        ...p.extremePoverty,
        basicLivingStandardFen: { urban: fen(1_025), rural: fen(754) },
        centralisedRuralPaidAtUrbanStandard: true,
      },
    }));
    const dispersed = evaluateExtremePoverty(input({ params: rates }));
    expect(dispersed.basicLivingFen).toBe(fen(754));
    const centralised = evaluateExtremePoverty(input({ params: rates, applicant: { ...applicant, careMode: 'centralised' } }));
    expect(centralised.basicLivingFen).toBe(fen(1_025));
    expect(centralised.paymentSplit.toInstitutionFen).toBe(fen(1_025 + 210));
  });
});

describe('evaluateExtremePovertyAdulthood (43号 Art. 24)', () => {
  const minor = {
    ...applicant,
    birthDate: '2007-02-28',
    student: { stage: 'secondary-vocational', fullTime: true },
  } as const;
  it.each([
    ['before 18', minor, '2025-02-27', 'not-yet-adult'],
    ['18 and in 中职', minor, '2025-02-28', 'continue'],
    ['18 and at university', { ...minor, student: { stage: 'undergraduate', fullTime: true } }, '2025-03-05', 'terminate'],
    [
      '18, out of school, but severely disabled',
      { ...minor, student: null, disability: { category: 'intellectual', grade: 2 } },
      '2025-03-05',
      'continue',
    ],
  ] as const)('%s → %s', (_label, person, asOf, outcome) => {
    expect(evaluateExtremePovertyAdulthood({ applicant: person, asOf, params: EXAMPLE_PARAMETERS }).outcome).toBe(outcome);
  });

  it('schedules the check on 1 March for a 29 February birth in a non-leap year', () => {
    const leapChild = { ...applicant, birthDate: '2008-02-29' };
    const decision = evaluateExtremePoverty(input({ applicant: leapChild, asOf: '2025-07-08' }));
    expect(decision.adulthoodCheckOn).toBe('2026-03-01');
  });
});
