import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addMonthsToYearMonth,
  birthdayAtAge,
  daysBetween,
  formatChineseDate,
  monthsInRange,
  nextMonthOf,
  shanghaiDateOf,
  toDayNumber,
} from './calendar-date';

describe('calendar-date', () => {
  it('rejects impossible dates', () => {
    expect(() => toDayNumber('2025-02-29')).toThrow(RangeError);
    expect(() => toDayNumber('2025-2-1')).toThrow(RangeError);
  });

  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-11-15', 3, '2026-02-15'],
    ['2025-03-31', -1, '2025-02-28'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('handles month arithmetic across years', () => {
    expect(addMonthsToYearMonth('2025-11', 2)).toBe('2026-01');
    expect(addMonthsToYearMonth('2025-01', -1)).toBe('2024-12');
    expect(monthsInRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(() => monthsInRange('2025-02', '2025-01')).toThrow(RangeError);
    expect(nextMonthOf('2025-12-31')).toBe('2026-01');
  });

  it('computes birthdays, including 29 February', () => {
    expect(birthdayAtAge('2008-03-10', 18)).toBe('2026-03-10');
    expect(birthdayAtAge('2008-02-29', 18)).toBe('2026-03-01');
    expect(birthdayAtAge('2000-02-29', 24)).toBe('2024-02-29');
  });

  it('converts instants to the China date independently of the process time zone', () => {
    expect(shanghaiDateOf(new Date('2025-12-31T15:59:59Z'))).toBe('2025-12-31');
    expect(shanghaiDateOf(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
  });

  it('formats and measures', () => {
    expect(formatChineseDate('2025-07-08')).toBe('2025年7月8日');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});
