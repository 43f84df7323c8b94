import { isAppErrorCode, type AppErrorCode, type ErrorDetail } from '@mz/shared';
import { zhCN } from '../i18n/zh-CN';

/** Server codes plus the two the client adds itself (no answer, or an answer that is not ours). */
export type ApiErrorCode = AppErrorCode | 'NETWORK_ERROR' | 'BAD_RESPONSE';

/** A failed API call: the server's `{ code, message, requestId?, details? }` body, parsed. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly requestId: string | undefined;
  readonly details: ErrorDetail[];

  constructor(init: { status: number; code: ApiErrorCode; message: string; requestId?: string | undefined; details?: ErrorDetail[] }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.details = init.details ?? [];
  }
}

const SESSION_CODES: readonly ApiErrorCode[] = ['UNAUTHENTICATED', 'SESSION_EXPIRED'];

/** The session is gone (not a failed login): the user has to sign in again. */
export const isSessionError = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401 && SESSION_CODES.includes(error.code);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const parseDetail = (value: unknown): ErrorDetail | null => {
  if (!isRecord(value) || typeof value['message'] !== 'string') return null;
  return {
    path: typeof value['path'] === 'string' ? value['path'] : '',
    code: typeof value['code'] === 'string' ? value['code'] : '',
    message: value['message'],
    ...(typeof value['row'] === 'number' ? { row: value['row'] } : {}),
    ...(typeof value['column'] === 'string' ? { column: value['column'] } : {}),
  };
};

/** Turn a non-2xx response body (already JSON-parsed, or null) into an ApiError. */
export const parseErrorBody = (status: number, body: unknown): ApiError => {
  if (!isRecord(body) || !isAppErrorCode(body['code']) || typeof body['message'] !== 'string') {
    return new ApiError({ status, code: 'BAD_RESPONSE', message: zhCN.errors.badResponse(status) });
  }
  const details = Array.isArray(body['details']) ? body['details'].map(parseDetail).filter((d): d is ErrorDetail => d !== null) : [];
  return new ApiError({
    status,
    code: body['code'],
    message: body['message'],
    requestId: typeof body['requestId'] === 'string' ? body['requestId'] : undefined,
    details,
  });
};

/**
 * One line per detail, e.g. 「第12行 身份证号：公民身份号码不正确」. Field paths (`divisionId`) are
 * technical names, so a field error shows its message only (forms put it on the field itself).
 */
export const formatErrorDetail = (detail: ErrorDetail): string => {
  const where = [detail.row !== undefined ? zhCN.errors.detailRow(detail.row) : '', detail.column ?? ''].filter(Boolean).join(' ');
  return where ? `${where}：${detail.message}` : detail.message;
};

/** Form field errors from `details`, grouped by field path (`members.0.citizenId` → ['members', 0, 'citizenId']). */
export const toFieldErrors = (details: readonly ErrorDetail[]): { name: (string | number)[]; errors: string[] }[] => {
  const byPath = new Map<string, string[]>();
  for (const detail of details) {
    if (!detail.path || detail.row !== undefined) continue;
    byPath.set(detail.path, [...(byPath.get(detail.path) ?? []), detail.message]);
  }
  return [...byPath].map(([path, errors]) => ({
    name: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    errors,
  }));
};
