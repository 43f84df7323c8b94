// Calendar dates as plain strings, computed in UTC arithmetic so that results never depend on the
// process time zone. Business dates are China dates (Asia/Shanghai, UTC+8 without DST).

/** YYYY-MM-DD */
export type IsoDate = string;
/** YYYY-MM */
export type YearMonth = string;

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

const pad = (value: number, length: number): string => String(value).padStart(length, '0');

/** Days since 1970-01-01 for a valid YYYY-MM-DD; throws RangeError otherwise. */
export const toDayNumber = (date: IsoDate): number => {
  const match = ISO_DATE.exec(date);
  if (match === null) {
    throw new RangeError(`expected a date YYYY-MM-DD, got "${date}"`);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`"${date}" is not a real date`);
  }
  return ms / DAY_MS;
};

export const fromDayNumber = (dayNumber: number): IsoDate => {
  const date = new Date(dayNumber * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
};

export const assertIsoDate = (date: IsoDate): IsoDate => {
  toDayNumber(date);
  return date;
};

export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(toDayNumber(date) + days);

/** Days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => toDayNumber(to) - toDayNumber(from);

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (date: IsoDate): number => new Date(toDayNumber(date) * DAY_MS).getUTCDay();

export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

export const yearMonthOf = (date: IsoDate): YearMonth => assertIsoDate(date).slice(0, 7);

const parseYearMonth = (value: YearMonth): { year: number; month: number } => {
  const match = YEAR_MONTH.exec(value);
  const month = Number(match?.[2]);
  if (match === null || month < 1 || month > 12) {
    throw new RangeError(`expected a month YYYY-MM, got "${value}"`);
  }
  return { year: Number(match[1]), month };
};

export const addMonthsToYearMonth = (value: YearMonth, months: number): YearMonth => {
  const { year, month } = parseYearMonth(value);
  const index = year * 12 + (month - 1) + months;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
};

/** Months from `from` to `to`, both inclusive; throws when `to` is before `from`. */
export const monthsInRange = (from: YearMonth, to: YearMonth): YearMonth[] => {
  const start = parseYearMonth(from);
  const end = parseYearMonth(to);
  const count = end.year * 12 + end.month - (start.year * 12 + start.month) + 1;
  if (count < 1) {
    throw new RangeError(`month range ${from}…${to} is empty`);
  }
  return Array.from({ length: count }, (_, i) => addMonthsToYearMonth(from, i));
};

/** Same day n months later; the day is clamped to the month's end (01-31 + 1 month = 02-28/29). */
export const addMonths = (date: IsoDate, months: number): IsoDate => {
  const target = addMonthsToYearMonth(yearMonthOf(date), months);
  const { year, month } = parseYearMonth(target);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${target}-${pad(Math.min(Number(date.slice(8, 10)), lastDay), 2)}`;
};

/** First day of the month after the month of `date` ("from the next month", 次月起). */
export const nextMonthOf = (date: IsoDate): YearMonth => addMonthsToYearMonth(yearMonthOf(date), 1);

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The date a person born on `birthDate` turns `years` old; a 29 February birth has its birthday on
 * 1 March in non-leap years (consistent with `ageOn` from @mz/shared).
 */
export const birthdayAtAge = (birthDate: IsoDate, years: number): IsoDate => {
  assertIsoDate(birthDate);
  const year = Number(birthDate.slice(0, 4)) + years;
  const monthDay = birthDate.slice(5);
  return monthDay === '02-29' && !isLeapYear(year) ? `${pad(year, 4)}-03-01` : `${pad(year, 4)}-${monthDay}`;
};

/** The China calendar date (Asia/Shanghai) of an instant; pure, independent of the process TZ. */
export const shanghaiDateOf = (instant: Date): IsoDate => fromDayNumber(Math.floor((instant.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS));

/** Chinese rendering for messages: 2025-07-08 → 2025年7月8日. */
export const formatChineseDate = (date: IsoDate): string =>
  `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

export const formatChineseMonth = (value: YearMonth): string => `${Number(value.slice(0, 4))}年${Number(value.slice(5, 7))}月`;
