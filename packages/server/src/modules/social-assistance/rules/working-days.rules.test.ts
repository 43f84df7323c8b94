import { describe, expect, it } from 'vitest';
import { dayOfWeek } from './calendar-date';
import { HOLIDAY_NOTICES } from './holiday-calendar.data';
import {
  addCalendarDays,
  addWorkingDays,
  buildWorkingDayCalendar,
  computeDeadline,
  computePublicityPeriod,
  countWorkingDays,
  evaluateDeadlineStatus,
  isWorkingDay,
  publicityStatus,
} from './working-days.rules';

describe('holiday calendar data', () => {
  it('covers 2021–2026 with a source per year', () => {
    expect(HOLIDAY_NOTICES.map((n) => n.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    for (const notice of HOLIDAY_NOTICES) {
      expect(notice.source).toContain(`${notice.year}年部分节假日安排`);
    }
  });

  it('never marks a day as both holiday and make-up working day; make-up days are weekends', () => {
    for (const notice of HOLIDAY_NOTICES) {
      for (const day of notice.adjustedWorkingDays) {
        expect([0, 6]).toContain(dayOfWeek(day));
        for (const h of notice.holidays) {
          expect(day >= h.from && day <= h.to).toBe(false);
        }
      }
    }
  });

  it.each([
    [2021, 31],
    [2022, 31],
    [2023, 27],
    [2024, 28],
    [2025, 28],
    [2026, 33],
  ])('%i has %i days off in its holiday ranges', (year, days) => {
    const notice = HOLIDAY_NOTICES.find((n) => n.year === year);
    const total = (notice?.holidays ?? []).reduce((sum, h) => sum + (Date.parse(h.to) - Date.parse(h.from)) / 86_400_000 + 1, 0);
    expect(total).toBe(days);
  });

  it('refuses a make-up working day that is not a weekend', () => {
    expect(() => buildWorkingDayCalendar([{ year: 2030, source: 'test', holidays: [], adjustedWorkingDays: ['2030-01-02'] }])).toThrow(
      RangeError,
    );
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2024-02-04', true, '春节调休上班（周日）'],
    ['2024-02-09', true, '2024年除夕不放假'],
    ['2024-02-10', false, '春节'],
    ['2024-02-17', false, '春节最后一天（周六）'],
    ['2024-02-18', true, '春节调休上班（周日）'],
    ['2024-09-29', true, '国庆调休上班（周日）'],
    ['2024-10-07', false, '国庆'],
    ['2024-10-12', true, '国庆调休上班（周六）'],
    ['2025-01-28', false, '2025年除夕放假'],
    ['2025-05-02', false, '劳动节'],
    ['2025-10-08', false, '国庆中秋第8天'],
    ['2025-10-11', true, '调休上班（周六）'],
    ['2026-01-04', true, '元旦调休上班（周日）'],
    ['2026-02-23', false, '春节最后一天（周一）'],
    ['2026-02-28', true, '春节调休上班（周六）'],
    ['2025-03-15', false, '普通周六'],
    ['2025-03-17', true, '普通周一'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('refuses years without a published notice', () => {
    expect(() => isWorkingDay('2027-01-04')).toThrow(RangeError);
    expect(() => isWorkingDay('2020-12-31')).toThrow(/2020/);
  });
});

describe('addWorkingDays / addCalendarDays / countWorkingDays', () => {
  it.each([
    ['2024-09-27', 10, '2024-10-16'], // across 国庆 2024, with 9-29 and 10-12 worked
    ['2024-02-08', 10, '2024-02-28'], // across 春节 2024, with 2-18 worked
    ['2025-09-26', 10, '2025-10-16'], // across 国庆中秋 2025 (8 days)
    ['2025-01-23', 3, '2025-01-27'], // 1-26 (Sunday) is a make-up working day
    ['2025-03-15', 10, '2025-03-28'], // from a Saturday
    ['2025-03-17', 0, '2025-03-17'],
    ['2024-10-08', -1, '2024-09-30'],
  ])('%s + %i working days = %s', (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });

  it('addCalendarDays ignores holidays', () => {
    expect(addCalendarDays('2024-09-28', 6)).toBe('2024-10-04');
  });

  it('countWorkingDays counts (from, to]', () => {
    expect(countWorkingDays('2024-09-27', '2024-10-16')).toBe(10);
    expect(countWorkingDays('2024-10-16', '2024-09-27')).toBe(-10);
    expect(countWorkingDays('2024-10-01', '2024-10-07')).toBe(0);
  });

  it('rejects a fractional number of days', () => {
    expect(() => addWorkingDays('2025-03-17', 1.5)).toThrow(RangeError);
  });
});

describe('statutory deadlines', () => {
  it('county review: 10 working days from receipt just before 国庆 2024', () => {
    const deadline = computeDeadline({ code: 'DIBAO_COUNTY_REVIEW', triggeredOn: '2024-09-27' });
    expect(deadline).toMatchObject({
      dueOn: '2024-10-16',
      unit: 'working-days',
      amount: 10,
      section: '§4.3',
      basis: '57号 Art. 20',
    });
    expect(deadline.explanation).toContain('2024年10月16日');
    expect(deadline.explanation).toContain('当日不计入');
  });

  it('county review: 10 working days from receipt just before 春节 2024', () => {
    expect(computeDeadline({ code: 'DIBAO_COUNTY_REVIEW', triggeredOn: '2024-02-08' }).dueOn).toBe('2024-02-28');
  });

  it('decision notice within 3 working days, across the 2025 春节 make-up Sunday', () => {
    expect(computeDeadline({ code: 'DIBAO_REFUSAL_NOTICE', triggeredOn: '2025-01-23' }).dueOn).toBe('2025-01-27');
  });

  it('overall limit 30 working days, 45 in special cases; 20 when delegated', () => {
    // Counted by hand from Mon 2025-09-01: 9-2…9-26 = 19, Sun 9-28 (make-up) = 20, 9-29 = 21, 9-30 = 22,
    // 10-1…10-8 off, 10-9 = 23, 10-10 = 24, Sat 10-11 (make-up) = 25, 10-13…10-17 = 26…30, then 5 a week.
    expect(computeDeadline({ code: 'DIBAO_OVERALL', triggeredOn: '2025-09-01' }).dueOn).toBe('2025-10-17');
    expect(computeDeadline({ code: 'DIBAO_OVERALL', triggeredOn: '2025-09-01', special: true }).dueOn).toBe('2025-11-07');
    // The 20th working day is a make-up Sunday.
    expect(computeDeadline({ code: 'DIBAO_OVERALL_DELEGATED', triggeredOn: '2025-09-01' }).dueOn).toBe('2025-09-28');
  });

  it('publicity: 7 calendar days, first day counted, holidays not skipped', () => {
    expect(computeDeadline({ code: 'DIBAO_PUBLICITY', triggeredOn: '2024-09-28' }).dueOn).toBe('2024-10-04');
    const period = computePublicityPeriod('2024-09-28');
    expect(period).toEqual({
      firstDay: '2024-09-28',
      lastDay: '2024-10-04',
      nextStepFrom: '2024-10-05',
      days: 7,
    });
    expect(publicityStatus(period, '2024-09-27')).toBe('not-started');
    expect(publicityStatus(period, '2024-10-04')).toBe('running');
    expect(publicityStatus(period, '2024-10-05')).toBe('ended');
  });

  it('review after a death: 3 calendar months, clamped to the month end', () => {
    expect(computeDeadline({ code: 'DEATH_REVIEW', triggeredOn: '2025-01-31' }).dueOn).toBe('2025-04-30');
  });

  it('特困 county review is 15 working days', () => {
    expect(computeDeadline({ code: 'EXTREME_POVERTY_COUNTY_REVIEW', triggeredOn: '2025-09-26' }).dueOn).toBe('2025-10-23');
  });
});

describe('evaluateDeadlineStatus', () => {
  const dueOn = '2024-10-16';
  it.each([
    ['2024-09-30', 'on-track', 8, 0],
    ['2024-10-14', 'due-soon', 2, 0],
    ['2024-10-16', 'due-soon', 0, 0],
    ['2024-10-17', 'overdue', 0, 1],
    ['2024-10-21', 'overdue', 0, 3],
  ] as const)('on %s → %s', (now, status, remaining, overdue) => {
    expect(evaluateDeadlineStatus({ dueOn, now })).toEqual({
      status,
      remainingWorkingDays: remaining,
      overdueWorkingDays: overdue,
    });
  });

  it('converts an instant to the China date (20:00 UTC on the due day is already the next day)', () => {
    expect(evaluateDeadlineStatus({ dueOn, now: new Date('2024-10-16T20:00:00Z') }).status).toBe('overdue');
    expect(evaluateDeadlineStatus({ dueOn, now: new Date('2024-10-16T15:59:59Z') }).status).toBe('due-soon');
  });

  it('reports completion on time or late', () => {
    expect(evaluateDeadlineStatus({ dueOn, now: '2024-11-01', completedOn: '2024-10-16' }).status).toBe('completed-on-time');
    expect(evaluateDeadlineStatus({ dueOn, now: '2024-11-01', completedOn: '2024-10-18' })).toEqual({
      status: 'completed-late',
      remainingWorkingDays: 0,
      overdueWorkingDays: 2,
    });
  });

  it('honours a custom due-soon window', () => {
    expect(evaluateDeadlineStatus({ dueOn, now: '2024-10-14', dueSoonWorkingDays: 1 }).status).toBe('on-track');
    expect(evaluateDeadlineStatus({ dueOn, now: '2024-10-15', dueSoonWorkingDays: 1 }).status).toBe('due-soon');
  });
});
