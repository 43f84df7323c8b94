import { createHash } from 'node:crypto';
import { AppError, IMPORT_MAX_BYTES, type ErrorDetail, type TFileUpload } from '@mz/shared';
import { inTransaction, type Database } from '../../../db/database';
import { vacuumAnalyzeAfterImport } from '../../../db/maintenance';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { withinScope } from '../../../platform/scope/scope';
import { describeConflicts } from '../registry/registry.duplicates';
import * as registry from '../registry/registry.repository';
import { provinceOf, todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import {
  HOUSEHOLD_COLUMNS,
  HOUSEHOLD_TEMPLATE_EXAMPLE,
  HOUSEHOLD_TEMPLATE_NOTES,
  validateHouseholdSheet,
  type ImportDivision,
} from './household-import.rules';
import { insertHouseholds, resolveStandards, standardKey } from './household-import.repository';
import { decodeUpload, readSpreadsheet, writeTemplate } from './spreadsheet';

// Import of existing caseloads (households + members, optionally their current programme and amount):
// all or nothing. Any error anywhere rejects the whole file with 422 IMPORT_REJECTED naming the row and
// column; a clean file goes in completely, in one transaction, with one audit row for the import.

const MAX_DETAILS = 1_000;

export const householdTemplate = () =>
  writeTemplate('家庭成员', Object.values(HOUSEHOLD_COLUMNS), HOUSEHOLD_TEMPLATE_EXAMPLE, HOUSEHOLD_TEMPLATE_NOTES);

/** Divisions (township or village, current) the caller may import into, by code. */
export const importDivisions = async (db: Database, ctx: CallContext) => {
  const rows = await db
    .selectFrom('division as d')
    .select(['d.id', 'd.code', 'd.name', 'd.level'])
    .where('d.valid_to', 'is', null)
    .where('d.level', 'in', ['township', 'village'])
    .where((eb) => withinScope(eb.ref('d.id'), ctx.scope))
    .execute();
  return new Map<string, ImportDivision>(rows.map((r) => [r.code, r]));
};

export const reject = (errors: ErrorDetail[], what: string): never => {
  throw new AppError(
    'IMPORT_REJECTED',
    `${what}有${errors.length}处错误，整个文件未导入：${errors[0]?.message ?? ''}${errors.length > 1 ? ' 等' : ''}`,
    errors.slice(0, MAX_DETAILS),
  );
};

export const importHouseholds = async (deps: SocialAssistanceDeps, ctx: CallContext, upload: TFileUpload) => {
  const started = Date.now();
  const buffer = decodeUpload(upload.contentBase64, IMPORT_MAX_BYTES);
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  const today = todayOf(deps);
  const sheet = await readSpreadsheet(upload.fileName, buffer);
  const divisions = await importDivisions(deps.db, ctx);
  const parsed = validateHouseholdSheet(sheet, divisions, today);
  const errors = [...parsed.errors];
  const rowOf = new Map(parsed.households.flatMap((h) => h.members.map((m) => [m.citizenId, m.rowNumber] as const)));
  const column = HOUSEHOLD_COLUMNS.citizenId;

  const result = await inTransaction(deps.db, async (trx) => {
    // Against the database: persons already live in a household (named only when in the caller's scope).
    const existing = await registry.findLiveMembersByCitizenIds(trx, [...rowOf.keys()]);
    if (existing.length > 0) {
      const details = await describeConflicts(
        trx,
        ctx.actor,
        existing.map((r) => ({
          citizenId: r.citizen_id,
          name: r.name,
          householdId: r.household_id,
          divisionId: r.division_id,
          divisionName: r.division_name,
        })),
        () => '',
      );
      existing.forEach((r, i) => {
        const row = rowOf.get(r.citizen_id) ?? 0;
        errors.push({
          path: `第${row}行 ${column}`,
          row,
          column,
          code: 'DUPLICATE_PERSON',
          message: `第${row}行“${column}”：${details[i]?.message ?? '已在其他家庭中登记'}`,
        });
      });
    }
    // Imported 低保/特困 amounts need the standard in force at their start month.
    const paid = parsed.households.filter((h) => (h.programme === 'dibao' || h.programme === 'extreme-poverty') && h.startMonth);
    const pairs = [
      ...new Map(
        paid.map((h) => [standardKey(h), { divisionId: h.division.id, month: h.startMonth as string, areaType: h.areaType }]),
      ).values(),
    ];
    const standards = await resolveStandards(trx, pairs);
    for (const h of paid) {
      if (!standards.has(standardKey(h))) {
        errors.push({
          path: `第${h.rowNumber}行 ${HOUSEHOLD_COLUMNS.startMonth}`,
          row: h.rowNumber,
          column: HOUSEHOLD_COLUMNS.startMonth,
          code: 'NO_PARAMETERS',
          message: `第${h.rowNumber}行“${HOUSEHOLD_COLUMNS.startMonth}”：${h.division.name}在${h.startMonth}没有生效的救助标准参数，请先维护参数`,
        });
      }
    }
    if (errors.length > 0) {
      reject(
        errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
        '导入文件',
      );
    }

    const root = ctx.actor.assignments.find((a) => ctx.scope.roots.includes(a.divisionId));
    const rootCode = root
      ? ((await trx.selectFrom('division').select('code').where('id', '=', root.divisionId).executeTakeFirst())?.code ?? '00')
      : '00';
    const batch = await trx
      .insertInto('assistance_import_batch')
      .values({
        province_code: provinceOf(rootCode),
        division_id: root?.divisionId ?? (parsed.households[0]?.division.id as number),
        kind: 'households',
        file_name: upload.fileName,
        file_sha256: sha256,
        row_count: parsed.rowCount,
        record_count: parsed.households.length,
        imported_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const counts = await insertHouseholds(trx, {
      households: parsed.households,
      batchId: batch.id,
      userId: ctx.actor.userId,
      validFrom: today,
      standards,
    });
    await recordAudit(trx, ctx.audit, {
      action: 'HOUSEHOLDS_IMPORTED',
      entity: 'assistance_import_batch',
      entityId: batch.id,
      divisionId: root?.divisionId ?? null,
      after: { fileName: upload.fileName, sha256, rows: parsed.rowCount, ...counts },
    });
    return { batchId: batch.id, sha256, rows: parsed.rowCount, ...counts, elapsedMs: Date.now() - started };
  });
  await vacuumAnalyzeAfterImport(deps.db, HOUSEHOLD_IMPORT_TABLES);
  return result;
};

/** What a household import fills (ANALYZEd after commit on the embedded engine). */
const HOUSEHOLD_IMPORT_TABLES = ['household', 'household_member', 'assistance_recipient', 'assistance_amount_period'] as const;
