import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_PARAMETERS,
  bornAged,
  buildMember,
  deposit,
  fen,
  findReason,
  monthlyIncome,
  withParameters,
} from '../social-assistance.fixtures';
import { evaluateDibaoReview } from './gradual-exit.rules';
import type { PropertyItem } from './inputs';
import type { SocialAssistanceParameters } from './parameters';
import type { DibaoInput } from './subsistence-allowance.rules';

const period = { from: '2025-03', to: '2025-03' };
const members = [
  buildMember({ id: 'a', birthDate: bornAged(50), relation: 'self' }),
  buildMember({ id: 'b', birthDate: bornAged(20), relation: 'child', employment: 'employed' }),
];

const reassessment = (
  wageYuan: number,
  property: PropertyItem[] = [],
  params: SocialAssistanceParameters = EXAMPLE_PARAMETERS,
): DibaoInput => ({
  household: { id: 'h', area: 'urban', members, authorisationSigned: true },
  incomeItems: [...monthlyIncome('a', 'pension', 600, { period }), ...monthlyIncome('b', 'wage', wageYuan, { period })],
  propertyItems: property,
  incomePeriod: period,
  asOf: '2025-11-12',
  params,
});

describe('evaluateDibaoReview', () => {
  it('continues with a recalculated amount while still eligible', () => {
    // 600 + 1,000 − 300 = 1,300 < 1,420 → amount 120
    const review = evaluateDibaoReview({
      reassessment: reassessment(1_000),
      currentMonthlyAmountFen: fen(500),
      cause: 'employment',
    });
    expect(review.outcome).toBe('continue');
    expect(review.newMonthlyAmountFen).toBe(fen(120));
    expect(review.afterExit).toBeNull();
    findReason(review.reasons, 'DIBAO_STILL_ELIGIBLE_ON_REVIEW');
  });

  it('gives 渐退 across the year end: December–May, stop from June', () => {
    const review = evaluateDibaoReview({
      reassessment: reassessment(2_000),
      currentMonthlyAmountFen: fen(500),
      cause: 'employment',
    });
    expect(review.outcome).toBe('gradual-exit');
    expect(review.gradualExit?.months).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    expect(review.stopFromMonth).toBe('2026-06');
  });

  it('stops without 渐退 when property now fails, even after employment', () => {
    const review = evaluateDibaoReview({
      reassessment: reassessment(2_000, [deposit('a', 100_000)]),
      currentMonthlyAmountFen: fen(500),
      cause: 'employment',
    });
    expect(review.outcome).toBe('stop');
    expect(review.stopFromMonth).toBe('2025-12');
    expect(review.afterExit?.eligible).toBe(false);
  });

  it('stops without 渐退 where the locality has none', () => {
    const none = withParameters((p) => ({ dibao: { ...p.dibao, gradualExitMonths: null } }));
    const review = evaluateDibaoReview({
      reassessment: reassessment(2_000, [], none),
      currentMonthlyAmountFen: fen(500),
      cause: 'employment',
    });
    expect(review.outcome).toBe('stop');
    expect(findReason(review.reasons, 'DIBAO_GRADUAL_EXIT_NOT_APPLICABLE').inputs).toMatchObject({
      gradualExitMonths: null,
    });
  });

  it('honours a shorter local 渐退 (3 months)', () => {
    const three = withParameters((p) => ({ dibao: { ...p.dibao, gradualExitMonths: 3 } }));
    const review = evaluateDibaoReview({
      reassessment: reassessment(2_000, [], three),
      currentMonthlyAmountFen: fen(500),
      cause: 'employment',
    });
    expect(review.gradualExit?.months).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(review.stopFromMonth).toBe('2026-03');
  });
});
