import { sql, type SelectQueryBuilder } from 'kysely';
import { COUNT_CAP } from '@mz/shared';
import type { Database } from './database';

/**
 * Count the rows of a list query, exactly up to `cap`, then stop: `count(*)` over a LIMIT cap+1
 * sub-select, so a province-wide list costs at most cap+1 index entries instead of a million.
 * Pass the list's filtered FROM/WHERE (no select, order or paging).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any joined FROM of any table set
export const boundedCount = async (db: Database, base: SelectQueryBuilder<any, any, object>, cap: number = COUNT_CAP) => {
  const row = await db
    .selectFrom(
      base
        .select(sql<number>`1`.as('one'))
        .limit(cap + 1)
        .as('capped'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(row.n);
  return n > cap ? { total: cap, totalCapped: true } : { total: n, totalCapped: false };
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
