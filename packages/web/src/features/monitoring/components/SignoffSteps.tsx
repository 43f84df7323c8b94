import type { DivisionLevel, ReviewLevel, SubmissionStatus } from '@mz/shared';
import { Steps } from 'antd';
import { currentStepIndex, signoffSteps } from '../signoff-chain';

/** 填报 → 报送 → 县级审核 → … as steps, with the step in progress (or returned) highlighted. */
export const SignoffSteps = ({
  unitLevel,
  finalLevel,
  status,
  nextReviewLevel,
  returnedAt,
  size = 'small',
  inline = false,
}: {
  unitLevel: DivisionLevel;
  finalLevel: ReviewLevel;
  status: SubmissionStatus | null;
  nextReviewLevel: ReviewLevel | null;
  returnedAt?: ReviewLevel | null;
  size?: 'small' | 'default';
  /** Compact steps for table cells. */
  inline?: boolean;
}) => {
  const steps = signoffSteps({ unitLevel, finalLevel, status, nextReviewLevel, returnedAt: returnedAt ?? null });
  return (
    <Steps
      size={size}
      {...(inline ? { type: 'inline' as const } : {})}
      current={currentStepIndex(steps)}
      items={steps.map((s) => ({ key: s.key, title: s.title, status: s.status }))}
      data-testid="signoff-steps"
    />
  );
};
