import { describe, expect, it } from 'vitest';
import { EXAMPLE_DECISION_DATE, EXAMPLE_PARAMETERS, bornAged, deposit, fen, findReason } from '../social-assistance.fixtures';
import { assessObligorCapacity, type Obligor } from './obligor-capacity.rules';

const obligor = (fields: Partial<Obligor>): Obligor => ({
  id: 'o',
  name: '义务人',
  relation: 'child',
  birthDate: bornAged(40),
  annualIncomeFen: fen(50_000),
  propertyItems: [],
  ...fields,
});

describe('obligor capacity (43号 Art. 8)', () => {
  it.each([
    ['a capable adult child', obligor({}), false],
    ['(一) a 特困 person', obligor({ isExtremePoverty: true }), true],
    ['(二) 60+ on 低保', obligor({ birthDate: bornAged(62), isDibao: true }), true],
    ['(二) under 60 on 低保 does not count', obligor({ birthDate: bornAged(58), isDibao: true, annualIncomeFen: fen(8_000) }), false],
    ['(三) 70+ with low income and low property', obligor({ birthDate: bornAged(71), annualIncomeFen: fen(29_999) }), true],
    ['(三) 70+ with income at PCDI', obligor({ birthDate: bornAged(71), annualIncomeFen: fen(30_000) }), false],
    [
      '(三) 70+ with too much property',
      obligor({
        birthDate: bornAged(71),
        annualIncomeFen: fen(10_000),
        propertyItems: [deposit('o', 30_000)],
      }),
      false,
    ],
    [
      '(四) severely disabled with low income',
      obligor({ disability: { category: 'intellectual', grade: 3 }, annualIncomeFen: fen(12_000) }),
      true,
    ],
    ['(五) imprisoned without property', obligor({ imprisoned: true }), true],
    ['(五) imprisoned with property', obligor({ imprisoned: true, propertyItems: [deposit('o', 100_000)] }), false],
    ['(五) declared missing', obligor({ declaredMissing: true }), true],
    ['(六) provincial case', obligor({ provincialIncapacityCase: '长期患重病' }), true],
  ])('%s → incapable %s', (_label, o, incapable) => {
    const result = assessObligorCapacity([o], EXAMPLE_DECISION_DATE, fen(710), EXAMPLE_PARAMETERS);
    expect(result.allIncapable).toBe(incapable);
    const found = findReason(result.reasons, incapable ? 'EXTREME_POVERTY_OBLIGOR_INCAPABLE' : 'EXTREME_POVERTY_OBLIGOR_CAPABLE');
    expect(found.section).toBe('§2.4');
  });
});

describe('assessObligorCapacity: no obligor', () => {
  it('passes with no living obligor, noting the deceased', () => {
    const dead: Obligor = {
      id: 'f',
      name: '父',
      relation: 'parent',
      birthDate: '1960-01-01',
      deceased: true,
      annualIncomeFen: 0,
      propertyItems: [],
    };
    const result = assessObligorCapacity([dead], EXAMPLE_DECISION_DATE, fen(710), EXAMPLE_PARAMETERS);
    expect(result.allIncapable).toBe(true);
    expect(result.reasons.map((r) => r.code)).toEqual(['EXTREME_POVERTY_OBLIGOR_INCAPABLE', 'EXTREME_POVERTY_NO_OBLIGOR']);
  });
});
