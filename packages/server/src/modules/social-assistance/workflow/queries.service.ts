import {
  AppError,
  ROLE_PERMISSIONS,
  type Permission,
  type TApplicationListQuery,
  type TDeadlineView,
  type TNextSteps,
  type TTaskItem,
  type TTaskQuery,
} from '@mz/shared';
import type { CallContext } from '../../../platform/http/context';
import { requireDivisionInScope } from '../operations.common';
import { countySettingFor } from '../parameters/parameters.service';
import { addDays } from '../rules/calendar-date';
import { addWorkingDays, evaluateDeadlineStatus } from '../rules/working-days.rules';
import { todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import { describeMissing } from '../verification/authorisation.rules';
import { authorisationGaps } from '../verification/authorisation.service';
import * as repo from './workflow.repository';
import { nextSteps, type StepLevel } from './next-steps.rules';
import { WORKFLOW_CALENDAR } from './workflow.rules';

// Read side of cases: the list, the steps the caller may take now (next-steps), and the task queue of
// overdue and due-soon clocks per township and county (optionally one division's subtree). The case
// file itself is case-file.service.ts.

export const listApplications = async (deps: SocialAssistanceDeps, ctx: CallContext, query: TApplicationListQuery) => {
  const { items, total, totalCapped } = await repo.listApplications(deps.db, query, ctx.scope);
  return { items, total, totalCapped, page: query.page, pageSize: query.pageSize };
};

export const deadlineView = (d: Awaited<ReturnType<typeof repo.findDeadlines>>[number]): TDeadlineView => ({
  code: d.code,
  label: d.label,
  level: d.level as 'township' | 'county',
  triggeredOn: d.triggered_on,
  dueOn: d.due_on,
  completedOn: d.completed_on,
  provisional: d.provisional,
  explanation: d.explanation,
});

export const listTasks = async (deps: SocialAssistanceDeps, ctx: CallContext, query: TTaskQuery) => {
  const asOf = query.asOf ?? todayOf(deps);
  if (query.divisionId !== undefined) await requireDivisionInScope(deps.db, ctx.scope, query.divisionId);
  const root = query.divisionId ?? ctx.scope.roots[0];
  const dueSoonWorkingDays = root === undefined ? 2 : (await countySettingFor(deps.db, root)).dueSoonWorkingDays;
  const dueSoonBy = addWorkingDays(asOf, dueSoonWorkingDays, WORKFLOW_CALENDAR);
  const window =
    query.status === 'overdue'
      ? { dueFrom: null, dueBy: addDays(asOf, -1) }
      : query.status === 'due-soon'
        ? { dueFrom: asOf, dueBy: dueSoonBy }
        : { dueFrom: null, dueBy: null };
  const { items, total } = await repo.openDeadlines(deps.db, ctx.scope, {
    level: query.level,
    divisionId: query.divisionId ?? null,
    ...window,
    page: query.page,
    pageSize: query.pageSize,
  });
  const tasks: TTaskItem[] = items.map((d) => {
    const status = evaluateDeadlineStatus({ dueOn: d.due_on, now: asOf, dueSoonWorkingDays, calendar: WORKFLOW_CALENDAR });
    return {
      applicationId: d.application_id,
      householdId: d.household_id,
      divisionId: d.division_id,
      divisionName: d.division_name,
      programme: d.programme,
      applicationStatus: d.application_status,
      headName: d.applicant_name,
      deadline: deadlineView(d),
      status: status.status === 'overdue' ? 'overdue' : status.status === 'due-soon' ? 'due-soon' : 'on-track',
      remainingWorkingDays: status.remainingWorkingDays,
      overdueWorkingDays: status.overdueWorkingDays,
    };
  });
  return { asOf, dueSoonWorkingDays, items: tasks, total, page: query.page, pageSize: query.pageSize };
};

const COUNTY_OR_ABOVE = ['county', 'prefecture', 'province', 'nation'];

/** The steps the caller may take on this case now, with reasons for the disabled ones (next-steps.rules.ts). */
export const getNextSteps = async (deps: SocialAssistanceDeps, ctx: CallContext, id: number): Promise<TNextSteps> => {
  const app = await repo.findApplication(deps.db, id, ctx.scope);
  if (!app) throw new AppError('NOT_FOUND', '救助申请不存在或不在您的管辖范围内');
  const today = todayOf(deps);
  const assignmentDivisions = [...new Set(ctx.actor.assignments.map((a) => a.divisionId))];
  const [state, setting, covering, gaps] = await Promise.all([
    repo.loadCaseState(deps.db, app),
    countySettingFor(deps.db, app.division_id),
    repo.coveringDivisions(deps.db, app.division_id, assignmentDivisions),
    authorisationGaps(deps.db, app, today),
  ]);
  const levelOf = new Map(covering.map((d) => [d.id, d.level]));
  const can = (permission: Permission, level: StepLevel) =>
    ctx.actor.assignments.some((a) => {
      const divisionLevel = levelOf.get(a.divisionId);
      if (divisionLevel === undefined || !ROLE_PERMISSIONS[a.role].includes(permission)) return false;
      return level === 'any' || (level === 'county') === COUNTY_OR_ABOVE.includes(divisionLevel);
    });
  const assessment = app.assessment as { approvalLevel?: string | null } | null;
  const withinTownshipLimit = app.programme === 'temporary-assistance' && assessment?.approvalLevel === 'township';
  const steps = nextSteps(state, {
    today,
    can,
    delegated: setting.delegateApproval || withinTownshipLimit,
    advanceEligible: app.programme === 'temporary-assistance',
    missingAuthorisations: gaps.missing.length > 0 ? describeMissing(gaps.missing) : null,
  });
  return { applicationId: app.id, today, steps };
};
