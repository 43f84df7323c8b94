import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { seedRecipients, villagesUnder, type SeededHousehold } from '../operations.test-support';
import { ensureParameters, parameterValues } from '../social-assistance.test-support';
import { BATCH } from './recalculation.service';

// The county-wide re-calculation after a standard change over 20,000 recipient households: every
// 低保 amount re-computed by the pure rules from the change month, earlier months untouched, in
// ⌈recipients / BATCH⌉ batches. Timings are printed, never asserted.

const COUNT = 20_000;
let world: World;
let county: number;
let households: SeededHousehold[];

beforeAll(async () => {
  world = await createWorld();
  county = await world.divisionId('532601');
  await ensureParameters(world);
  households = await seedRecipients(world.db.db, { divisionIds: await villagesUnder(world.db.db, '532601'), count: COUNT, seqBase: 5 });
});
afterAll(async () => world.close());

describe(`re-calculation over ${COUNT} households`, () => {
  it('re-computes every 低保 amount from the change month only, batch by batch', async () => {
    await sql`update assistance_parameter set valid_to = '2025-10-31' where division_id = ${county} and valid_to is null`.execute(
      world.db.db,
    );
    await world.db.db
      .insertInto('assistance_parameter')
      .values({
        province_code: '53',
        division_id: county,
        valid_from: '2025-11-01',
        valid_to: null,
        params: JSON.stringify(parameterValues({ urbanFen: 75_000, ruralFen: 75_000 })),
      })
      .execute();
    const started = Date.now();
    const r = await world.as('ws_approver', 'POST', '/api/assistance/dynamic/recalculations', { divisionId: county, fromMonth: '2025-11' });
    console.log(`[recalculation-scale] ${COUNT} households: ${Date.now() - started} ms (request, including audit)`);
    expect(r.statusCode).toBe(200);
    const dibao = households.filter((h) => h.programme === 'dibao');
    expect(r.json()).toMatchObject({ recipients: COUNT, changed: dibao.length, flagged: 0, batches: Math.ceil(COUNT / BATCH) });

    const rows = await sql<{
      recipient_id: number;
      from_month: string;
      to_month: string | null;
      monthly_amount_fen: number;
      counted_income_fen: number;
    }>`
      select p.recipient_id, p.from_month, p.to_month, p.monthly_amount_fen, r.counted_income_fen
      from assistance_amount_period p join assistance_recipient r on r.id = p.recipient_id where r.programme = 'dibao' order by p.recipient_id, p.from_month`.execute(
      world.db.db,
    );
    expect(rows.rows).toHaveLength(dibao.length * 2);
    const before = new Map(dibao.map((h) => [h.recipientId, h.amountFen]));
    for (let i = 0; i < rows.rows.length; i += 2) {
      const [old, fresh] = [rows.rows[i], rows.rows[i + 1]];
      expect(old).toMatchObject({
        from_month: '2025-01-01',
        to_month: '2025-10-01',
        monthly_amount_fen: before.get(Number(old?.recipient_id)),
      });
      expect(fresh).toMatchObject({
        from_month: '2025-11-01',
        to_month: null,
        monthly_amount_fen: Math.round((75_000 * 3 - Number(fresh?.counted_income_fen)) / 100) * 100,
      });
    }
  });
});
