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
import {
  childDivisionIds,
  deleteVerdicts,
  findPlanCutOffs,
  insertVerdicts,
  rolledUpSums,
  type RollUpTarget,
  type SumsRow,
} from './verdicts.repository';

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
 * territory): per year, and per quarter for 季报 indicators, with the plan's cut-offs. Returns how
 * many verdicts were stored, for how many divisions.
 */
export const recomputeVerdicts = async (
  db: Database,
  input: { plan: PlanForVerdicts; indicators: IndicatorRow[]; divisionIds?: number[]; cutOffs?: TimeProgressCutOffs },
): Promise<{ verdicts: number; divisions: number }> => {
  const { plan } = input;
  const planDivisionId = plan.division_id;
  if (planDivisionId === null || input.indicators.length === 0) return { verdicts: 0, divisions: 0 };
  const indicatorIds = input.indicators.map((i) => i.id);
  const specs = new Map(input.indicators.map((i) => [i.id, specOf(i, plan)]));
  const quarterly = input.indicators.filter((i) => i.reporting_frequency === 'quarterly').map((i) => i.id);
  const cutOffs = input.cutOffs ?? (await cutOffsOf(db, plan.id));
  const stored = { verdicts: 0, divisions: 0 };

  const evaluateAndInsert = async (target: RollUpTarget) => {
    const annual = groupSums(await rolledUpSums(db, { indicatorIds, target }));
    const quarters = groupSums(await rolledUpSums(db, { indicatorIds: quarterly, target, quarter: 'quarters' }));
    const rows: (VerdictRow & { divisionId: number })[] = [];
    const divisions = new Set<number>();
    for (const key of new Set([...annual.keys(), ...quarters.keys()])) {
      const group = annual.get(key) ?? [];
      const first = group[0] ?? quarters.get(key)?.[0];
      const spec = first && specs.get(first.indicatorId);
      if (!first || !spec) continue;
      const series = { spec, isPlanDivision: first.divisionId === planDivisionId, sums: group, cutOffs };
      for (const v of evaluateIndicatorSeries(series)) rows.push({ ...v, divisionId: first.divisionId });
      for (const v of evaluateQuarterSeries({ ...series, quarters: quarters.get(key) ?? [] })) {
        rows.push({ ...v, divisionId: first.divisionId });
      }
      divisions.add(first.divisionId);
    }
    await insertVerdicts(db, plan.id, rows);
    stored.verdicts += rows.length;
    stored.divisions += divisions.size;
  };

  if (input.divisionIds) {
    if (input.divisionIds.length === 0) return stored;
    await deleteVerdicts(db, { indicatorIds, divisionIds: input.divisionIds });
    await evaluateAndInsert({ divisionIds: input.divisionIds });
    return stored;
  }
  // The whole territory, one part at a time — the plan's division itself, then each child's subtree —
  // so memory holds the largest child's share of the sums and verdicts, not the whole country's (the
  // national plan at bench size: 321,504 verdicts with their inputs, ≈3 GB when built at once).
  await deleteVerdicts(db, { indicatorIds });
  await evaluateAndInsert({ divisionIds: [planDivisionId] });
  for (const child of await childDivisionIds(db, planDivisionId)) await evaluateAndInsert({ subtreeRootId: child });
  return stored;
};
