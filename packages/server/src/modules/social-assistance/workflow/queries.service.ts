import { AppError, type TApplicationListQuery, type TDeadlineView, type TTaskItem, type TTaskQuery } from '@mz/shared';
import type { CallContext } from '../../../platform/http/context';
import { countySettingFor } from '../parameters/parameters.service';
import { addDays } from '../rules/calendar-date';
import { addWorkingDays, evaluateDeadlineStatus } from '../rules/working-days.rules';
import { todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import * as repo from './workflow.repository';
import { WORKFLOW_CALENDAR } from './workflow.rules';

// Read side of cases: list, case file (events, clocks, 核对, 公示, documents), and the task queue of
// overdue and due-soon clocks per township and county.

export const listApplications = async (deps: SocialAssistanceDeps, ctx: CallContext, query: TApplicationListQuery) => {
  const { items, total } = await repo.listApplications(deps.db, query, ctx.scope);
  return { items, total, page: query.page, pageSize: query.pageSize };
};

const deadlineView = (d: Awaited<ReturnType<typeof repo.findDeadlines>>[number]): TDeadlineView => ({
  code: d.code,
  label: d.label,
  level: d.level as 'township' | 'county',
  triggeredOn: d.triggered_on,
  dueOn: d.due_on,
  completedOn: d.completed_on,
  provisional: d.provisional,
  explanation: d.explanation,
});

export const getApplication = async (deps: SocialAssistanceDeps, ctx: CallContext, id: number) => {
  const db = deps.db;
  const app = await repo.findApplication(db, id, ctx.scope);
  if (!app) throw new AppError('NOT_FOUND', '救助申请不存在或不在您的管辖范围内');
  const today = todayOf(deps);
  const [events, deadlines, requests, responses, publicities, objections, documents] = await Promise.all([
    db.selectFrom('application_event').selectAll().where('application_id', '=', id).orderBy('id').execute(),
    repo.findDeadlines(db, id),
    db.selectFrom('verification_request').selectAll().where('application_id', '=', id).orderBy('id').execute(),
    db.selectFrom('verification_response').selectAll().where('application_id', '=', id).orderBy('id').execute(),
    db.selectFrom('publicity').selectAll().where('application_id', '=', id).orderBy('id').execute(),
    db.selectFrom('publicity_objection').selectAll().where('application_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('case_document')
      .select(['id', 'kind', 'file_name', 'mime_type', 'size_bytes', 'sha256', 'uploaded_by', 'uploaded_at'])
      .where('application_id', '=', id)
      .orderBy('id')
      .execute(),
  ]);
  return {
    ...app,
    events,
    deadlines: deadlines.map((d) => ({
      ...deadlineView(d),
      ...evaluateDeadlineStatus({ dueOn: d.due_on, now: today, completedOn: d.completed_on, calendar: WORKFLOW_CALENDAR }),
    })),
    verifications: requests.map((r) => ({ ...r, responses: responses.filter((x) => x.request_id === r.id) })),
    publicities: publicities.map((p) => ({ ...p, objections: objections.filter((o) => o.publicity_id === p.id) })),
    documents,
  };
};

export const listTasks = async (deps: SocialAssistanceDeps, ctx: CallContext, query: TTaskQuery) => {
  const asOf = query.asOf ?? todayOf(deps);
  const root = ctx.scope.roots[0];
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
