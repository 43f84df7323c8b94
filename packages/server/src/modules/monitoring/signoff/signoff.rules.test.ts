import { describe, expect, it } from 'vitest';
import { approveTransition, isFinal, isLocked, returnTransition, reviewChain, submitTransition } from './signoff.rules';

describe('review chain', () => {
  it('runs from the county (or the unit’s own level) up to the plan’s level, capped at the province', () => {
    expect(reviewChain('county', 'prefecture')).toEqual(['county', 'prefecture']);
    expect(reviewChain('township', 'prefecture')).toEqual(['county', 'prefecture']);
    expect(reviewChain('township', 'county')).toEqual(['county']);
    expect(reviewChain('county', 'national')).toEqual(['county', 'prefecture', 'province']);
    expect(reviewChain('prefecture', 'provincial')).toEqual(['prefecture', 'province']);
    expect(reviewChain('nation', 'national')).toEqual([]);
  });
});

describe('transitions', () => {
  const chain = ['county', 'prefecture'] as const;
  it('submit → county → prefecture (final); return at any pending step; returned can be resubmitted', () => {
    expect(submitTransition(null, chain)).toEqual({ ok: true, status: 'submitted', nextReviewLevel: 'county' });
    expect(approveTransition('submitted', 'county', chain)).toEqual({ ok: true, status: 'county_approved', nextReviewLevel: 'prefecture' });
    expect(approveTransition('county_approved', 'prefecture', chain)).toEqual({
      ok: true,
      status: 'prefecture_approved',
      nextReviewLevel: null,
    });
    expect(isFinal('prefecture_approved', 'prefecture')).toBe(true);
    expect(returnTransition('county_approved', 'prefecture')).toEqual({ ok: true, status: 'returned', nextReviewLevel: null });
    expect(submitTransition('returned', chain).ok).toBe(true);
  });
  it('refuses double submission, approval of a final state and returns without a pending step', () => {
    expect(submitTransition('submitted', chain).ok).toBe(false);
    expect(approveTransition('prefecture_approved', null, chain).ok).toBe(false);
    expect(returnTransition('returned', null).ok).toBe(false);
    expect(submitTransition(null, []).ok).toBe(false);
  });
  it('locks everything except draft and returned', () => {
    expect(['draft', 'returned', 'submitted', 'county_approved', 'prefecture_approved'].map(isLocked)).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });
});
