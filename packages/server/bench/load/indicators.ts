import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/database';
import { findAllPlans, findIndicators } from '../../src/modules/monitoring/register/register.repository';
import { indicatorValues, type GenUnit } from '../generator/indicators';
import { TableWriter } from './columns';

// Loads generated indicator values of the national plan for every reporting unit loaded (county, or
// a prefecture without counties such as 东莞) — ≈2,850 units when the whole country is loaded —
// × every indicator × 2020–2025, replacing the plan's stored values.

export type LoadedIndicators = {
  plan: { id: number; division_id: number; base_year: number; target_year: number };
  indicators: Awaited<ReturnType<typeof findIndicators>>;
  units: number;
  rows: number;
};

export const nationalPlan = async (handle: DatabaseHandle) => {
  const plan = (await findAllPlans(handle.db)).find((p) => p.level === 'national' && p.division_id !== null);
  if (!plan || plan.division_id === null) throw new Error('bench: the national plan is not loaded (bootstrap loads the seed plans)');
  return { ...plan, division_id: plan.division_id };
};

export const reportingUnits = async (handle: DatabaseHandle): Promise<GenUnit[]> => {
  const rows = await sql<{ id: number; code: string }>`
    select d.id, d.code from division d
    where d.valid_to is null and (d.level = 'county'
      or (d.level = 'prefecture' and not exists (select 1 from division c where c.parent_id = d.id and c.level = 'county')))
    order by d.code`.execute(handle.db);
  return rows.rows.map((r) => ({ divisionId: r.id, code: r.code }));
};

export const loadIndicatorValues = async (handle: DatabaseHandle, seed: string): Promise<LoadedIndicators> => {
  const plan = await nationalPlan(handle);
  const indicators = await findIndicators(handle.db, plan.id);
  const units = await reportingUnits(handle);
  const ids = indicators.map((i) => i.id);
  if (ids.length > 0) await handle.db.deleteFrom('monitoring_indicator_value').where('plan_indicator_id', 'in', ids).execute();
  const writer = new TableWriter(handle, 'monitoring_indicator_value', [
    ['province_code', 'text'],
    ['plan_indicator_id', 'int'],
    ['division_id', 'int'],
    ['year', 'smallint'],
    ['quarter', 'smallint'],
    ['numerator', 'numeric'],
    ['denominator', 'numeric'],
    ['value', 'numeric'],
    ['weight', 'numeric'],
    ['denominator_weight', 'numeric'],
    ['reference_value', 'numeric'],
    ['source', 'text'],
  ]);
  for (const i of indicators) {
    const spec = {
      id: i.id,
      valueKind: i.value_kind,
      ratioFactor: i.ratio_factor === null ? null : Number(i.ratio_factor),
      unit: i.unit,
      unitScale: Number(i.unit_scale),
      baselineValue: i.baseline_value === null ? null : Number(i.baseline_value),
      targetValue: i.target_value === null ? null : Number(i.target_value),
    };
    for (const r of indicatorValues(seed, spec, units)) {
      await writer.push([
        r.province_code,
        r.plan_indicator_id,
        r.division_id,
        r.year,
        0,
        r.numerator,
        r.denominator,
        r.value,
        r.weight,
        r.denominator_weight,
        r.reference_value,
        'reported',
      ]);
    }
  }
  await writer.flush();
  await sql`analyze monitoring_indicator_value`.execute(handle.db);
  return { plan, indicators, units: units.length, rows: writer.written };
};
