import {
  APPLICATION_CHANNEL_LABELS,
  APPLICATION_STATUS_LABELS,
  ASSISTANCE_PROGRAMME_LABELS,
  DEPARTMENT_LABELS,
  type ApplicationStatus,
  type AssistanceProgramme,
} from '@mz/shared';
import { stepText } from './case-steps.i18n';
import { formatYuan } from './money-format';
import { labelOf, saText } from './social-assistance.i18n';

// Step labels and the position of a case on the statutory path 申请 → 受理 → 调查核对 → 乡镇初审 →
// 公示 → 县级审核确认 → 决定送达 (rules doc §4), for the progress bar of the case file.

const STATUS_POSITION: Record<ApplicationStatus, number> = {
  submitted: 0,
  accepted: 2,
  investigating: 2,
  'preliminary-reviewed': 4,
  'in-publicity': 4,
  'county-review': 5,
  approved: 6,
  refused: 6,
  withdrawn: 0,
};

export type ProgressStep = { title: string; status: 'finish' | 'process' | 'wait' | 'error' };

/** The seven steps with the case's place on them (a refusal shows its last step in error). */
export const progressSteps = (status: string, options: { noticeServed: boolean; accepted: boolean }): ProgressStep[] => {
  const known = status in STATUS_POSITION ? (status as ApplicationStatus) : 'submitted';
  let current = STATUS_POSITION[known];
  if (known === 'submitted' && options.accepted) current = 1;
  if ((known === 'approved' || known === 'refused') && options.noticeServed) current = 7;
  return saText.case.steps.map((title, index) => ({
    title,
    status:
      known === 'withdrawn' && index === 0
        ? 'error'
        : index < current
          ? 'finish'
          : index === current
            ? known === 'refused'
              ? 'error'
              : 'process'
            : known === 'refused' && index === 6
              ? 'error'
              : 'wait',
  }));
};

export const statusLabel = (status: string): string => labelOf(APPLICATION_STATUS_LABELS, status);
export const programmeLabel = (programme: string): string => labelOf(ASSISTANCE_PROGRAMME_LABELS, programme);
export const programmeShortLabel = (programme: string): string => labelOf(saText.labels.programmeShort, programme);
export const nextStepLabel = (step: string): string => labelOf(saText.labels.step, step);
export const eventLabel = (action: string): string => labelOf(saText.labels.event, action);

/** Tone of a case status tag. */
export const statusTone = (status: string): 'default' | 'processing' | 'success' | 'error' | 'warning' => {
  switch (status) {
    case 'approved':
      return 'success';
    case 'refused':
      return 'error';
    case 'withdrawn':
      return 'default';
    case 'in-publicity':
    case 'county-review':
      return 'warning';
    default:
      return 'processing';
  }
};

export const PROGRAMME_OPTIONS = (Object.keys(ASSISTANCE_PROGRAMME_LABELS) as AssistanceProgramme[]).map((value) => ({
  value,
  label: ASSISTANCE_PROGRAMME_LABELS[value],
}));

export const STATUS_OPTIONS = (Object.keys(APPLICATION_STATUS_LABELS) as ApplicationStatus[]).map((value) => ({
  value,
  label: APPLICATION_STATUS_LABELS[value],
}));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** One line of what a step recorded, for the case history (department and result of a 核对 answer, a decision's amount …). */
export const eventDetail = (action: string, data: unknown): string | null => {
  if (!isRecord(data)) return null;
  const E = saText.eventDetail;
  switch (action) {
    case 'apply': {
      const missing = Array.isArray(data['oneTimeNotice']) ? data['oneTimeNotice'].length : 0;
      return `${labelOf(APPLICATION_CHANNEL_LABELS, str(data['channel']))}${missing > 0 ? `；${E.missing(missing)}` : ''}`;
    }
    case 'request-verification': {
      const requests = Array.isArray(data['requests']) ? data['requests'] : [];
      return E.verificationRequested(requests.length, str(data['dueOn']));
    }
    case 'verification-response':
      return `${labelOf(DEPARTMENT_LABELS, str(data['department']))}：${labelOf(saText.labels.verificationResult, str(data['result']))}`;
    case 'investigate':
      return Array.isArray(data['investigators']) ? data['investigators'].join('、') : null;
    case 'preliminary-review':
      return `${labelOf(saText.labels.opinion, str(data['opinion']))}${typeof data['amountFen'] === 'number' ? `；${E.amount(formatYuan(data['amountFen']))}` : ''}`;
    case 'start-publicity': {
      const period = str(data['firstDay']) && str(data['lastDay']) ? `${str(data['firstDay'])} ~ ${str(data['lastDay'])}` : null;
      const round = typeof data['round'] === 'number' && data['round'] > 1 ? stepText.events.republication(data['round']) : null;
      return [round, period].filter(Boolean).join('：') || null;
    }
    case 'pay-advance':
      return typeof data['amountFen'] === 'number' ? stepText.events.advancePaid(formatYuan(data['amountFen']), str(data['dueOn'])) : null;
    case 'complete-advance':
      return data['onTime'] === false ? stepText.events.late : stepText.events.onTime;
    case 'record-authorisation':
      return stepText.events.signedBy(str(data['personName']), str(data['signerName']));
    case 'handle-objection':
      return labelOf(saText.labels.objectionOutcome, str(data['outcome']));
    case 'county-check':
      return labelOf(saText.labels.countyCheckKind, str(data['kind']));
    case 'decide':
    case 'township-decide':
      return `${labelOf(saText.labels.decision, str(data['decision']))}${typeof data['amountFen'] === 'number' ? `；${E.amount(formatYuan(data['amountFen']))}` : ''}`;
    case 'serve-notice':
      return labelOf(saText.labels.noticeMethod, str(data['method']));
    default:
      return null;
  }
};
