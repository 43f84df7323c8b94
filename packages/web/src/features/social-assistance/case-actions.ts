import { LIVE_APPLICATION_STATUSES, ROLE_PERMISSIONS, type Permission, type Role, type TMe } from '@mz/shared';
import { yuanToFen } from './money-format';
import type { ApplicationDetail } from './social-assistance.types';

// Which workflow steps a user may take on a case now, and the request body of each step. Mirrors
// the server's rules (workflow.rules.ts ALLOWED_FROM and guards) so that the case file shows
// buttons for the allowed next steps only; the server decides again and explains any refusal.

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
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Where a step is done: at the township (or village) counter, at the county office, or either. */
export type ActionLevel = 'township' | 'county' | 'any';

export type ActionDefinition = {
  /** POST /api/assistance/applications/:id/<path> */
  path: string;
  permission: Permission;
  level: ActionLevel;
  /** Asks for confirmation first: the step cannot be undone. */
  irreversible: boolean;
};

export const ACTION_DEFINITIONS: Record<CaseAction, ActionDefinition> = {
  supplement: { path: 'supplement', permission: 'assistance:apply', level: 'any', irreversible: false },
  accept: { path: 'accept', permission: 'assistance:apply', level: 'any', irreversible: true },
  investigate: { path: 'investigation', permission: 'assistance:apply', level: 'any', irreversible: false },
  'request-verification': { path: 'verifications', permission: 'assistance:apply', level: 'any', irreversible: false },
  'preliminary-review': { path: 'preliminary-review', permission: 'assistance:review', level: 'township', irreversible: true },
  'start-publicity': { path: 'publicity', permission: 'assistance:review', level: 'township', irreversible: true },
  'record-objection': { path: 'objections', permission: 'assistance:apply', level: 'any', irreversible: false },
  'submit-to-county': { path: 'submit-to-county', permission: 'assistance:review', level: 'township', irreversible: true },
  'township-decide': { path: 'township-decision', permission: 'assistance:review', level: 'township', irreversible: true },
  'county-check': { path: 'county-checks', permission: 'assistance:review', level: 'county', irreversible: false },
  decide: { path: 'decision', permission: 'assistance:approve', level: 'county', irreversible: true },
  'serve-notice': { path: 'notice', permission: 'assistance:apply', level: 'any', irreversible: true },
  withdraw: { path: 'withdraw', permission: 'assistance:apply', level: 'any', irreversible: true },
};

const COUNTY_LEVELS = ['county', 'prefecture', 'province', 'nation'];
const TOWNSHIP_LEVELS = ['township', 'village'];

export type Ability = (permission: Permission, level: ActionLevel) => boolean;

/**
 * What the signed-in user may do at which level: a permission counts at a level when a role that
 * grants it is assigned at a division of that level (a county reviewer answers 核对 requests; a
 * township clerk does the 初审).
 */
export const abilityOf = (me: Pick<TMe, 'assignments' | 'permissions'>): Ability => {
  return (permission, level) => {
    if (!me.permissions.includes(permission)) return false;
    if (level === 'any') return true;
    const levels = level === 'county' ? COUNTY_LEVELS : TOWNSHIP_LEVELS;
    return me.assignments.some(
      (a) =>
        levels.includes(a.divisionLevel) && (ROLE_PERMISSIONS[a.role as Role] as readonly Permission[] | undefined)?.includes(permission),
    );
  };
};

export type CaseFacts = {
  outstandingItems: number;
  pendingVerifications: number;
  openObjections: number;
};

export const caseFacts = (app: Pick<ApplicationDetail, 'missing_items' | 'verifications' | 'publicities'>): CaseFacts => ({
  outstandingItems: app.missing_items.filter((m) => m.receivedOn === null).length,
  pendingVerifications: app.verifications.filter((v) => v.status === 'pending').length,
  openObjections: app.publicities
    .filter((p) => p.status === 'running')
    .flatMap((p) => p.objections)
    .filter((o) => o.status === 'open').length,
});

type CaseForActions = Pick<
  ApplicationDetail,
  | 'status'
  | 'missing_items'
  | 'verifications'
  | 'publicities'
  | 'commitment_signed'
  | 'authorisation_signed'
  | 'investigated_on'
  | 'notice_served_on'
  | 'programme'
  | 'assessment'
>;

/** Whether a step fits the case's status and facts (before asking who the user is). */
export const isActionOpen = (action: CaseAction, app: CaseForActions, options: { delegated: boolean }): boolean => {
  const facts = caseFacts(app);
  const s = app.status;
  switch (action) {
    case 'supplement':
      return s === 'submitted' && (facts.outstandingItems > 0 || !app.commitment_signed || !app.authorisation_signed);
    case 'accept':
      return s === 'submitted' && facts.outstandingItems === 0 && app.commitment_signed && app.authorisation_signed;
    case 'investigate':
      return (s === 'accepted' || s === 'investigating') && app.investigated_on === null;
    case 'request-verification':
      return (s === 'accepted' || s === 'investigating') && app.authorisation_signed && facts.pendingVerifications === 0;
    case 'preliminary-review':
      return s === 'investigating' && app.investigated_on !== null && facts.pendingVerifications === 0;
    case 'start-publicity':
      return s === 'preliminary-reviewed';
    case 'record-objection':
      return s === 'in-publicity';
    case 'submit-to-county':
      return s === 'in-publicity' && facts.openObjections === 0;
    case 'township-decide': {
      const withinTownshipLimit = app.programme === 'temporary-assistance' && app.assessment?.approvalLevel === 'township';
      return s === 'in-publicity' && facts.openObjections === 0 && (options.delegated || withinTownshipLimit);
    }
    case 'county-check':
    case 'decide':
      return s === 'county-review';
    case 'serve-notice':
      return (s === 'approved' || s === 'refused') && app.notice_served_on === null;
    case 'withdraw':
      return (LIVE_APPLICATION_STATUSES as readonly string[]).includes(s);
  }
};

/** The steps this user may take on this case now, in statutory order (withdrawal last). */
export const availableActions = (app: CaseForActions, can: Ability, options: { delegated: boolean }): CaseAction[] =>
  CASE_ACTIONS.filter((action) => {
    const def = ACTION_DEFINITIONS[action];
    return can(def.permission, def.level) && isActionOpen(action, app, options);
  });

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
