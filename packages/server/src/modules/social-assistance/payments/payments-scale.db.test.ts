import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { seedRecipients, villagesUnder, type SeededHousehold } from '../operations.test-support';

// Set-based generation over a county of 20,000 recipient households (inserted set-based here):
// correctness of every line and identical re-runs. Timings are printed, never asserted.

const COUNT = 20_000;
let world: World;
let county: number;
let households: SeededHousehold[];

beforeAll(async () => {
  world = await createWorld();
  county = await world.divisionId('532601');
  const started = Date.now();
  households = await seedRecipients(world.db.db, { divisionIds: await villagesUnder(world.db.db, '532601'), count: COUNT, seqBase: 2 });
  console.log(`[payments-scale] seeded ${COUNT} households in ${Date.now() - started} ms`);
});
afterAll(async () => world.close());

describe(`payment roll over ${COUNT} households`, () => {
  it('generates every line in a handful of statements, identical when re-run', async () => {
    const timed = async () => {
      const started = Date.now();
      const r = await world.as('ws_approver', 'POST', '/api/assistance/payments/rolls', { divisionId: county, month: '2025-06' });
      expect(r.statusCode).toBe(200);
      return {
        body: r.json() as { id: number; lineCount: number; totalFen: number; digest: string; missingAccountCount: number },
        ms: Date.now() - started,
      };
    };
    const first = await timed();
    const second = await timed();
    console.log(`[payments-scale] generation: ${first.ms} ms, re-generation: ${second.ms} ms (request, including audit)`);
    expect(first.body.lineCount).toBe(COUNT);
    expect(first.body.missingAccountCount).toBe(0);
    expect(first.body.totalFen).toBe(households.reduce((s, h) => s + h.amountFen, 0));
    expect(second.body.digest).toBe(first.body.digest);

    const lines = await sql<{ recipient_id: number; amount_fen: number; account_no: string; programme: string }>`
      select recipient_id, amount_fen, account_no, programme from payment_line where roll_id = ${first.body.id}`.execute(world.db.db);
    const expected = new Map(households.map((h) => [h.recipientId, h]));
    expect(lines.rows).toHaveLength(COUNT);
    for (const line of lines.rows) {
      const h = expected.get(Number(line.recipient_id));
      expect(h && { amount: h.amountFen, account: h.accountNo, programme: h.programme }).toEqual({
        amount: Number(line.amount_fen),
        account: line.account_no,
        programme: line.programme,
      });
    }
  });
});
