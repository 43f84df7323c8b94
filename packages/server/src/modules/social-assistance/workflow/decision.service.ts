import { AppError, type TDecisionRequest } from '@mz/shared';
import type { z } from 'zod';
import type { ZCountyCheck, ZNotice } from '@mz/shared';
import type { Trx } from '../../../db/database';
import type { CallContext } from '../../../platform/http/context';
import { countySettingFor } from '../parameters/parameters.service';
import { addMonthsToYearMonth } from '../rules/calendar-date';
import { reason } from '../rules/decision';
import { json, type SocialAssistanceDeps } from '../social-assistance.deps';
import { assessCase, type Assessment } from './assessment';
import type * as repo from './workflow.repository';
import { deadlineOnDecision } from './workflow.rules';
import { runStep } from './workflow.step';

// 县级审核确认 (or township confirmation where delegated), the county's home visits and spot checks,
// and the decision notice (rules doc §4.3–4.5). An approval creates the recipient record and its first
// effective-dated monthly amount, paid from the month after the decision.

export const recordCountyCheck = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: z.infer<typeof ZCountyCheck>) =>
  runStep(deps, ctx, id, 'county-check', { on: input.on }, async ({ app }) => {
    const checks = [...((app.county_checks ?? []) as repo.CountyCheck[]), { ...input, by: ctx.actor.userId }];
    return {
      patch: { county_checks: json(checks) },
      completes: [],
      data: { kind: input.kind, investigators: input.investigators },
      result: { id, checks: checks.length },
    };
  });

const firstOfMonth = (month: string) => `${month}-01`;

