import { createWriteStream, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { AREA_TYPE_LABELS, HOUSEHOLD_STATUS_LABELS, maskCitizenId, type AreaType, type HouseholdStatus } from '@mz/shared';
import { inTransaction, type Database } from '../../src/db/database';
import { withinScope, type Scope } from '../../src/platform/scope/scope';
import { measure, type StepResult } from '../measure';
import type { BenchContext } from '../setup';

// Step (d): export of every household in scope to CSV, streamed. The platform has no household export
// use case yet, so this is the bench's own implementation of the pattern ARCHITECTURE asks for
// ("exports stream"): keyset pages of `pageSize` households (id > last id, one statement per page,
// scoped with withinScope), each page written to a file stream with back-pressure, so memory stays
// flat whatever the number of households. ID numbers are masked as on screen.

const HEADER = ['家庭编号', '行政区划代码', '行政区划', '城乡类别', '家庭住址', '状态', '户主姓名', '户主公民身份号码', '共同生活成员数', '保障类别'];
const csvCell = (value: string | number | null) => {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

type ExportRow = {
  id: number;
  code: string;
  division_name: string;
  area_type: string;
  address: string;
  status: string;
  head_name: string | null;
  head_citizen_id: string | null;
  member_count: number;
  programmes: string | null;
};

export const exportPage = (db: Database, scope: Scope, after: number, pageSize: number) =>
  sql<ExportRow>`
    select h.id, d.code, d.name as division_name, h.area_type, h.address, h.status, hm.name as head_name, hm.citizen_id as head_citizen_id,
      (select count(*) from household_member m where m.household_id = h.id and m.province_code = h.province_code and m.valid_to is null and m.lives_together) as member_count,
      (select string_agg(distinct r.programme, ';') from assistance_recipient r where r.household_id = h.id and r.province_code = h.province_code and r.status <> 'stopped') as programmes
    from household h
    join division d on d.id = h.division_id
    left join household_member hm on hm.id = h.head_member_id and hm.province_code = h.province_code
    where ${withinScope(sql.ref('h.division_id'), scope)} and h.id > ${after}
    order by h.id
    limit ${pageSize}`.execute(db);

/**
 * One page with PostgreSQL's JIT off: the correlated sub-selects make the planner's estimate exceed
 * jit_above_cost, and compiling costs ≈150 ms per page — 35–45 % of a 10,000-row page (measured).
 */
const page = (db: Database, scope: Scope, after: number, pageSize: number, jitOff: boolean) =>
  jitOff
    ? inTransaction(db, async (trx) => {
        await sql`set local jit = off`.execute(trx);
        return exportPage(trx, scope, after, pageSize);
      })
    : exportPage(db, scope, after, pageSize);

/** Stream every household in scope to `path`; returns rows, pages and bytes. */
export const exportHouseholdsCsv = async (db: Database, scope: Scope, path: string, options: { pageSize?: number; jitOff?: boolean } = {}) => {
  const pageSize = options.pageSize ?? 10_000;
  const out = createWriteStream(path, { encoding: 'utf8' });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`\uFEFF${HEADER.join(',')}\r\n`);
  let after = 0;
  let rows = 0;
  let pages = 0;
  for (;;) {
    const batch = (await page(db, scope, after, pageSize, options.jitOff ?? false)).rows;
    if (batch.length === 0) break;
    pages += 1;
    const text = batch
      .map((r) =>
        [
          r.id,
          r.code,
          r.division_name,
          AREA_TYPE_LABELS[r.area_type as AreaType] ?? r.area_type,
          r.address,
          HOUSEHOLD_STATUS_LABELS[r.status as HouseholdStatus] ?? r.status,
          r.head_name,
          r.head_citizen_id === null ? null : maskCitizenId(r.head_citizen_id),
          Number(r.member_count),
          r.programmes,
        ]
          .map(csvCell)
          .join(','),
      )
      .join('\r\n');
    await write(`${text}\r\n`);
    rows += batch.length;
    after = Number(batch[batch.length - 1]?.id);
    if (batch.length < pageSize) break;
  }
  out.end();
  await once(out, 'finish');
  return { rows, pages, bytes: statSync(path).size };
};

export const exportStep = async (context: BenchContext): Promise<StepResult> => {
  const path = join(tmpdir(), `mz-bench-export-${process.pid}-${Date.now()}.csv`);
  try {
    return await measure('export', 'all households in scope to CSV: keyset pages of 10,000 (JIT off on PostgreSQL) streamed to a file (bench implementation; no export use case yet)', async () => {
      const result = await exportHouseholdsCsv(context.handle.db, context.ctx('assistance:read').scope, path, { jitOff: context.handle.engine === 'postgres' });
      return { rows: result.rows, details: { pages: result.pages, bytes: result.bytes } };
    });
  } finally {
    rmSync(path, { force: true });
  }
};
