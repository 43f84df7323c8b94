// Number formatting for the Chinese reason sentences. Values are computed from exact inputs and
// rounded only here (indicator-definitions §1 rule 8: percentages to one decimal place).

const RELATIVE_EPSILON = 1e-9;

/** Rounds to at most `maxDecimals` places and drops trailing zeros: 55 → "55", 57.25 → "57.25". */
export function formatNumber(value: number, maxDecimals = 2): string {
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(value * factor) / factor;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Percent-like units get one fixed decimal (57.5%, 50.0%); other units up to two decimals. */
export function formatMeasured(value: number, unit: string | null | undefined): string {
  if (unit === '%' || unit === '‰') {
    return `${value.toFixed(1)}${unit}`;
  }
  return `${formatNumber(value)}${unit ?? ''}`;
}

/** A share (0.571…) as a percentage with one decimal ("57.1%"). */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** Equality with a tolerance relative to the magnitude of the operands. */
export function isNearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** a ≥ b, tolerating floating-point noise. */
export function isAtLeast(a: number, b: number): boolean {
  return a > b || isNearlyEqual(a, b);
}

/** a ≤ b, tolerating floating-point noise. */
export function isAtMost(a: number, b: number): boolean {
  return a < b || isNearlyEqual(a, b);
}
