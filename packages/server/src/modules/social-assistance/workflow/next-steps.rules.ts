// Which steps of a case the caller may take now (pure): for every action allowed in the case's status,
// the caller's role (permission at the right level: township counter or county office) and the
// workflow guards evaluated for an act dated today. Disabled steps carry their Chinese reasons, so the
// web shows the same decision the server will take when the step is submitted.
import type { Permission, TNextStep } from '@mz/shared';
import type { IsoDate } from '../rules/calendar-date';
import { ACTION_LABELS, ALLOWED_FROM, WORKFLOW_ACTIONS, evaluateAction, type CaseState, type WorkflowAction } from './workflow.rules';

/** Where a step is done: township (or village) counter, county (or higher) office, or either. */
export type StepLevel = 'township' | 'county' | 'any';

export type StepAccess = { permission: Permission; level: StepLevel; irreversible: boolean };

/** The permission each route declares, the office level that does the step, and whether it is final. */
export const STEP_ACCESS: Record<WorkflowAction, StepAccess> = {
  supplement: { permission: 'assistance:apply', level: 'any', irreversible: false },
  accept: { permission: 'assistance:apply', level: 'any', irreversible: true },
  investigate: { permission: 'assistance:apply', level: 'any', irreversible: false },
  'request-verification': { permission: 'assistance:apply', level: 'any', irreversible: false },
  'preliminary-review': { permission: 'assistance:review', level: 'township', irreversible: true },
  'start-publicity': { permission: 'assistance:review', level: 'township', irreversible: true },
  'record-objection': { permission: 'assistance:apply', level: 'any', irreversible: false },
  'handle-objection': { permission: 'assistance:review', level: 'township', irreversible: true },
  'submit-to-county': { permission: 'assistance:review', level: 'township', irreversible: true },
  'county-check': { permission: 'assistance:review', level: 'county', irreversible: false },
  decide: { permission: 'assistance:approve', level: 'county', irreversible: true },
  'township-decide': { permission: 'assistance:review', level: 'township', irreversible: true },
  'serve-notice': { permission: 'assistance:apply', level: 'any', irreversible: true },
  withdraw: { permission: 'assistance:apply', level: 'any', irreversible: true },
  'pay-advance': { permission: 'assistance:review', level: 'township', irreversible: true },
  'complete-advance': { permission: 'assistance:apply', level: 'any', irreversible: true },
};

const LEVEL_TEXT: Record<StepLevel, string> = { township: '乡镇（街道）', county: '县级民政部门', any: '' };

/** Whether the caller holds `permission` through a role at a division of `level` that covers the case. */
export type CallerAbility = (permission: Permission, level: StepLevel) => boolean;

export type NextStepOptions = {
  today: IsoDate;
  can: CallerAbility;
  /** The county delegated confirmation to townships (or a 临时救助 amount within the township limit). */
  delegated: boolean;
  /** 临时救助 先行救助 is only for 急难型 cases: shown only where the case may use it. */
  advanceEligible: boolean;
  /** Persons still lacking a valid signed 核对授权书 (described), or null. */
  missingAuthorisations?: string | null;
};

/** Steps that only make sense on some cases are left out instead of shown disabled. */
const relevant = (state: CaseState, action: WorkflowAction, options: NextStepOptions): boolean => {
  switch (action) {
    case 'supplement':
      return state.outstandingItems.length > 0 || !state.commitmentSigned || !state.authorisationSigned;
    case 'pay-advance':
      return options.advanceEligible && state.advancePaidOn === null;
    case 'complete-advance':
      return state.advancePaidOn !== null && state.advanceCompletedOn === null;
    case 'township-decide':
      return options.delegated;
    case 'county-check':
      return state.separateRegistration || state.spotCheckRequired || state.status === 'county-review';
    case 'serve-notice':
      return state.noticeServedOn === null;
    default:
      return true;
  }
};

export const nextSteps = (state: CaseState, options: NextStepOptions): TNextStep[] => {
  const { today } = options;
  const objectionDay = state.publicity !== null && state.publicity.lastDay < today ? state.publicity.lastDay : today;
  return WORKFLOW_ACTIONS.filter((action) => ALLOWED_FROM[action].includes(state.status) && relevant(state, action, options)).map(
    (action) => {
      const access = STEP_ACCESS[action];
      const roleReasons = options.can(access.permission, access.level)
        ? []
        : [`您的角色不能办理“${ACTION_LABELS[action]}”${access.level === 'any' ? '' : `（由${LEVEL_TEXT[access.level]}办理）`}`];
      const verdict = evaluateAction(state, action, {
        on: today,
        today,
        // A probe of the guards that depend on the case, not on what the form will say.
        investigators: ['调查人员一', '调查人员二'],
        delegated: options.delegated,
        objectionReceivedOn: action === 'record-objection' ? objectionDay : today,
      });
      const ruleReasons = verdict.ok ? [] : verdict.reasons;
      const extra = [
        ...(action === 'handle-objection' && state.openObjections === 0 ? ['没有待处理的公示异议'] : []),
        ...(action === 'request-verification' && options.missingAuthorisations && ruleReasons.length === 0
          ? [options.missingAuthorisations]
          : []),
      ];
      const reasons = [...roleReasons, ...ruleReasons, ...extra];
      return { action, label: ACTION_LABELS[action], allowed: reasons.length === 0, reasons, irreversible: access.irreversible };
    },
  );
};
