import { describe, expect, it } from 'vitest';
import { toCsv, type CsvColumn } from './csv-export';

type Row = { name: string; amount: number | null; account: string };
const columns: CsvColumn<Row>[] = [
  { title: '姓名', value: (r) => r.name },
  { title: '金额（元）', value: (r) => r.amount },
  { title: '账号', value: (r) => r.account },
];

describe('toCsv', () => {
  it('starts with a BOM, uses CRLF, quotes cells with commas or quotes and keeps long numbers as text', () => {
    const csv = toCsv(columns, [
      { name: '张三', amount: 520, account: '6222020200112233445' },
      { name: '李"四",五', amount: null, account: '123' },
    ]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['姓名,金额（元）,账号', '张三,520,"=""6222020200112233445"""', '"李""四"",五",,123', '']);
  });
});
