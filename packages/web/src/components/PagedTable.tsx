import { Table, type TablePaginationConfig, type TableProps } from 'antd';
import { zhCN } from '../i18n/zh-CN';
import type { PagedQuery, PageResponse } from './use-paged-query';

type PagedTableProps<Row> = Omit<TableProps<Row>, 'dataSource' | 'loading' | 'pagination'> & {
  query: PagedQuery<PageResponse & { items: readonly Row[] }>;
  /** More pagination settings (size changer, sizes, a total text of the list's own). */
  pagination?: Omit<TablePaginationConfig, 'current' | 'pageSize' | 'total' | 'onChange'>;
};

/** A small table over a usePagedQuery list: its rows, loading state and server-side pages (共 N 条). */
export const PagedTable = <Row extends object>({ query, pagination, ...table }: PagedTableProps<Row>) => (
  <Table<Row>
    size="small"
    rowKey="id"
    {...table}
    loading={query.loading}
    dataSource={query.items}
    pagination={{ showTotal: zhCN.common.total, ...pagination, ...query.pagination }}
  />
);
