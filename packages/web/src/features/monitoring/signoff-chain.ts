import type { DivisionLevel, PlanLevel, ReviewLevel, SubmissionStatus } from '@mz/shared';
import { monitoringI18n } from './monitoring.i18n';

// The sign-off chain as steps for display (pure): 填报 → 报送 → 县级审核 → 州（市）级审核 → 省级审核,
// limited to the review levels of this submission (from the unit's level up to the final level).

const t = monitoringI18n.signoff;

const REVIEW_ORDER: readonly ReviewLevel[] = ['county', 'prefecture', 'province'];

/** The first review level of a unit: townships and counties start at the county. */
const firstReviewLevel = (unitLevel: DivisionLevel): ReviewLevel => {
  switch (unitLevel) {
    case 'nation':
    case 'province':
      return 'province';
    case 'prefecture':
      return 'prefecture';
    default:
      return 'county';
  }
};

/** Review levels of a submission, bottom up (same rule as the server's reviewChain). */
export const reviewLevels = (unitLevel: DivisionLevel, finalLevel: ReviewLevel): ReviewLevel[] => {
  const from = REVIEW_ORDER.indexOf(firstReviewLevel(unitLevel));
  const to = REVIEW_ORDER.indexOf(finalLevel);
  return to < from ? [] : REVIEW_ORDER.slice(from, to + 1);
};

export const reviewLevelLabel = (level: ReviewLevel | null | undefined) => (level ? (t.levelLabels[level] ?? level) : '');

export type ChainStepStatus = 'wait' | 'process' | 'finish' | 'error';
export type ChainStep = { key: string; title: string; status: ChainStepStatus };

/**
 * Steps with their state. `returned` puts the unit back to 填报 and marks the level that returned it
 * (or the 报送 step when that level is not known) as error.
 */
export const signoffSteps = (submission: {
  unitLevel: DivisionLevel;
  finalLevel: ReviewLevel;
  status: SubmissionStatus | null;
  nextReviewLevel: ReviewLevel | null;
  /** For a returned submission: the level that returned it, when known. */
  returnedAt?: ReviewLevel | null;
}): ChainStep[] => {
  const levels = reviewLevels(submission.unitLevel, submission.finalLevel);
  const steps: ChainStep[] = [
    { key: 'fill', title: t.stepFill, status: 'wait' },
    { key: 'submit', title: t.stepSubmit, status: 'wait' },
    ...levels.map((level): ChainStep => ({ key: level, title: t.stepReview(reviewLevelLabel(level)), status: 'wait' })),
  ];
  const status = submission.status;
  const setUpTo = (index: number, value: ChainStepStatus) => {
    for (let i = 0; i < index && i < steps.length; i += 1) {
      const step = steps[i];
      if (step) step.status = value;
    }
  };
  const at = (index: number, value: ChainStepStatus) => {
    const step = steps[index];
    if (step) step.status = value;
  };
  if (status === null || status === 'draft') {
    at(0, 'process');
    return steps;
  }
  if (status === 'returned') {
    // Back to 填报; the step that returned it is marked (the 报送 step when the level is not known).
    const returnedIndex = submission.returnedAt ? levels.indexOf(submission.returnedAt) : -1;
    at(0, 'process');
    at(returnedIndex >= 0 ? 2 + returnedIndex : 1, 'error');
    return steps;
  }
  // Submitted or approved at some level.
  const approvedLevel = status.endsWith('_approved') ? (status.slice(0, -'_approved'.length) as ReviewLevel) : null;
  const doneThrough = approvedLevel ? 2 + levels.indexOf(approvedLevel) : 1;
  setUpTo(doneThrough + 1, 'finish');
  if (submission.nextReviewLevel) at(2 + levels.indexOf(submission.nextReviewLevel), 'process');
  return steps;
};

/** Index of the step in progress (or the last finished one), for antd Steps' `current`. */
export const currentStepIndex = (steps: readonly ChainStep[]): number => {
  const active = steps.findIndex((s) => s.status === 'process' || s.status === 'error');
  if (active >= 0) return active;
  const lastDone = steps.map((s) => s.status).lastIndexOf('finish');
  return Math.max(0, lastDone);
};

/** The last review level of a plan's chain: the issuing level, but at least the province. */
export const finalReviewLevel = (planLevel: PlanLevel): ReviewLevel => {
  switch (planLevel) {
    case 'county':
      return 'county';
    case 'prefecture':
      return 'prefecture';
    default:
      return 'province';
  }
};
