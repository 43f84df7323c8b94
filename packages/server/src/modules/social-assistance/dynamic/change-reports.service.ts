import { AppError, type TChangeReportCreate, type TChangeReportListQuery, type TReviewDecision } from '@mz/shared';
import type { z } from 'zod';
import type { ZReviewConfirm } from '@mz/shared';
import { inTransaction, type Trx } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { withinScope } from '../../../platform/scope/scope';
import { findHousehold } from '../registry/registry.repository';
import { monthStart, shiftMonth, withCalendar } from '../operations.common';
import { parametersFor } from '../parameters/parameters.service';
import {
  addMonths,
  addWorkingDays,
  computePublicityPeriod,
  determineCareTier,
  evaluateDibaoReview,
  nextMonthOf,
  type AdlItem,
  type DecisionReason,
} from '../social-assistance.rules';
import { json, todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import * as repo from './dynamic.repository';
import { loadHouseholdForRules } from './household-data';

// Change reports (家庭申报 / 工作人员发现 / 定期核查) and the county's review of them (rules doc §4.7):
// 调整 (new amount from the month after the decision), 渐退 (amount unchanged for the 渐退 months, §3.2),
// 停发 (from the month after the decision, written reasons), 特困终止 after a 7-day 公示 (§4.4).
// Each decision runs the pure rules and stores their reasons with the report.

const REVIEW_WORKING_DAYS = 10; // 43号 Art. 23 analogue; a local default for every change kind but death

const requireReport = async (trx: Trx, ctx: CallContext, id: number) => {
  const report = await repo.findChangeReport(trx, id, ctx.scope);
  if (!report) throw new AppError('NOT_FOUND', '变化报告不存在或不在您的管辖范围内');
  return report;
};

const view = (r: repo.ChangeReportRow) => ({
  id: r.id,
  divisionId: r.division_id,
  divisionName: r.division_name,
  householdId: r.household_id,
  recipientId: r.recipient_id,
  source: r.source,
  kind: r.kind,
  description: r.description,
  reportedOn: r.reported_on,
  reviewDueOn: r.review_due_on,
  status: r.status,
  proposedOutcome: r.proposed_outcome,
  outcome: r.outcome,
  decision: r.decision,
  decidedOn: r.decided_on,
  effectiveMonth: r.effective_month?.slice(0, 7) ?? null,
  publicity: r.publicity_first_day
    ? {
        firstDay: r.publicity_first_day,
        lastDay: r.publicity_last_day,
        nextStepFrom: r.publicity_next_step_from,
        location: r.publicity_location,
      }
    : null,
});

export const createChangeReport = (deps: SocialAssistanceDeps, ctx: CallContext, input: TChangeReportCreate) =>
  inTransaction(deps.db, async (trx) => {
    const household = await findHousehold(trx, input.householdId, ctx.scope);
    if (!household) throw new AppError('NOT_FOUND', '家庭不存在或不在您的管辖范围内');
    if (input.reportedOn > todayOf(deps)) {
      throw new AppError('VALIDATION_FAILED', '报告日期不能晚于今天', [
        { path: 'reportedOn', code: 'DATE_IN_FUTURE', message: '不能晚于今天' },
      ]);
    }
    if (input.recipientId !== undefined) {
      const r = await trx
        .selectFrom('assistance_recipient')
        .select('id')
        .where('id', '=', input.recipientId)
        .where('household_id', '=', household.id)
        .executeTakeFirst();
      if (!r) {
        throw new AppError('VALIDATION_FAILED', '该救助对象记录不属于此家庭', [
          { path: 'recipientId', code: 'NOT_IN_HOUSEHOLD', message: '不属于此家庭' },
        ]);
      }
    }
    // Death: review within 3 months (2022通知 §一(三)); otherwise a local default in working days.
    const reviewDueOn =
      input.kind === 'death' ? addMonths(input.reportedOn, 3) : withCalendar(() => addWorkingDays(input.reportedOn, REVIEW_WORKING_DAYS));
    const [id] = await repo.insertChangeReports(trx, [
      {
        province: household.province_code,
        divisionId: household.division_id,
        householdId: household.id,
        recipientId: input.recipientId ?? null,
        source: input.source,
        kind: input.kind,
        description: input.description,
        reportedOn: input.reportedOn,
        reviewDueOn,
        createdBy: ctx.actor.userId,
      },
    ]);
    await recordAudit(trx, ctx.audit, {
      action: 'CHANGE_REPORT_CREATED',
      entity: 'assistance_change_report',
      entityId: id,
      divisionId: household.division_id,
      after: { ...input, reviewDueOn },
    });
    return view(await requireReport(trx, ctx, id as number));
  });

export const getChangeReport = async (deps: SocialAssistanceDeps, ctx: CallContext, id: number) => {
  const report = await repo.findChangeReport(deps.db, id, ctx.scope);
  if (!report) throw new AppError('NOT_FOUND', '变化报告不存在或不在您的管辖范围内');
  return view(report);
};

export const listChangeReports = async (deps: SocialAssistanceDeps, ctx: CallContext, query: TChangeReportListQuery) => {
  let q = deps.db
    .selectFrom('assistance_change_report as c')
    .innerJoin('division as d', 'd.id', 'c.division_id')
    .where((eb) => withinScope(eb.ref('c.division_id'), ctx.scope));
  if (query.divisionId !== undefined) {
    const root = query.divisionId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('division_closure as dc')
          .select('dc.depth')
          .where('dc.ancestor_id', '=', root)
          .whereRef('dc.descendant_id', '=', 'c.division_id'),
      ),
    );
  }
  if (query.status !== undefined) q = q.where('c.status', '=', query.status);
  if (query.overdueOn !== undefined) q = q.where('c.status', 'in', ['open', 'in-publicity']).where('c.review_due_on', '<', query.overdueOn);
  const [count, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q
      .selectAll('c')
      .select('d.name as division_name')
      .orderBy('c.review_due_on')
      .orderBy('c.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
  ]);
  return { total: Number(count.n), page: query.page, pageSize: query.pageSize, items: rows.map(view) };
};

