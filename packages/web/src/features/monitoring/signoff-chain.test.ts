import { describe, expect, it } from 'vitest';
import { currentStepIndex, finalReviewLevel, reviewLevels, signoffSteps } from './signoff-chain';

const statuses = (steps: { title: string; status: string }[]) => steps.map((s) => `${s.title}:${s.status}`);

describe('reviewLevels', () => {
  it('starts at the county for townships and counties and ends at the final level', () => {
    expect(reviewLevels('county', 'prefecture')).toEqual(['county', 'prefecture']);
    expect(reviewLevels('township', 'province')).toEqual(['county', 'prefecture', 'province']);
    expect(reviewLevels('prefecture', 'province')).toEqual(['prefecture', 'province']);
    expect(reviewLevels('province', 'prefecture')).toEqual([]);
  });
  it('ends a prefecture plan at the prefecture and a national plan at the province', () => {
    expect(finalReviewLevel('prefecture')).toBe('prefecture');
    expect(finalReviewLevel('national')).toBe('province');
    expect(finalReviewLevel('provincial')).toBe('province');
    expect(finalReviewLevel('county')).toBe('county');
  });
});

describe('signoffSteps', () => {
  const base = { unitLevel: 'county' as const, finalLevel: 'prefecture' as const };
  it('shows 填报 in progress before anything is submitted', () => {
    const steps = signoffSteps({ ...base, status: null, nextReviewLevel: null });
    expect(statuses(steps)).toEqual(['填报:process', '报送:wait', '县级审核:wait', '州（市）级审核:wait']);
    expect(currentStepIndex(steps)).toBe(0);
  });
  it('waits at the county after submitting', () => {
    const steps = signoffSteps({ ...base, status: 'submitted', nextReviewLevel: 'county' });
    expect(statuses(steps)).toEqual(['填报:finish', '报送:finish', '县级审核:process', '州（市）级审核:wait']);
    expect(currentStepIndex(steps)).toBe(2);
  });
  it('moves on after the county approves and finishes at the final level', () => {
    expect(statuses(signoffSteps({ ...base, status: 'county_approved', nextReviewLevel: 'prefecture' }))).toEqual([
      '填报:finish',
      '报送:finish',
      '县级审核:finish',
      '州（市）级审核:process',
    ]);
    const done = signoffSteps({ ...base, status: 'prefecture_approved', nextReviewLevel: null });
    expect(done.every((s) => s.status === 'finish')).toBe(true);
    expect(currentStepIndex(done)).toBe(3);
  });
  it('marks the returning level and puts the unit back to 填报', () => {
    expect(statuses(signoffSteps({ ...base, status: 'returned', nextReviewLevel: null, returnedAt: 'prefecture' }))).toEqual([
      '填报:process',
      '报送:wait',
      '县级审核:wait',
      '州（市）级审核:error',
    ]);
    expect(statuses(signoffSteps({ ...base, status: 'returned', nextReviewLevel: null }))).toEqual([
      '填报:process',
      '报送:error',
      '县级审核:wait',
      '州（市）级审核:wait',
    ]);
  });
  it('covers the whole chain up to the province for a national plan', () => {
    const steps = signoffSteps({ unitLevel: 'county', finalLevel: 'province', status: 'prefecture_approved', nextReviewLevel: 'province' });
    expect(statuses(steps)).toEqual(['填报:finish', '报送:finish', '县级审核:finish', '州（市）级审核:finish', '省级审核:process']);
  });
});
