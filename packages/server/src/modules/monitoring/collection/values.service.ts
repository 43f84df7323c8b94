import { AppError, type AuditAction, type ErrorDetail, type TMonitoringValueInput, type TMonitoringValuesPut } from '@mz/shared';
import { inTransaction, type Database, type Trx } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { requireDivisionInPlan, requirePlan, type DivisionInPlan } from '../monitoring.access';
import { findCascadeLinks, findIndicators, type IndicatorRow, type PlanRow } from '../register/register.repository';
import { isLocked } from '../signoff/signoff.rules';
import { isGrowthIndicator } from '../verdicts/verdict.rules';
import { ancestorsInPlan, provinceCodeOf } from '../verdicts/verdicts.repository';
import { recomputeVerdicts, specOf } from '../verdicts/verdicts.service';
import { INDICATOR_SOURCES, sourceFor, type IndicatorSource } from './indicator-sources';
import { rowValue, validateValueInput, type IndicatorForValidation, type ValidationIssue } from './validation.rules';
import * as repo from './values.repository';

// Saving collected values (form and Excel import share applyValues): scope, lock, computed and
// level checks, validation, one upsert, audit, then the verdicts of the unit and its ancestors.

export const forValidation = (row: IndicatorRow, plan: PlanRow): IndicatorForValidation => {
  const spec = specOf(row, plan);
  return {
    code: row.code,
    name: row.name,
    valueKind: spec.valueKind,
    ratioFactor: spec.ratioFactor,
    unit: row.unit,
    inputUnit: row.input_unit,
    unitScale: spec.unitScale,
    isGrowth: isGrowthIndicator(spec),
  };
};

/** Indicators of the plan that a business module computes (hand entry refused). */
export const computedSources = async (
  db: Database,
  indicators: IndicatorRow[],
  sources: readonly IndicatorSource[] = INDICATOR_SOURCES,
) => {
  const result = new Map<number, IndicatorSource>();
  if (sources.length === 0) return result;
  const links = await findCascadeLinks(
    db,
    indicators.map((i) => i.id),
  );
  for (const indicator of indicators) {
    const same = links
      .filter((l) => l.plan_indicator_id === indicator.id && l.kind === 'same' && l.national_code !== null)
      .map((l) => l.national_code as string);
    const source = sourceFor(indicator, same, sources);
    if (source) result.set(indicator.id, source);
  }
  return result;
};

export const assertUnlocked = async (db: Database, planId: number, divisionId: number, year: number) => {
  const submission = await repo.findSubmission(db, planId, divisionId, year);
  if (submission && isLocked(submission.status)) {
    throw new AppError('INVALID_STATE', `${year}年度数据已报送或已审核（${submission.status}），已锁定，不能修改；如需修改请由审核人退回`);
  }
};

export type RowIssue = ValidationIssue & { index: number; indicatorCode: string; kind: 'validation' | 'computed' | 'level' | 'unknown' };

export type ApplyResult = { issues: RowIssue[]; warnings: RowIssue[]; saved: number; cleared: number };

const isEmpty = (input: TMonitoringValueInput) =>
  [input.numerator, input.denominator, input.value, input.weight, input.denominatorWeight, input.referenceValue].every(
    (v) => v === null || v === undefined,
  );

