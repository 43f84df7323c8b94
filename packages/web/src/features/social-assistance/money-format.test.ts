import { describe, expect, it } from 'vitest';
import { fenToYuan, formatFen, formatYuan, sumFen, yuanToFen } from './money-format';

describe('formatFen', () => {
  it('shows fen as yuan with two decimals and thousands separators', () => {
    expect(formatFen(52000)).toBe('520.00');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(123456789)).toBe('1,234,567.89');
    expect(formatFen(0)).toBe('0.00');
    expect(formatFen(-1050)).toBe('-10.50');
  });
  it('shows a dash for missing amounts', () => {
    expect(formatFen(null)).toBe('—');
    expect(formatFen(undefined)).toBe('—');
    expect(formatFen(Number.NaN)).toBe('—');
    expect(formatYuan(null)).toBe('—');
  });
  it('adds the unit', () => {
    expect(formatYuan(71000)).toBe('710.00元');
  });
});

describe('yuanToFen', () => {
  it('converts typed yuan exactly', () => {
    expect(yuanToFen('520.5')).toBe(52050);
    expect(yuanToFen('1,234.56')).toBe(123456);
    expect(yuanToFen(3.14)).toBe(314);
    expect(yuanToFen(1.005 * 100)).toBe(10050); // 100.49999999999999 as a number → nearest fen
    expect(yuanToFen(0)).toBe(0);
    expect(yuanToFen('  12 ')).toBe(1200);
  });
  it('refuses what is not an amount', () => {
    expect(yuanToFen('')).toBeNull();
    expect(yuanToFen('-5')).toBeNull();
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
    expect(yuanToFen(null)).toBeNull();
    expect(yuanToFen(Number.POSITIVE_INFINITY)).toBeNull();
  });
  it('round-trips with fenToYuan', () => {
    for (const fen of [0, 1, 99, 100, 52050, 123456789]) expect(yuanToFen(fenToYuan(fen))).toBe(fen);
    expect(fenToYuan(null)).toBeNull();
  });
});

describe('sumFen', () => {
  it('adds integer fen and skips gaps', () => {
    expect(sumFen([100, null, 250, undefined])).toBe(350);
    expect(sumFen([])).toBe(0);
  });
});
