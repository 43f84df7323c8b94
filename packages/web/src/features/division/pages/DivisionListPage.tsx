import type { DivisionLevel, TDivisionSummary } from '@mz/shared';
import { Card, Flex, Form, Input, Select, Typography, theme } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { CodeText } from '../../../components/CodeText';
import { PagedTable } from '../../../components/PagedTable';
import { PageHeader } from '../../../components/PageHeader';
import { SearchForm } from '../../../components/SearchForm';
import { usePagedQuery } from '../../../components/use-paged-query';
import { zhCN } from '../../../i18n/zh-CN';
import { divisionSearchUrl, type DivisionPage } from '../division.api';
import { LEVEL_OPTIONS, levelLabel } from '../division-labels';
import { useDivisionScope } from '../hooks/useDivisionScope';

const t = zhCN.division;

type Filters = { q?: string | undefined; level?: DivisionLevel | undefined };

export const DivisionListPage = () => {
  const { token } = theme.useToken();
  const scope = useDivisionScope();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const searching = Boolean(filters.q || filters.level);
  // Without a search, the header's division narrows the list to its direct children.
  const parentId = !searching && scope.divisionId !== null ? scope.divisionId : undefined;
  const query = usePagedQuery<DivisionPage>((paging) => divisionSearchUrl({ q: filters.q, level: filters.level, parentId, ...paging }));

  const scopeText = parentId !== undefined ? t.scopeChildren(scope.divisionName ?? zhCN.common.idNumber(parentId)) : t.scopeAll;

  return (
    <>
      <PageHeader title={t.title} subTitle={scopeText} />
      <Card size="small">
        <SearchForm<Filters>
          form={form}
          onSearch={(values) => setFilters({ q: values.q?.trim() || undefined, level: values.level })}
          onReset={() => setFilters({})}
        >
          <Form.Item name="q" label={t.keyword}>
            <Input allowClear placeholder={t.keywordPlaceholder} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="level" label={t.level}>
            <Select allowClear placeholder={t.levelPlaceholder} options={LEVEL_OPTIONS} style={{ width: 150 }} />
          </Form.Item>
        </SearchForm>
        <PagedTable<TDivisionSummary>
          query={query}
          pagination={{ showSizeChanger: true }}
          columns={[
            {
              title: t.code,
              dataIndex: 'code',
              width: 160,
              render: (code: string) => <CodeText>{code}</CodeText>,
            },
            {
              title: t.name,
              dataIndex: 'name',
              render: (name: string, row) => <Link to={scope.href(`/divisions/${row.id}`)}>{name}</Link>,
            },
            { title: t.level, dataIndex: 'level', width: 140, render: levelLabel },
            {
              title: t.hasChildren,
              dataIndex: 'hasChildren',
              width: 90,
              render: (has: boolean) => (has ? zhCN.common.yes : zhCN.common.no),
            },
            {
              title: zhCN.common.actions,
              key: 'actions',
              width: 170,
              render: (_, row) => (
                <Flex gap={token.marginSM}>
                  <Link to={scope.href(`/divisions/${row.id}`)}>{zhCN.common.detail}</Link>
                  {row.hasChildren ? (
                    <Typography.Link
                      onClick={() => {
                        form.resetFields();
                        setFilters({});
                        scope.setDivision({ id: row.id, name: row.name });
                      }}
                    >
                      {t.children}
                    </Typography.Link>
                  ) : null}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
};
