import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import { bootstrap } from '../src/seed/bootstrap';
import { formatTable } from './report';
import { isSize } from './setup';
import { runBench } from './suite';

// npm run bench [-- --size tiny|county|prefecture|province --db pglite|postgres [--url postgres://…]
//   [--database mz_bench] [--seed s] [--connections 64] [--duration 10] [--only import,recheck,…] [--keep]
//   [--reuse [--data-dir <kept PGlite dir>]]]
// PGlite runs on disk in a fresh temporary data dir; PostgreSQL in a database (re)created on the
// server of --url / DATABASE_URL. Results: bench/results/<time>-<engine>-<size>.json, the JSON on
// stdout, then the summary table.

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'county' },
    db: { type: 'string', default: 'pglite' },
    url: { type: 'string' },
    database: { type: 'string', default: 'mz_bench' },
    seed: { type: 'string', default: 'mz-bench-1' },
    root: { type: 'string' },
    connections: { type: 'string', default: '64' },
    duration: { type: 'string', default: '10' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
  },
});

const size = values.size;
if (!isSize(size)) throw new Error(`--size must be tiny, county, prefecture or province (got ${size})`);
if (values.db !== 'pglite' && values.db !== 'postgres') throw new Error('--db must be pglite or postgres');
const durationSec = Math.min(10, Math.max(1, Number(values.duration)));
const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

const openBenchDatabase = async (): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void>; where: string }> => {
  if (values.db === 'postgres') {
    const adminUrl = values.url ?? process.env['DATABASE_URL'];
    if (!adminUrl) throw new Error('--db postgres needs --url or DATABASE_URL');
    const name = values.database;
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error('--database must be a plain lower-case identifier');
    if (!values.reuse) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`create database ${name}`);
      await admin.end();
    }
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ databaseUrl: url.toString() });
    return { handle, cleanup: () => handle.close(), where: `${url.host}/${name}` };
  }
  if (values.reuse && !values['data-dir']) throw new Error('--reuse on PGlite needs --data-dir of a run made with --keep');
  const dir = values['data-dir'] ?? mkdtempSync(join(tmpdir(), 'mz-bench-'));
  const handle = await openDatabase({ dataDir: dir });
  return {
    handle,
    where: dir,
    cleanup: async () => {
      await handle.close();
      if (!values.keep && !values['data-dir']) rmSync(dir, { recursive: true, force: true });
    },
  };
};

const main = async () => {
  const { handle, cleanup, where } = await openBenchDatabase();
  try {
    log(`${handle.engine} at ${where}: migrating, loading divisions (whole country to county, seed regions to village) …`);
    const started = Date.now();
    // A reused database still gets the migrations added since it was prepared (the code under test needs them).
    if (values.reuse) log(`migrations applied: ${(await migrateToLatest(handle.db)).join(', ') || 'none'}`);
    else await bootstrap(handle, { divisions: { villages: true }, demo: false, monitoringDemo: false });
    log(`bootstrap ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const report = await runBench(handle, {
      size,
      seed: values.seed,
      ...(values.root ? { rootCode: values.root } : {}),
      reuse: values.reuse,
      http: { connections: Number(values.connections), durationSec },
      ...(values.only ? { only: values.only.split(',').map((s) => s.trim()) } : {}),
      log,
    });
    const dir = fileURLToPath(new URL('./results/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${report.startedAt.replaceAll(':', '-').slice(0, 19)}-${report.engine}-${report.size}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n\n`);
    const header = `${report.startedAt.slice(0, 10)} · ${report.engine} · ${report.size}${report.mode === 'reuse' ? ' (reused database)' : ''} (${report.root.name} ${report.root.code}) · seed ${report.seed} · load avg ${report.machine.loadAvgAtStart.join('/')} → ${report.machine.loadAvgAtEnd.join('/')} on ${report.machine.cpus} cores`;
    process.stdout.write(`${formatTable(report.steps, header)}\n\nwritten to ${file}\n`);
    if (report.errors.length > 0) {
      process.stderr.write(`${report.errors.length} step(s) failed: ${report.errors.map((e) => e.step).join(', ')}\n`);
      process.exitCode = 1;
    }
  } finally {
    await cleanup();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
