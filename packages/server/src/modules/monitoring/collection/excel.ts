import ExcelJS from 'exceljs';
import { AppError, type ValueInputField } from '@mz/shared';

// The Excel template of one plan × division × year (ExcelJS) and its reader. Row numbers and column
// letters are kept so that every refusal names its cell (第5行 F列 分母).

export const SHEET = '指标填报';
export const META_SHEET = '填报信息';
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

export const COLUMNS: { key: 'code' | 'name' | 'unit' | 'attribute' | ValueInputField | 'note' | 'hint'; header: string; width: number }[] =
  [
    { key: 'code', header: '指标编码', width: 10 },
    { key: 'name', header: '指标名称', width: 42 },
    { key: 'unit', header: '计量单位', width: 12 },
    { key: 'attribute', header: '属性', width: 8 },
    { key: 'numerator', header: '分子', width: 12 },
    { key: 'denominator', header: '分母', width: 12 },
    { key: 'value', header: '数值', width: 12 },
    { key: 'weight', header: '权重（保障人数）', width: 14 },
    { key: 'denominatorWeight', header: '分母权重（保障人数）', width: 16 },
    { key: 'referenceValue', header: '参照值（当年居民人均消费支出）', width: 22 },
    { key: 'note', header: '备注', width: 20 },
    { key: 'hint', header: '填报说明', width: 40 },
  ];
export const INPUT_KEYS: ValueInputField[] = ['numerator', 'denominator', 'value', 'weight', 'denominatorWeight', 'referenceValue'];
const letter = (key: string) => String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === key));

export type TemplateRow = {
  code: string;
  name: string;
  unit: string | null;
  attribute: string | null;
  fields: { field: ValueInputField; label: string }[];
  current: Partial<Record<ValueInputField, number | null>> | null;
  note: string | null;
  blockedReason: string | null;
};

export const buildTemplate = async (input: {
  planTitle: string;
  seedId: string;
  divisionCode: string;
  divisionName: string;
  year: number;
  rows: TemplateRow[];
}) => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '民政 Platform';
  const sheet = workbook.addWorksheet(SHEET);
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  sheet.mergeCells(`A1:${letter('hint')}1`);
  sheet.getCell('A1').value = `${input.planTitle} 指标数据填报表`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value =
    `填报单位：${input.divisionName}（${input.divisionCode}）\u3000年度：${input.year}\u3000说明：灰色单元格不需填写；比率指标填分子、分母（不填百分数）；同一数据只能在一个层级填报。`;
  sheet.getRow(HEADER_ROW).values = COLUMNS.map((c) => c.header);
  sheet.getRow(HEADER_ROW).font = { bold: true };
  input.rows.forEach((row, index) => {
    const excelRow = sheet.getRow(FIRST_DATA_ROW + index);
    excelRow.getCell(1).value = row.code;
    excelRow.getCell(2).value = row.name;
    excelRow.getCell(3).value = row.unit ?? '';
    excelRow.getCell(4).value = row.attribute ?? '';
    for (const key of INPUT_KEYS) {
      const cell = excelRow.getCell(COLUMNS.findIndex((c) => c.key === key) + 1);
      const applies = row.fields.some((f) => f.field === key) && row.blockedReason === null;
      if (applies) cell.value = row.current?.[key] ?? null;
      else cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    }
    excelRow.getCell(COLUMNS.length - 1).value = row.note ?? '';
    excelRow.getCell(COLUMNS.length).value = row.blockedReason ?? row.fields.map((f) => f.label).join('；');
  });
  const meta = workbook.addWorksheet(META_SHEET, { state: 'hidden' });
  meta.addRows([
    ['规划', input.seedId],
    ['区划代码', input.divisionCode],
    ['年度', input.year],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

export type ImportedRow = {
  rowNumber: number;
  code: string;
  unit: string;
  cells: Partial<Record<ValueInputField, number | null>>;
  note: string | null;
  errors: { column: string; header: string; message: string }[];
};

const text = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('richText' in value) {
      return value.richText
        .map((t) => t.text)
        .join('')
        .trim();
    }
    if ('result' in value) return text(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
  }
  return String(value).trim();
};

export const readImport = async (buffer: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError('IMPORT_REJECTED', '无法读取 Excel 文件，请使用下载的 .xlsx 模板', [
      { path: '文件', code: 'UNREADABLE', message: '无法读取 Excel 文件' },
    ]);
  }
  const sheet = workbook.getWorksheet(SHEET) ?? workbook.worksheets[0];
  const headers = sheet ? (sheet.getRow(HEADER_ROW).values as ExcelJS.CellValue[]).slice(1).map(text) : [];
  if (!sheet || COLUMNS.some((c, i) => headers[i] !== c.header)) {
    throw new AppError('IMPORT_REJECTED', '表头与模板不一致，请使用下载的模板', [
      {
        path: `第${HEADER_ROW}行`,
        row: HEADER_ROW,
        code: 'HEADER_MISMATCH',
        message: `第${HEADER_ROW}行应为：${COLUMNS.map((c) => c.header).join('、')}`,
      },
    ]);
  }
  const metaSheet = workbook.getWorksheet(META_SHEET);
  const meta = metaSheet
    ? {
        seedId: text(metaSheet.getCell('B1').value),
        divisionCode: text(metaSheet.getCell('B2').value),
        year: Number(text(metaSheet.getCell('B3').value)),
      }
    : null;
  const rows: ImportedRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber < FIRST_DATA_ROW) return;
    const code = text(row.getCell(1).value);
    if (code === '') return;
    const errors: ImportedRow['errors'] = [];
    const cells: ImportedRow['cells'] = {};
    for (const key of INPUT_KEYS) {
      const index = COLUMNS.findIndex((c) => c.key === key);
      const raw = text(row.getCell(index + 1).value).replace(/,/g, '');
      if (raw === '') continue;
      const value = Number(raw);
      if (!Number.isFinite(value)) {
        errors.push({ column: letter(key), header: COLUMNS[index]?.header ?? key, message: `「${raw}」不是数字` });
      } else cells[key] = value;
    }
    const note = text(row.getCell(COLUMNS.length - 1).value);
    rows.push({ rowNumber, code, unit: text(row.getCell(3).value), cells, note: note === '' ? null : note, errors });
  });
  return { meta, rows };
};

export const columnOf = (key: string) => ({ column: letter(key), header: COLUMNS.find((c) => c.key === key)?.header ?? key });
