import { describe, expect, it } from 'vitest';
import { applyBasisPoints, divideRoundHalfUp, formatPercent, formatYuan, perCapita, roundAmount, yuan } from './money';

describe('money', () => {
  it('converts yuan to integer fen without float noise', () => {
    expect(yuan(536.67)).toBe(53_667);
    expect(yuan(0.1 + 0.2)).toBe(30);
    expect(yuan(5_000 / 12)).toBe(41_667);
  });

  it('rounds half up', () => {
    expect(divideRoundHalfUp(5, 2)).toBe(3);
    expect(divideRoundHalfUp(-5, 2)).toBe(-3);
    expect(perCapita(161_000, 3)).toBe(53_667);
    expect(applyBasisPoints(230_000, 3_000)).toBe(69_000);
    expect(() => divideRoundHalfUp(1, 0)).toThrow(RangeError);
  });

  it.each([
    [41_950, 'yuan-half-up', 42_000],
    [41_949, 'yuan-half-up', 41_900],
    [102_440, 'yuan-up', 102_500],
    [102_499, 'yuan-down', 102_400],
    [102_499, 'fen', 102_499],
  ] as const)('roundAmount(%i, %s) = %i', (amount, mode, expected) => {
    expect(roundAmount(amount, mode)).toBe(expected);
  });

  it('formats yuan and percentages for messages', () => {
    expect(formatYuan(71_000)).toBe('710');
    expect(formatYuan(53_667)).toBe('536.67');
    expect(formatYuan(53_660)).toBe('536.60');
    expect(formatYuan(-20_000)).toBe('-200');
    expect(formatPercent(43_560, 54_000)).toBe('80.67%');
    expect(formatPercent(42_560, 54_000)).toBe('78.81%');
  });
});
