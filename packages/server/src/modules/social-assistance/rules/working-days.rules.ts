// Chinese working-day calendar and the statutory clocks of the assistance workflow (rules doc §4, §10.4–5).
// §10.4: for a limit in working days the day of the triggering act is not counted; day 1 is the next
// working day. Statutory holidays are not working days; 调休 make-up days (a Saturday or Sunday) are.
// §10.5: publicity (公示) runs in calendar days, the first day of publicity is day 1, holidays not skipped.
import { addDays, addMonths, dayOfWeek, formatChineseDate, shanghaiDateOf, toDayNumber, yearOf, type IsoDate } from './calendar-date';
import { HOLIDAY_NOTICES, type HolidayNotice } from './holiday-calendar.data';
import { STATUTORY_TIME_LIMITS, type TimeLimitDefinition, type TimeLimitUnit } from './statutory-time-limits.data';

export type WorkingDayCalendar = {
  years: ReadonlySet<number>;
  /** Day off → holiday name. */
  holidays: ReadonlyMap<IsoDate, string>;
  adjustedWorkingDays: ReadonlySet<IsoDate>;
};

/** Build a calendar from notices; throws if a make-up working day is not a weekend day. */
export const buildWorkingDayCalendar = (notices: readonly HolidayNotice[]): WorkingDayCalendar => {
  const holidays = new Map<IsoDate, string>();
  const adjusted = new Set<IsoDate>();
  for (const notice of notices) {
    for (const period of notice.holidays) {
      for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
        holidays.set(day, period.name);
      }
    }
    for (const day of notice.adjustedWorkingDays) {
      const weekday = dayOfWeek(day);
      if (weekday !== 0 && weekday !== 6) {
        throw new RangeError(`adjusted working day ${day} (${notice.year}) is not a weekend day`);
      }
      adjusted.add(day);
    }
  }
  return { years: new Set(notices.map((n) => n.year)), holidays, adjustedWorkingDays: adjusted };
};

export const DEFAULT_WORKING_DAY_CALENDAR: WorkingDayCalendar = buildWorkingDayCalendar(HOLIDAY_NOTICES);

const assertCovered = (date: IsoDate, calendar: WorkingDayCalendar): void => {
  if (!calendar.years.has(yearOf(date))) {
    throw new RangeError(`工作日历缺少${yearOf(date)}年的节假日安排，无法计算工作日（${date}）`);
  }
};

export const isWorkingDay = (date: IsoDate, calendar: WorkingDayCalendar = DEFAULT_WORKING_DAY_CALENDAR): boolean => {
  assertCovered(date, calendar);
  if (calendar.adjustedWorkingDays.has(date)) {
    return true;
  }
  if (calendar.holidays.has(date)) {
    return false;
  }
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6;
};

export const addCalendarDays = (date: IsoDate, days: number): IsoDate => addDays(date, days);

/**
 * The n-th working day after `date` (the day itself is not counted, §10.4); n = 0 returns `date`.
 * A negative n counts backwards.
 */
export const addWorkingDays = (date: IsoDate, n: number, calendar: WorkingDayCalendar = DEFAULT_WORKING_DAY_CALENDAR): IsoDate => {
  if (!Number.isInteger(n)) {
    throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
  }
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let day = date;
  while (remaining > 0) {
    day = addDays(day, step);
    if (isWorkingDay(day, calendar)) {
      remaining -= 1;
    }
  }
  return day;
};

/** Working days in (from, to]; negative when `to` is before `from`. */
export const countWorkingDays = (from: IsoDate, to: IsoDate, calendar: WorkingDayCalendar = DEFAULT_WORKING_DAY_CALENDAR): number => {
  const [start, end, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) {
      count += 1;
    }
  }
  return sign * count;
};

export type TimeLimitCode = keyof typeof STATUTORY_TIME_LIMITS;
export { STATUTORY_TIME_LIMITS, TIME_LIMIT_UNITS, type TimeLimitUnit } from './statutory-time-limits.data';

export type Deadline = {
  code: TimeLimitCode;
  label: string;
  triggeredOn: IsoDate;
  dueOn: IsoDate;
  unit: TimeLimitUnit;
  amount: number;
  section: string;
  basis: string;
  /** Chinese sentence for the case file, stating the counting convention used. */
  explanation: string;
};

const UNIT_TEXT: Record<TimeLimitUnit, string> = {
  'working-days': '个工作日',
  'calendar-days': '日',
  'calendar-months': '个月',
};

