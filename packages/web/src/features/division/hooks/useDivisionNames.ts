import { useEffect, useState } from 'react';
import { divisionApi } from '../division.api';

/**
 * Names of divisions the page mentions by id only (former parents, merged divisions). Looked up
 * one by one, silently: an id outside the user's scope stays unnamed and shows as 「编号 N」.
 */
export const useDivisionNames = (ids: readonly number[]): ReadonlyMap<number, string> => {
  const [names, setNames] = useState<ReadonlyMap<number, string>>(new Map());
  const key = [...ids].sort((a, b) => a - b).join(',');

  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    const wanted = key.split(',').map(Number);
    void Promise.allSettled(wanted.map((id) => divisionApi.detail(id, controller.signal))).then((results) => {
      if (controller.signal.aborted) return;
      const found = new Map<number, string>();
      for (const result of results) if (result.status === 'fulfilled') found.set(result.value.id, result.value.name);
      setNames(found);
    });
    return () => controller.abort();
  }, [key]);

  return names;
};
