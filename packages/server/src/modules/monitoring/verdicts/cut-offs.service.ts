import { AppError, DEFAULT_CUT_OFFS, describeCutOffs, type TMonitoringCutOffsPut, type TPlanCutOffs } from '@mz/shared';
import { inTransaction, type Database } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { requirePlan } from '../monitoring.access';
import { findIndicators, isPlanDivisionInScope } from '../register/register.repository';
import { findPlanCutOffs, upsertPlanCutOffs } from './verdicts.repository';
import { recomputeVerdicts } from './verdicts.service';

// The 时序进度 cut-offs of a plan (超额完成 / 进度正常 / 滞后 / 严重滞后): read by anyone who sees the
// plan, changed by a planner of the plan's own division (or above); a change is audited and every
// verdict of the plan is recomputed in the same transaction.

const view = (planId: number, row: Awaited<ReturnType<typeof findPlanCutOffs>>): TPlanCutOffs => {
  const cutOffs = row
    ? { aheadFrom: Number(row.ahead_from), onTrackFrom: Number(row.on_track_from), laggingFrom: Number(row.lagging_from) }
    : { ...DEFAULT_CUT_OFFS };
  return {
    planId,
    cutOffs,
    isDefault: row === undefined,
    method: describeCutOffs(cutOffs),
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
    updatedBy: row?.updated_by_name ?? null,
  };
};

export const getCutOffs = async (db: Database, ctx: CallContext, planId: number): Promise<TPlanCutOffs> => {
  const plan = await requirePlan(db, ctx, planId);
  return view(plan.id, await findPlanCutOffs(db, plan.id));
};

export const putCutOffs = (db: Database, ctx: CallContext, planId: number, body: TMonitoringCutOffsPut): Promise<TPlanCutOffs> =>
  inTransaction(db, async (trx) => {
    const plan = await requirePlan(trx, ctx, planId);
    if (plan.division_id === null || !(await isPlanDivisionInScope(trx, plan.division_id, ctx.scope))) {
      throw new AppError('FORBIDDEN', '只有规划所属行政区划（或上级）的规划监测员可以调整该规划的时序进度分界值');
    }
    const before = view(plan.id, await findPlanCutOffs(trx, plan.id));
    await upsertPlanCutOffs(trx, {
      plan_id: plan.id,
      ahead_from: body.cutOffs.aheadFrom,
      on_track_from: body.cutOffs.onTrackFrom,
      lagging_from: body.cutOffs.laggingFrom,
      reason: body.reason,
      updated_by: ctx.actor.userId,
    });
    const stored = await recomputeVerdicts(trx, { plan, indicators: await findIndicators(trx, plan.id), cutOffs: body.cutOffs });
    await recordAudit(trx, ctx.audit, {
      action: 'MONITORING_CUT_OFFS_CHANGED',
      entity: 'monitoring_plan',
      entityId: plan.id,
      divisionId: plan.division_id,
      before: { cutOffs: before.cutOffs, isDefault: before.isDefault },
      after: { cutOffs: body.cutOffs, reason: body.reason, verdictsRecomputed: stored.verdicts },
    });
    return { ...view(plan.id, await findPlanCutOffs(trx, plan.id)), recomputed: stored.verdicts };
  });
