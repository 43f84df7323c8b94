import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '@mz/shared';

// Reading uploaded tables (.xlsx through ExcelJS, .csv by a small RFC 4180 parser) into header + rows
// of trimmed strings with their spreadsheet row numbers, and writing .xlsx templates.

export type SheetRow = { rowNumber: number; cells: string[] };
export type Sheet = { headers: string[]; rows: SheetRow[] };

const pad = (n: number) => String(n).padStart(2, '0');

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) >= 1e15 ? `#数值:${value}` : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value).trim();
  if (typeof value === 'object') {
    if ('richText' in value) {
      return value.richText
        .map((t) => t.text)
        .join('')
        .trim();
    }
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
  }
  return String(value as unknown).trim();
};

/** Adds one worksheet row (ExcelJS `row.values`, 1-based) to the sheet: the first non-empty row is the header. */
const addRow = (sheet: Sheet, rowNumber: number, values: ExcelJS.CellValue[]) => {
  const cells = values.slice(1).map(cellText);
  if (!cells.some((c) => c !== '')) return;
  if (sheet.headers.length === 0) sheet.headers = cells;
  else sheet.rows.push({ rowNumber, cells });
};

/**
 * The first worksheet, read as a stream (ExcelJS WorkbookReader): rows are turned into text as the
 * zip entry inflates, so memory holds the extracted strings, never the full cell model of a
 * 300,000-row workbook. Styles are read (cached) so date-formatted cells still arrive as dates.
 */
const streamXlsx = async (buffer: Buffer): Promise<Sheet> => {
  const sheet: Sheet = { headers: [], rows: [] };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet) addRow(sheet, row.number, row.values as ExcelJS.CellValue[]);
    break; // the first worksheet only
  }
  return sheet;
};

/** The first worksheet from the whole workbook model (more memory; the streaming reader's fallback). */
const loadXlsx = async (buffer: Buffer): Promise<Sheet> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet: Sheet = { headers: [], rows: [] };
  workbook.worksheets[0]?.eachRow((row, rowNumber) => addRow(sheet, rowNumber, row.values as ExcelJS.CellValue[]));
  return sheet;
};

/** Both readers, for the test that they agree. */
export const xlsxReaders = { streamXlsx, loadXlsx };

/**
 * Streamed first. ExcelJS's streaming reader depends on the order of the zip's entries: a workbook
 * whose `xl/workbook.xml` comes after the worksheets (ExcelJS's own writer, hence our templates) can
 * fail now and then ("Cannot read properties of undefined (reading 'sheets')", exceljs#3064; seen
 * in CI as a rejected good file). Then the whole-workbook reader reads the same sheet.
 */
const readXlsx = async (buffer: Buffer): Promise<Sheet> => {
  try {
    return await streamXlsx(buffer);
  } catch {
    try {
      return await loadXlsx(buffer);
    } catch {
      throw new AppError('IMPORT_REJECTED', '无法读取 Excel 文件，请确认是 .xlsx 格式', [
        { path: '文件', code: 'UNREADABLE', message: '无法读取 Excel 文件' },
      ]);
    }
  }
};

/** RFC 4180: quoted fields, doubled quotes, CRLF or LF; a UTF-8 BOM is ignored. */
export const parseCsv = (text: string): Sheet => {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header = [], ...rest] = records;
  return {
    headers: header.map((h) => h.trim()),
    rows: rest.map((cells, i) => ({ rowNumber: i + 2, cells: cells.map((c) => c.trim()) })).filter((r) => r.cells.some((c) => c !== '')),
  };
};

export const readSpreadsheet = async (fileName: string, buffer: Buffer): Promise<Sheet> => {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return readXlsx(buffer);
  if (lower.endsWith('.csv')) return parseCsv(buffer.toString('utf8'));
  throw new AppError('IMPORT_REJECTED', '只支持 .xlsx 或 .csv 文件', [
    { path: '文件', code: 'FILE_TYPE', message: '只支持 .xlsx 或 .csv 文件' },
  ]);
};

/** Decode a base64 upload, with a size limit in bytes. */
export const decodeUpload = (contentBase64: string, maxBytes: number): Buffer => {
  const buffer = Buffer.from(contentBase64, 'base64');
  if (buffer.length === 0) {
    throw new AppError('VALIDATION_FAILED', '上传内容为空或不是有效的 base64 编码', [
      { path: 'contentBase64', code: 'EMPTY', message: '上传内容为空' },
    ]);
  }
  if (buffer.length > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `上传文件超过${Math.round(maxBytes / 1024 / 1024)}MB`);
  return buffer;
};

/** An .xlsx with a header row (bold, text-formatted columns so ID numbers keep all 18 digits) and example rows. */
export const writeTemplate = async (sheetName: string, headers: string[], examples: string[][], notes: string[] = []): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = headers.map((h) => ({ header: h, key: h, width: Math.max(12, h.length * 3), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const example of examples) sheet.addRow(example);
  if (notes.length > 0) {
    const help = workbook.addWorksheet('填写说明');
    help.getColumn(1).width = 100;
    for (const note of notes) help.addRow([note]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
