import type { TParameterValues } from '@mz/shared';
import { EXAMPLE_PARAMETERS } from '../../src/modules/social-assistance/social-assistance.fixtures';

// The parameter versions the bench uses: the rules doc's example set (§7.0) with 广西-like standards.
// A base version from 2019-01 (the generated caseload was computed with it) and the raised version of
// the "standard change" step from 2026-07. Dates are fixed so the data never depends on the run date.

export const BENCH_AS_OF = '2026-06-30';
/** The clock the bench passes to services (noon, China time, mid-July 2026). */
export const BENCH_NOW = () => new Date('2026-07-15T04:00:00Z');
export const BASE_VALID_FROM = '2019-01-01';
export const CHANGE_VALID_FROM = '2026-07-01';
export const ROLL_MONTH = '2026-07';
export const INCOME_MONTH = '2026-06';

export type Standard = { urban: number; rural: number };
/** 低保标准 in fen per person and month. */
export const BASE_STANDARD: Standard = { urban: 90_000, rural: 70_000 };
export const RAISED_STANDARD: Standard = { urban: 97_000, rural: 76_000 };
/** 特困 basic living standard = 1.3 × S (rules doc §7.0). */
export const basicLiving = (s: Standard): Standard => ({
  urban: Math.round((s.urban * 1.3) / 100) * 100,
  rural: Math.round((s.rural * 1.3) / 100) * 100,
});
export const CARE_STANDARD = { 'self-care': 21_000, 'partial-care': 35_000, 'full-care': 52_500 } as const;

export const parameterValues = (standard: Standard): TParameterValues => {
  const { id: _id, countyCode: _county, effectiveFrom: _from, effectiveTo: _to, ...values } = EXAMPLE_PARAMETERS;
  return {
    ...values,
    dibaoStandardFen: { ...standard },
    extremePoverty: { ...values.extremePoverty, basicLivingStandardFen: basicLiving(standard), careStandardFen: { ...CARE_STANDARD } },
  } as TParameterValues;
};

/** 补差: S × n − counted income, rounded to whole yuan (half up), never negative. */
export const dibaoAmount = (standardFen: number, members: number, incomeFen: number) =>
  Math.max(0, Math.round((standardFen * members - incomeFen) / 100) * 100);
