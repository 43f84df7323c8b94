import { EditOutlined } from '@ant-design/icons';
import { DIVISION_CHANGE_LABELS, type TDivisionDetail, type TDivisionSummary } from '@mz/shared';
import { Breadcrumb, Button, Card, Descriptions, Result, Skeleton, Table, Tabs, Tag, theme } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useOutletContext, useParams } from 'react-router';
import { useApi } from '../../../api/useApi';
import { CodeText } from '../../../components/CodeText';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { useCan, useMe } from '../../identity/hooks/useAuth';
import { DivisionChangeModal } from '../components/DivisionChangeModal';
import { divisionDetailUrl } from '../division.api';
import {
  describeChangeRecord,
  divisionName,
  formatValidFrom,
  formatValidTo,
  namesFromDetail,
  unnamedDivisionIds,
} from '../division-format';
import { levelLabel } from '../division-labels';
import { ancestorsInScope } from '../division-tree';
import { useDivisionNames } from '../hooks/useDivisionNames';
import { useDivisionScope } from '../hooks/useDivisionScope';
import type { DivisionsOutletContext } from './DivisionsLayout';

const t = zhCN.division;

type Version = TDivisionDetail['versions'][number];
type Change = TDivisionDetail['changes'][number];

export const DivisionDetailPage = () => {
  const { token } = theme.useToken();
  const params = useParams();
  const id = Number(params['id']);
  const valid = Number.isSafeInteger(id) && id > 0;
  const { data, error, loading, reload } = useApi<TDivisionDetail>(valid ? divisionDetailUrl(id) : null, { silent: true });
  const detail = data?.id === id ? data : undefined;
  const scope = useDivisionScope();
  const can = useCan();
  const me = useMe();
  const outlet = useOutletContext<DivisionsOutletContext>();
  const [changing, setChanging] = useState(false);

  const { revealInTree } = outlet;
  const ancestorKey = detail?.ancestors.map((a) => a.id).join(',') ?? '';
  useEffect(() => {
    if (ancestorKey) revealInTree(ancestorKey.split(',').map(Number));
  }, [ancestorKey, revealInTree]);

  const extraNames = useDivisionNames(detail ? unnamedDivisionIds(detail) : []);
  const names = useMemo(() => new Map([...(detail ? namesFromDetail(detail) : []), ...extraNames]), [detail, extraNames]);
  // Only divisions inside the user's scope are links (the server answers 404 for the others).
  const linkable = useMemo(() => {
    if (!detail) return new Set<number>();
    const roots = me.assignments.map((a) => a.divisionId);
    return new Set([
      detail.id,
      ...detail.children.map((c) => c.id),
      ...ancestorsInScope(detail.ancestors, roots).map((a) => a.id),
      ...extraNames.keys(),
    ]);
  }, [detail, extraNames, me.assignments]);

  if (!valid || (error && !detail)) {
    return (
      <Card>
        <Result status="404" title={t.notFoundTitle} subTitle={error?.message ?? zhCN.result.notFound} />
      </Card>
    );
  }
  if (!detail) return <Card>{loading ? <Skeleton active /> : null}</Card>;

  const parent = detail.ancestors[detail.ancestors.length - 1];
  const nameLink = (divisionId: number | null) => {
    if (divisionId === null) return t.noParent;
    if (!linkable.has(divisionId)) return divisionName(names, divisionId);
    return <Link to={scope.href(`/divisions/${divisionId}`)}>{divisionName(names, divisionId)}</Link>;
  };
  const codeText = (code: string) => <CodeText>{code}</CodeText>;

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { title: <Link to={scope.href('/divisions')}>{t.title}</Link> },
              ...detail.ancestors.map((a) => ({ title: nameLink(a.id) })),
              { title: detail.name },
            ]}
          />
        }
        title={
          <>
            {detail.name}{' '}
            <Tag color="blue" style={{ verticalAlign: 'middle' }}>
              {levelLabel(detail.level)}
            </Tag>
            {detail.validTo ? <Tag style={{ verticalAlign: 'middle' }}>{t.statusEnded(detail.validTo)}</Tag> : null}
          </>
        }
        extra={
          can('division:manage') && detail.validTo === null ? (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setChanging(true)}>
              {zhCN.divisionChange.open}
            </Button>
          ) : null
        }
      />
      <Card size="small" style={{ marginBottom: token.margin }} loading={loading && !detail}>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t.code}>{codeText(detail.code)}</Descriptions.Item>
          <Descriptions.Item label={t.name}>{detail.name}</Descriptions.Item>
          <Descriptions.Item label={t.level}>{levelLabel(detail.level)}</Descriptions.Item>
          <Descriptions.Item label={t.parent}>{parent ? nameLink(parent.id) : t.noParent}</Descriptions.Item>
          <Descriptions.Item label={t.effectiveFrom}>{formatValidFrom(detail.validFrom)}</Descriptions.Item>
          <Descriptions.Item label={t.status}>{detail.validTo ? t.statusEnded(detail.validTo) : t.statusCurrent}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small">
        <Tabs
          size="small"
          items={[
            {
              key: 'children',
              label: t.childrenCount(detail.children.length),
              children: (
                <Table<TDivisionSummary>
                  size="small"
                  rowKey="id"
                  dataSource={detail.children}
                  pagination={detail.children.length > 50 ? { pageSize: 50, showTotal: zhCN.common.total } : false}
                  columns={[
                    { title: t.code, dataIndex: 'code', width: 160, render: codeText },
                    { title: t.name, dataIndex: 'name', render: (_: string, row) => nameLink(row.id) },
                    { title: t.level, dataIndex: 'level', width: 140, render: levelLabel },
                    {
                      title: t.hasChildren,
                      dataIndex: 'hasChildren',
                      width: 90,
                      render: (has: boolean) => (has ? zhCN.common.yes : zhCN.common.no),
                    },
                  ]}
                />
              ),
            },
            {
              key: 'versions',
              label: t.versionsCount(detail.versions.length),
              children: (
                <Table<Version>
                  size="small"
                  rowKey={(row) => `${row.validFrom ?? ''}-${row.code}-${row.name}`}
                  dataSource={detail.versions}
                  pagination={false}
                  columns={[
                    { title: t.code, dataIndex: 'code', width: 160, render: codeText },
                    { title: t.name, dataIndex: 'name' },
                    { title: t.parent, dataIndex: 'parentId', render: (parentId: number | null) => nameLink(parentId) },
                    { title: t.validFrom, dataIndex: 'validFrom', width: 170, render: formatValidFrom },
                    { title: t.validTo, dataIndex: 'validTo', width: 130, render: formatValidTo },
                  ]}
                />
              ),
            },
            {
              key: 'changes',
              label: t.changesCount(detail.changes.length),
              children: (
                <Table<Change>
                  size="small"
                  rowKey="id"
                  dataSource={detail.changes}
                  pagination={false}
                  columns={[
                    { title: t.changeEffectiveOn, dataIndex: 'effectiveOn', width: 130 },
                    {
                      title: t.changeKind,
                      dataIndex: 'kind',
                      width: 140,
                      render: (kind: Change['kind']) => <Tag>{DIVISION_CHANGE_LABELS[kind]}</Tag>,
                    },
                    { title: t.changeSubject, key: 'subject', render: (_: unknown, row) => describeChangeRecord(row, names) },
                    { title: t.changeNote, dataIndex: 'note', render: (note: string | null) => note ?? zhCN.common.dash },
                  ]}
                />
              ),
            },
          ]}
        />
      </Card>
      {changing ? (
        <DivisionChangeModal
          division={detail}
          names={names}
          onClose={() => setChanging(false)}
          onDone={() => {
            setChanging(false);
            reload();
            outlet.refreshTree();
          }}
        />
      ) : null}
    </>
  );
};
