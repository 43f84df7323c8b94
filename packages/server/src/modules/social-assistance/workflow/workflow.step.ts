import { AppError, type ApplicationStatus, type AppErrorCode } from '@mz/shared';
import type { Updateable } from 'kysely';
import { inTransaction, type Database, type Trx } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import type { AssistanceApplicationTable } from '../social-assistance.tables';
import * as repo from './workflow.repository';
import {
  COMPLETES,
  currentStep,
  evaluateAction,
  type ActionInput,
  type CaseState,
  type PlannedDeadline,
  type Verdict,
  type WorkflowAction,
} from './workflow.rules';

type Snake<S extends string> = S extends `${infer H}-${infer T}` ? `${H}_${Snake<T>}` : S;
/** The audit code of a step, ASSISTANCE_<ACTION>; each must have a label in @mz/shared AUDIT_ACTION_LABELS. */
const workflowAuditAction = <A extends WorkflowAction>(action: A) =>
  `ASSISTANCE_${action.toUpperCase().replaceAll('-', '_')}` as `ASSISTANCE_${Uppercase<Snake<A>>}`;

// One workflow step, the same way for every action: load the case in scope (404 outside), ask the pure
// rules whether the action is allowed, write the change, stop and start clocks, append the case event
// and the audit row, all in one transaction.

export type Step = { trx: Trx; app: repo.ApplicationRow; state: CaseState; today: string; to: ApplicationStatus };
export type StepEffect<T> = {
  patch?: Updateable<AssistanceApplicationTable>;
  /** Override the status the rules chose (e.g. an upheld objection sends the case back). */
  status?: ApplicationStatus;
  deadlines?: PlannedDeadline[];
  completes?: readonly string[] | null;
  note?: string | null | undefined;
  data?: unknown;
  result: T;
};

const VERDICT_ERRORS: Record<Exclude<Verdict, { ok: true }>['kind'], AppErrorCode> = {
  'invalid-transition': 'SOCIAL_ASSISTANCE_INVALID_TRANSITION',
  blocked: 'SOCIAL_ASSISTANCE_STEP_BLOCKED',
  'no-authorisation': 'SOCIAL_ASSISTANCE_NO_AUTHORISATION',
  'not-delegated': 'SOCIAL_ASSISTANCE_NOT_DELEGATED',
};

export const assertVerdict = (verdict: Verdict): ApplicationStatus => {
  if (verdict.ok) return verdict.to;
  throw new AppError(
    VERDICT_ERRORS[verdict.kind],
    verdict.reasons.join('；'),
    verdict.reasons.map((message) => ({ path: 'workflow', code: verdict.kind, message })),
  );
};

export const requireApplication = async (trx: Trx, ctx: CallContext, id: number) => {
  const app = await repo.findApplication(trx, id, ctx.scope);
  if (!app) throw new AppError('NOT_FOUND', '救助申请不存在或不在您的管辖范围内');
  return app;
};

export const runStep = <T>(
  deps: SocialAssistanceDeps,
  ctx: CallContext,
  applicationId: number,
  action: WorkflowAction,
  input: Omit<ActionInput, 'today'>,
  effect: (step: Step) => Promise<StepEffect<T>>,
  prepare?: (step: Omit<Step, 'to'>) => Promise<Partial<ActionInput>>,
) =>
  inTransaction(deps.db, async (trx) => {
    const today = todayOf(deps);
    const app = await requireApplication(trx, ctx, applicationId);
    const state = await repo.loadCaseState(trx, app);
    const extra = prepare ? await prepare({ trx, app, state, today }) : {};
    const to = assertVerdict(evaluateAction(state, action, { ...input, ...extra, today }));
    const done = await effect({ trx, app, state, today, to });
    const status = done.status ?? to;
    const updated = await repo.updateApplication(trx, app.id, { ...done.patch, status });
    const completes = done.completes === undefined ? (COMPLETES[action] ?? []) : done.completes;
    await repo.completeDeadlines(trx, app.id, completes, input.on);
    await repo.insertDeadlines(trx, updated, done.deadlines ?? []);
    const step = currentStep(await repo.loadCaseState(trx, updated));
    await trx.updateTable('assistance_application').set({ current_step: step }).where('id', '=', app.id).execute();
    await repo.insertEvent(trx, updated, {
      action,
      from: app.status,
      to: status,
      on: input.on,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
      note: done.note ?? input.note,
      data: done.data,
    });
    await recordAudit(trx, ctx.audit, {
      action: workflowAuditAction(action),
      entity: 'assistance_application',
      entityId: app.id,
      divisionId: app.division_id,
      before: { status: app.status, version: app.version },
      after: { status, currentStep: step, on: input.on, ...(done.data === undefined ? {} : { data: done.data }) },
    });
    return done.result;
  });

const COUNTY_LEVELS = ['county', 'prefecture', 'province', 'nation'];

/**
 * The caller acting as a county (or higher) office: its scope narrowed to roots at county level or
 * above. County work (核对 answers, county home visits and spot checks) is refused to township roles.
 */
export const asCountyOffice = async (db: Database, ctx: CallContext): Promise<CallContext> => {
  const roots =
    ctx.scope.roots.length === 0
      ? []
      : await db.selectFrom('division').select(['id', 'level']).where('id', 'in', ctx.scope.roots).execute();
  const county = roots.filter((r) => COUNTY_LEVELS.includes(r.level)).map((r) => r.id);
  if (county.length === 0) throw new AppError('FORBIDDEN', '此项工作由县级民政部门办理');
  return { ...ctx, scope: { roots: county } };
};
