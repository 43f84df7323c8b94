import { AppError } from '@mz/shared';
import type { Database } from '../../db/database';
import { shanghaiDateOf, type IsoDate } from './rules/calendar-date';

/** What the module's use cases need besides the caller: the database and a clock (tests pass their own). */
export type SocialAssistanceDeps = { db: Database; now: () => Date };

/** Today's China date (Asia/Shanghai). */
export const todayOf = (deps: SocialAssistanceDeps): IsoDate => shanghaiDateOf(deps.now());

/** Distribution key: the first two digits of a division code ('00' for the nation). */
export const provinceOf = (divisionCode: string): string => divisionCode.slice(0, 2);

/** Dates of acts (受理日, 入户日 …) may be back-dated but never lie in the future. */
export const assertNotFuture = (date: IsoDate, today: IsoDate, path: string, label: string) => {
  if (date > today) {
    throw new AppError('VALIDATION_FAILED', `${label}（${date}）不能晚于今天（${today}）`, [
      { path, code: 'DATE_IN_FUTURE', message: `${label}不能晚于今天` },
    ]);
  }
};

/** jsonb parameter: node-postgres and PGlite both take a JSON string. */
export const json = (value: unknown): string => JSON.stringify(value ?? null);

/** PostgreSQL unique violation on a named constraint (both engines report code 23505). */
export const isUniqueViolation = (error: unknown, constraint: string): boolean => {
  const e = error as { code?: string; constraint?: string; message?: string } | null;
  return e?.code === '23505' && (e.constraint === constraint || (e.message ?? '').includes(constraint));
};
