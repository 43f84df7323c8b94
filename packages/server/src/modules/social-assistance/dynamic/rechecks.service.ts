import { AppError, type TRecheckDueQuery, type TRecheckRecord } from '@mz/shared';
import { inTransaction } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { requireCountyInScope, withCalendar } from '../operations.common';
import { parametersFor } from '../parameters/parameters.service';
import { addMonths, addWorkingDays, determineHouseholdMembers } from '../social-assistance.rules';
import { determineDibaoReviewInterval } from '../rules/review-interval.rules';
import { todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import * as repo from './dynamic.repository';
import { loadHouseholdForRules } from './household-data';

// 定期核查 (rules doc §4.7; 57号 Art. 31): due lists per township, a set-based first schedule for a
// county, and the record of a recheck, which sets the next date by the household's review class and
// opens a change report when a change was found.

export const listDue = async (deps: SocialAssistanceDeps, ctx: CallContext, query: TRecheckDueQuery) => {
  const before = query.before ?? todayOf(deps);
  const today = todayOf(deps);
  const [byTownship, rows] = await repo.dueRechecks(deps.db, ctx.scope, {
    before,
    divisionId: query.divisionId,
    page: query.page,
    pageSize: query.pageSize,
  });
  return {
    before,
    total: byTownship.reduce((n, t) => n + Number(t.due), 0),
    byTownship: byTownship.map((t) => ({ townshipId: t.township_id, townshipName: t.township_name, due: Number(t.due) })),
    items: rows.map((r) => ({
      recipientId: r.id,
      householdId: r.household_id,
      programme: r.programme,
      divisionId: r.division_id,
      divisionName: r.division_name,
      townshipId: r.township_id,
      townshipName: r.township_name,
      nextReviewOn: r.next_review_on,
      overdue: r.next_review_on !== null && r.next_review_on < today,
    })),
  };
};

export const scheduleRechecks = (deps: SocialAssistanceDeps, ctx: CallContext, divisionId: number) =>
  inTransaction(deps.db, async (trx) => {
    const county = await requireCountyInScope(trx, ctx.scope, divisionId);
    const today = todayOf(deps);
    const { id: parameterId, params } = await parametersFor(trx, county.id, today);
    const scheduled = await repo.scheduleReviews(
      trx,
      county.id,
      {
        ...params.reviewIntervalMonths,
        workingFrom: params.dibao.workingAge.from,
        workingTo: params.dibao.workingAge.to,
        rule: params.dibao.reviewClassRule,
      },
      today,
    );
    await recordAudit(trx, ctx.audit, {
      action: 'RECHECKS_SCHEDULED',
      entity: 'assistance_recipient',
      entityId: null,
      divisionId: county.id,
      after: { scheduled, parameterId, intervals: params.reviewIntervalMonths },
    });
    return { divisionId: county.id, scheduled, parameterId };
  });

export const recordRecheck = (deps: SocialAssistanceDeps, ctx: CallContext, input: TRecheckRecord) =>
  inTransaction(deps.db, async (trx) => {
    const recipient = await repo.findRecipient(trx, input.recipientId, ctx.scope);
    if (!recipient) throw new AppError('NOT_FOUND', '救助对象不存在或不在您的管辖范围内');
    if (recipient.status === 'stopped') throw new AppError('INVALID_STATE', '该救助对象已停发，无需核查');
    if (input.on > todayOf(deps)) {
      throw new AppError('VALIDATION_FAILED', '核查日期不能晚于今天', [{ path: 'on', code: 'DATE_IN_FUTURE', message: '不能晚于今天' }]);
    }
    const { params } = await parametersFor(trx, recipient.division_id, input.on);
    let months = params.reviewIntervalMonths.stable;
    let basis = `每${months}个月核查一次`;
    if (recipient.programme === 'extreme-poverty') {
      months = params.reviewIntervalMonths.extremePoverty;
      basis = `特困人员每${months}个月核查一次`;
    } else if (recipient.programme === 'dibao') {
      const household = await loadHouseholdForRules(trx, recipient.household_id);
      const counted = determineHouseholdMembers(household.rules.members, input.on, params).counted;
      const review = determineDibaoReviewInterval(household.rules, counted, input.on, params);
      months = review.months;
      basis = review.reason.message;
    }
    const nextReviewOn = addMonths(input.on, months);
    let changeReportId: number | null = null;
    if (input.outcome === 'change-found') {
      const dueOn = withCalendar(() => addWorkingDays(input.on, 10));
      [changeReportId = null] = await repo.insertChangeReports(trx, [
        {
          province: recipient.province_code,
          divisionId: recipient.division_id,
          householdId: recipient.household_id,
          recipientId: recipient.id,
          source: 'recheck',
          kind: input.kind ?? 'other',
          description: input.description ?? '',
          reportedOn: input.on,
          reviewDueOn: dueOn,
          createdBy: ctx.actor.userId,
        },
      ]);
    }
    const row = await trx
      .insertInto('assistance_recheck')
      .values({
        province_code: recipient.province_code,
        division_id: recipient.division_id,
        household_id: recipient.household_id,
        recipient_id: recipient.id,
        programme: recipient.programme,
        due_on: recipient.next_review_on,
        checked_on: input.on,
        outcome: input.outcome,
        interval_months: months,
        next_review_on: nextReviewOn,
        change_report_id: changeReportId,
        note: input.description ?? null,
        checked_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('assistance_recipient')
      .set({ next_review_on: nextReviewOn })
      .where('id', '=', recipient.id)
      .where('province_code', '=', recipient.province_code)
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: 'RECHECK_RECORDED',
      entity: 'assistance_recipient',
      entityId: recipient.id,
      divisionId: recipient.division_id,
      before: { nextReviewOn: recipient.next_review_on },
      after: { checkedOn: input.on, outcome: input.outcome, nextReviewOn, intervalMonths: months, basis, changeReportId },
    });
    return { id: row.id, recipientId: recipient.id, nextReviewOn, intervalMonths: months, basis, changeReportId };
  });
