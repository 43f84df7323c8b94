import { yuanToFen } from './money-format';

// The HTTP side of the workflow steps: the path of each step and its request body from the form's
// values. Which steps the user may take now (and why not) comes from the server
// (GET /api/assistance/applications/:id/next-steps), never from rules repeated here.

export const CASE_ACTIONS = [
  'supplement',
  'accept',
  'investigate',
  'request-verification',
  'preliminary-review',
  'start-publicity',
  'record-objection',
  'submit-to-county',
  'township-decide',
  'county-check',
  'decide',
  'serve-notice',
  'withdraw',
  'pay-advance',
  'complete-advance',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const isCaseAction = (action: string): action is CaseAction => (CASE_ACTIONS as readonly string[]).includes(action);

/** POST /api/assistance/applications/:id/<path> */
export const ACTION_PATHS: Record<CaseAction, string> = {
  supplement: 'supplement',
  accept: 'accept',
  investigate: 'investigation',
  'request-verification': 'verifications',
  'preliminary-review': 'preliminary-review',
  'start-publicity': 'publicity',
  'record-objection': 'objections',
  'submit-to-county': 'submit-to-county',
  'township-decide': 'township-decision',
  'county-check': 'county-checks',
  decide: 'decision',
  'serve-notice': 'notice',
  withdraw: 'withdraw',
  'pay-advance': 'advance',
  'complete-advance': 'advance/complete',
};

// ---------------------------------------------------------------------------------------------
// Request bodies. The contracts are strict: only their own fields, dates as YYYY-MM-DD, money in fen.

type Values = Record<string, unknown>;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const texts = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : [];
const fen = (v: unknown): number => yuanToFen(typeof v === 'number' || typeof v === 'string' ? v : null) ?? 0;
const withNote = <T extends object>(body: T, note: unknown): T & { note?: string } => {
  const n = text(note);
  return n === undefined ? body : { ...body, note: n };
};
const date = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Body of a step from the form's values (dates already YYYY-MM-DD strings). */
export const buildActionBody = (action: CaseAction, v: Values, context: { programme: string }): Record<string, unknown> => {
  switch (action) {
    case 'supplement':
      return withNote(
        {
          on: date(v['on']),
          receivedItems: texts(v['receivedItems']),
          ...(v['commitmentSigned'] === true ? { commitmentSigned: true } : {}),
          ...(v['authorisationSigned'] === true ? { authorisationSigned: true } : {}),
        },
        v['note'],
      );
    case 'accept':
    case 'submit-to-county':
      return withNote({ on: date(v['on']) }, v['note']);
    case 'investigate': {
      const neighbours = text(v['neighbourVisits']);
      return withNote(
        {
          on: date(v['on']),
          investigators: texts(v['investigators']),
          homeVisit: {
            visitedOn: date(v['visitedOn'] ?? v['on']),
            membersPresent: texts(v['membersPresent']),
            findings: text(v['findings']) ?? '',
          },
          ...(neighbours ? { neighbourVisits: neighbours } : {}),
        },
        v['note'],
      );
    }
    case 'request-verification':
      return { on: date(v['on']), departments: texts(v['departments']) };
    case 'preliminary-review': {
      const body: Record<string, unknown> = withNote({ on: date(v['on']), opinion: v['opinion'] }, v['note']);
      if (context.programme === 'rigid-expenditure') {
        body['rigid'] = {
          totalIncome12MonthsFen: fen(v['totalIncome12Months']),
          medicalFen: fen(v['medical']),
          educationFen: fen(v['education']),
          disabilityRehabilitationFen: fen(v['rehabilitation']),
          otherFen: fen(v['otherSpending']),
        };
      }
      if (context.programme === 'temporary-assistance' && text(v['eventKey'])) {
        body['temporary'] = {
          eventKey: text(v['eventKey']),
          monthlyDisposableIncomeFen: fen(v['monthlyDisposable']),
          totalIncome12MonthsFen: fen(v['totalIncome12Months']),
          necessarySpendingFen: fen(v['necessarySpending']),
          standardMultiple: typeof v['standardMultiple'] === 'number' ? v['standardMultiple'] : 0,
          multipleReason: text(v['multipleReason']) ?? '',
        };
      }
      return body;
    }
    case 'start-publicity':
      return withNote({ startsOn: date(v['on']), location: text(v['location']) ?? '' }, v['note']);
    case 'record-objection': {
      const objector = text(v['objector']);
      return { receivedOn: date(v['on']), ...(objector ? { objector } : {}), content: text(v['content']) ?? '' };
    }
    case 'township-decide':
    case 'decide': {
      const reason = text(v['reasonText']);
      return withNote(
        { on: date(v['on']), decision: v['decision'], ...(v['decision'] === 'refuse' && reason ? { reasonText: reason } : {}) },
        v['note'],
      );
    }
    case 'county-check':
      return { on: date(v['on']), kind: v['kind'], investigators: texts(v['investigators']), findings: text(v['findings']) ?? '' };
    case 'serve-notice':
      return withNote({ on: date(v['on']), method: v['method'] }, v['note']);
    case 'withdraw':
      return { on: date(v['on']), reason: text(v['reason']) ?? '' };
    case 'pay-advance':
      return withNote(
        {
          on: date(v['on']),
          amountFen: fen(v['amount']),
          event: { kind: v['eventKind'], occurredOn: date(v['occurredOn'] ?? v['on']), description: text(v['eventDescription']) ?? '' },
          method: v['method'],
        },
        v['note'],
      );
    case 'complete-advance':
      return { on: date(v['on']), explanation: text(v['explanation']) ?? '', signedBy: texts(v['signedBy']) };
  }
};

/** Body of 处理公示异议 (per objection). */
export const buildObjectionHandling = (v: Values): Record<string, unknown> => {
  const held = v['democraticReview'] === true;
  return {
    on: date(v['on']),
    outcome: v['outcome'],
    handling: text(v['handling']) ?? '',
    ...(held
      ? {
          democraticReview: {
            heldOn: date(v['reviewHeldOn'] ?? v['on']),
            participants: typeof v['reviewParticipants'] === 'number' ? v['reviewParticipants'] : 0,
            result: text(v['reviewResult']) ?? '',
          },
        }
      : {}),
  };
};