export const computeDeadline = (options: {
  code: TimeLimitCode;
  triggeredOn: IsoDate;
  /** Use the special-case limit (e.g. 45 working days). */
  special?: boolean;
  calendar?: WorkingDayCalendar;
}): Deadline => {
  const definition: TimeLimitDefinition = STATUTORY_TIME_LIMITS[options.code];
  const calendar = options.calendar ?? DEFAULT_WORKING_DAY_CALENDAR;
  const amount = options.special === true && definition.specialAmount !== undefined ? definition.specialAmount : definition.amount;
  let dueOn: IsoDate;
  let convention: string;
  switch (definition.unit) {
    case 'working-days':
      dueOn = addWorkingDays(options.triggeredOn, amount, calendar);
      convention = '当日不计入，法定节假日不计，调休上班日计入';
      break;
    case 'calendar-days':
      dueOn = addDays(options.triggeredOn, definition.firstDayCounts === true ? amount - 1 : amount);
      convention = definition.firstDayCounts === true ? '自然日，首日计入，节假日不顺延' : '自然日，当日不计入';
      break;
    case 'calendar-months':
      dueOn = addMonths(options.triggeredOn, amount);
      convention = '按自然月计算';
      break;
  }
  return {
    code: options.code,
    label: definition.label,
    triggeredOn: options.triggeredOn,
    dueOn,
    unit: definition.unit,
    amount,
    section: definition.section,
    basis: definition.basis,
    explanation: `自${formatChineseDate(options.triggeredOn)}${definition.trigger}起${amount}${UNIT_TEXT[definition.unit]}内${definition.label}（${convention}），截止${formatChineseDate(dueOn)}`,
  };
};

export type PublicityPeriod = {
  firstDay: IsoDate;
  lastDay: IsoDate;
  nextStepFrom: IsoDate;
  days: number;
};

/** 公示 of `days` calendar days starting on `startsOn` (day 1); the next step may start the day after. */
export const computePublicityPeriod = (startsOn: IsoDate, days = 7): PublicityPeriod => {
  const lastDay = addDays(startsOn, days - 1);
  return { firstDay: startsOn, lastDay, nextStepFrom: addDays(lastDay, 1), days };
};

export const PUBLICITY_STATUSES = ['not-started', 'running', 'ended'] as const;
export type PublicityStatus = (typeof PUBLICITY_STATUSES)[number];

export const publicityStatus = (period: PublicityPeriod, now: IsoDate | Date): PublicityStatus => {
  const today = toDate(now);
  if (today < period.firstDay) {
    return 'not-started';
  }
  return today <= period.lastDay ? 'running' : 'ended';
};

export const DEADLINE_STATUSES = ['on-track', 'due-soon', 'overdue', 'completed-on-time', 'completed-late'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export type DeadlineStatusResult = {
  status: DeadlineStatus;
  /** Working days left after today up to and including the due day (0 on the due day). */
  remainingWorkingDays: number;
  /** Working days past the due day (0 unless overdue or completed late). */
  overdueWorkingDays: number;
};

/**
 * Status of a deadline on `now` (a China date, or an instant converted to Asia/Shanghai).
 * due-soon: not completed and at most `dueSoonWorkingDays` working days left (the due day included).
 */
export const evaluateDeadlineStatus = (options: {
  dueOn: IsoDate;
  now: IsoDate | Date;
  completedOn?: IsoDate | null;
  dueSoonWorkingDays?: number;
  calendar?: WorkingDayCalendar;
}): DeadlineStatusResult => {
  const calendar = options.calendar ?? DEFAULT_WORKING_DAY_CALENDAR;
  const completedOn = options.completedOn ?? null;
  if (completedOn !== null) {
    const late = completedOn > options.dueOn;
    return {
      status: late ? 'completed-late' : 'completed-on-time',
      remainingWorkingDays: 0,
      overdueWorkingDays: late ? countWorkingDays(options.dueOn, completedOn, calendar) : 0,
    };
  }
  const today = toDate(options.now);
  if (today > options.dueOn) {
    return {
      status: 'overdue',
      remainingWorkingDays: 0,
      overdueWorkingDays: countWorkingDays(options.dueOn, today, calendar),
    };
  }
  const remaining = countWorkingDays(today, options.dueOn, calendar);
  return {
    status: remaining <= (options.dueSoonWorkingDays ?? 2) ? 'due-soon' : 'on-track',
    remainingWorkingDays: remaining,
    overdueWorkingDays: 0,
  };
};

const toDate = (now: IsoDate | Date): IsoDate => {
  if (typeof now === 'string') {
    toDayNumber(now);
    return now;
  }
  return shanghaiDateOf(now);
};
