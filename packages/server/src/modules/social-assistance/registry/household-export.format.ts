import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  AREA_TYPE_LABELS,
  ASSISTANCE_PROGRAMME_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  maskCitizenId,
  type AreaType,
  type AssistanceProgramme,
  type HouseholdStatus,
} from '@mz/shared';
import type { ExportRow } from './household-export.repository';

// The household export's columns and its two streamed file formats. Both consume pages of rows as
// they come and hold at most one page in memory: CSV as text chunks (UTF-8 with BOM, so Excel opens it
// as Chinese text), .xlsx through ExcelJS's streaming WorkbookWriter (rows committed as written).

export const EXPORT_HEADER = [
  '家庭编号',
  '行政区划代码',
  '行政区划',
  '城乡类别',
  '家庭住址',
  '档案状态',
  '户主姓名',
  '户主公民身份号码',
  '成员数',
  '享受救助',
];

export const exportCells = (r: ExportRow): (string | number)[] => [
  r.id,
  r.division_code,
  r.division_name,
  AREA_TYPE_LABELS[r.area_type as AreaType] ?? r.area_type,
  r.address,
  HOUSEHOLD_STATUS_LABELS[r.status as HouseholdStatus] ?? r.status,
  r.head_name ?? '',
  r.head_citizen_id === null ? '' : r.full_id ? r.head_citizen_id : maskCitizenId(r.head_citizen_id),
  Number(r.member_count),
  (r.programmes ?? []).map((p) => ASSISTANCE_PROGRAMME_LABELS[p as AssistanceProgramme] ?? p).join('、'),
];

/** One CSV field: quoted when needed; a leading =+-@ is prefixed with ' so a spreadsheet never runs it as a formula. */
export const csvCell = (value: string | number) => {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export const csvStream = (pages: AsyncIterable<ExportRow[]>): Readable =>
  Readable.from(
    (async function* () {
      yield `\uFEFF${EXPORT_HEADER.join(',')}\r\n`;
      for await (const page of pages) {
        if (page.length > 0) yield `${page.map((r) => exportCells(r).map(csvCell).join(',')).join('\r\n')}\r\n`;
      }
    })(),
  );

/** A worksheet holds at most 1,048,576 rows (Excel's limit): the header and 1,048,575 households. */
export const XLSX_ROWS_PER_SHEET = 1_048_575;

/** .xlsx, streamed; a province's households overflow one worksheet, so they continue on 家庭档案（2）, （3）… */
export const xlsxStream = (pages: AsyncIterable<ExportRow[]>, rowsPerSheet: number = XLSX_ROWS_PER_SHEET): Readable => {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  void (async () => {
    let sheet = workbook.addWorksheet('家庭档案');
    sheet.addRow(EXPORT_HEADER).commit();
    let inSheet = 0;
    let sheets = 1;
    for await (const page of pages) {
      for (const r of page) {
        if (inSheet === rowsPerSheet) {
          sheet.commit();
          sheets += 1;
          sheet = workbook.addWorksheet(`家庭档案（${sheets}）`);
          sheet.addRow(EXPORT_HEADER).commit();
          inSheet = 0;
        }
        sheet.addRow(exportCells(r)).commit();
        inSheet += 1;
      }
      // Back-pressure: wait while the client has not taken what is already written.
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
};
