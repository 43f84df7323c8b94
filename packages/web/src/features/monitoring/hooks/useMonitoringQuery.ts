import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { parseIdParam, parseYearParam } from '../monitoring-format';

type Key = 'plan' | 'unit' | 'year' | 'quarter' | 'indicator' | 'status' | 'kind';

/**
 * The monitoring pages keep their choices in the URL (`?unit=&year=&indicator=`), so reloads, the
 * back button and shared links show the same view. `set` merges a patch; null removes a key.
 */
const parseQuarterParam = (value: string | null) => {
  const quarter = Number(value ?? 0);
  return Number.isInteger(quarter) && quarter >= 0 && quarter <= 4 ? quarter : 0;
};

export const useMonitoringQuery = () => {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (patch: Partial<Record<Key, string | number | null>>, options: { replace?: boolean } = {}) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch)) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: options.replace ?? false },
      ),
    [setParams],
  );
  return {
    plan: parseIdParam(params.get('plan')),
    unit: parseIdParam(params.get('unit')),
    year: parseYearParam(params.get('year')),
    /** 0 = the whole year; 1–4 = a quarter (季报 entry). */
    quarter: parseQuarterParam(params.get('quarter')),
    indicator: parseIdParam(params.get('indicator')),
    status: params.get('status'),
    kind: params.get('kind'),
    set,
  };
};
