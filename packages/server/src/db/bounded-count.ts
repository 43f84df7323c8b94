import { sql, type SelectQueryBuilder } from 'kysely';
import { COUNT_CAP } from '@mz/shared';
import type { Database } from './database';

/**
 * "More than `cap` rows" is remembered for a minute per database and query (SQL text, parameters,
 * cap), so a province-wide list does not count 10,001 index entries on every page view: that count
 * was ≈5 ms of each ≈8 ms list request at province size. The scope is part of the parameters, so a
 * caller only ever reuses the verdict of its own query. Staleness is one-sided and bounded: if a
 * list shrinks below the cap, it still says 「超过 10,000 条」 for up to a minute. Exact totals are
 * never cached (they change with every insert).
 */
const CAPPED_TTL_MS = 60_000;
const CAPPED_MAX_ENTRIES = 1_000;
const cappedUntil = new WeakMap<Database, Map<string, number>>();

const cappedCache = (db: Database) => {
  let cache = cappedUntil.get(db);
  if (!cache) cappedUntil.set(db, (cache = new Map()));
  return cache;
};

/**
 * Count the rows of a list query, exactly up to `cap`, then stop: `count(*)` over a LIMIT cap+1
 * sub-select, so a province-wide list costs at most cap+1 index entries instead of a million.
 * Pass the list's filtered FROM/WHERE (no select, order or paging).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any joined FROM of any table set
export const boundedCount = async (db: Database, base: SelectQueryBuilder<any, any, object>, cap: number = COUNT_CAP) => {
  const query = db
    .selectFrom(
      base
        .select(sql<number>`1`.as('one'))
        .limit(cap + 1)
        .as('capped'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'));
  const compiled = query.compile();
  const key = `${compiled.sql}\u0000${JSON.stringify(compiled.parameters)}`;
  const cache = cappedCache(db);
  const until = cache.get(key);
  if (until !== undefined) {
    if (until > Date.now()) return { total: cap, totalCapped: true };
    cache.delete(key);
  }
  const n = Number((await query.executeTakeFirstOrThrow()).n);
  if (n <= cap) return { total: n, totalCapped: false };
  if (cache.size >= CAPPED_MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, Date.now() + CAPPED_TTL_MS);
  return { total: cap, totalCapped: true };
};

/**
 * The total of a page already read: a short page (not past the end) tells it without counting;
 * otherwise `boundedCount`. A precise search (a full name, an ID number) then costs one statement.
 */
export const pageTotal = async (
  db: Database,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as boundedCount
  base: SelectQueryBuilder<any, any, object>,
  page: { page: number; pageSize: number; items: number },
  cap: number = COUNT_CAP,
) => {
  const before = (page.page - 1) * page.pageSize;
  if (page.items < page.pageSize && (page.items > 0 || page.page === 1) && before + page.items <= cap) {
    return { total: before + page.items, totalCapped: false };
  }
  return boundedCount(db, base, cap);
};
