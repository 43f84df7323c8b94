import type { TDeadlineView } from './social-assistance.workflow';

// The case file (审批案卷) as GET /api/assistance/applications/:id returns it: camelCase, dates as
// YYYY-MM-DD, money in integer fen. JSON parts written by the rules (assessment, investigation, county
// checks) keep their own shape and are typed loosely here; the web narrows what it shows.

export type TCaseMissingItem = { item: string; notifiedOn: string; receivedOn: string | null };

export type TCaseEvent = {
  id: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  onDate: string;
  at: string;
  actorId: number | null;
  actorName: string | null;
  note: string | null;
  data: unknown;
};

export type TCaseDeadline = TDeadlineView & {
  status: 'completed-on-time' | 'completed-late' | 'overdue' | 'due-soon' | 'on-track';
  remainingWorkingDays: number;
  overdueWorkingDays: number;
};

export type TCaseVerificationResponse = {
  id: number;
  department: string;
  adapter: string;
  result: string;
  findings: unknown[];
  differences: unknown[];
  respondedOn: string;
};

export type TCaseVerificationRequest = {
  id: number;
  department: string;
  status: string;
  requestedOn: string;
  dueOn: string;
  respondedOn: string | null;
  responses: TCaseVerificationResponse[];
};

export type TCaseObjection = {
  id: number;
  receivedOn: string;
  objector: string | null;
  content: string;
  status: string;
  outcome: string | null;
  handling: string | null;
  democraticReview: { heldOn: string; participants: number; result: string } | null;
  handledOn: string | null;
};

export type TCasePublicity = {
  id: number;
  firstDay: string;
  lastDay: string;
  nextStepFrom: string;
  location: string;
  status: string;
  objections: TCaseObjection[];
};

export type TCaseDocument = {
  id: number;
  kind: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: number | null;
  uploadedAt: string;
};

/** A signed 核对授权书 of one person (rules doc §6.1); `source` 'legacy' = registered before scans were kept. */
export type TCaseAuthorisation = {
  id: number;
  memberId: number | null;
  obligorId: number | null;
  personName: string;
  signerName: string;
  signedAs: string;
  signedOn: string;
  departments: string[] | null;
  validUntil: string | null;
  revokedOn: string | null;
  /** Why it was revoked (null while in force). */
  revokeReason: string | null;
  source: string;
  documentId: number | null;
  fileName: string | null;
  sha256: string | null;
};

/** 临时救助 先行救助 on the case (rules doc §4.5, E12). */
export type TCaseAdvance = {
  amountFen: number;
  paidOn: string;
  dueOn: string | null;
  completedOn: string | null;
  /** Event, method, township limit and (once completed) the explanation and signatories. */
  record: Record<string, unknown> | null;
};

export type TCaseDetail = {
  id: number;
  householdId: number;
  divisionId: number;
  programme: string;
  channel: string;
  status: string;
  currentStep: string;
  applicantMemberId: number;
  entrustedBy: string | null;
  appliedOn: string;
  acceptedOn: string | null;
  commitmentSigned: boolean;
  authorisationSigned: boolean;
  missingItems: TCaseMissingItem[];
  specialCase: boolean;
  separateRegistration: boolean;
  spotCheckRequired: boolean;
  investigation: unknown;
  investigatedOn: string | null;
  preliminaryOpinion: string | null;
  preliminaryOn: string | null;
  assessment: unknown;
  eligible: boolean | null;
  submittedToCountyOn: string | null;
  countyChecks: unknown[];
  decision: string | null;
  decidedOn: string | null;
  decisionLevel: string | null;
  amountFen: number | null;
  paymentStartMonth: string | null;
  reasons: unknown[] | null;
  refusalReason: string | null;
  noticeDueOn: string | null;
  noticeServedOn: string | null;
  overallDueOn: string | null;
  advance: TCaseAdvance | null;
  version: number;
  events: TCaseEvent[];
  deadlines: TCaseDeadline[];
  verifications: TCaseVerificationRequest[];
  publicities: TCasePublicity[];
  documents: TCaseDocument[];
  authorisations: TCaseAuthorisation[];
  /** Persons still lacking a valid signed 核对授权书 today: a 核对 request would be refused. */
  missingAuthorisations: { kind: 'member' | 'obligor'; id: number; name: string }[];
};
