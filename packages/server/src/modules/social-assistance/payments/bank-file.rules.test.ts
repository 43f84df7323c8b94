import { describe, expect, it } from 'vitest';
import { bankCsv, formatYuan2, matchBankResults, parseYuan, type ResultLine } from './bank-file.rules';

const sheet = (rows: string[][]) => ({ headers: rows[0] ?? [], rows: rows.slice(1).map((cells, i) => ({ rowNumber: i + 2, cells })) });
const lines: ResultLine[] = [
  { id: 11, accountNo: '6217000000000011', amountFen: 113_000, status: 'pending' },
  { id: 12, accountNo: '6217000000000012', amountFen: 50, status: 'pending' },
  { id: 13, accountNo: '6217000000000012', amountFen: 50, status: 'pending' },
  { id: 14, accountNo: '6217000000000014', amountFen: 7_000, status: 'paid' },
];

describe('bank file amounts', () => {
  it('formats and parses yuan with two decimals without floating point', () => {
    expect([formatYuan2(113_000), formatYuan2(5), formatYuan2(123_456)]).toEqual(['1130.00', '0.05', '1234.56']);
    expect([parseYuan('1130'), parseYuan('1130.5'), parseYuan('0.05'), parseYuan('1,234.56'), parseYuan('-1'), parseYuan('1.234')]).toEqual(
      [113_000, 113_050, 5, 123_456, null, null],
    );
  });

  it('writes CSV with a BOM, quoting where needed', () => {
    const text = bankCsv([{ id: 1, accountName: '张,三', accountNo: '6217', amountFen: 100, citizenId: null, memo: '2025年3月低保金' }]);
    expect(text.startsWith('\uFEFF明细编号,户名,账号,金额,身份证号,摘要\r\n')).toBe(true);
    expect(text).toContain('1,"张,三",6217,1.00,,2025年3月低保金');
  });
});

describe('matching a bank result file', () => {
  it('matches by line id, or by account and amount in order, and allows a later 退票 of a paid line', () => {
    const result = matchBankResults(
      sheet([
        ['明细编号', '账号', '金额（元）', '处理结果', '失败原因'],
        ['11', '6217000000000011', '1130.00', '成功', ''],
        ['', '6217000000000012', '0.50', '失败', '账户冻结'],
        ['', '6217000000000012', '0.5', '成功', ''],
        ['14', '6217000000000014', '70', '退票', '销户'],
      ]),
      lines,
    );
    expect(result.errors).toEqual([]);
    expect(result.updates).toEqual([
      { lineId: 11, status: 'paid', note: null },
      { lineId: 12, status: 'failed', note: '账户冻结' },
      { lineId: 13, status: 'paid', note: null },
      { lineId: 14, status: 'returned', note: '销户' },
    ]);
  });

  it('reports every bad row with row and column and applies nothing', () => {
    const result = matchBankResults(
      sheet([
        ['明细编号', '账号', '金额', '结果'],
        ['11', '6217000000000011', '1130.01', '成功'],
        ['99', '6217000000000011', '1130.00', '成功'],
        ['', '6217000000000099', '1.00', '成功'],
        ['14', '6217000000000014', '70.00', '失败'],
        ['12', '6217000000000012', '0.50', '不知道'],
      ]),
      lines,
    );
    expect(result.updates).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '金额', 'MISMATCH'],
      [3, '明细编号', 'UNKNOWN_LINE'],
      [4, '账号', 'NO_MATCH'],
      [5, '结果', 'ALREADY_SETTLED'],
      [6, '结果', 'RESULT'],
    ]);
  });

  it('names a missing column', () => {
    expect(matchBankResults(sheet([['账号', '金额']]), lines).errors.map((e) => e.column)).toEqual(['结果']);
  });
});