type Decision = { outcome: string; effectiveMonth: string | null; reasons: DecisionReason[]; summary: Record<string, unknown> };

const supplementsOf = (reasons: readonly DecisionReason[]) =>
  reasons.filter((r) => r.code === 'DIBAO_BENEFIT_SUPPLEMENT').reduce((sum, r) => sum + Number(r.inputs['supplementFen'] ?? 0), 0);

/** 'reassess': run the rules on the household's current data and write what they decide. */
const reassess = async (
  trx: Trx,
  recipient: repo.RecipientRow,
  report: repo.ChangeReportRow,
  input: TReviewDecision,
): Promise<Decision> => {
  const { id: parameterId, params } = await parametersFor(trx, recipient.division_id, input.on);
  const from = monthStart(nextMonthOf(input.on));
  const current = await repo.amountInForce(trx, recipient.id, monthStart(input.on));
  const currentAmount = Number(current?.monthly_amount_fen ?? 0);
  const reason = `复核（变化报告${report.id}），自${from.slice(0, 7)}起`;
  if (recipient.programme === 'dibao' && recipient.unit === 'household') {
    if (!input.incomePeriod || !input.cause) {
      throw new AppError('VALIDATION_FAILED', '低保复核须填写新的收入期间和收入变化原因', [
        { path: 'incomePeriod', code: 'REQUIRED', message: '请填写收入期间和原因' },
      ]);
    }
    const household = await loadHouseholdForRules(trx, recipient.household_id);
    const d = evaluateDibaoReview({
      reassessment: {
        household: household.rules,
        incomeItems: household.incomeItems,
        propertyItems: household.propertyItems,
        incomePeriod: input.incomePeriod,
        asOf: input.on,
        params,
      },
      currentMonthlyAmountFen: currentAmount,
      cause: input.cause,
    });
    if (d.outcome === 'continue' && d.newMonthlyAmountFen !== null) {
      await repo.writeAmountPeriods(trx, {
        province: recipient.province_code,
        from,
        until: null,
        parameterId,
        reason,
        rows: [{ recipientId: recipient.id, amountFen: d.newMonthlyAmountFen, standardFen: d.reassessment.standardFen }],
      });
      await trx
        .updateTable('assistance_recipient')
        .set({
          member_count: d.reassessment.income.memberCount,
          counted_income_fen: d.reassessment.income.monthlyIncomeFen,
          supplement_fen: supplementsOf(d.reasons),
        })
        .where('id', '=', recipient.id)
        .where('province_code', '=', recipient.province_code)
        .execute();
      return {
        outcome: d.newMonthlyAmountFen === currentAmount ? 'no-change' : 'adjust',
        effectiveMonth: from,
        reasons: d.reasons,
        summary: { previousAmountFen: currentAmount, newAmountFen: d.newMonthlyAmountFen },
      };
    }
    if (d.outcome === 'gradual-exit' && d.gradualExit) {
      const last = monthStart(d.gradualExit.months.at(-1) as string);
      await repo.endRecipient(trx, recipient, last, 'gradual-exit');
      return {
        outcome: 'gradual-exit',
        effectiveMonth: d.stopFromMonth ? monthStart(d.stopFromMonth) : null,
        reasons: d.reasons,
        summary: { months: d.gradualExit.months, monthlyAmountFen: d.gradualExit.monthlyAmountFen },
      };
    }
    await repo.endRecipient(trx, recipient, monthStart(input.on), 'stopped');
    return { outcome: 'stop', effectiveMonth: from, reasons: d.reasons, summary: { stopFromMonth: from.slice(0, 7) } };
  }
  if (recipient.programme === 'extreme-poverty' && recipient.member_id !== null) {
    const member = await trx
      .selectFrom('household_member')
      .select(['self_care_failed_items', 'name'])
      .where('id', '=', recipient.member_id)
      .executeTakeFirstOrThrow();
    const tier = determineCareTier(member.self_care_failed_items as AdlItem[]);
    const paidArea =
      recipient.care_mode === 'centralised' && params.extremePoverty.centralisedRuralPaidAtUrbanStandard
        ? 'urban'
        : (recipient.area_type as 'urban' | 'rural');
    const basic = params.extremePoverty.basicLivingStandardFen[paidArea];
    const amount = basic + params.extremePoverty.careStandardFen[tier];
    await repo.writeAmountPeriods(trx, {
      province: recipient.province_code,
      from,
      until: null,
      parameterId,
      reason,
      rows: [{ recipientId: recipient.id, amountFen: amount, standardFen: basic }],
    });
    await trx
      .updateTable('assistance_recipient')
      .set({ care_tier: tier })
      .where('id', '=', recipient.id)
      .where('province_code', '=', recipient.province_code)
      .execute();
    return {
      outcome: amount === currentAmount ? 'no-change' : 'adjust',
      effectiveMonth: from,
      reasons: [],
      summary: { previousCareTier: recipient.care_tier, careTier: tier, previousAmountFen: currentAmount, newAmountFen: amount },
    };
  }
  throw new AppError('INVALID_STATE', '该救助项目的复核请选择维持、停发或终止');
};

