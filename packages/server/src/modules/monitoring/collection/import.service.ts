import { createHash } from 'node:crypto';
import { AppError, type ErrorDetail, type TMonitoringImportRequest, type TMonitoringValueInput } from '@mz/shared';
import { inTransaction, type Database } from '../../../db/database';
import { vacuumAnalyzeAfterImport } from '../../../db/maintenance';
import type { CallContext } from '../../../platform/http/context';
import { requireDivisionInPlan, requirePlan } from '../monitoring.access';
import { findIndicators } from '../register/register.repository';
import { buildTemplate, columnOf, readImport } from './excel';
import { getForm } from './form.service';
import { applyValues, assertUnlocked } from './values.service';

// Excel template download and import. An import is all or nothing: any refused row (unknown code,
// not a number, wrong unit, range, jump, computed indicator, other level) rejects the whole file with
// 422 IMPORT_REJECTED and one detail per problem, naming row and column.

const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const downloadTemplate = async (db: Database, ctx: CallContext, planId: number, query: { divisionId: number; year: number }) => {
  const form = await getForm(db, ctx, planId, { ...query, quarter: 0 });
  const buffer = await buildTemplate({
    planTitle: form.plan.title ?? form.plan.seedId,
    seedId: form.plan.seedId,
    divisionCode: form.division.code,
    divisionName: form.division.name,
    year: form.year,
    rows: form.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.inputUnit ?? i.unit,
      attribute: i.attribute === 'binding' ? '约束性' : i.attribute === 'expected' ? '预期性' : '',
      fields: i.fields,
      current: i.own,
      note: i.own?.note ?? null,
      blockedReason: i.blockedReason,
    })),
  });
  return { fileName: `${form.plan.seedId}_${form.division.code}_${form.year}_指标填报.xlsx`, buffer };
};

export const importValues = async (db: Database, ctx: CallContext, planId: number, body: TMonitoringImportRequest) => {
  const imported = await inTransaction(db, async (trx) => {
    const plan = await requirePlan(trx, ctx, planId);
    const division = await requireDivisionInPlan(trx, ctx, plan, body.divisionId);
    await assertUnlocked(trx, plan.id, division.id, body.year);
    const buffer = Buffer.from(body.fileBase64, 'base64');
    if (buffer.length > MAX_FILE_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', '导入文件不能超过5MB');
    const { meta, rows } = await readImport(buffer);
    const details: ErrorDetail[] = [];
    const at = (row: number, key: string) => {
      const { column, header } = columnOf(key);
      return { path: `第${row}行 ${header}`, row, column };
    };
    if (meta && (meta.seedId !== plan.seed_id || meta.divisionCode !== division.code || meta.year !== body.year)) {
      details.push({
        path: '填报信息',
        code: 'META_MISMATCH',
        message: `模板属于规划${meta.seedId}、区划${meta.divisionCode}、${meta.year}年度，与本次导入（${plan.seed_id}、${division.code}、${body.year}年度）不一致`,
      });
    }
    const indicators = await findIndicators(trx, plan.id);
    const inputs: TMonitoringValueInput[] = [];
    const rowOfInput: number[] = [];
    const seen = new Map<string, number>();
    for (const row of rows) {
      const indicator = indicators.find((i) => i.code === row.code);
      if (!indicator) {
        details.push({ ...at(row.rowNumber, 'code'), code: 'UNKNOWN_INDICATOR', message: `指标编码「${row.code}」不属于该规划` });
        continue;
      }
      const duplicate = seen.get(row.code);
      if (duplicate !== undefined) {
        details.push({ ...at(row.rowNumber, 'code'), code: 'DUPLICATE', message: `指标${row.code}与第${duplicate}行重复` });
        continue;
      }
      seen.set(row.code, row.rowNumber);
      for (const e of row.errors) {
        details.push({
          path: `第${row.rowNumber}行 ${e.header}`,
          row: row.rowNumber,
          column: e.column,
          code: 'NOT_A_NUMBER',
          message: e.message,
        });
      }
      if (Object.keys(row.cells).length === 0) continue; // empty rows (and rows locked in the template) are skipped, never cleared
      inputs.push({
        indicatorId: indicator.id,
        ...row.cells,
        ...(indicator.input_unit !== null && row.unit !== '' ? { unit: row.unit } : {}),
        ...(row.note ? { note: row.note } : {}),
      });
      rowOfInput.push(row.rowNumber);
    }
    if (inputs.length === 0 && details.length === 0) {
      throw new AppError('IMPORT_REJECTED', '文件中没有可导入的数据', [{ path: '文件', code: 'EMPTY', message: '没有填写任何数值' }]);
    }
    const sha256 = createHash('sha256').update(buffer).digest('hex');
    const result =
      inputs.length === 0
        ? { issues: [], warnings: [], saved: 0, cleared: 0 }
        : await applyValues(trx, ctx, {
            plan,
            division,
            year: body.year,
            quarter: 0,
            inputs,
            auditAction: 'MONITORING_VALUES_IMPORTED',
            auditAfter: { fileName: body.fileName, sha256, rows: inputs.length },
          });
    for (const issue of result.issues) {
      const rowNumber = rowOfInput[issue.index] ?? 0;
      details.push({
        ...at(rowNumber, issue.field === 'unit' ? 'unit' : issue.field),
        code: issue.code,
        message: `${issue.indicatorCode}：${issue.message}`,
      });
    }
    if (details.length > 0) {
      details.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      throw new AppError('IMPORT_REJECTED', `导入文件有${details.length}处错误，未导入任何数据`, details);
    }
    return {
      imported: result.saved,
      fileName: body.fileName,
      sha256,
      warnings: result.warnings.map((w) => ({ row: rowOfInput[w.index] ?? null, indicatorCode: w.indicatorCode, message: w.message })),
    };
  });
  await vacuumAnalyzeAfterImport(db, ['monitoring_indicator_value', 'monitoring_deviation_note']);
  return imported;
};
