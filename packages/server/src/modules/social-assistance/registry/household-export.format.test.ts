import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvCell, csvStream, exportCells, xlsxStream } from './household-export.format';
import type { ExportRow } from './household-export.repository';

const row = (id: number, over: Partial<ExportRow> = {}): ExportRow => ({
  id,
  division_code: '532601001001',
  division_name: '振华社区',
  area_type: 'urban',
  address: '文山市开化街道1号',
  status: 'active',
  head_name: '张三',
  head_citizen_id: '532601198001011234',
  full_id: false,
  member_count: 3,
  programmes: ['dibao'],
  ...over,
});
async function* pages(...list: ExportRow[][]) {
  for (const page of list) yield page;
}

describe('household export formats', () => {
  it('labels codes, masks the head ID unless full_id, and joins programmes', () => {
    expect(exportCells(row(1))).toEqual([
      1,
      '532601001001',
      '振华社区',
      '城市',
      '文山市开化街道1号',
      '正常',
      '张三',
      '532601********1234',
      3,
      '最低生活保障',
    ]);
    expect(exportCells(row(2, { full_id: true, programmes: null, head_citizen_id: null }))[7]).toBe('');
    expect(exportCells(row(3, { full_id: true }))[7]).toBe('532601198001011234');
  });

  it('quotes CSV fields when needed and defuses spreadsheet formulas', () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell(-5)).toBe('-5');
  });

  it('streams CSV with a BOM, one line per household', async () => {
    const text = (await buffer(csvStream(pages([row(1), row(2)], [row(3)])))).toString('utf8');
    expect(text.startsWith('\uFEFF家庭编号,')).toBe(true);
    expect(
      text
        .trim()
        .split('\r\n')
        .map((l) => l.split(',')[0]),
    ).toEqual(['家庭编号', '1', '2', '3']);
  });

  it('continues on a further worksheet, with its own header, when one is full', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buffer(xlsxStream(pages([row(1), row(2)], [row(3)]), 2))) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => [s.name, s.rowCount])).toEqual([
      ['家庭档案', 3],
      ['家庭档案（2）', 2],
    ]);
    expect(workbook.worksheets[1]?.getRow(1).getCell(1).value).toBe('家庭编号');
    expect(workbook.worksheets[1]?.getRow(2).getCell(1).value).toBe(3);
  });
});
