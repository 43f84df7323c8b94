import { sql } from 'kysely';
import { openDatabase } from '../src/db/database';
import { buildApp } from '../src/app';
const target = process.argv[2]!;
const handle = target.startsWith('postgres') ? await openDatabase({ databaseUrl: target }) : await openDatabase({ dataDir: target });
const { app } = await buildApp({ db: handle.db, identity: { sessionHours: 8 }, logLevel: 'silent' });
const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bench_operator', password: 'Bench@2026-load' } });
const cookie = `mz_session=${login.cookies.find((c) => c.name === 'mz_session')!.value}`;
const plan = (await sql<{ id: number }>`select id from monitoring_plan where level = 'national'`.execute(handle.db)).rows[0]!.id;
const ids = (await sql<{ id: number }>`select id from household where id % 97 = 0 order by id limit 30`.execute(handle.db)).rows.map((r) => r.id);
const urls: Record<string, (i: number) => string> = {
  health: () => '/api/health',
  me: () => '/api/auth/me',
  list: () => '/api/assistance/households?page=1&pageSize=20',
  name: (i) => `/api/assistance/households?name=${encodeURIComponent(['王', '李', '张', '韦'][i % 4]!)}&page=1&pageSize=20`,
  detail: (i) => `/api/assistance/households/${ids[i % ids.length]}`,
  apps: () => '/api/assistance/applications?page=1&pageSize=20',
  overview: () => `/api/monitoring/plans/${plan}/overview`,
};
const only = process.argv[3]?.split(',');
for (const [name, url] of Object.entries(urls)) {
  if (only && !only.includes(name)) continue;
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < 20; i++) {
    const t = process.hrtime.bigint();
    const r = await app.inject({ method: 'GET', url: url(i), headers: { cookie } });
    status = r.statusCode;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(name.padEnd(10), status, 'median', times[10]!.toFixed(1), 'ms  min', times[0]!.toFixed(1), 'max', times[19]!.toFixed(1));
}
await app.close();
await handle.close();
