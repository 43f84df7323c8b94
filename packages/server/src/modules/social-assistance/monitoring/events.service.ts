import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { AppError, IMPORT_MAX_BYTES, computeCitizenIdCheckDigit, type TFileUpload } from '@mz/shared';
import { inTransaction } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { reject } from '../import/import.service';
import { decodeUpload, readSpreadsheet, writeTemplate } from '../import/spreadsheet';
import { chunk } from '../operations.common';
import { provinceOf, todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import { EVENT_COLUMNS, EVENT_TEMPLATE_NOTES, validateEventSheet } from './events.rules';

// Import of department events (Excel/CSV) into the monitoring data base: all or nothing with per-row
// errors, set-based inserts, then one statement matching every event to the live member holding the ID
// number inside the importing county. Unmatched events are kept (counted, never shown by name).

const COUNTY_LEVELS = ['county', 'prefecture', 'province', 'nation'];

export const eventTemplate = () => {
  const first17 = '53260119800101001';
  const id = `${first17}${computeCitizenIdCheckDigit(first17)}`;
  return writeTemplate(
    '部门事件',
    Object.values(EVENT_COLUMNS),
    [
      ['医保', '医疗费用结算', id, '张三', '2025-09-30', '18000.00', '', '', '', '', '', '住院结算'],
      ['残联', '残疾人证', id, '张三', '2025-09-30', '', '肢体', '二级', '', '', '', ''],
    ],
    EVENT_TEMPLATE_NOTES,
  );
};

export const importEvents = async (deps: SocialAssistanceDeps, ctx: CallContext, upload: TFileUpload) => {
  const buffer = decodeUpload(upload.contentBase64, IMPORT_MAX_BYTES);
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  const { events, errors } = validateEventSheet(await readSpreadsheet(upload.fileName, buffer), todayOf(deps));
  if (errors.length > 0) reject(errors, '部门事件文件');
  return inTransaction(deps.db, async (trx) => {
    const roots = await trx
      .selectFrom('division')
      .select(['id', 'code', 'level', 'name'])
      .where('id', 'in', ctx.scope.roots.length > 0 ? ctx.scope.roots : [-1])
      .orderBy('code')
      .execute();
    const county = roots.find((d) => COUNTY_LEVELS.includes(d.level));
    if (!county) throw new AppError('FORBIDDEN', '部门数据由县级及以上民政部门导入');
    const province = provinceOf(county.code);
    const batch = await trx
      .insertInto('department_event_batch')
      .values({
        province_code: province,
        division_id: county.id,
        file_name: upload.fileName,
        file_sha256: sha256,
        row_count: events.length,
        imported_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const part of chunk(events, 10_000)) {
      const col = <T>(f: (e: (typeof part)[number]) => T) => part.map(f);
      await sql`
        insert into department_event (province_code, division_id, batch_id, row_number, department, kind, citizen_id, name, occurred_on, amount_fen,
                                      disability_category, disability_grade, diagnosis, on_local_list, student_stage, description)
        select ${province}, ${county.id}::int, ${batch.id}::bigint, t.row_number, t.department, t.kind, t.citizen_id, t.name, t.occurred_on, t.amount_fen,
               t.disability_category, t.disability_grade, t.diagnosis, t.on_local_list, t.student_stage, t.description
        from unnest(${col((e) => e.rowNumber)}::int[], ${col((e) => e.department)}::text[], ${col((e) => e.kind)}::text[], ${col((e) => e.citizenId)}::text[],
                    ${col((e) => e.name)}::text[], ${col((e) => e.occurredOn)}::date[], ${col((e) => e.amountFen)}::bigint[], ${col((e) => e.disabilityCategory)}::text[],
                    ${col((e) => e.disabilityGrade)}::smallint[], ${col((e) => e.diagnosis)}::text[], ${col((e) => e.onLocalList)}::boolean[],
                    ${col((e) => e.stage)}::text[], ${col((e) => e.description)}::text[])
          as t(row_number, department, kind, citizen_id, name, occurred_on, amount_fen, disability_category, disability_grade, diagnosis, on_local_list,
               student_stage, description)`.execute(trx);
    }
    const matched = await sql`
      update department_event e set household_id = m.household_id, member_id = m.id, household_division_id = m.division_id
      from household_member m
      where e.batch_id = ${batch.id} and e.province_code = ${province}
        and m.citizen_id = e.citizen_id and m.province_code = e.province_code and m.valid_to is null
        and exists (select 1 from division_closure dc where dc.ancestor_id = ${county.id} and dc.descendant_id = m.division_id)`.execute(
      trx,
    );
    const matchedCount = Number(matched.numAffectedRows ?? 0);
    await trx
      .updateTable('department_event_batch')
      .set({ matched_count: matchedCount })
      .where('id', '=', batch.id)
      .where('province_code', '=', province)
      .execute();
    const byKind: Record<string, number> = {};
    for (const e of events) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
    await recordAudit(trx, ctx.audit, {
      action: 'DEPARTMENT_EVENTS_IMPORTED',
      entity: 'department_event_batch',
      entityId: batch.id,
      divisionId: county.id,
      after: { fileName: upload.fileName, sha256, rows: events.length, matched: matchedCount, byKind },
    });
    return { batchId: batch.id, rows: events.length, matched: matchedCount, unmatched: events.length - matchedCount, byKind };
  });
};
