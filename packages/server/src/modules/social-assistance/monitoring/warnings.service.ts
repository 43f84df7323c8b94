import { sql } from 'kysely';
import { AppError, type TWarningListQuery, type TWarningOutcome } from '@mz/shared';
import { inTransaction } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { withinScope } from '../../../platform/scope/scope';
import { requireDivisionInScope, withCalendar } from '../operations.common';
import {
  addWorkingDays,
  evaluateDeadlineStatus,
  evaluateWarningTriggers,
  type MonitoringEvent,
  type WarningTriggerConfig,
} from '../social-assistance.rules';
import { provinceOf, todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import * as repo from './low-income.repository';
import { buildSnapshot, toMonitoringEvent, warningKey } from './snapshot';
import { thresholdsFrom, DEFAULT_HANDLING_WORKING_DAYS } from './thresholds.service';

// Warning runs and warning tasks (rules doc §5.4–5.5): the households of the monitored population with
// new department events or a date trigger are evaluated by the pure evaluateWarningTriggers with the
// thresholds of their division; each warning becomes a task for the township with a deadline in
// working days (holiday calendar), and staff record its outcome (assisted / referred / no action).

const BATCH = 2_000;

export const evaluateWarnings = (deps: SocialAssistanceDeps, ctx: CallContext, input: { divisionId: number; asOf: string }) =>
  inTransaction(deps.db, async (trx) => {
    const root = await requireDivisionInScope(trx, ctx.scope, input.divisionId);
    if (input.asOf > todayOf(deps)) {
      throw new AppError('VALIDATION_FAILED', '评估日期不能晚于今天', [{ path: 'asOf', code: 'DATE_IN_FUTURE', message: '不能晚于今天' }]);
    }
    const window = await sql<{ days: number; months: number }>`
      select coalesce(max(greatest((config->'STUDENT'->>'adulthoodLookaheadDays')::int, (config->'EXPIRY'->>'daysBefore')::int)), 0) as days,
             coalesce(max((config->'MED_OOP_HIGH'->>'windowMonths')::int), 0) as months from low_income_threshold`.execute(trx);
    const windowDays = Math.max(60, Number(window.rows[0]?.days ?? 0));
    const medicalMonths = Math.max(12, Number(window.rows[0]?.months ?? 0));
    const evaluation = await trx
      .insertInto('low_income_evaluation')
      .values({
        province_code: provinceOf(root.code),
        division_id: root.id,
        as_of: input.asOf,
        households: 0,
        events: 0,
        warnings: 0,
        run_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const dueByDays = new Map<number, string>();
    const dueOn = (days: number) => {
      if (!dueByDays.has(days)) {
        dueByDays.set(
          days,
          withCalendar(() => addWorkingDays(input.asOf, days)),
        );
      }
      return dueByDays.get(days) as string;
    };
    let afterId = 0;
    let households = 0;
    let eventCount = 0;
    let raised = 0;
    const byCode: Record<string, number> = {};
    for (;;) {
      const candidates = await repo.candidateHouseholds(trx, { rootId: root.id, asOf: input.asOf, windowDays, afterId, limit: BATCH });
      if (candidates.length === 0) break;
      afterId = Number(candidates[candidates.length - 1]?.id);
      households += candidates.length;
      const ids = candidates.map((c) => Number(c.id));
      const [members, recipients, flags, incomes, events] = await Promise.all([
        trx
          .selectFrom('household_member')
          .select(['id', 'household_id', 'name', 'birth_date', 'student_stage', 'student_full_time'])
          .where(sql<boolean>`household_id = any(${ids}::bigint[])`)
          .where('valid_to', 'is', null)
          .orderBy('id')
          .execute(),
        repo.batchRecipients(trx, ids, input.asOf),
        repo.batchFlags(trx, ids, input.asOf),
        repo.batchIncome12(trx, ids, input.asOf),
        repo.batchEvents(trx, ids, input.asOf, medicalMonths),
      ]);
      const group = <T extends { household_id: number }>(rows: readonly T[]) => {
        const map = new Map<number, T[]>();
        for (const r of rows) map.set(Number(r.household_id), [...(map.get(Number(r.household_id)) ?? []), r]);
        return map;
      };
      const [m, r, f, e] = [group(members), group(recipients), group(flags), group(events)];
      const income = new Map(incomes.map((i) => [Number(i.household_id), Number(i.total)]));
      const warnings: repo.NewWarning[] = [];
      for (const c of candidates) {
        const id = Number(c.id);
        const thresholds = thresholdsFrom(c);
        const config = thresholds.config as WarningTriggerConfig;
        const snapshot = buildSnapshot({
          householdId: id,
          members: m.get(id) ?? [],
          recipients: r.get(id) ?? [],
          flags: (f.get(id) ?? []).map((x) => x.category),
          income12MonthsFen: income.get(id) ?? null,
        });
        const feed = (e.get(id) ?? []).map(toMonitoringEvent).filter((x): x is MonitoringEvent => x !== null);
        eventCount += (e.get(id) ?? []).filter((x) => !x.evaluated).length;
        for (const w of evaluateWarningTriggers(snapshot, feed, config, input.asOf)) {
          byCode[w.code] = (byCode[w.code] ?? 0) + 1;
          warnings.push({
            province: c.province_code,
            divisionId: c.division_id,
            householdId: id,
            memberId: w.memberId === null ? null : Number(w.memberId),
            code: w.code,
            key: warningKey(w),
            triggeredOn: w.triggeredOn,
            ruleDueOn: w.dueOn,
            raisedOn: input.asOf,
            dueOn: dueOn(thresholds.handlingWorkingDays ?? DEFAULT_HANDLING_WORKING_DAYS),
            action: w.suggestedAction,
            reasons: w.reasons,
          });
        }
      }
      raised += await repo.insertWarnings(trx, evaluation.id, warnings);
      const fresh = events.filter((x) => !x.evaluated).map((x) => Number(x.id));
      if (fresh.length > 0) await sql`update department_event set evaluated_at = now() where id = any(${fresh}::bigint[])`.execute(trx);
    }
    await trx
      .updateTable('low_income_evaluation')
      .set({ households, events: eventCount, warnings: raised })
      .where('id', '=', evaluation.id)
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: 'LOW_INCOME_WARNINGS_EVALUATED',
      entity: 'low_income_evaluation',
      entityId: evaluation.id,
      divisionId: root.id,
      after: { asOf: input.asOf, households, events: eventCount, warnings: raised, byCode },
    });
    return { evaluationId: evaluation.id, asOf: input.asOf, households, events: eventCount, warnings: raised, byCode };
  });

const warningColumns = [
  'w.id',
  'w.division_id',
  'd.name as division_name',
  'w.household_id',
  'w.member_id',
  'm.name as member_name',
  'w.code',
  'w.triggered_on',
  'w.rule_due_on',
  'w.raised_on',
  'w.due_on',
  'w.suggested_action',
  'w.reasons',
  'w.status',
  'w.outcome',
  'w.outcome_note',
  'w.referred_to',
  'w.handled_on',
] as const;

const warningView = (w: { [K in 'id' | 'division_id' | 'household_id']: number } & Record<string, unknown>, today: string) => ({
  id: w.id,
  divisionId: w.division_id,
  divisionName: w['division_name'],
  householdId: w.household_id,
  memberId: w['member_id'],
  memberName: w['member_name'],
  code: w['code'],
  triggeredOn: w['triggered_on'],
  ruleDueOn: w['rule_due_on'],
  raisedOn: w['raised_on'],
  dueOn: w['due_on'],
  suggestedAction: w['suggested_action'],
  reasons: w['reasons'],
  status: w['status'],
  outcome: w['outcome'],
  outcomeNote: w['outcome_note'],
  referredTo: w['referred_to'],
  handledOn: w['handled_on'],
  deadline: withCalendar(() =>
    evaluateDeadlineStatus({ dueOn: w['due_on'] as string, now: today, completedOn: (w['handled_on'] as string | null) ?? null }),
  ),
});

const baseQuery = (deps: SocialAssistanceDeps, ctx: CallContext) =>
  deps.db
    .selectFrom('low_income_warning as w')
    .innerJoin('division as d', 'd.id', 'w.division_id')
    .leftJoin('household_member as m', (j) => j.onRef('m.id', '=', 'w.member_id').onRef('m.province_code', '=', 'w.province_code'))
    .where((eb) => withinScope(eb.ref('w.division_id'), ctx.scope));

export const listWarnings = async (deps: SocialAssistanceDeps, ctx: CallContext, query: TWarningListQuery) => {
  const today = query.asOf ?? todayOf(deps);
  let q = baseQuery(deps, ctx);
  if (query.divisionId !== undefined) {
    const root = query.divisionId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('division_closure as dc')
          .select('dc.depth')
          .where('dc.ancestor_id', '=', root)
          .whereRef('dc.descendant_id', '=', 'w.division_id'),
      ),
    );
  }
  if (query.code !== undefined) q = q.where('w.code', '=', query.code);
  if (query.status === 'open' || query.status === 'closed') q = q.where('w.status', '=', query.status);
  if (query.status === 'overdue') q = q.where('w.status', '=', 'open').where('w.due_on', '<', today);
  if (query.status === 'due-soon') {
    q = q
      .where('w.status', '=', 'open')
      .where('w.due_on', '>=', today)
      .where(
        'w.due_on',
        '<=',
        withCalendar(() => addWorkingDays(today, 2)),
      );
  }
  const [count, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q
      .select(warningColumns)
      .orderBy('w.due_on')
      .orderBy('w.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
  ]);
  return { asOf: today, total: Number(count.n), page: query.page, pageSize: query.pageSize, items: rows.map((w) => warningView(w, today)) };
};

