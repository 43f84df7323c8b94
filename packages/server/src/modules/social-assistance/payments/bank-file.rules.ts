import { BANK_FILE_COLUMNS, BANK_RESULT_WORDS, type ErrorDetail, type PaymentLineStatus } from '@mz/shared';

// Pure parts of the bank exchange: amounts in yuan with two decimals (never through floating
// point), the CSV text, and the matching of a bank result file to the roll's lines with per-row errors.

export type BankLine = {
  id: number;
  accountName: string | null;
  accountNo: string | null;
  amountFen: number;
  citizenId: string | null;
  memo: string;
};

/** 123456 fen → "1234.56"; 5 fen → "0.05". */
export const formatYuan2 = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/** "1234.5" / "1234.50" / "1234" → fen; anything else → null. */
export const parseYuan = (text: string): number | null => {
  const match = /^(\d{1,11})(?:\.(\d{1,2}))?$/.exec(text.replaceAll(',', '').trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
};

export const bankRows = (lines: readonly BankLine[]): string[][] =>
  lines.map((l) => [String(l.id), l.accountName ?? '', l.accountNo ?? '', formatYuan2(l.amountFen), l.citizenId ?? '', l.memo]);

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** UTF-8 with BOM (Excel opens it as UTF-8), CRLF line ends, RFC 4180 quoting. */
export const bankCsv = (lines: readonly BankLine[]): string =>
  `\uFEFF${[[...BANK_FILE_COLUMNS], ...bankRows(lines)].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;

export type ResultLine = { id: number; accountNo: string | null; amountFen: number; status: PaymentLineStatus };
export type ResultUpdate = { lineId: number; status: Exclude<PaymentLineStatus, 'pending'>; note: string | null };
type Sheet = { headers: string[]; rows: { rowNumber: number; cells: string[] }[] };

const COLUMNS = { lineId: '明细编号', accountNo: '账号', amount: '金额', result: '结果', note: '说明' } as const;
type Column = keyof typeof COLUMNS;
const ALIASES: Record<string, Column> = {
  明细编号: 'lineId',
  序号: 'lineId',
  账号: 'accountNo',
  收款账号: 'accountNo',
  金额: 'amount',
  '金额（元）': 'amount',
  '金额(元)': 'amount',
  结果: 'result',
  处理结果: 'result',
  说明: 'note',
  失败原因: 'note',
  备注: 'note',
};

/** A line may get a result once; a paid line may still come back as returned (退票). */
const allowed = (from: PaymentLineStatus, to: ResultUpdate['status']) => from === 'pending' || (from === 'paid' && to === 'returned');

/**
 * Match each row of a bank result file to a line of the roll: by 明细编号 when given (its 账号 and 金额 must
 * agree), otherwise by 账号 + 金额 (the first line not yet matched in this file). Every problem is reported
 * with its row and column; the caller applies nothing unless `errors` is empty.
 */
export const matchBankResults = (sheet: Sheet, lines: readonly ResultLine[]): { updates: ResultUpdate[]; errors: ErrorDetail[] } => {
  const errors: ErrorDetail[] = [];
  const at = (row: number, column: Column, code: string, message: string) =>
    errors.push({
      path: `第${row}行 ${COLUMNS[column]}`,
      row,
      column: COLUMNS[column],
      code,
      message: `第${row}行“${COLUMNS[column]}”：${message}`,
    });
  const index = new Map<Column, number>();
  sheet.headers.forEach((h, i) => {
    const key = ALIASES[h.trim()];
    if (key && !index.has(key)) index.set(key, i);
  });
  for (const key of ['accountNo', 'amount', 'result'] as Column[]) if (!index.has(key)) at(1, key, 'MISSING_COLUMN', '缺少此列');
  if (errors.length > 0) return { updates: [], errors };
  if (sheet.rows.length === 0) at(2, 'result', 'EMPTY_FILE', '文件中没有数据行');

  const byId = new Map(lines.map((l) => [l.id, l]));
  const byAccount = new Map<string, ResultLine[]>();
  for (const l of lines) {
    const key = `${l.accountNo ?? ''}|${l.amountFen}`;
    byAccount.set(key, [...(byAccount.get(key) ?? []), l]);
  }
  const used = new Set<number>();
  const updates: ResultUpdate[] = [];
  for (const { rowNumber: row, cells } of sheet.rows) {
    const get = (key: Column) => (index.has(key) ? (cells[index.get(key) as number] ?? '').trim() : '');
    const before = errors.length;
    const status = BANK_RESULT_WORDS[get('result')];
    if (!status) at(row, 'result', 'RESULT', `“${get('result')}”不是可识别的结果（成功、失败、退回）`);
    const accountNo = get('accountNo');
    if (!/^\d{8,30}$/.test(accountNo)) at(row, 'accountNo', 'ACCOUNT', '应为8–30位数字');
    const amountFen = parseYuan(get('amount'));
    if (amountFen === null) at(row, 'amount', 'AMOUNT', '应为金额（元），最多两位小数');
    if (errors.length > before || !status || amountFen === null) continue;

    let line: ResultLine | undefined;
    const idText = get('lineId');
    if (idText !== '') {
      line = /^\d{1,15}$/.test(idText) ? byId.get(Number(idText)) : undefined;
      if (!line) {
        at(row, 'lineId', 'UNKNOWN_LINE', `明细编号“${idText}”不在本名册中`);
        continue;
      }
      if (line.accountNo !== accountNo) at(row, 'accountNo', 'MISMATCH', `与明细${line.id}的账号不一致`);
      if (line.amountFen !== amountFen) at(row, 'amount', 'MISMATCH', `与明细${line.id}的金额不一致`);
      if (used.has(line.id)) at(row, 'lineId', 'DUPLICATE', `明细${line.id}在文件中重复出现`);
      if (errors.length > before) continue;
    } else {
      line = (byAccount.get(`${accountNo}|${amountFen}`) ?? []).find((l) => !used.has(l.id) && allowed(l.status, status));
      if (!line) {
        at(row, 'accountNo', 'NO_MATCH', `本名册中没有账号${accountNo}、金额${get('amount')}元的待回盘明细`);
        continue;
      }
    }
    if (!allowed(line.status, status)) {
      at(row, 'result', 'ALREADY_SETTLED', `明细${line.id}已有结果（${line.status}），不能再改为${status}`);
      continue;
    }
    used.add(line.id);
    updates.push({ lineId: line.id, status, note: get('note') || null });
  }
  return { updates: errors.length > 0 ? [] : updates, errors };
};
