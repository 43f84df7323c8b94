import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_DECISION_DATE,
  EXAMPLE_PARAMETERS,
  bornAged,
  buildDibaoInput,
  buildMember,
  withParameters,
} from '../social-assistance.fixtures';
import { isAbleToWork } from './review-interval.rules';
import { evaluateDibao } from './subsistence-allowance.rules';

const elderly = buildMember({ id: 'a', name: '甲', birthDate: bornAged(75), relation: 'self' });

describe('review interval (57号 Art. 31)', () => {
  const worker = buildMember({
    id: 'w',
    birthDate: bornAged(40),
    relation: 'self',
    employment: 'employed',
  });
  it.each([
    ['elderly, stable', [elderly], false, 'either', 12],
    ['elderly, unstable income', [elderly], true, 'either', 6],
    ['member able to work', [worker], false, 'either', 6],
    ['member able to work, rule "both"', [worker], false, 'both', 12],
    ['able and unstable, rule "both"', [worker], true, 'both', 6],
  ] as const)('%s → every %i months', (_label, members, unstable, rule, months) => {
    const params = withParameters((p) => ({ dibao: { ...p.dibao, reviewClassRule: rule } }));
    const decision = evaluateDibao(buildDibaoInput([...members], [], { params, incomeIsUnstable: unstable }));
    expect(decision.reviewIntervalMonths).toBe(months);
  });

  it('isAbleToWork excludes students, the severely disabled and people outside working age', () => {
    const p = EXAMPLE_PARAMETERS;
    const base = { relation: 'child', employment: 'not-working' } as const;
    expect(isAbleToWork(buildMember({ ...base, id: 'x', birthDate: bornAged(20) }), EXAMPLE_DECISION_DATE, p)).toBe(true);
    expect(
      isAbleToWork(
        buildMember({
          ...base,
          id: 'x',
          birthDate: bornAged(20),
          student: { stage: 'undergraduate', fullTime: true },
        }),
        EXAMPLE_DECISION_DATE,
        p,
      ),
    ).toBe(false);
    expect(
      isAbleToWork(
        buildMember({
          ...base,
          id: 'x',
          birthDate: bornAged(20),
          disability: { category: 'mental', grade: 2 },
        }),
        EXAMPLE_DECISION_DATE,
        p,
      ),
    ).toBe(false);
    expect(isAbleToWork(buildMember({ ...base, id: 'x', birthDate: bornAged(15) }), EXAMPLE_DECISION_DATE, p)).toBe(false);
    expect(isAbleToWork(buildMember({ ...base, id: 'x', birthDate: bornAged(60) }), EXAMPLE_DECISION_DATE, p)).toBe(false);
  });
});
