// Money convention for the whole module (rules doc §3.1 and §10.3):
// - every amount is an integer number of fen (分), typed `Fen`; inputs and parameters are in fen;
// - per-capita values are never rounded before a comparison: tests compare cross-multiplied integers
//   (income < S × n instead of income / n < S), so no rounding can flip a result;
// - monthly averages and percentage deductions are rounded half up to the fen (§10.3: no rounding
//   beyond 0.01 yuan for intermediate values);
// - the final monthly benefit is rounded per parameter, default whole yuan half up (§10.3).
// Ratios and multiples are integers in basis points (10 000 = 1×, 15 000 = 1.5×, 8 000 = 80 %).

/** Integer amount in fen (分); 100 fen = 1 yuan. */
export type Fen = number;
/** Integer ratio in basis points: 10 000 = 100 %. */
export type BasisPoints = number;

export const FEN_PER_YUAN = 100;
export const BASIS_POINTS_ONE = 10_000;

import type { RoundingMode } from '@mz/shared';
export { ROUNDING_MODES, type RoundingMode } from '@mz/shared';

/** Whole or decimal yuan → fen, e.g. yuan(536.67) = 53_667. For fixtures and parameter entry. */
export const yuan = (amount: number): Fen => Math.round(amount * FEN_PER_YUAN);

/** Half-up division for non-negative integers (fen results of averages and shares). */
export const divideRoundHalfUp = (numerator: number, denominator: number): number => {
  if (denominator <= 0) {
    throw new RangeError('divideRoundHalfUp: denominator must be positive');
  }
  const sign = numerator < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(numerator) * 2 + denominator) / (denominator * 2));
};

/** amount × ratio, rounded half up to the fen. */
export const applyBasisPoints = (amount: Fen, ratio: BasisPoints): Fen => divideRoundHalfUp(amount * ratio, BASIS_POINTS_ONE);

export const roundAmount = (amount: Fen, mode: RoundingMode): Fen => {
  switch (mode) {
    case 'fen':
      return amount;
    case 'yuan-half-up':
      return divideRoundHalfUp(amount, FEN_PER_YUAN) * FEN_PER_YUAN;
    case 'yuan-up':
      return Math.ceil(amount / FEN_PER_YUAN) * FEN_PER_YUAN;
    case 'yuan-down':
      return Math.floor(amount / FEN_PER_YUAN) * FEN_PER_YUAN;
  }
};

/** Display in yuan: 71_000 → "710", 53_667 → "536.67", 53_660 → "536.60". */
export const formatYuan = (amount: Fen): string => {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const whole = Math.floor(abs / FEN_PER_YUAN);
  const cents = abs % FEN_PER_YUAN;
  if (cents === 0) {
    return `${sign}${whole}`;
  }
  return `${sign}${whole}.${String(cents).padStart(2, '0')}`;
};

/** Per-capita display value (rounded half up to the fen); never use it in a comparison. */
export const perCapita = (total: Fen, members: number): Fen => divideRoundHalfUp(total, members);

/** Ratio as a percentage string with two decimals: (43_560, 54_000) → "80.67%". */
export const formatPercent = (numerator: number, denominator: number): string =>
  `${(divideRoundHalfUp(numerator * BASIS_POINTS_ONE, denominator) / 100).toFixed(2)}%`;

/** Basis points → "1.5", "0.3": for multiples in messages. */
export const formatMultiple = (ratio: BasisPoints): string => String(ratio / BASIS_POINTS_ONE);
