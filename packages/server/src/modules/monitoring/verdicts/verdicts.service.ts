import {
  DEFAULT_CUT_OFFS,
  type Direction,
  type IndicatorAttribute,
  type TIndicatorTarget,
  type TPlanTarget,
  type ValueKind,
} from '@mz/shared';
import type { Database } from '../../../db/database';
import type { IndicatorRow } from '../register/register.repository';
import type { TimeProgressCutOffs } from '../rules/time-progress.rules';
import { evaluateIndicatorSeries, evaluateQuarterSeries, type IndicatorSpec, type VerdictRow } from './verdict.rules';
import { findPlanCutOffs, rolledUpSums, replaceVerdicts, type SumsRow } from './verdicts.repository';

// Recomputes and stores verdicts. Called after every change of values (for the changed division and
// its ancestors in the plan), after a computed-indicator run and after the demo load (every division).

export type PlanForVerdicts = { id: number; division_id: number | null; base_year: number; target_year: number };

/** The 时序进度 cut-offs of a plan: its stored setting, or the defaults. */
export const cutOffsOf = async (db: Database, planId: number): Promise<TimeProgressCutOffs> => {
  const row = await findPlanCutOffs(db, planId);
  return row
    ? { aheadFrom: Number(row.ahead_from), onTrackFrom: Number(row.on_track_from), laggingFrom: Number(row.lagging_from) }
    : { ...DEFAULT_CUT_OFFS };
};

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

/**
 * Recompute and store the verdicts of `indicators` for `divisionIds` (default: the whole plan
 * territory): per year, and per quarter for 季报 indicators, with the plan's cut-offs.
 */
export const recomputeVerdicts = async (
  db: Database,
  input: { plan: PlanForVerdicts; indicators: IndicatorRow[]; divisionIds?: number[]; cutOffs?: TimeProgressCutOffs },
): Promise<(VerdictRow & { divisionId: number })[]> => {
  const { plan } = input;
  if (plan.division_id === null || input.indicators.length === 0) return [];
  const indicatorIds = input.indicators.map((i) => i.id);
  const specs = new Map(input.indicators.map((i) => [i.id, specOf(i, plan)]));
  const target = input.divisionIds ? { divisionIds: input.divisionIds } : { planDivisionId: plan.division_id };
  const sums = await rolledUpSums(db, { indicatorIds, target });
  const quarterly = input.indicators.filter((i) => i.reporting_frequency === 'quarterly').map((i) => i.id);
  const quarterSums = await rolledUpSums(db, { indicatorIds: quarterly, target, quarter: 'quarters' });
  const cutOffs = input.cutOffs ?? (await cutOffsOf(db, plan.id));
  const annual = groupSums(sums);
  const quarters = groupSums(quarterSums);
  const rows: (VerdictRow & { divisionId: number })[] = [];
  for (const key of new Set([...annual.keys(), ...quarters.keys()])) {
    const group = annual.get(key) ?? [];
    const first = group[0] ?? quarters.get(key)?.[0];
    const spec = first && specs.get(first.indicatorId);
    if (!first || !spec) continue;
    const series = { spec, isPlanDivision: first.divisionId === plan.division_id, sums: group, cutOffs };
    for (const v of evaluateIndicatorSeries(series)) rows.push({ ...v, divisionId: first.divisionId });
    for (const v of evaluateQuarterSeries({ ...series, quarters: quarters.get(key) ?? [] })) {
      rows.push({ ...v, divisionId: first.divisionId });
    }
  }
  await replaceVerdicts(db, { planId: plan.id, indicatorIds, ...(input.divisionIds ? { divisionIds: input.divisionIds } : {}) }, rows);
  return rows;
};
