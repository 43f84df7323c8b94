import type { TDivisionDetail } from '@mz/shared';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useApi } from '../../../api/useApi';
import { divisionDetailUrl } from '../division.api';
import { parseDivisionParam, withDivisionParam } from '../division-format';
import { DivisionScopeContext, type DivisionScopeValue, type ScopeDivision } from './division-scope-context';

/** Keeps the header's division in the URL (`?division=`) so pages, reloads and shared links agree. */
export const DivisionScopeProvider = ({ children }: { children: ReactNode }) => {
  const [searchParams, setSearchParams] = useSearchParams();
  const divisionId = parseDivisionParam(searchParams.get('division'));
  const [known, setKnown] = useState<ScopeDivision | null>(null);

  // Opened from a link or a reload: look the name up (silently; out of scope simply shows the id).
  const needsName = divisionId !== null && known?.id !== divisionId;
  const lookup = useApi<TDivisionDetail>(needsName ? divisionDetailUrl(divisionId) : null, { silent: true });

  const setDivision = useCallback(
    (division: ScopeDivision | null) => {
      setKnown(division);
      setSearchParams((previous) => {
        const next = new URLSearchParams(previous);
        if (division) next.set('division', String(division.id));
        else next.delete('division');
        return next;
      });
    },
    [setKnown, setSearchParams],
  );

  const divisionName =
    divisionId === null ? null : known?.id === divisionId ? known.name : lookup.data?.id === divisionId ? lookup.data.name : null;
  const href = useCallback((path: string) => withDivisionParam(path, divisionId), [divisionId]);
  const value = useMemo<DivisionScopeValue>(
    () => ({ divisionId, divisionName, setDivision, href }),
    [divisionId, divisionName, setDivision, href],
  );
  return <DivisionScopeContext value={value}>{children}</DivisionScopeContext>;
};
