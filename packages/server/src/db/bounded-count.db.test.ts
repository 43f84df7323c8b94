import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWorld, type World } from '../../test/world';
import type { Database } from './database';
import { boundedCount } from './bounded-count';

// boundedCount remembers "more than cap rows" for a minute per query; exact totals are always counted.

let w: World;
beforeAll(async () => {
  w = await createWorld();
  await sql`create table bounded_count_probe (id int, tag text)`.execute(w.db.db);
  await sql`insert into bounded_count_probe select g, 'a' from generate_series(1, 5) g`.execute(w.db.db);
});
afterAll(async () => w.close());

const probe = () => (w.db.db as unknown as Kysely<{ bounded_count_probe: { id: number; tag: string } }>).selectFrom('bounded_count_probe');
const count = (tag: string, cap: number) =>
  boundedCount(w.db.db, probe().where('tag', '=', tag) as unknown as Parameters<typeof boundedCount>[1], cap);

describe('boundedCount', () => {
  it('counts exactly up to the cap and remembers only that the cap was passed, for a minute', async () => {
    expect(await count('a', 10)).toEqual({ total: 5, totalCapped: false });
    expect(await count('a', 3)).toEqual({ total: 3, totalCapped: true });
    await sql`update bounded_count_probe set tag = 'b' where id > 1`.execute(w.db.db);
    // Exact totals are never remembered: the same query with a larger cap sees the update at once.
    expect(await count('a', 10)).toEqual({ total: 1, totalCapped: false });
    // "More than 3" is remembered (one-sided staleness, at most a minute) …
    expect(await count('a', 3)).toEqual({ total: 3, totalCapped: true });
    // … per query: another filter is counted.
    expect(await count('b', 3)).toEqual({ total: 3, totalCapped: true });
    const later = Date.now() + 61_000;
    const clock = vi.spyOn(Date, 'now').mockReturnValue(later);
    try {
      expect(await count('a', 3)).toEqual({ total: 1, totalCapped: false });
    } finally {
      clock.mockRestore();
    }
  });

  it('keeps what it remembers per database', async () => {
    const other = await createWorld();
    try {
      await sql`create table bounded_count_probe (id int, tag text)`.execute(other.db.db);
      const otherDb: Database = other.db.db;
      const base = (otherDb as unknown as Kysely<{ bounded_count_probe: { id: number; tag: string } }>)
        .selectFrom('bounded_count_probe')
        .where('tag', '=', 'b') as unknown as Parameters<typeof boundedCount>[1];
      expect(await boundedCount(otherDb, base, 3)).toEqual({ total: 0, totalCapped: false });
    } finally {
      await other.close();
    }
  });
});
