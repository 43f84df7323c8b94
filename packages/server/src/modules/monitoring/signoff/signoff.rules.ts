import {
  DIVISION_LEVELS,
  PLAN_LEVEL_DIVISION_LEVELS,
  type DivisionLevel,
  type PlanLevel,
  type ReviewLevel,
  type SubmissionStatus,
} from '@mz/shared';

// The sign-off chain of plan monitoring data (pure): fill → submit → county review → prefecture →
// province, stopping at the level of the government that issued the plan. Each step approves or
// returns with a reason; returned data can be edited and resubmitted; anything else is locked.

const REVIEW_ORDER: readonly ReviewLevel[] = ['county', 'prefecture', 'province'];
const depthOf = (level: DivisionLevel) => DIVISION_LEVELS.indexOf(level);

/**
 * Review steps for a unit of `unitLevel` reporting under a plan of `planLevel`, bottom up: a township
 * or county starts at the county; a prefecture at the prefecture; a national plan ends at the province.
 */
export const reviewChain = (unitLevel: DivisionLevel, planLevel: PlanLevel): ReviewLevel[] => {
  const lowest = Math.min(depthOf(unitLevel), depthOf('county'));
  const highest = Math.max(depthOf(PLAN_LEVEL_DIVISION_LEVELS[planLevel]), depthOf('province'));
  return REVIEW_ORDER.filter((level) => depthOf(level) <= lowest && depthOf(level) >= highest);
};

/** Data of a submission in this status cannot be changed (only draft and returned are editable). */
export const isLocked = (status: string) => status !== 'draft' && status !== 'returned';

export const isFinal = (status: string, finalLevel: ReviewLevel) => status === `${finalLevel}_approved`;

export type Transition = { ok: true; status: SubmissionStatus; nextReviewLevel: ReviewLevel | null } | { ok: false; reason: string };

export const submitTransition = (current: SubmissionStatus | null, chain: readonly ReviewLevel[]): Transition => {
  if (chain.length === 0) return { ok: false, reason: '该区划是规划的最高汇总层级，数据不需逐级报送' };
  if (current !== null && isLocked(current)) return { ok: false, reason: '本年度数据已报送，不能重复报送' };
  return { ok: true, status: 'submitted', nextReviewLevel: chain[0] ?? null };
};

export const approveTransition = (
  current: SubmissionStatus,
  nextReviewLevel: ReviewLevel | null,
  chain: readonly ReviewLevel[],
): Transition => {
  if (!isLocked(current) || nextReviewLevel === null) return { ok: false, reason: '当前状态没有待审核的环节' };
  const index = chain.indexOf(nextReviewLevel);
  if (index < 0) return { ok: false, reason: '审核环节与报送链不符' };
  return { ok: true, status: `${nextReviewLevel}_approved`, nextReviewLevel: chain[index + 1] ?? null };
};

export const returnTransition = (current: SubmissionStatus, nextReviewLevel: ReviewLevel | null): Transition => {
  if (!isLocked(current) || nextReviewLevel === null) return { ok: false, reason: '当前状态没有待审核的环节，不能退回' };
  return { ok: true, status: 'returned', nextReviewLevel: null };
};
