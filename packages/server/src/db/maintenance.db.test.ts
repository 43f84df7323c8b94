import { computeCitizenIdCheckDigit } from '@mz/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEnv } from '../config/config';
import { createWorld, type World } from '../../test/world';
import { HOUSEHOLD_COLUMNS } from '../modules/social-assistance/import/household-import.rules';
import { inTransaction } from './database';
import { isEmbedded, vacuumEmbedded } from './maintenance';

// Maintenance of the embedded engine (PGlite has no autovacuum): statistics refreshed right after a
// bulk import commits, and VACUUM (ANALYZE) that never runs while the connection is in use.

const embedded = testEnv().engine === 'pglite';
let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(async () => w.close());

const citizenId = (seq: number) => {
  const first17 = `532625198001${String(10 + (seq % 18)).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
  return `${first17}${computeCitizenIdCheckDigit(first17)}`;
};

const importHouseholds = async (count: number) => {
  const village = (
    await w.db.db
      .selectFrom('division')
      .select('code')
      .where('parent_id', '=', await w.divisionId('532601001'))
      .orderBy('code')
      .executeTakeFirstOrThrow()
  ).code;
  const rows = Array.from({ length: count }, (_, i) =>
    [`M${i}`, village, '城市', `维护测试路${i}号`, '户主', `维护${i}`, citizenId(i), '是', '', '', '就业', '', '', '', ''].join(','),
  );
  const content = Buffer.from(`\ufeff${[Object.values(HOUSEHOLD_COLUMNS).join(','), ...rows].join('\r\n')}`, 'utf8');
  return w.as('ws_clerk', 'POST', '/api/assistance/import/households', {
    fileName: 'maintenance.csv',
    contentBase64: content.toString('base64'),
  });
};

const tableStats = async (table: string) =>
  (
    await sql<{ reltuples: number; last_analyze: Date | null; last_vacuum: Date | null }>`
      select c.reltuples::float8 as reltuples, s.last_analyze, s.last_vacuum
      from pg_class c join pg_stat_user_tables s on s.relid = c.oid
      where c.relname = ${table} and s.schemaname = 'public'`.execute(w.db.db)
  ).rows[0];

describe('embedded database maintenance', () => {
  it('knows which engine is embedded', () => {
    expect(isEmbedded(w.db.db)).toBe(embedded);
  });

  it.runIf(embedded)('VACUUMs (ANALYZE) the imported tables right after a household import commits', async () => {
    const before = await tableStats('household');
    expect(before?.last_analyze).toBeNull();
    const response = await importHouseholds(40);
    expect(response.statusCode, response.body).toBe(200);
    const total = Number(
      (
        await w.db.db
          .selectFrom('household')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(total).toBeGreaterThanOrEqual(40);
    for (const table of ['household', 'household_member']) {
      const stats = await tableStats(table);
      expect(stats?.last_analyze, table).not.toBeNull();
      expect(stats?.last_vacuum, table).not.toBeNull();
      expect(stats?.reltuples, table).toBe(total);
    }
  });

  it.runIf(embedded)('skips VACUUM while a transaction holds the connection, runs it otherwise', async () => {
    let outcome: string | undefined;
    const before = (await tableStats('household'))?.last_vacuum ?? null;
    await inTransaction(w.db.db, async (trx) => {
      await trx.selectFrom('household').select('id').limit(1).execute();
      outcome = await vacuumEmbedded(w.db.db);
    });
    expect(outcome).toBe('skipped-busy');
    expect((await tableStats('household'))?.last_vacuum ?? null).toEqual(before);
    expect(await vacuumEmbedded(w.db.db)).toBe('done');
    const after = (await tableStats('household'))?.last_vacuum;
    expect(after).not.toBeNull();
    expect(new Date(after as Date).getTime()).toBeGreaterThan(before === null ? 0 : new Date(before).getTime());
  });

  it.skipIf(embedded)('does nothing on PostgreSQL (autovacuum)', async () => {
    expect(await vacuumEmbedded(w.db.db)).toBe('not-embedded');
  });
});
