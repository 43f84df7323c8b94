import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from './api-error';
import { handleApiError } from './handle-api-error';
import { http, isAbortError } from './http-client';

export type ApiState<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
};

type Settled<T> = { key: string; data: T | undefined; error: ApiError | undefined };

/**
 * GET a URL (built with `buildUrl`) and refetch when it changes; `null` skips the request.
 * The previous data stays visible while the next request runs, so tables do not flicker.
 * Errors go through handleApiError unless `silent`.
 */
export const useApi = <T>(url: string | null, options: { silent?: boolean } = {}): ApiState<T> => {
  const silent = options.silent ?? false;
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const key = url === null ? null : `${version}:${url}`;

  useEffect(() => {
    if (url === null || key === null) return;
    const controller = new AbortController();
    http.get<T>(url, { signal: controller.signal }).then(
      (data) => setSettled({ key, data, error: undefined }),
      (error: unknown) => {
        if (isAbortError(error)) return;
        if (!silent) handleApiError(error);
        setSettled((previous) => ({ key, data: previous?.data, error: error as ApiError }));
      },
    );
    return () => controller.abort();
  }, [url, key, silent]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return {
    data: url === null ? undefined : settled?.data,
    error: settled?.key === key ? settled?.error : undefined,
    loading: key !== null && settled?.key !== key,
    reload,
  };
};
