import type { z } from 'zod';
import { AppError } from '@mz/shared';
import { zodDetails } from '../errors/error-handler';

/** Validate a request part with a shared zod schema; failures become VALIDATION_FAILED (400). */
export const parse = <S extends z.ZodType>(schema: S, value: unknown): z.infer<S> => {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('VALIDATION_FAILED', undefined, zodDetails(result.error));
  return result.data;
};

export const parseId = (value: unknown): number => {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('NOT_FOUND');
  return id;
};
