import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { inTransaction } from '../../../db/database';
import { findIndicators } from '../register/register.repository';
import { recomputeVerdicts } from './verdicts.service';

// A whole-territory recompute runs one part at a time (the plan's division, then each child's
// subtree) to bound memory; it must store exactly what recomputing every division at once stores.

let w: World;
beforeAll(async () => {
  w = await createWorld({ monitoringDemo: true });
});
afterAll(async () => w.close());

const storedVerdicts = async (planId: number) =>
  (
    await w.db.db
      .selectFrom('monitoring_verdict')
      .select([
        'plan_indicator_id',
        'division_id',
        'year',
        'quarter',
        'value',
        'expected_value',
        'target_verdict',
        'schedule_verdict',
        'progress_status',
        'inputs',
        'result',
      ])
      .where('plan_id', '=', planId)
      .orderBy('plan_indicator_id')
      .orderBy('division_id')
      .orderBy('year')
      .orderBy('quarter')
      .execute()
  ).map((r) => JSON.stringify(r));

describe('whole-territory verdict recompute', () => {
  it('stores the same verdicts part by part as for every division at once', async () => {
    const plans = await w.db.db
      .selectFrom('monitoring_plan')
      .select(['id', 'division_id', 'base_year', 'target_year', 'seed_id'])
      .execute();
    let compared = 0;
    for (const plan of plans) {
      const indicators = await findIndicators(w.db.db, plan.id);
      const byParts = await inTransaction(w.db.db, (trx) => recomputeVerdicts(trx, { plan, indicators }));
      const partwise = await storedVerdicts(plan.id);
      expect(partwise).toHaveLength(byParts.verdicts);
      expect(new Set(partwise.map((r) => (JSON.parse(r) as { division_id: number }).division_id)).size).toBe(byParts.divisions);
      // Every division of the territory, from the closure table (not from what the parts stored).
      const territory = await w.db.db
        .selectFrom('division_closure')
        .select('descendant_id')
        .where('ancestor_id', '=', plan.division_id as number)
        .execute();
      const divisionIds = territory.map((t) => t.descendant_id);
      const atOnce = await inTransaction(w.db.db, (trx) => recomputeVerdicts(trx, { plan, indicators, divisionIds }));
      expect(atOnce).toEqual(byParts);
      expect(await storedVerdicts(plan.id)).toEqual(partwise);
      compared += partwise.length;
    }
    // The demo values give verdicts at several levels (nation, province, prefecture, county).
    expect(compared).toBeGreaterThan(100);
  });
});
