import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { buildApp } from '../../src/app';
import { measure, type StepResult } from '../measure';
import { BENCH_PASSWORD, BENCH_USER, type BenchContext } from '../setup';

// Step (f): latency of the main list / detail / dashboard endpoints under a bounded concurrent load on
// loopback. The real app (buildApp) listens on 127.0.0.1 in this process; the bench user logs in
// through POST /api/auth/login; autocannon runs in a child process (http-load.runner.ts) with N
// connections for a fixed duration per endpoint and stops by itself.

export type HttpOptions = { connections: number; durationSec: number; planId: number };
export type LoadResult = {
  requests: number;
  requestsPerSec: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
  mean: number | null;
  non2xx: number;
  errors: number;
  timeouts: number;
};

const RUNNER = fileURLToPath(new URL('./http-load.runner.ts', import.meta.url));

const runLoad = (input: { url: string; cookie: string; connections: number; durationSec: number; paths: string[] }) =>
  new Promise<LoadResult>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', RUNNER], {
      env: { ...process.env, MZ_BENCH_LOAD: JSON.stringify(input) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      try {
        const parsed = JSON.parse(line) as LoadResult & { error?: string };
        if (code !== 0 || parsed.error) reject(new Error(`load runner failed (${code}): ${parsed.error ?? err}`));
        else resolve(parsed);
      } catch {
        reject(new Error(`load runner output unreadable (${code}): ${out} ${err}`));
      }
    });
  });

const login = async (base: string) => {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: BENCH_USER, password: BENCH_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`bench login failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.getSetCookie?.() ?? []).find((c) => c.startsWith('mz_session='));
  if (!cookie) throw new Error('bench login: no mz_session cookie');
  return cookie.split(';')[0] as string;
};

/** One GET on a fresh connection (no keep-alive reuse), retried once; the error names its cause. */
const probeOnce = async (url: string, cookie: string): Promise<{ status: number; body: string }> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const response = await fetch(url, { headers: { cookie, connection: 'close' } });
      return { status: response.status, body: await response.text() };
    } catch (error) {
      if (attempt >= 2) throw new Error(`GET ${url} failed: ${String((error as { cause?: unknown }).cause ?? error)}`, { cause: error });
    }
  }
};

/** Up to 1,000 household ids spread evenly over the subtree (the detail endpoint rotates through them). */
const sampleHouseholds = async (context: BenchContext) => {
  const total = Number((await sql<{ n: number }>`select count(*) as n from household`.execute(context.handle.db)).rows[0]?.n ?? 0);
  const step = Math.max(1, Math.ceil(total / 1000));
  const rows = await sql<{ id: number }>`select id from household where id % ${step} = 0 order by id limit 1000`.execute(context.handle.db);
  return rows.rows.map((r) => Number(r.id));
};

export const endpoints = async (context: BenchContext, planId: number) => {
  const ids = await sampleHouseholds(context);
  return [
    // Calibration: no database (health) and one session lookup (me) — what the machine and the
    // framework give before any business query.
    { name: 'health', paths: ['/api/health'] },
    { name: 'session', paths: ['/api/auth/me'] },
    { name: 'households-list', paths: ['/api/assistance/households?page=1&pageSize=20'] },
    {
      name: 'households-by-name',
      paths: ['王', '李', '张', '韦', '黄', '覃'].map((n) => `/api/assistance/households?name=${encodeURIComponent(n)}&page=1&pageSize=20`),
    },
    { name: 'household-detail', paths: ids.map((id) => `/api/assistance/households/${id}`) },
    { name: 'applications-list', paths: ['/api/assistance/applications?page=1&pageSize=20'] },
    { name: 'dashboard-overview', paths: [`/api/monitoring/plans/${planId}/overview`] },
  ];
};

/** Runs the endpoints in order; each result goes to `add` as soon as it is measured, so a later failure keeps the earlier figures. */
export const httpSteps = async (
  context: BenchContext,
  options: HttpOptions,
  add: (result: StepResult) => void = () => undefined,
): Promise<StepResult[]> => {
  // Sample the detail ids before the server starts: on PGlite a long query blocks the event loop, and
  // a keep-alive socket closed meanwhile makes the next fetch fail.
  const list = await endpoints(context, options.planId);
  const { app } = await buildApp({ db: context.handle.db, identity: { sessionHours: 8 }, logLevel: 'silent' });
  const results: StepResult[] = [];
  // A closed-loop client stops after its duration, but the server still finishes every request it
  // accepted (on PGlite one query after the other; on PostgreSQL the pool's queue). The next endpoint
  // starts only once the database answers a trivial query promptly three times in a row, "promptly"
  // meaning within 4× its idle latency measured before the first endpoint (at least 50 ms: a busy
  // machine is slow even when the database is idle). The drain time is reported with the figures;
  // after 5 minutes the bench goes on and says so (drainTimedOut).
  const roundTrip = async () => {
    const t = performance.now();
    await sql`select 1`.execute(context.handle.db);
    return performance.now() - t;
  };
  const idle: number[] = [];
  for (let i = 0; i < 5; i += 1) idle.push(await roundTrip());
  const prompt = Math.max(50, 4 * (idle.sort((a, b) => a - b)[2] ?? 0));
  const drained = async () => {
    const started = Date.now();
    let inARow = 0;
    while (inARow < 3 && Date.now() - started < 5 * 60_000) {
      inARow = (await roundTrip()) < prompt ? inARow + 1 : 0;
      await new Promise((r) => setTimeout(r, 20));
    }
    return { drainMs: Date.now() - started, drainTimedOut: inARow < 3 };
  };
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const cookie = await login(base);
    for (const endpoint of list) {
      // One request first: a failing endpoint stops the bench with its message instead of 64 × N errors.
      const probe = await probeOnce(`${base}${endpoint.paths[0] ?? '/'}`, cookie);
      if (probe.status !== 200) throw new Error(`${endpoint.name}: ${probe.status} ${probe.body}`);
      const what = `GET ${endpoint.paths[0] ?? ''}${endpoint.paths.length > 1 ? ` (+${endpoint.paths.length - 1} more paths, rotated)` : ''}; ${options.connections} connections, ${options.durationSec} s`;
      results.push(
        await measure(`http:${endpoint.name}`, what, async () => {
          const load = await runLoad({
            url: base,
            cookie,
            connections: options.connections,
            durationSec: options.durationSec,
            paths: endpoint.paths,
          });
          return { rows: load.requests, details: { ...load, connections: options.connections, durationSec: options.durationSec } };
        }),
      );
      const last = results[results.length - 1];
      if (last) {
        Object.assign(last.details, await drained());
        add(last);
      }
    }
  } finally {
    await app.close();
  }
  return results;
};
