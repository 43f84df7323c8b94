import { sql } from 'kysely';
import { openDatabase } from '../src/db/database';
const target = process.argv[2]!;
const handle = target.startsWith('postgres') ? await openDatabase({ databaseUrl: target }) : await openDatabase({ dataDir: target });
const root = (await sql<{ id: number }>`select ra.division_id as id from role_assignment ra join app_user u on u.id = ra.user_id where u.username = 'bench_operator' limit 1`.execute(handle.db)).rows[0]!.id;
const scope = `exists (select 1 from division_closure dc where dc.descendant_id = h.division_id and dc.ancestor_id in (${root}))`;
const Q: Record<string, string> = {
  listCount: `select count(*) from household h join division d on d.id = h.division_id where ${scope}`,
  listItems: `select h.id, d.name, hm.name, (select count(*) from household_member m2 where m2.household_id = h.id and m2.valid_to is null) as mc,
     (select array_agg(distinct r.programme) from assistance_recipient r where r.household_id = h.id and r.status <> 'stopped') as p
     from household h join division d on d.id = h.division_id left join household_member hm on hm.id = h.head_member_id and hm.province_code = h.province_code
     where ${scope} order by h.id desc limit 20 offset 0`,
  nameCount: `select count(*) from household h join division d on d.id = h.division_id where ${scope} and h.id in (select m.household_id from household_member m where m.valid_to is null and m.name like '王%')`,
  nameItems: `select h.id from household h join division d on d.id = h.division_id where ${scope} and h.id in (select m.household_id from household_member m where m.valid_to is null and m.name like '王%') order by h.id desc limit 20`,
  appsCount: `select count(*) from assistance_application a join division d on d.id = a.division_id where exists (select 1 from division_closure dc where dc.descendant_id = a.division_id and dc.ancestor_id in (${root}))`,
};
const only = process.argv[3]?.split(',');
for (const [name, q] of Object.entries(Q)) {
  if (only && !only.includes(name)) continue;
  const r = await sql.raw(`explain (analyze, buffers off) ${q}`).execute(handle.db);
  console.log(`--- ${name}`);
  for (const row of r.rows as any[]) console.log(Object.values(row).join(' '));
}
await handle.close();
