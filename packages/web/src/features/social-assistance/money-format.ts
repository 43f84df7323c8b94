// Money on screen: the server keeps integer fen (分); people read and type yuan (元).

const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 52000 → '520.00', 123456789 → '1,234,567.89', null → '—'. Never floating-point arithmetic. */
export const formatFen = (fen: number | null | undefined): string => {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return '—';
  const negative = fen < 0;
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${grouped(String(yuan))}.${cents}`;
};

/** '520.00元'. */
export const formatYuan = (fen: number | null | undefined): string => (fen === null || fen === undefined ? '—' : `${formatFen(fen)}元`);

/**
 * A typed amount in yuan → integer fen, exactly (no 0.1 + 0.2 drift): '520.5' → 52050, 3.14 → 314.
 * More than two decimals, signs, or anything else that is not an amount → null.
 */
export const yuanToFen = (yuan: number | string | null | undefined): number | null => {
  if (yuan === null || yuan === undefined) return null;
  const text = typeof yuan === 'number' ? (Number.isFinite(yuan) ? String(yuan) : '') : yuan.trim().replaceAll(',', '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) {
    // Numbers such as 1e21 or 0.1 + 0.2 come out of JavaScript as text that is not an amount.
    if (typeof yuan === 'number' && Number.isFinite(yuan) && yuan >= 0) return Math.round(yuan * 100);
    return null;
  }
  const whole = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  const fen = whole * 100 + cents;
  return Number.isSafeInteger(fen) ? fen : null;
};

/** Integer fen → yuan as a number for an InputNumber's initial value (520.5). */
export const fenToYuan = (fen: number | null | undefined): number | null =>
  fen === null || fen === undefined ? null : Math.trunc(fen) / 100;

export const sumFen = (values: readonly (number | null | undefined)[]): number =>
  values.reduce<number>((sum, v) => sum + (typeof v === 'number' && Number.isFinite(v) ? v : 0), 0);
