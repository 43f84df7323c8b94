import { sql } from 'kysely';
import { openDatabase } from '../src/db/database';
const target = process.argv[2]!;
const handle = target.startsWith('postgres') ? await openDatabase({ databaseUrl: target }) : await openDatabase({ dataDir: target });
const root = Number(process.argv[3] ?? 0) || (await sql<{ id: number }>`select ra.division_id as id from role_assignment ra join app_user u on u.id = ra.user_id where u.username = 'bench_operator' limit 1`.execute(handle.db)).rows[0]!.id;
const scope = (col: string) => `exists (select 1 from division_closure dc where dc.descendant_id = ${col} and dc.ancestor_id in (${root}))`;
const Q: Record<string, string> = {
  countAll: `select count(*) from household h join division d on d.id = h.division_id where ${scope('h.division_id')}`,
  countCapped: `select count(*) from (select 1 from household h where ${scope('h.division_id')} limit 10001) x`,
  nameCountNow: `select count(*) from household h join division d on d.id = h.division_id where ${scope('h.division_id')} and h.id in (select m.household_id from household_member m where m.valid_to is null and m.name like '王%')`,
  nameCountAlt: `select count(distinct m.household_id) from household_member m where m.valid_to is null and m.name like '王%' and ${scope('m.division_id')}`,
  namePageAlt: `select h.id from household h where h.id in (select m.household_id from household_member m where m.valid_to is null and m.name like '王%' and ${scope('m.division_id')}) order by h.id desc limit 20`,
};
const only = process.argv[4]?.split(',');
for (const [name, q] of Object.entries(Q)) {
  if (only && !only.includes(name)) continue;
  const times: number[] = [];
  let out = '';
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    const r = await sql.raw(q).execute(handle.db);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    out = JSON.stringify(r.rows[0] ?? r.rows.length);
  }
  times.sort((a, b) => a - b);
  console.log(name.padEnd(14), 'median', times[2]!.toFixed(1), 'ms', out);
}
await handle.close();
