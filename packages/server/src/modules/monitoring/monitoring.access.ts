import { AppError, type DivisionLevel, type PlanLevel, type TMonitoringPlanSummary } from '@mz/shared';
import type { Database } from '../../db/database';
import type { CallContext } from '../../platform/http/context';
import { defaultDivisionFor, findDivisionInPlan, findPlan, type PlanRow } from './register/register.repository';

// Loading a plan and a division "in scope": a plan outside the caller's reach and a division outside
// the plan's territory or the caller's subtree are indistinguishable from missing ones (404).

export const requirePlan = async (db: Database, ctx: CallContext, planId: number): Promise<PlanRow> => {
  const plan = await findPlan(db, planId, ctx.scope);
  if (!plan) throw new AppError('NOT_FOUND', '规划不存在或不在您的管辖范围内');
  return plan;
};

export type DivisionInPlan = { id: number; code: string; name: string; level: DivisionLevel; parent_id: number | null; depth: number };

export const requireDivisionInPlan = async (db: Database, ctx: CallContext, plan: PlanRow, divisionId: number): Promise<DivisionInPlan> => {
  const division = await findDivisionInPlan(db, plan.division_id, divisionId, ctx.scope);
  if (!division) throw new AppError('NOT_FOUND', '行政区划不存在、不属于该规划范围或不在您的管辖范围内');
  return { ...division, level: division.level as DivisionLevel };
};

/** The requested division, or the caller's own place in the plan (the plan's division for higher levels). */
export const resolveDivision = async (db: Database, ctx: CallContext, plan: PlanRow, divisionId: number | undefined) => {
  const id = divisionId ?? (await defaultDivisionFor(db, plan.division_id, ctx.scope));
  if (id === undefined) throw new AppError('NOT_FOUND', '该规划范围内没有您管辖的行政区划');
  return requireDivisionInPlan(db, ctx, plan, id);
};

export const planSummary = (
  plan: PlanRow & { indicator_count?: number | string | null; binding_count?: number | string | null },
): TMonitoringPlanSummary => ({
  id: plan.id,
  seedId: plan.seed_id,
  title: plan.title,
  issuer: plan.issuer,
  level: plan.level as PlanLevel,
  division: { id: plan.division_id, code: plan.division_code, name: plan.division_name },
  periodStartYear: plan.period_start_year,
  periodEndYear: plan.period_end_year,
  baseYear: plan.base_year,
  targetYear: plan.target_year,
  indicatorCount: Number(plan.indicator_count ?? 0),
  bindingCount: Number(plan.binding_count ?? 0),
});

export const divisionRef = (d: { id: number; code: string; name: string; level: string }) => ({
  id: d.id,
  code: d.code,
  name: d.name,
  level: d.level as DivisionLevel,
});
