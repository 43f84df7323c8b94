import { AsyncLocalStorage } from 'node:async_hooks';
import type { PGlite } from '@electric-sql/pglite';
import { PostgresDialect, type PostgresPoolClient } from 'kysely';

// Kysely's PostgresDialect over an embedded PGlite. PGlite has a single connection, so a queue
// hands it to one Kysely "connection" (one query, or one whole transaction) at a time.
// Asking for a second connection while a transaction holds the first (a query on `db` inside
// `inTransaction`) would wait forever; it is detected and thrown instead, so the bug shows up
// in tests on PGlite rather than as a hang.
type Holder = { acquired: boolean };
export const transactionHolder = new AsyncLocalStorage<Holder>();

type Command = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE' | 'MERGE';

const commandOf = (sql: string, affectedRows: number): Command => {
  const keyword = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SELECT';
  if (keyword === 'INSERT' || keyword === 'UPDATE' || keyword === 'DELETE' || keyword === 'MERGE') return keyword;
  return affectedRows > 0 ? 'UPDATE' : 'SELECT';
};

export const createPgliteDialect = (pglite: PGlite) => {
  let queue: Promise<void> = Promise.resolve();
  let inUse = 0; // connections held or waiting (maintenance skips VACUUM while > 0)

  const connect = async () => {
    const holder = transactionHolder.getStore();
    if (holder?.acquired) {
      throw new Error('PGlite: a query used `db` inside a transaction; use the transaction object (trx)');
    }
    if (holder) holder.acquired = true;
    let release: () => void = () => undefined;
    inUse++;
    const previous = queue;
    queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    const client = {
      async query<R>(sql: string, parameters: readonly unknown[]) {
        // Like node-postgres: no parameters → simple protocol, which allows several statements.
        const result =
          parameters.length === 0
            ? ((await pglite.exec(sql)).at(-1) ?? { rows: [], affectedRows: 0 })
            : await pglite.query<R>(sql, parameters as unknown[]);
        const rows = result.rows as R[];
        const rowCount = result.affectedRows ?? rows.length;
        return { command: commandOf(sql, rowCount), rowCount, rows };
      },
      release() {
        if (holder) holder.acquired = false;
        inUse--;
        release();
      },
    };
    // Kysely's client type also declares a cursor overload, which Kysely only calls when a
    // cursor class is configured (it is not here).
    return client as unknown as PostgresPoolClient;
  };

  const dialect = new PostgresDialect({ pool: { connect, end: async () => pglite.close() } });
  return Object.assign(dialect, { busy: () => inUse > 0 });
};