export const decideReview = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: TReviewDecision) =>
  inTransaction(deps.db, async (trx) => {
    const report = await requireReport(trx, ctx, id);
    if (report.status !== 'open') throw new AppError('INVALID_STATE', '该变化报告已处理');
    if (input.on > todayOf(deps)) {
      throw new AppError('VALIDATION_FAILED', '决定日期不能晚于今天', [{ path: 'on', code: 'DATE_IN_FUTURE', message: '不能晚于今天' }]);
    }
    if (input.on < report.reported_on) {
      throw new AppError('VALIDATION_FAILED', '决定日期不能早于报告日期', [
        { path: 'on', code: 'DATE_BEFORE_REPORT', message: '早于报告日期' },
      ]);
    }
    const recipient =
      report.recipient_id === null
        ? null
        : await trx.selectFrom('assistance_recipient').selectAll().where('id', '=', report.recipient_id).forUpdate().executeTakeFirst();
    if (input.action !== 'no-change' && (!recipient || recipient.status === 'stopped')) {
      throw new AppError('INVALID_STATE', '该变化报告没有关联在享受救助的对象，只能维持');
    }
    let decision: Decision;
    let patch: Record<string, unknown> = {};
    if (input.action === 'no-change') {
      decision = { outcome: 'no-change', effectiveMonth: null, reasons: [], summary: { note: input.reasonText ?? null } };
    } else if (input.action === 'stop') {
      await repo.endRecipient(trx, recipient as repo.RecipientRow, monthStart(input.on), 'stopped');
      decision = {
        outcome: 'stop',
        effectiveMonth: shiftMonth(input.on, 1),
        reasons: [],
        summary: { reasonText: input.reasonText, stopFromMonth: shiftMonth(input.on, 1).slice(0, 7) },
      };
    } else if (input.action === 'terminate') {
      if (recipient?.programme !== 'extreme-poverty') throw new AppError('INVALID_STATE', '只有特困供养适用终止程序，其他项目请选择停发');
      const publicity = input.publicity as { startsOn: string; location: string };
      const period = computePublicityPeriod(publicity.startsOn, 7);
      patch = {
        publicity_first_day: period.firstDay,
        publicity_last_day: period.lastDay,
        publicity_next_step_from: period.nextStepFrom,
        publicity_location: publicity.location,
      };
      decision = { outcome: 'terminate', effectiveMonth: null, reasons: [], summary: { reasonText: input.reasonText, publicity: period } };
    } else {
      decision = await reassess(trx, recipient as repo.RecipientRow, report, input);
    }
    const inPublicity = input.action === 'terminate';
    await trx
      .updateTable('assistance_change_report')
      .set({
        ...patch,
        status: inPublicity ? 'in-publicity' : 'decided',
        proposed_outcome: inPublicity ? 'terminate' : report.proposed_outcome,
        outcome: inPublicity ? null : decision.outcome,
        decision: json({ action: input.action, ...decision.summary, reasons: decision.reasons }),
        decided_on: inPublicity ? null : input.on,
        decided_by: ctx.actor.userId,
        effective_month: decision.effectiveMonth,
      })
      .where('id', '=', report.id)
      .where('province_code', '=', report.province_code)
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: inPublicity ? 'REVIEW_TERMINATION_PUBLICISED' : 'REVIEW_DECIDED',
      entity: 'assistance_change_report',
      entityId: report.id,
      divisionId: report.division_id,
      before: { status: report.status },
      after: {
        action: input.action,
        outcome: decision.outcome,
        effectiveMonth: decision.effectiveMonth,
        recipientId: report.recipient_id,
        ...decision.summary,
      },
    });
    return view(await requireReport(trx, ctx, report.id));
  });

