import { sql } from 'kysely';
import type { Database } from './database';
import type { DB } from './schema';

// Maintenance of the embedded engine only. PGlite runs no autovacuum: without these, an embedded
// database never refreshes planner statistics or the visibility map (ADR 0002). PostgreSQL has
// autovacuum, so every function here is a no-op there. Not a business change: logged, not audited.

export type MaintenanceLog = {
  info: (obj: object, msg: string) => void;
  warn: (obj: object, msg: string) => void;
};

type Embedded = { busy: () => boolean; log: MaintenanceLog };
const embedded = new WeakMap<Database, Embedded>();

const consoleLog: MaintenanceLog = {
  info: () => undefined,
  warn: (obj, msg) => console.warn(msg, obj),
};

/** Called by openDatabase for a PGlite database; `busy` tells whether its connection queue is in use. */
export const registerEmbedded = (db: Database, busy: () => boolean) => embedded.set(db, { busy, log: consoleLog });

/** The server's logger (pino) for maintenance messages. */
export const useMaintenanceLog = (db: Database, log: MaintenanceLog) => {
  const entry = embedded.get(db);
  if (entry) entry.log = log;
};

export const isEmbedded = (db: Database) => embedded.has(db);

/**
 * VACUUM (ANALYZE) the tables a bulk import just filled, after its transaction committed (call with
 * `db`, never a transaction): fresh statistics for the planner, and visibility-map bits for the new
 * pages so index-only scans stay index-only (an insert-only VACUUM reads only the new pages). A
 * failure is logged, not thrown: the import itself has committed.
 */
export const vacuumAnalyzeAfterImport = async (db: Database, tables: readonly (keyof DB & string)[]) => {
  const entry = embedded.get(db);
  if (!entry || tables.length === 0) return;
  const started = Date.now();
  try {
    await sql`vacuum (analyze) ${sql.join(tables.map((t) => sql.table(t)))}`.execute(db);
    entry.log.info({ tables, ms: Date.now() - started }, 'PGlite VACUUM (ANALYZE)（导入后更新统计信息与可见性映射）完成');
  } catch (error) {
    entry.log.warn({ tables, err: error }, 'PGlite VACUUM (ANALYZE)（导入后）失败');
  }
};

export type VacuumOutcome = 'done' | 'skipped-busy' | 'failed' | 'not-embedded';

/** One `VACUUM (ANALYZE)` of the whole embedded database, unless a query or transaction holds it. */
export const vacuumEmbedded = async (db: Database): Promise<VacuumOutcome> => {
  const entry = embedded.get(db);
  if (!entry) return 'not-embedded';
  if (entry.busy()) {
    entry.log.info({}, 'PGlite VACUUM (ANALYZE) 推迟：数据库正忙');
    return 'skipped-busy';
  }
  const started = Date.now();
  try {
    // Through `db` (the connection queue), so it never runs inside someone's transaction.
    await sql`vacuum (analyze)`.execute(db);
    entry.log.info({ ms: Date.now() - started }, 'PGlite VACUUM (ANALYZE) 完成');
    return 'done';
  } catch (error) {
    entry.log.warn({ err: error }, 'PGlite VACUUM (ANALYZE) 失败');
    return 'failed';
  }
};

const BUSY_RETRY_MS = 5 * 60 * 1000;

/**
 * Periodic VACUUM (ANALYZE) in the server process: first right away (after bootstrap), then every
 * `intervalHours`; a busy database is retried after 5 minutes. The timer is unref'd; `stop` waits
 * for a running VACUUM. No-op on PostgreSQL or when `intervalHours` is 0.
 */
export const scheduleEmbeddedVacuum = (db: Database, intervalHours: number) => {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = vacuumEmbedded(db).then((outcome) => schedule(outcome === 'skipped-busy' ? BUSY_RETRY_MS : intervalHours * 3_600_000));
    }, ms);
    timer.unref();
  };
  if (isEmbedded(db) && intervalHours > 0) schedule(0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
};