/** Validates every input; writes nothing if any is refused (all or nothing). */
export const applyValues = async (
  trx: Trx,
  ctx: CallContext,
  target: {
    plan: PlanRow;
    division: DivisionInPlan;
    year: number;
    quarter: number;
    inputs: TMonitoringValueInput[];
    auditAction: AuditAction;
    auditAfter?: unknown;
  },
): Promise<ApplyResult> => {
  const { plan, division, year, quarter, inputs } = target;
  const indicators = await findIndicators(trx, plan.id);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const ids = [...new Set(inputs.map((i) => i.indicatorId))].filter((id) => byId.has(id));
  const own = await repo.findOwnValues(trx, ids, division.id, [year], quarter);
  const previous = await repo.findOwnValues(trx, ids, division.id, [year - 1], quarter);
  const conflicts = await repo.findLevelConflicts(trx, ids, division.id, year, quarter);
  const computed = await computedSources(trx, indicators);
  const issues: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const upserts: repo.ValueRowInput[] = [];
  const clears: number[] = [];
  inputs.forEach((input, index) => {
    const indicator = byId.get(input.indicatorId);
    if (!indicator) {
      issues.push({
        index,
        indicatorCode: String(input.indicatorId),
        kind: 'unknown',
        field: 'value',
        code: 'UNKNOWN_INDICATOR',
        message: '该规划没有此指标',
      });
      return;
    }
    const existing = own.find((r) => r.plan_indicator_id === indicator.id);
    const base = { index, indicatorCode: indicator.code };
    if (quarter > 0 && indicator.reporting_frequency !== 'quarterly') {
      issues.push({
        ...base,
        kind: 'validation',
        field: 'value',
        code: 'NOT_QUARTERLY',
        message: `${indicator.name}为年报指标，按年度填报，不按季度填报`,
      });
      return;
    }
    if (computed.has(indicator.id) || existing?.source === 'computed') {
      issues.push({
        ...base,
        kind: 'computed',
        field: 'value',
        code: 'COMPUTED',
        message: `${indicator.name}由业务系统自动计算，不能手工填报`,
      });
      return;
    }
    const conflict = conflicts.find((c) => c.indicatorId === indicator.id);
    if (conflict) {
      issues.push({
        ...base,
        kind: 'level',
        field: 'value',
        code: 'LEVEL_CONFLICT',
        message: conflict.isBelow
          ? `${indicator.name}由下级填报单位（${conflict.divisionName}等）填报后逐级汇总，本级只读；同一数据只能在一个层级填报`
          : `${indicator.name}已在上级${conflict.divisionName}填报，同一数据只能在一个层级填报`,
      });
      return;
    }
    if (isEmpty(input)) {
      if (existing) clears.push(existing.id);
      return;
    }
    const v = forValidation(indicator, plan);
    const prev = previous.find((r) => r.plan_indicator_id === indicator.id);
    const previousValue = prev
      ? rowValue(v, { numerator: prev.numerator, denominator: prev.denominator, value: prev.value, weight: prev.weight })
      : null;
    const result = validateValueInput(v, input, previousValue);
    issues.push(...result.errors.map((e) => ({ ...base, ...e, kind: 'validation' as const })));
    warnings.push(...result.warnings.map((e) => ({ ...base, ...e, kind: 'validation' as const })));
    upserts.push({
      province_code: provinceCodeOf(division.code),
      plan_indicator_id: indicator.id,
      division_id: division.id,
      year,
      quarter,
      numerator: input.numerator ?? null,
      denominator: input.denominator ?? null,
      value: input.value ?? null,
      weight: input.weight ?? null,
      denominator_weight: input.denominatorWeight ?? null,
      reference_value: input.referenceValue ?? null,
      source: 'reported',
      note: input.note ?? null,
      entered_by: ctx.actor.userId,
    });
  });
  if (issues.length > 0) return { issues, warnings, saved: 0, cleared: 0 };

  await repo.upsertValues(trx, upserts);
  await repo.deleteValues(trx, clears);
  const touched = indicators.filter(
    (i) => upserts.some((u) => u.plan_indicator_id === i.id) || own.some((o) => clears.includes(o.id) && o.plan_indicator_id === i.id),
  );
  await recordAudit(trx, ctx.audit, {
    action: target.auditAction,
    entity: 'monitoring_indicator_value',
    entityId: `${plan.seed_id}:${division.code}:${year}${quarter ? `Q${quarter}` : ''}`,
    divisionId: division.id,
    before: own.map(compact),
    after: target.auditAfter ?? { saved: upserts.map(compact), cleared: clears },
  });
  if (plan.division_id !== null && touched.length > 0) {
    await recomputeVerdicts(trx, { plan, indicators: touched, divisionIds: await ancestorsInPlan(trx, plan.division_id, division.id) });
  }
  return { issues, warnings, saved: upserts.length, cleared: clears.length };
};

const compact = (r: {
  plan_indicator_id: number;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  weight: number | null;
  source?: string;
}) => ({
  indicatorId: r.plan_indicator_id,
  numerator: r.numerator,
  denominator: r.denominator,
  value: r.value,
  weight: r.weight,
  ...(r.source ? { source: r.source } : {}),
});

const issueDetails = (issues: RowIssue[]): ErrorDetail[] =>
  issues.map((i) => ({ path: `values.${i.index}.${i.field}`, code: i.code, message: `${i.indicatorCode}：${i.message}` }));

/** PUT …/values: the form. */
export const saveValues = (db: Database, ctx: CallContext, planId: number, body: TMonitoringValuesPut) =>
  inTransaction(db, async (trx) => {
    const plan = await requirePlan(trx, ctx, planId);
    const division = await requireDivisionInPlan(trx, ctx, plan, body.divisionId);
    await assertUnlocked(trx, plan.id, division.id, body.year);
    const result = await applyValues(trx, ctx, {
      plan,
      division,
      year: body.year,
      quarter: body.quarter,
      inputs: body.values,
      auditAction: 'MONITORING_VALUES_SAVED',
    });
    const first = result.issues[0];
    if (first?.kind === 'computed') throw new AppError('MONITORING_COMPUTED_VALUE', undefined, issueDetails(result.issues));
    if (first?.kind === 'level') throw new AppError('MONITORING_LEVEL_CONFLICT', first.message, issueDetails(result.issues));
    if (first) throw new AppError('VALIDATION_FAILED', '填报数据未通过校验，未保存任何数据', issueDetails(result.issues));
    return {
      saved: result.saved,
      cleared: result.cleared,
      warnings: result.warnings.map((w) => ({ indicatorCode: w.indicatorCode, field: w.field, code: w.code, message: w.message })),
    };
  });
