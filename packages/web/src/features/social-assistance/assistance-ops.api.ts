import type {
  Page,
  TChangeReportCreate,
  TPaymentSuspensionCreate,
  TRecheckRecord,
  TReviewDecision,
  TWarningThresholdsPut,
  TWarningTriggerConfig,
} from '@mz/shared';
import { http } from '../../api/http-client';
import { buildUrl } from '../../api/url';

// Calls of dynamic management (/api/assistance/dynamic), payment suspensions and arrears
// (/api/assistance/payments) and warning thresholds (/api/assistance/monitoring/thresholds).

const A = '/api/assistance';

export type RecheckDueItem = {
  recipientId: number;
  householdId: number;
  programme: string;
  divisionId: number;
  divisionName: string;
  townshipId: number | null;
  townshipName: string | null;
  nextReviewOn: string | null;
  overdue: boolean;
};
export type RecheckDue = {
  before: string;
  total: number;
  byTownship: { townshipId: number; townshipName: string; due: number }[];
  items: RecheckDueItem[];
};

export type ChangeReport = {
  id: number;
  divisionId: number;
  divisionName: string;
  householdId: number;
  recipientId: number | null;
  source: string;
  kind: string;
  description: string;
  reportedOn: string;
  reviewDueOn: string;
  status: string;
  proposedOutcome: string | null;
  outcome: string | null;
  decision: unknown;
  decidedOn: string | null;
  effectiveMonth: string | null;
  publicity: { firstDay: string; lastDay: string | null; nextStepFrom: string | null; location: string | null } | null;
};

export type Suspension = {
  id: number;
  householdId: number;
  recipientId: number | null;
  fromMonth: string;
  toMonth: string | null;
  reason: string;
  liftedOn: string | null;
  liftReason: string | null;
};

export type Arrears = {
  id: number;
  householdId: number;
  recipientId: number;
  programme: string;
  serviceMonth: string;
  sourceRollId: number | null;
  amountFen: number;
  reason: string;
  status: string;
  settledRollId: number | null;
};

export type Thresholds = {
  divisionId: number;
  inheritedFrom: number | null;
  isDefault: boolean;
  config: TWarningTriggerConfig;
  handlingWorkingDays: number;
};

type Scoped = { divisionId?: number | null | undefined };

export const rechecksDueUrl = (q: Scoped & { before?: string | undefined; page: number; pageSize: number }) =>
  buildUrl(`${A}/dynamic/rechecks/due`, q);
export const changeReportsUrl = (
  q: Scoped & { status?: string | undefined; overdueOn?: string | undefined; page: number; pageSize: number },
) => buildUrl(`${A}/dynamic/change-reports`, q);
export const suspensionsUrl = (q: Scoped & { active?: 'true' | 'false' | undefined }) => buildUrl(`${A}/payments/suspensions`, q);
export const arrearsUrl = (q: Scoped & { status?: 'open' | 'settled' | undefined }) => buildUrl(`${A}/payments/arrears`, q);
export const thresholdsUrl = (divisionId: number) => `${A}/monitoring/thresholds/${divisionId}`;
export type ChangeReportPage = Page<ChangeReport>;

export const opsApi = {
  scheduleRechecks: (divisionId: number) => http.post<{ scheduled: number }>(`${A}/dynamic/rechecks/schedule`, { divisionId }),
  recordRecheck: (body: TRecheckRecord) => http.post<unknown>(`${A}/dynamic/rechecks`, body),
  createChangeReport: (body: TChangeReportCreate) => http.post<ChangeReport>(`${A}/dynamic/change-reports`, body),
  decideReview: (id: number, body: TReviewDecision) => http.post<unknown>(`${A}/dynamic/change-reports/${id}/decision`, body),
  confirmTermination: (id: number, body: { on: string; outcome: 'terminate' | 'withdraw'; note?: string }) =>
    http.post<unknown>(`${A}/dynamic/change-reports/${id}/confirm`, body),
  createSuspension: (body: TPaymentSuspensionCreate) => http.post<Suspension>(`${A}/payments/suspensions`, body),
  liftSuspension: (id: number, body: { on: string; resumeMonth: string; reason: string }) =>
    http.post<Suspension>(`${A}/payments/suspensions/${id}/lift`, body),
  putThresholds: (divisionId: number, body: TWarningThresholdsPut) => http.put<Thresholds>(thresholdsUrl(divisionId), body),
};
