import { describe, expect, it } from 'vitest';
import { bornAged, buildDibaoInput, buildMember, fen, findReason, monthlyIncome, withParameters } from '../social-assistance.fixtures';
import { evaluateDibao, evaluateDibaoSinglePerson } from './subsistence-allowance.rules';

const elderly = buildMember({ id: 'a', name: '甲', birthDate: bornAged(75), relation: 'self' });
const spouse = buildMember({ id: 'b', name: '乙', birthDate: bornAged(72), relation: 'spouse' });

describe('evaluateDibao: income test (strictly below S)', () => {
  it.each([
    [1_419.99, true, 0.01],
    [1_420, false, 0],
  ])('household income %d for 2 people (S × n = 1,420) → eligible %s, amount %d', (monthly, eligible, amount) => {
    const decision = evaluateDibao(buildDibaoInput([elderly, spouse], monthlyIncome('a', 'pension', monthly)));
    expect(decision.eligible).toBe(eligible);
    // 0.01 yuan rounds to 0 with the whole-yuan rounding of §10.3
    expect(decision.monthlyAmountFen).toBe(fen(Math.round(amount)));
    findReason(decision.reasons, eligible ? 'DIBAO_INCOME_BELOW_STANDARD' : 'DIBAO_INCOME_NOT_BELOW_STANDARD');
  });

  it('rounds the final amount to whole yuan, half up, and says so', () => {
    // I = 1,000.50 → gap 419.50 → 420
    const decision = evaluateDibao(buildDibaoInput([elderly, spouse], monthlyIncome('a', 'pension', 1_000.5)));
    expect(decision.monthlyAmountFen).toBe(fen(420));
    expect(findReason(decision.reasons, 'DIBAO_BENEFIT_ROUNDED').inputs).toMatchObject({
      computedFen: fen(419.5),
    });
  });

  it('refuses without the signed verification authorisation', () => {
    const decision = evaluateDibao(buildDibaoInput([elderly], [], { authorisationSigned: false }));
    expect(decision.eligible).toBe(false);
    expect(decision.failedOnlyOnProperty).toBe(false);
    findReason(decision.reasons, 'DIBAO_AUTHORISATION_MISSING');
  });
});

describe('evaluateDibaoSinglePerson: other paths', () => {
  const head = buildMember({
    id: 'head',
    birthDate: bornAged(50),
    relation: 'self',
    employment: 'employed',
  });
  const disabledAdult = buildMember({
    id: 'p',
    name: '丙',
    birthDate: bornAged(35),
    relation: 'child',
    employment: 'unemployed',
    disability: { category: 'visual', grade: 1 },
  });
  const rich = [...monthlyIncome('head', 'wage', 9_000), ...monthlyIncome('p', 'other', 200)];

  it('an adult unemployed severely disabled person may apply whatever the family class (2022通知 §一(一))', () => {
    const decision = evaluateDibaoSinglePerson({
      ...buildDibaoInput([head, disabledAdult], rich),
      personId: 'p',
      family: null,
    });
    expect(decision.eligible).toBe(true);
    expect(decision.monthlyAmountFen).toBe(fen(510));
    expect(findReason(decision.reasons, 'DIBAO_SINGLE_PERSON_CATEGORY_MET').message).toContain('成年无业重度残疾人');
  });

  it('an employed severely disabled person outside a 低保边缘 family may not', () => {
    const employed = { ...disabledAdult, employment: 'employed' } as const;
    const decision = evaluateDibaoSinglePerson({
      ...buildDibaoInput([head, employed], rich),
      personId: 'p',
      family: null,
    });
    expect(decision.eligible).toBe(false);
    findReason(decision.reasons, 'DIBAO_SINGLE_PERSON_CATEGORY_NOT_MET');
  });

  it('a county-designated special hardship case may; full-standard mode pays S', () => {
    const other = buildMember({
      id: 'p',
      birthDate: bornAged(35),
      relation: 'child',
      employment: 'unemployed',
    });
    const fullStandard = withParameters((p) => ({
      dibao: { ...p.dibao, singlePersonBenefitMode: 'full-standard' },
    }));
    const decision = evaluateDibaoSinglePerson({
      ...buildDibaoInput([head, other], rich, { params: fullStandard }),
      personId: 'p',
      family: null,
      countyDesignatedSpecialHardship: true,
    });
    expect(decision.eligible).toBe(true);
    expect(decision.monthlyAmountFen).toBe(fen(710));
  });

  it('throws for an unknown member id', () => {
    expect(() =>
      evaluateDibaoSinglePerson({
        ...buildDibaoInput([head], []),
        personId: 'nobody',
        family: null,
      }),
    ).toThrow(RangeError);
  });
});
