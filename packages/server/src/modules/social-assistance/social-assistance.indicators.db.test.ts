import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../test/world';
import { seedRecipients, villagesUnder, type SeededHousehold } from './operations.test-support';
import { socialAssistanceIndicators } from './social-assistance.indicators';

// The plan-monitoring sources of social assistance (keyed by indicator code): one row per reporting
// unit, grouped over the division tree valid at the period end.

let w: World;
let households: SeededHousehold[];
const div: Record<string, number> = {};

beforeAll(async () => {
  w = await createWorld();
  for (const code of ['532601', '532601001', '532601002']) div[code] = await w.divisionId(code);
  // 30 households in two villages of 开化街道 from 2025-01: 27 低保 households of three (S = 710 元,
  // urban and rural alternating) and 3 特困 persons (S = 923 元, self-care, dispersed).
  households = await seedRecipients(w.db.db, {
    divisionIds: (await villagesUnder(w.db.db, '532601001')).slice(0, 2),
    count: 30,
    seqBase: 7,
  });
});
afterAll(async () => w.close());

const extreme = () => households.filter((h) => h.programme === 'extreme-poverty');

describe('monitoring sources', () => {
  it('N02: per county, the recipient-weighted rural and urban standards with their recipient counts', async () => {
    // 27 低保 households of three: i even → urban (15 households), odd → rural (12). One rural household
    // has a standard of 600 元 (a rural tier), the others 710 元.
    const rural = households.find((h, i) => h.programme === 'dibao' && i % 2 === 1);
    if (!rural) throw new Error('seed has rural 低保 households');
    await w.db.db
      .updateTable('assistance_amount_period')
      .set({ standard_fen: 60_000 })
      .where('recipient_id', '=', rural.recipientId)
      .execute();
    const rows = await socialAssistanceIndicators.N02.compute(w.db.db, { periodEnd: '2025-12-31' });
    expect(rows).toEqual([
      {
        divisionId: div['532601'],
        numerator: expect.closeTo((600 * 3 + 710 * 33) / 36, 9),
        weight: 36,
        denominator: 710,
        denominatorWeight: 45,
      },
    ]);
    expect(await socialAssistanceIndicators.N02.compute(w.db.db, { periodEnd: '2024-12-31' })).toEqual([]);
  });

  it('KP04: per township, dependent 特困 persons in centralised support over all dependent ones, as of the period end', async () => {
    const [a, b] = extreme();
    if (!a || !b) throw new Error('seed has 特困 persons');
    const set = (h: SeededHousehold, tier: string, mode: string) =>
      w.db.db.updateTable('assistance_recipient').set({ care_tier: tier, care_mode: mode }).where('id', '=', h.recipientId).execute();
    await set(a, 'full-care', 'centralised');
    await set(b, 'partial-care', 'dispersed');
    // The third stays self-care: not in the population of this rate.
    expect(await socialAssistanceIndicators.KP04.compute(w.db.db, { periodEnd: '2025-12-31' })).toEqual([
      { divisionId: div['532601001'], numerator: 1, denominator: 2 },
    ]);

    // The village of the 特困 persons (all three live in the second village) moves to 卧龙街道 from 2026:
    // 2025 still counts them in 开化街道, 2026 in 卧龙街道.
    expect(new Set(extreme().map((h) => h.divisionId)).size).toBe(1);
    const moved = await w.as('admin', 'POST', '/api/divisions/changes', {
      kind: 'reparent',
      divisionId: b.divisionId,
      parentId: div['532601002'],
      effectiveOn: '2026-01-01',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await socialAssistanceIndicators.KP04.compute(w.db.db, { periodEnd: '2025-12-31' })).toEqual([
      { divisionId: div['532601001'], numerator: 1, denominator: 2 },
    ]);
    expect(await socialAssistanceIndicators.KP04.compute(w.db.db, { periodEnd: '2026-12-31' })).toEqual([
      { divisionId: div['532601002'], numerator: 1, denominator: 2 },
    ]);
  });
});
