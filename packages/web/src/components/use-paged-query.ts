import { useState } from 'react';
import { useApi, type ApiState } from '../api/useApi';

/** One page of a server-paged list, as every list endpoint returns it. */
export type PageResponse = { items: readonly unknown[]; total: number; totalCapped?: boolean };

export type Paging = { page: number; pageSize: number };

export type PagedQuery<P extends PageResponse> = ApiState<P> & {
  items: P['items'];
  page: number;
  pageSize: number;
  /** The Table's pagination (current page, size, total, page changes); see PagedTable. */
  pagination: { current: number; pageSize: number; total: number; onChange: (page: number, pageSize: number) => void };
};

/**
 * GET a server-paged list and keep its page. `url` builds the request for a page; the request
 * without its page is the query, and a new query (other filters, another division in the header)
 * starts again at page 1.
 */
export const usePagedQuery = <P extends PageResponse>(url: (paging: Paging) => string, pageSize = 20): PagedQuery<P> => {
  const query = url({ page: 1, pageSize: 1 });
  const [paging, setPaging] = useState({ query, page: 1, pageSize });
  const page = paging.query === query ? paging.page : 1;
  const api = useApi<P>(url({ page, pageSize: paging.pageSize }));
  return {
    ...api,
    items: api.data?.items ?? [],
    page,
    pageSize: paging.pageSize,
    pagination: {
      current: page,
      pageSize: paging.pageSize,
      total: api.data?.total ?? 0,
      onChange: (next, size) => setPaging({ query, page: next, pageSize: size }),
    },
  };
};
