import type { DivisionLevel, Page, TDivisionChangeRequest, TDivisionDetail, TDivisionSummary } from '@mz/shared';
import { http } from '../../api/http-client';
import { buildUrl } from '../../api/url';

// Calls of the server's core/division module. Roots and children rarely change, so they are
// cached for the session and shared by the header selector, the tree and the form pickers;
// a division change clears the cache.

let rootsCache: Promise<TDivisionSummary[]> | null = null;
const childrenCache = new Map<number, Promise<TDivisionSummary[]>>();

const remember = <T>(promise: Promise<T>, forget: () => void) => {
  promise.catch(forget);
  return promise;
};

export const divisionApi = {
  roots: () => (rootsCache ??= remember(http.get<TDivisionSummary[]>('/api/divisions/roots'), () => (rootsCache = null))),
  children: (id: number) => {
    let cached = childrenCache.get(id);
    if (!cached) {
      cached = remember(http.get<TDivisionSummary[]>(`/api/divisions/${id}/children`), () => childrenCache.delete(id));
      childrenCache.set(id, cached);
    }
    return cached;
  },
  detail: (id: number, signal?: AbortSignal) => http.get<TDivisionDetail>(`/api/divisions/${id}`, signal ? { signal } : {}),
  applyChange: (request: TDivisionChangeRequest) => http.post<{ changeId: number }>('/api/divisions/changes', request),
};

export const invalidateDivisionCache = () => {
  rootsCache = null;
  childrenCache.clear();
};

export type DivisionSearch = {
  q?: string | undefined;
  level?: DivisionLevel | undefined;
  parentId?: number | undefined;
  page: number;
  pageSize: number;
};
export type DivisionPage = Page<TDivisionSummary>;

export const divisionSearchUrl = (query: DivisionSearch) => buildUrl('/api/divisions', query);
export const divisionDetailUrl = (id: number) => `/api/divisions/${id}`;
