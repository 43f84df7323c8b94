import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database';
import { bootstrap } from '../src/seed/bootstrap';
import { loadIndicatorValues } from './load/indicators';
const url = process.argv[2] && process.argv[2].startsWith('postgres') ? process.argv[2] : undefined;
const dir = '/tmp/mzprof/db1';
const fresh = url ? false : !existsSync(dir);
const handle = url ? await openDatabase({ databaseUrl: url }) : await openDatabase({ dataDir: dir });
if (fresh || process.env.LOAD) {
  await bootstrap(handle, { divisions: { villages: false }, demo: false, monitoringDemo: false });
  const t = Date.now();
  const l = await loadIndicatorValues(handle, 'p');
  console.log('loaded', l.rows, Date.now() - t, 'ms');
}
const query = process.env.Q ?? '';
const t = Date.now();
const r = await sql.raw(query).execute(handle.db);
console.log(Date.now() - t, 'ms');
for (const row of r.rows as any[]) console.log(Object.values(row).join(' '));
await handle.close();
