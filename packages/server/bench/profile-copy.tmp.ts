import { openDatabase } from '../src/db/database';
const handle = await openDatabase({ dataDir: process.argv[2]! });
const pg = handle.pglite!;
await pg.exec(`drop table if exists t1; drop table if exists t2; create table t1 (like household_member including defaults); create table t2 (like household_member including all);`);
const rows: string[] = [];
for (let i = 0; i < 77_000; i++) rows.push(`${i},"45",${i},1,"45010219800101${String(i).padStart(4, '0')}","王小明","male",1980-01-01,"self",t,,,"employed",,,2020-01-01`);
const csv = rows.join('\n');
const cols = 'id, province_code, household_id, division_id, citizen_id, name, sex, birth_date, relation, lives_together, disability_category, disability_grade, employment, student_stage, student_full_time, valid_from';
for (const t of ['t1', 't2']) {
  const s = Date.now();
  await pg.query(`COPY ${t} (${cols}) FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([csv]) });
  console.log(t, Date.now() - s, 'ms');
}
const s = Date.now();
await pg.query(`insert into t2 (${cols}) select ${cols.split(', ').map((c) => c === 'id' ? 'id + 1000000' : c === 'citizen_id' ? "citizen_id || 'x'" : c).join(', ')} from t1`);
console.log('insert-select t2', Date.now() - s, 'ms');
await pg.exec('drop table t1; drop table t2');
await handle.close();
