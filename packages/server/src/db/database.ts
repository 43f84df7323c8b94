import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { DB } from './schema';
import { registerEmbedded } from './maintenance';
import { createPgliteDialect, transactionHolder } from './pglite-dialect';

export type Database = Kysely<DB>;
export type Trx = Transaction<DB>;
export type Engine = 'pglite' | 'postgres';

export type DatabaseHandle = {
  db: Database;
  engine: Engine;
  /** Raw PGlite instance (bulk COPY); undefined on PostgreSQL. */
  pglite?: PGlite;
  /** Raw pg pool (bulk COPY); undefined on PGlite. */
  pool?: pg.Pool;
  close: () => Promise<void>;
};

// Return DATE as 'YYYY-MM-DD' and BIGINT/NUMERIC as numbers on both engines, so code and tests
// see the same shapes whichever engine runs underneath.
pg.types.setTypeParser(1082, (v: string) => v); // date
pg.types.setTypeParser(20, (v: string) => Number(v)); // int8 (counts); ids stay < 2^53
pg.types.setTypeParser(1700, (v: string) => Number(v)); // numeric

const pgliteParsers = {
  1082: (v: string) => v,
  20: (v: string) => Number(v),
  1700: (v: string) => Number(v),
};

export type DatabaseOptions = { databaseUrl?: string | undefined; dataDir?: string | 'memory://' };

export const openDatabase = async (options: DatabaseOptions): Promise<DatabaseHandle> => {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle client dropped by the server (restart, admin shutdown) must not crash the process;
    // the pool replaces it on the next checkout.
    pool.on('error', (error: Error & { code?: string }) => {
      if (error.code !== '57P01') console.warn(`PostgreSQL 空闲连接错误: ${error.message}`);
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', pool, close: () => db.destroy() };
  }
  const dataDir = options.dataDir ?? './data';
  let location: string | undefined;
  if (dataDir !== 'memory://') {
    location = resolve(join(dataDir, 'pglite'));
    mkdirSync(location, { recursive: true });
  }
  const pglite = await PGlite.create({ ...(location ? { dataDir: location } : {}), parsers: pgliteParsers });
  const dialect = createPgliteDialect(pglite);
  const db = new Kysely<DB>({ dialect });
  registerEmbedded(db, dialect.busy);
  return { db, engine: 'pglite', pglite, close: () => db.destroy() };
};

/** Run `fn` in one transaction. All writes and their audit rows go through here. */
export const inTransaction = <T>(db: Database, fn: (trx: Trx) => Promise<T>): Promise<T> =>
  transactionHolder.run({ acquired: false }, () => db.transaction().execute(fn));