export const getWarning = async (deps: SocialAssistanceDeps, ctx: CallContext, id: number) => {
  const row = await baseQuery(deps, ctx).select(warningColumns).where('w.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '预警不存在或不在您的管辖范围内');
  return warningView(row, todayOf(deps));
};

export const recordOutcome = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: TWarningOutcome) =>
  inTransaction(deps.db, async (trx) => {
    const w = await trx
      .selectFrom('low_income_warning')
      .selectAll()
      .where('id', '=', id)
      .where((eb) => withinScope(eb.ref('division_id'), ctx.scope))
      .forUpdate()
      .executeTakeFirst();
    if (!w) throw new AppError('NOT_FOUND', '预警不存在或不在您的管辖范围内');
    if (w.status !== 'open') throw new AppError('INVALID_STATE', '该预警已办结');
    if (input.on > todayOf(deps) || input.on < w.raised_on) {
      throw new AppError('VALIDATION_FAILED', '办结日期应在预警日期与今天之间', [
        { path: 'on', code: 'DATE_RANGE', message: '日期不在有效范围内' },
      ]);
    }
    await trx
      .updateTable('low_income_warning')
      .set({
        status: 'closed',
        outcome: input.outcome,
        outcome_note: input.note ?? null,
        referred_to: input.referredTo ?? null,
        handled_on: input.on,
        handled_by: ctx.actor.userId,
      })
      .where('id', '=', w.id)
      .where('province_code', '=', w.province_code)
      .execute();
    const onTime = input.on <= w.due_on;
    await recordAudit(trx, ctx.audit, {
      action: 'LOW_INCOME_WARNING_HANDLED',
      entity: 'low_income_warning',
      entityId: w.id,
      divisionId: w.division_id,
      before: { status: w.status },
      after: { outcome: input.outcome, on: input.on, onTime, note: input.note ?? null, referredTo: input.referredTo ?? null },
    });
    return { id: w.id, status: 'closed', outcome: input.outcome, handledOn: input.on, dueOn: w.due_on, onTime };
  });