/** After the 7-day 公示 of a 特困 termination: terminate (payment stops from the next month) or withdraw. */
export const confirmTermination = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: z.infer<typeof ZReviewConfirm>) =>
  inTransaction(deps.db, async (trx) => {
    const report = await requireReport(trx, ctx, id);
    if (report.status !== 'in-publicity') throw new AppError('INVALID_STATE', '该变化报告不在公示中');
    if (input.on > todayOf(deps)) {
      throw new AppError('VALIDATION_FAILED', '决定日期不能晚于今天', [{ path: 'on', code: 'DATE_IN_FUTURE', message: '不能晚于今天' }]);
    }
    if (input.outcome === 'terminate' && input.on < (report.publicity_next_step_from as string)) {
      throw new AppError(
        'SOCIAL_ASSISTANCE_PUBLICITY_NOT_ENDED',
        `公示期至${report.publicity_last_day}，${report.publicity_next_step_from}起方可作出终止决定`,
      );
    }
    const terminate = input.outcome === 'terminate';
    if (terminate) {
      const recipient = await trx
        .selectFrom('assistance_recipient')
        .selectAll()
        .where('id', '=', report.recipient_id as number)
        .forUpdate()
        .executeTakeFirstOrThrow();
      await repo.endRecipient(trx, recipient, monthStart(input.on), 'stopped');
    }
    const effectiveMonth = terminate ? shiftMonth(input.on, 1) : null;
    await trx
      .updateTable('assistance_change_report')
      .set({
        status: terminate ? 'decided' : 'withdrawn',
        outcome: terminate ? 'terminate' : null,
        decided_on: input.on,
        decided_by: ctx.actor.userId,
        effective_month: effectiveMonth,
      })
      .where('id', '=', report.id)
      .where('province_code', '=', report.province_code)
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: terminate ? 'EXTREME_POVERTY_TERMINATED' : 'REVIEW_TERMINATION_WITHDRAWN',
      entity: 'assistance_change_report',
      entityId: report.id,
      divisionId: report.division_id,
      before: { status: report.status },
      after: { outcome: input.outcome, on: input.on, stopFromMonth: effectiveMonth?.slice(0, 7) ?? null, note: input.note ?? null },
    });
    return view(await requireReport(trx, ctx, report.id));
  });
