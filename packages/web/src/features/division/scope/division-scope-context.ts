import { createContext } from 'react';

export type ScopeDivision = { id: number; name: string };

export type DivisionScopeValue = {
  /** The division chosen in the header (`?division=`), or null for the user's whole scope. */
  divisionId: number | null;
  /** Its name once known (null while loading or when nothing is chosen). */
  divisionName: string | null;
  setDivision: (division: ScopeDivision | null) => void;
  /** `path` with the current `?division=` kept. */
  href: (path: string) => string;
};

export const DivisionScopeContext = createContext<DivisionScopeValue | null>(null);
