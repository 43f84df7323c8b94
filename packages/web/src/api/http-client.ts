import { zhCN } from '../i18n/zh-CN';
import { ApiError, isSessionError, parseErrorBody } from './api-error';
import { buildUrl, type Query } from './url';

export type RequestOptions = {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not run the "session gone" handler on 401 (the initial /api/auth/me probe). */
  skipSessionHandler?: boolean;
};

type SessionHandler = (error: ApiError) => void;
let onSessionLost: SessionHandler | null = null;

/** The auth provider registers here; on 401 UNAUTHENTICATED / SESSION_EXPIRED it signs the user out. */
export const setSessionLostHandler = (handler: SessionHandler | null) => {
  onSessionLost = handler;
};

const readJson = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

const request = async <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, options: RequestOptions = {}): Promise<T> => {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      credentials: 'same-origin',
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: zhCN.errors.network });
  }
  const body = await readJson(response);
  if (!response.ok) {
    const error = parseErrorBody(response.status, body);
    if (isSessionError(error) && !options.skipSessionHandler) onSessionLost?.(error);
    throw error;
  }
  if (body === undefined) {
    throw new ApiError({ status: response.status, code: 'BAD_RESPONSE', message: zhCN.errors.badResponse(response.status) });
  }
  return body as T;
};

/** JSON over fetch with the session cookie; every failure is an ApiError. */
export const http = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) => request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('DELETE', path, options),
};

export const isAbortError = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
