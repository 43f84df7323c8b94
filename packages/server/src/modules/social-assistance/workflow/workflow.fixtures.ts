import type { CaseState } from './workflow.rules';

// Fixture of the workflow rules' tests (workflow.rules.test.ts, next-steps.rules.test.ts).

/** A 低保 case applied for on 2025-09-24 and not yet accepted; `over` sets what a test needs. */
export const caseState = (over: Partial<CaseState> = {}): CaseState => ({
  programme: 'dibao',
  status: 'submitted',
  appliedOn: '2025-09-24',
  acceptedOn: null,
  outstandingItems: [],
  commitmentSigned: true,
  authorisationSigned: true,
  investigatedOn: null,
  investigatorCount: 0,
  pendingVerifications: 0,
  preliminaryOn: null,
  publicity: null,
  openObjections: 0,
  submittedToCountyOn: null,
  separateRegistration: false,
  spotCheckRequired: false,
  countyHomeVisitOn: null,
  countySpotCheckOn: null,
  decidedOn: null,
  noticeServedOn: null,
  advancePaidOn: null,
  advanceDueOn: null,
  advanceCompletedOn: null,
  ...over,
});
