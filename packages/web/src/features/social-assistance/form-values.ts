import dayjs, { type Dayjs } from 'dayjs';

// antd pickers hold dayjs objects; the contracts want YYYY-MM-DD (dates) and YYYY-MM (months).

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !dayjs.isDayjs(v);

/** Every dayjs value (at any depth) → 'YYYY-MM-DD'; fields named in `months` → 'YYYY-MM'. */
export const toIsoDates = (values: unknown, months: readonly string[] = [], key = ''): unknown => {
  if (dayjs.isDayjs(values)) return (values as Dayjs).format(months.includes(key) ? 'YYYY-MM' : 'YYYY-MM-DD');
  if (Array.isArray(values)) return values.map((v) => toIsoDates(v, months, key));
  if (isPlainObject(values)) {
    return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, toIsoDates(v, months, k)]));
  }
  return values;
};

/** Pickers may not choose a day after today (acts are recorded when they happened, never ahead). */
export const isAfterToday = (day: Dayjs): boolean => day.isAfter(dayjs(), 'day');

export const todayIso = (): string => dayjs().format('YYYY-MM-DD');
