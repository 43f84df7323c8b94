import { sql } from 'kysely';
import { openDatabase } from '../src/db/database';
import { exportHouseholdsCsv } from './steps/export';
const handle = await openDatabase({ databaseUrl: process.argv[2]! });
const root = (await sql<{ id: number }>`select ra.division_id as id from role_assignment ra join app_user u on u.id = ra.user_id where u.username = 'bench_operator' limit 1`.execute(handle.db)).rows[0]!.id;
for (const jitOff of [false, true, false, true]) {
  const t = Date.now();
  const r = await exportHouseholdsCsv(handle.db, { roots: [root] }, '/tmp/mzprof/export.csv', { jitOff });
  console.log('jitOff', jitOff, r.rows, 'rows', Date.now() - t, 'ms');
}
await handle.close();