const insertRecipient = async (trx: Trx, app: repo.ApplicationRow, assessment: Assessment, decidedOn: string) => {
  const seed = assessment.recipient;
  if (!seed) return null;
  const household = await trx.selectFrom('household').select(['area_type']).where('id', '=', app.household_id).executeTakeFirstOrThrow();
  const oneOff = app.programme === 'temporary-assistance';
  const startMonth = oneOff ? decidedOn.slice(0, 7) : (assessment.paymentStartMonth ?? addMonthsToYearMonth(decidedOn.slice(0, 7), 1));
  const endMonth = oneOff
    ? startMonth
    : app.programme === 'rigid-expenditure'
      ? addMonthsToYearMonth(startMonth, (seed.reviewIntervalMonths ?? 12) - 1)
      : null;
  const recipient = await trx
    .insertInto('assistance_recipient')
    .values({
      province_code: app.province_code,
      division_id: app.division_id,
      household_id: app.household_id,
      application_id: app.id,
      programme: app.programme,
      unit: seed.unit,
      member_id: seed.memberId,
      area_type: household.area_type,
      member_count: seed.memberCount,
      counted_income_fen: seed.countedIncomeFen,
      supplement_fen: seed.supplementFen,
      care_tier: seed.careTier,
      care_mode: seed.careMode,
      start_month: firstOfMonth(startMonth),
      end_month: endMonth ? firstOfMonth(endMonth) : null,
      one_off_amount_fen: seed.oneOffAmountFen,
      granted_on: oneOff ? decidedOn : null,
      next_review_on:
        seed.reviewIntervalMonths && !oneOff ? firstOfMonth(addMonthsToYearMonth(startMonth, seed.reviewIntervalMonths)) : null,
      import_batch_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (!oneOff) {
    await trx
      .insertInto('assistance_amount_period')
      .values({
        province_code: app.province_code,
        recipient_id: recipient.id,
        division_id: app.division_id,
        from_month: firstOfMonth(startMonth),
        to_month: endMonth ? firstOfMonth(endMonth) : null,
        standard_fen: seed.standardFen,
        monthly_amount_fen: seed.monthlyAmountFen,
        parameter_id: assessment.parameterId,
        reason: `审核确认（申请${app.id}），自${startMonth}起`,
      })
      .execute();
  }
  return recipient.id;
};

/**
 * A 先行救助 already paid is part of what the decision grants (rules doc §4.5, E12): the amount granted
 * is the assessed amount, at least the advance (an emergency advance is not reclaimed), and only the
 * balance is still to be paid. A refusal leaves the advance on record as paid under the emergency
 * procedure. The reason is added to the assessment so the case file shows the arithmetic.
 */
const accountForAdvance = (app: repo.ApplicationRow, assessment: Assessment, approve: boolean) => {
  const advanceFen = app.advance_amount_fen === null ? 0 : Number(app.advance_amount_fen);
  if (advanceFen === 0 || app.advance_paid_on === null) return null;
  const grantedFen = approve ? Math.max(assessment.amountFen, advanceFen) : advanceFen;
  const balanceFen = approve ? grantedFen - advanceFen : 0;
  const y = (fen: number) => (fen / 100).toFixed(2);
  const message = approve
    ? `确认救助金额${y(grantedFen)}元，其中已于${app.advance_paid_on}先行救助${y(advanceFen)}元，应补发${y(balanceFen)}元${assessment.amountFen < advanceFen ? `（测算金额${y(assessment.amountFen)}元低于已发放的先行救助金额，先行救助不予追回）` : ''}`
    : `不予确认；已于${app.advance_paid_on}按紧急程序先行救助${y(advanceFen)}元，作为先行救助登记，不予追回`;
  assessment.reasons = [
    ...assessment.reasons,
    reason('TEMP_ADVANCE_ASSISTANCE', message, { advanceAmountFen: advanceFen, paidOn: app.advance_paid_on, grantedFen, balanceFen }),
  ];
  if (approve) {
    assessment.amountFen = grantedFen;
    if (assessment.recipient) assessment.recipient = { ...assessment.recipient, oneOffAmountFen: grantedFen };
  }
  return { advanceFen, grantedFen, balanceFen };
};

const decide = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: TDecisionRequest, level: 'county' | 'township') => {
  let assessment: Assessment | undefined;
  return runStep(
    deps,
    ctx,
    id,
    level === 'county' ? 'decide' : 'township-decide',
    { on: input.on, decision: input.decision, reasonText: input.reasonText, note: input.note },
    async ({ trx, app }) => {
      if (!assessment) throw new Error('assessment missing');
      const approve = input.decision === 'approve';
      const advance = accountForAdvance(app, assessment, approve);
      const recipientId = approve ? await insertRecipient(trx, app, assessment, input.on) : null;
      return {
        patch: {
          decision: input.decision,
          decided_on: input.on,
          decided_by: ctx.actor.userId,
          decision_level: level,
          assessment: json(assessment),
          eligible: assessment.eligible,
          parameter_id: assessment.parameterId,
          amount_fen: approve ? assessment.amountFen : null,
          payment_start_month: approve ? assessment.paymentStartMonth : null,
          reasons: json(assessment.reasons),
          refusal_reason: approve ? null : (input.reasonText ?? null),
          notice_due_on: deadlineOnDecision(app.programme as never, input.on, input.decision).dueOn,
        },
        deadlines: [deadlineOnDecision(app.programme as never, input.on, input.decision)],
        data: {
          decision: input.decision,
          amountFen: approve ? assessment.amountFen : null,
          paymentStartMonth: approve ? assessment.paymentStartMonth : null,
          recipientId,
          level,
          ...(advance ? { advanceFen: advance.advanceFen, balanceFen: advance.balanceFen } : {}),
        },
        result: {
          id,
          decision: input.decision,
          amountFen: approve ? assessment.amountFen : null,
          paymentStartMonth: approve ? assessment.paymentStartMonth : null,
          recipientId,
          reasons: assessment.reasons,
          ...(advance ? { advanceFen: advance.advanceFen, balanceFen: advance.balanceFen } : {}),
        },
      };
    },
    async ({ trx, app }) => {
      const previous = app.assessment as Assessment | null;
      assessment = await assessCase(trx, app, app.division_id, input.on, previous?.input ?? {});
      if (level === 'county') return { eligible: assessment.eligible };
      const setting = await countySettingFor(trx, app.division_id);
      const withinTownshipLimit = app.programme === 'temporary-assistance' && assessment.approvalLevel === 'township';
      return { eligible: assessment.eligible, delegated: setting.delegateApproval || withinTownshipLimit };
    },
  );
};

export const countyDecision = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: TDecisionRequest) =>
  decide(deps, ctx, id, input, 'county');
export const townshipDecision = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: TDecisionRequest) =>
  decide(deps, ctx, id, input, 'township');

export const serveNotice = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: z.infer<typeof ZNotice>) =>
  runStep(deps, ctx, id, 'serve-notice', { on: input.on, note: input.note }, async ({ app }) => {
    if (!app.decision) throw new AppError('SOCIAL_ASSISTANCE_INVALID_TRANSITION', '尚未作出决定');
    return {
      patch: { notice_served_on: input.on },
      data: { method: input.method, dueOn: app.notice_due_on, onTime: app.notice_due_on === null || input.on <= app.notice_due_on },
      result: { id, noticeServedOn: input.on },
    };
  });
