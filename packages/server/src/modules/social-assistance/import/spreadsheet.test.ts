import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet, xlsxReaders } from './spreadsheet';

/** A date-formatted cell, rich text, an empty row and a second worksheet that is not read. */
const sampleWorkbook = async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('家庭成员');
  sheet.addRow(['姓名', '出生日期', '备注']);
  sheet.addRow(['张三', new Date(Date.UTC(1980, 0, 2)), { richText: [{ text: '富' }, { text: '文本 ' }] }]);
  sheet.getCell('B2').numFmt = 'yyyy-mm-dd';
  sheet.addRow([]);
  sheet.addRow(['李四', '1982-02-02', 42]);
  workbook.addWorksheet('填写说明').addRow(['不读取']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

describe('readSpreadsheet (.xlsx, streamed)', () => {
  it('reads the first worksheet as text rows with their spreadsheet row numbers', async () => {
    const buffer = await sampleWorkbook();
    expect(await readSpreadsheet('caseload.XLSX', buffer)).toEqual({
      headers: ['姓名', '出生日期', '备注'],
      rows: [
        { rowNumber: 2, cells: ['张三', '1980-01-02', '富文本'] },
        { rowNumber: 4, cells: ['李四', '1982-02-02', '42'] },
      ],
    });
  });

  it('rejects a file that is not a workbook with IMPORT_REJECTED', async () => {
    await expect(readSpreadsheet('x.xlsx', Buffer.from('not a zip'))).rejects.toMatchObject({ code: 'IMPORT_REJECTED' });
  });

  it('reads the same sheet with the whole-workbook reader (the fallback when streaming fails)', async () => {
    const buffer = await sampleWorkbook();
    const loaded = await xlsxReaders.loadXlsx(buffer);
    expect(loaded.rows).toHaveLength(2);
    expect(loaded).toEqual(await xlsxReaders.streamXlsx(buffer));
  });
});
