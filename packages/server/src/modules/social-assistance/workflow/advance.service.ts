import { EMERGENCY_EVENT_KIND_LABELS, type TAdvanceAssistance, type TAdvanceCompletion } from '@mz/shared';
import type { CallContext } from '../../../platform/http/context';
import { parametersFor } from '../parameters/parameters.service';
import { dibaoStandard, resolveAmountLimit } from '../rules/parameters';
import type { AreaType } from '../rules/inputs';
import { json, type SocialAssistanceDeps } from '../social-assistance.deps';
import { deadlineOnAdvance } from './workflow.rules';
import { runStep } from './workflow.step';

// 临时救助 紧急程序 (rules doc §4.5, E12): for an 急难型 emergency the township pays a small amount at
// once (先行救助, within its direct-approval limit from the parameter registry), before the
// verification report and the 公示 exist; it then completes the explanation, signatures and stamps
// within the local deadline (working days). The later decision accounts for the advance
// (decision.service.ts: the amount granted includes it, the balance is what is still paid).

export const payAdvance = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: TAdvanceAssistance) => {
  let limit: { limitFen: number; days: number; parameterId: number } | undefined;
  return runStep(
    deps,
    ctx,
    id,
    'pay-advance',
    { on: input.on, advanceAmountFen: input.amountFen, note: input.note },
    async ({ app }) => {
      if (!limit) throw new Error('advance limit missing');
      const deadline = deadlineOnAdvance(input.on, limit.days);
      const record = {
        event: input.event,
        eventLabel: EMERGENCY_EVENT_KIND_LABELS[input.event.kind],
        method: input.method,
        townshipLimitFen: limit.limitFen,
        completionWorkingDays: limit.days,
        parameterId: limit.parameterId,
        paidBy: ctx.actor.displayName,
      };
      return {
        patch: {
          advance_amount_fen: input.amountFen,
          advance_paid_on: input.on,
          advance_due_on: deadline.dueOn,
          advance: json(record),
        },
        deadlines: [deadline],
        completes: [],
        data: { amountFen: input.amountFen, paidOn: input.on, dueOn: deadline.dueOn, ...record },
        result: { id: app.id, amountFen: input.amountFen, paidOn: input.on, dueOn: deadline.dueOn, townshipLimitFen: limit.limitFen },
      };
    },
    async ({ trx, app }) => {
      const { id: parameterId, params } = await parametersFor(trx, app.division_id, input.on);
      const household = await trx.selectFrom('household').select('area_type').where('id', '=', app.household_id).executeTakeFirstOrThrow();
      const limitFen = resolveAmountLimit(
        params.temporaryAssistance.townshipApprovalLimit,
        dibaoStandard(params, household.area_type as AreaType),
      );
      limit = { limitFen, days: params.temporaryAssistance.advanceCompletionWorkingDays, parameterId };
      return { advanceLimitFen: limitFen };
    },
  );
};

export const completeAdvance = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: TAdvanceCompletion) =>
  runStep(deps, ctx, id, 'complete-advance', { on: input.on }, async ({ app }) => {
    const onTime = app.advance_due_on === null || input.on <= app.advance_due_on;
    const record = { ...((app.advance ?? {}) as Record<string, unknown>), completion: { ...input, onTime, by: ctx.actor.displayName } };
    return {
      patch: { advance_completed_on: input.on, advance: json(record) },
      data: { explanation: input.explanation, signedBy: input.signedBy, dueOn: app.advance_due_on, onTime },
      result: { id: app.id, completedOn: input.on, dueOn: app.advance_due_on, onTime },
    };
  });
