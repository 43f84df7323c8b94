import { AppError } from '@mz/shared';
import type { Database } from '../../db/database';
import { withinScope, type Scope } from '../../platform/scope/scope';

// Small helpers shared by payments/, dynamic/ and monitoring/ (the operational side of the module).

/** 'YYYY-MM' → first day of that month. */
export const monthStart = (yearMonth: string): string => `${yearMonth.slice(0, 7)}-01`;

/** First day of the month `months` after the month of `date` (date or first-of-month). */
export const shiftMonth = (date: string, months: number): string => {
  const [y, m] = date.slice(0, 7).split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
};

/** Last day of the month of a date. */
export const monthEnd = (date: string): string => {
  const next = shiftMonth(date, 1);
  const d = new Date(`${next}T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
};

/** A county-level division inside the caller's scope (404 outside: existence does not leak). */
export const requireCountyInScope = async (db: Database, scope: Scope, divisionId: number) => {
  const division = await db
    .selectFrom('division as d')
    .select(['d.id', 'd.code', 'd.name', 'd.level'])
    .where('d.id', '=', divisionId)
    .where((eb) => withinScope(eb.ref('d.id'), scope))
    .executeTakeFirst();
  if (!division) throw new AppError('NOT_FOUND', '行政区划不存在或不在您的管辖范围内');
  if (division.level !== 'county') {
    throw new AppError('VALIDATION_FAILED', '请选择县级行政区划（县、县级市、区）', [
      { path: 'divisionId', code: 'DIVISION_LEVEL', message: '请选择县级行政区划' },
    ]);
  }
  return division;
};

/** A division inside the caller's scope, any level (404 outside). */
export const requireDivisionInScope = async (db: Database, scope: Scope, divisionId: number) => {
  const division = await db
    .selectFrom('division as d')
    .select(['d.id', 'd.code', 'd.name', 'd.level'])
    .where('d.id', '=', divisionId)
    .where((eb) => withinScope(eb.ref('d.id'), scope))
    .executeTakeFirst();
  if (!division) throw new AppError('NOT_FOUND', '行政区划不存在或不在您的管辖范围内');
  return division;
};

/** Run a working-day computation; a year missing from the holiday calendar becomes a clear 409. */
export const withCalendar = <T>(compute: () => T): T => {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RangeError) throw new AppError('SOCIAL_ASSISTANCE_CALENDAR_MISSING', error.message);
    throw error;
  }
};

/** Bank account shown on screens: the last four digits only. */
export const maskAccount = (accountNo: string | null): string | null => (accountNo === null ? null : `****${accountNo.slice(-4)}`);

export const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

export const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());
