import { sql, type Selectable, type Updateable } from 'kysely';
import { LIVE_APPLICATION_STATUSES, type ApplicationStatus, type AssistanceProgramme, type TApplicationListQuery } from '@mz/shared';
import type { Database } from '../../../db/database';
import { pageTotal } from '../../../db/bounded-count';
import { withinScope, type Scope } from '../../../platform/scope/scope';
import { json } from '../social-assistance.deps';
import type { AssistanceApplicationTable } from '../social-assistance.tables';
import type { CaseState, PlannedDeadline } from './workflow.rules';

// All SQL of assistance cases: the case row, its events, clocks, 公示 and objections, lists and tasks.

export type ApplicationRow = Selectable<AssistanceApplicationTable>;

export const findApplication = (db: Database, id: number, scope: Scope) =>
  db
    .selectFrom('assistance_application as a')
    .selectAll('a')
    .where('a.id', '=', id)
    .where((eb) => withinScope(eb.ref('a.division_id'), scope))
    .executeTakeFirst();

export const updateApplication = (db: Database, id: number, patch: Updateable<AssistanceApplicationTable>) =>
  db
    .updateTable('assistance_application')
    .set({ ...patch, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export type MissingItem = { item: string; notifiedOn: string; receivedOn: string | null };
export type CountyCheck = { kind: 'home-visit' | 'spot-check'; on: string; investigators: string[]; findings: string; by: number };

export const currentPublicity = (db: Database, applicationId: number) =>
  db
    .selectFrom('publicity')
    .selectAll()
    .where('application_id', '=', applicationId)
    .where('status', '<>', 'superseded')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();

/** The snapshot the workflow rules look at. */
export const loadCaseState = async (db: Database, app: ApplicationRow): Promise<CaseState> => {
  const [pending, publicity, objections] = await Promise.all([
    db
      .selectFrom('verification_request')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('application_id', '=', app.id)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow(),
    currentPublicity(db, app.id),
    db
      .selectFrom('publicity_objection')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('application_id', '=', app.id)
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow(),
  ]);
  const missing = (app.missing_items ?? []) as MissingItem[];
  const checks = (app.county_checks ?? []) as CountyCheck[];
  const investigation = app.investigation as { investigators?: string[] } | null;
  return {
    programme: app.programme as AssistanceProgramme,
    status: app.status as ApplicationStatus,
    appliedOn: app.applied_on,
    acceptedOn: app.accepted_on,
    outstandingItems: missing.filter((m) => m.receivedOn === null).map((m) => m.item),
    commitmentSigned: app.commitment_signed,
    authorisationSigned: app.authorisation_signed,
    investigatedOn: app.investigated_on,
    investigatorCount: new Set(investigation?.investigators ?? []).size,
    pendingVerifications: Number(pending.n),
    preliminaryOn: app.preliminary_on,
    publicity: publicity
      ? { firstDay: publicity.first_day, lastDay: publicity.last_day, nextStepFrom: publicity.next_step_from, days: 7 }
      : null,
    openObjections: Number(objections.n),
    submittedToCountyOn: app.submitted_to_county_on,
    separateRegistration: app.separate_registration,
    spotCheckRequired: app.spot_check_required,
    countyHomeVisitOn: checks.find((c) => c.kind === 'home-visit')?.on ?? null,
    countySpotCheckOn: checks.find((c) => c.kind === 'spot-check')?.on ?? null,
    decidedOn: app.decided_on,
    noticeServedOn: app.notice_served_on,
    advancePaidOn: app.advance_paid_on,
    advanceDueOn: app.advance_due_on,
    advanceCompletedOn: app.advance_completed_on,
  };
};

export const insertEvent = (
  db: Database,
  app: ApplicationRow,
  event: {
    action: string;
    from: string | null;
    to: string;
    on: string;
    actorId: number;
    actorName: string;
    note?: string | null | undefined;
    data?: unknown;
  },
) =>
  db
    .insertInto('application_event')
    .values({
      province_code: app.province_code,
      application_id: app.id,
      division_id: app.division_id,
      action: event.action,
      from_status: event.from,
      to_status: event.to,
      on_date: event.on,
      actor_id: event.actorId,
      actor_name: event.actorName,
      note: event.note ?? null,
      data: event.data === undefined ? null : json(event.data),
    })
    .execute();

export const insertDeadlines = (db: Database, app: ApplicationRow, deadlines: PlannedDeadline[]) =>
  deadlines.length === 0
    ? Promise.resolve()
    : db
        .insertInto('application_deadline')
        .values(
          deadlines.map((d) => ({
            province_code: app.province_code,
            application_id: app.id,
            division_id: app.division_id,
            code: d.code,
            level: d.level,
            label: d.label,
            triggered_on: d.triggeredOn,
            due_on: d.dueOn,
            provisional: d.provisional,
            explanation: d.explanation,
          })),
        )
        .execute()
        .then(() => undefined);

/** Stop running clocks (all of them when `codes` is null). */
export const completeDeadlines = (db: Database, applicationId: number, codes: readonly string[] | null, on: string) => {
  let q = db
    .updateTable('application_deadline')
    .set({ completed_on: on })
    .where('application_id', '=', applicationId)
    .where('completed_on', 'is', null);
  if (codes !== null) {
    if (codes.length === 0) return Promise.resolve();
    q = q.where('code', 'in', [...codes]);
  }
  return q.execute().then(() => undefined);
};

const OVERALL_CODES = ['DIBAO_OVERALL', 'DIBAO_OVERALL_DELEGATED', 'RIGID_OVERALL'];

/** Re-plan the running overall clocks with `replan` (e.g. the special-case limit after an objection). */
export const extendOverallDeadlines = async (
  db: Database,
  applicationId: number,
  replan: (d: { code: string; level: string; triggered_on: string }) => PlannedDeadline,
) => {
  const running = await db
    .selectFrom('application_deadline')
    .select(['id', 'code', 'level', 'triggered_on', 'due_on'])
    .where('application_id', '=', applicationId)
    .where('completed_on', 'is', null)
    .where('code', 'in', OVERALL_CODES)
    .execute();
  const changed: { code: string; dueOn: string }[] = [];
  for (const d of running) {
    const next = replan(d);
    if (next.dueOn === d.due_on) continue;
    await db
      .updateTable('application_deadline')
      .set({
        due_on: next.dueOn,
        label: next.label,
        explanation: `${next.explanation}（公示期间异议成立，按特殊情况办理时限）`,
        provisional: next.provisional,
      })
      .where('id', '=', d.id)
      .execute();
    changed.push({ code: d.code, dueOn: next.dueOn });
  }
  return changed;
};

export const findDeadlines = (db: Database, applicationId: number) =>
  db
    .selectFrom('application_deadline')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('triggered_on')
    .orderBy('id')
    .execute();

/** Live cases of the same programme that involve any of these persons (by ID number, any household). */
export const liveCasesOfPersons = (db: Database, citizenIds: string[], programme: string) =>
  citizenIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('assistance_application as a')
        .innerJoin('household_member as m', (j) =>
          j.onRef('m.household_id', '=', 'a.household_id').onRef('m.province_code', '=', 'a.province_code'),
        )
        .innerJoin('division as d', 'd.id', 'a.division_id')
        .select(['a.id', 'a.household_id', 'a.division_id', 'd.name as division_name', 'm.citizen_id', 'm.name'])
        .where('a.programme', '=', programme)
        .where('a.status', 'in', [...LIVE_APPLICATION_STATUSES])
        .where('m.valid_to', 'is', null)
        .where(sql<boolean>`m.citizen_id = any(${sql.val(citizenIds)}::text[])`)
        .execute();

export const listApplications = async (db: Database, query: TApplicationListQuery, scope: Scope) => {
  let base = db.selectFrom('assistance_application as a').where((eb) => withinScope(eb.ref('a.division_id'), scope));
  if (query.status) base = base.where('a.status', '=', query.status);
  if (query.programme) base = base.where('a.programme', '=', query.programme);
  if (query.householdId) base = base.where('a.household_id', '=', query.householdId);
  if (query.divisionId !== undefined) {
    const root = query.divisionId;
    base = base.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('division_closure as dc')
          .select('dc.depth')
          .where('dc.ancestor_id', '=', root)
          .whereRef('dc.descendant_id', '=', 'a.division_id'),
      ),
    );
  }
  // The page first, then only its rows decorated (as the household list: planning over 20 rows).
  const page = base
    .select([
      'a.id',
      'a.province_code',
      'a.household_id',
      'a.division_id',
      'a.applicant_member_id',
      'a.programme',
      'a.channel',
      'a.status',
      'a.current_step',
      'a.applied_on',
      'a.decided_on',
      'a.decision',
      'a.amount_fen',
      'a.overall_due_on',
    ])
    .orderBy('a.id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const items = await db
    .selectFrom(page.as('p'))
    .leftJoin('household_member as m', (j) =>
      j.onRef('m.id', '=', 'p.applicant_member_id').onRef('m.province_code', '=', 'p.province_code'),
    )
    .select([
      'p.id',
      'p.household_id',
      'p.division_id',
      sql<string>`(select d.name from division d where d.id = p.division_id)`.as('division_name'),
      'p.programme',
      'p.channel',
      'p.status',
      'p.current_step',
      'p.applied_on',
      'p.decided_on',
      'p.decision',
      'p.amount_fen',
      'p.overall_due_on',
      'm.name as applicant_name',
    ])
    .orderBy('p.id', 'desc')
    .execute();
  const counted = await pageTotal(db, base, { ...query, items: items.length });
  return { items, ...counted };
};

/** Open clocks in scope due on or before `dueBy` (null = all open), earliest first. */
export const openDeadlines = async (
  db: Database,
  scope: Scope,
  options: {
    level: 'township' | 'county' | 'all';
    /** Only this division's subtree (already checked to lie in the scope). */
    divisionId: number | null;
    dueFrom: string | null;
    dueBy: string | null;
    page: number;
    pageSize: number;
  },
) => {
  let base = db
    .selectFrom('application_deadline as dl')
    .innerJoin('assistance_application as a', (j) =>
      j.onRef('a.id', '=', 'dl.application_id').onRef('a.province_code', '=', 'dl.province_code'),
    )
    .innerJoin('division as d', 'd.id', 'dl.division_id')
    .where('dl.completed_on', 'is', null)
    .where((eb) => withinScope(eb.ref('dl.division_id'), scope));
  if (options.level !== 'all') base = base.where('dl.level', '=', options.level);
  if (options.divisionId !== null) {
    const root = options.divisionId;
    base = base.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('division_closure as dc')
          .select('dc.depth')
          .where('dc.ancestor_id', '=', root)
          .whereRef('dc.descendant_id', '=', 'dl.division_id'),
      ),
    );
  }
  if (options.dueBy !== null) base = base.where('dl.due_on', '<=', options.dueBy);
  if (options.dueFrom !== null) base = base.where('dl.due_on', '>=', options.dueFrom);
  const [items, total] = await Promise.all([
    base
      .leftJoin('household_member as m', (j) =>
        j.onRef('m.id', '=', 'a.applicant_member_id').onRef('m.province_code', '=', 'a.province_code'),
      )
      .selectAll('dl')
      .select(['a.household_id', 'a.programme', 'a.status as application_status', 'd.name as division_name', 'm.name as applicant_name'])
      .orderBy('dl.due_on')
      .orderBy('dl.id')
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
};

/** 特困 cases sent to the county in this county and year so far, and how many were picked for spot checks. */
export const spotCheckCounts = async (db: Database, countyId: number, year: string) => {
  const row = await db
    .selectFrom('assistance_application as a')
    .innerJoin('division_closure as dc', 'dc.descendant_id', 'a.division_id')
    .select([(eb) => eb.fn.countAll<number>().as('submitted'), sql<number>`count(*) filter (where a.spot_check_required)`.as('selected')])
    .where('dc.ancestor_id', '=', countyId)
    .where('a.programme', '=', 'extreme-poverty')
    .where('a.submitted_to_county_on', '>=', `${year}-01-01`)
    .where('a.submitted_to_county_on', '<=', `${year}-12-31`)
    .executeTakeFirstOrThrow();
  return { submitted: Number(row.submitted), selected: Number(row.selected) };
};

/** The county (level 'county' ancestor) of a division. */
export const countyOf = (db: Database, divisionId: number) =>
  db
    .selectFrom('division_closure as dc')
    .innerJoin('division as d', 'd.id', 'dc.ancestor_id')
    .select(['d.id', 'd.code', 'd.name'])
    .where('dc.descendant_id', '=', divisionId)
    .where('d.level', '=', 'county')
    .executeTakeFirst();

/** Which of `divisionIds` cover `divisionId` (itself or an ancestor), with their level. */
export const coveringDivisions = (db: Database, divisionId: number, divisionIds: number[]) =>
  divisionIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('division_closure as dc')
        .innerJoin('division as d', 'd.id', 'dc.ancestor_id')
        .select(['d.id', 'd.level'])
        .where('dc.descendant_id', '=', divisionId)
        .where('dc.ancestor_id', 'in', divisionIds)
        .execute();
