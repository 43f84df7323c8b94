import { inTransaction } from '../../src/db/database';
import { recomputeVerdicts } from '../../src/modules/monitoring/verdicts/verdicts.service';
import type { LoadedIndicators } from '../load/indicators';
import { measure, type StepResult } from '../measure';
import type { BenchContext } from '../setup';

// Step (e): the monitoring module's roll-up with verdicts (recomputeVerdicts: one set-based Σ over the
// closure table, the pure verdict rules per indicator × division series, then the stored verdicts
// replaced), in one transaction as its callers do:
//   rollup-nation — the national figures only (the nation's verdicts from every unit's values);
//   rollup-all    — every division of the plan's territory (nation, provinces, prefectures, counties).

export const rollupSteps = async (context: BenchContext, loaded: LoadedIndicators): Promise<StepResult[]> => {
  const { plan, indicators } = loaded;
  const nation = await measure(
    'rollup-nation',
    `recomputeVerdicts for the nation: ${loaded.rows} values (${loaded.units} units × ${indicators.length} indicators × 6 years) rolled up, verdicts evaluated and stored`,
    async () => {
      const stored = await inTransaction(context.handle.db, (trx) =>
        recomputeVerdicts(trx, { plan, indicators, divisionIds: [plan.division_id] }),
      );
      return {
        rows: loaded.rows,
        details: { values: loaded.rows, units: loaded.units, indicators: indicators.length, verdicts: stored.verdicts },
      };
    },
  );
  const all = await measure(
    'rollup-all',
    `recomputeVerdicts for every division of the national plan's territory (${loaded.rows} values)`,
    async () => {
      const stored = await inTransaction(context.handle.db, (trx) => recomputeVerdicts(trx, { plan, indicators }));
      return { rows: loaded.rows, details: { values: loaded.rows, ...stored } };
    },
  );
  return [nation, all];
};
