import type { Direction, IndicatorAttribute, TIndicatorTarget, TPlanTarget, ValueKind } from '@mz/shared';
import type { Database } from '../../../db/database';
import type { IndicatorRow } from '../register/register.repository';
import type { TimeProgressCutOffs } from '../rules/time-progress.rules';
import { evaluateIndicatorSeries, type IndicatorSpec, type VerdictRow } from './verdict.rules';
import { rolledUpSums, replaceVerdicts, type SumsRow } from './verdicts.repository';

// Recomputes and stores verdicts. Called after every change of values (for the changed division and
// its ancestors in the plan), after a computed-indicator run and after the demo load (every division).

export type PlanForVerdicts = { id: number; division_id: number | null; base_year: number; target_year: number };

/**
 * Cut-offs of 时序进度 (完成进度 ÷ 时间进度). Configurable here for the whole deployment; the rule
 * defaults (≥1.1 超额完成, ≥0.9 进度正常, ≥0.6 滞后, below 严重滞后) are used unless changed.
 */
export const MONITORING_CUT_OFFS: TimeProgressCutOffs | undefined = undefined;

export const specOf = (row: IndicatorRow, plan: Pick<PlanForVerdicts, 'base_year' | 'target_year'>): IndicatorSpec => ({
  id: row.id,
  code: row.code,
  valueKind: row.value_kind as ValueKind,
  ratioFactor: row.ratio_factor === null ? null : Number(row.ratio_factor),
  unitScale: Number(row.unit_scale),
  unit: row.unit,
  direction: row.direction as Direction,
  attribute: row.attribute as IndicatorAttribute | null,
  baselineYear: row.baseline_year,
  baselineValue: row.baseline_value === null ? null : Number(row.baseline_value),
  targets: (row.targets as TPlanTarget[])
    .map((t) => ({ year: t.year, target: t.target as TIndicatorTarget, printed: t.printed }))
    .sort((a, b) => a.year - b.year),
  planBaseYear: plan.base_year,
  planTargetYear: plan.target_year,
});

export const groupSums = (sums: SumsRow[]) => {
  const groups = new Map<string, SumsRow[]>();
  for (const s of sums) {
    const key = `${s.indicatorId}:${s.divisionId}`;
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  return groups;
};

/** Recompute and store the verdicts of `indicators` for `divisionIds` (default: the whole plan territory). */
export const recomputeVerdicts = async (
  db: Database,
  input: { plan: PlanForVerdicts; indicators: IndicatorRow[]; divisionIds?: number[]; cutOffs?: TimeProgressCutOffs },
): Promise<(VerdictRow & { divisionId: number })[]> => {
  const { plan } = input;
  if (plan.division_id === null || input.indicators.length === 0) return [];
  const indicatorIds = input.indicators.map((i) => i.id);
  const specs = new Map(input.indicators.map((i) => [i.id, specOf(i, plan)]));
  const sums = await rolledUpSums(db, {
    indicatorIds,
    target: input.divisionIds ? { divisionIds: input.divisionIds } : { planDivisionId: plan.division_id },
  });
  const cutOffs = input.cutOffs ?? MONITORING_CUT_OFFS;
  const rows: (VerdictRow & { divisionId: number })[] = [];
  for (const group of groupSums(sums).values()) {
    const first = group[0];
    const spec = first && specs.get(first.indicatorId);
    if (!first || !spec) continue;
    const verdicts = evaluateIndicatorSeries({
      spec,
      isPlanDivision: first.divisionId === plan.division_id,
      sums: group,
      ...(cutOffs ? { cutOffs } : {}),
    });
    for (const v of verdicts) rows.push({ ...v, divisionId: first.divisionId });
  }
  await replaceVerdicts(db, { planId: plan.id, indicatorIds, ...(input.divisionIds ? { divisionIds: input.divisionIds } : {}) }, rows);
  return rows;
};
