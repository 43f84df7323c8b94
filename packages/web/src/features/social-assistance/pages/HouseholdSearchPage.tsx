import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { AREA_TYPE_LABELS, HOUSEHOLD_STATUS_LABELS } from '@mz/shared';
import { App, Button, Card, Dropdown, Form, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CodeText } from '../../../components/CodeText';
import { PagedTable } from '../../../components/PagedTable';
import { PageHeader } from '../../../components/PageHeader';
import { SearchForm } from '../../../components/SearchForm';
import { usePagedQuery } from '../../../components/use-paged-query';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { useCan } from '../../identity/hooks/useAuth';
import { ProgrammeTag } from '../components/CaseTags';
import { householdExportUrl, householdSearchUrl, type HouseholdPage } from '../social-assistance.api';
import { labelOf, saText } from '../social-assistance.i18n';
import { HOUSEHOLD_STATUS_OPTIONS } from '../social-assistance-options';
import type { THouseholdSummary } from '../social-assistance.types';
import { PROGRAMME_OPTIONS } from '../workflow-progress';

const t = saText.households;

type Filters = { name?: string | undefined; citizenId?: string | undefined; status?: string | undefined; programme?: string | undefined };

/** 家庭档案: search by member name, exact ID number, status and programme within the header's division. */
export const HouseholdSearchPage = () => {
  const scope = useDivisionScope();
  const can = useCan();
  const navigate = useNavigate();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const query = usePagedQuery<HouseholdPage>((paging) => householdSearchUrl({ ...filters, divisionId: scope.divisionId, ...paging }));
  const data = query.data;
  const { message } = App.useApp();
  /** The server streams the file; a plain link lets the browser's download manager take it (progress, no memory copy). */
  const startExport = (format: 'csv' | 'xlsx') => {
    const anchor = document.createElement('a');
    anchor.href = householdExportUrl({ ...filters, divisionId: scope.divisionId, format });
    anchor.download = '';
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    const large = data && (data.totalCapped || data.total > 50_000);
    void message.info(
      large
        ? `${t.exportLargeHint(`${data.total.toLocaleString('zh-CN')}${data.totalCapped ? '+' : ''}`)}。${t.exportStarted}`
        : t.exportStarted,
      6,
    );
  };

  return (
    <>
      <PageHeader
        title={t.title}
        subTitle={scope.divisionName ? saText.common.scopeHint(scope.divisionName) : t.subtitle}
        extra={
          <>
            <Dropdown
              menu={{
                items: [
                  { key: 'csv', label: t.exportCsv },
                  { key: 'xlsx', label: t.exportXlsx },
                ],
                onClick: ({ key }) => startExport(key === 'xlsx' ? 'xlsx' : 'csv'),
              }}
            >
              <Button icon={<DownloadOutlined />}>{t.export}</Button>
            </Dropdown>
            {can('assistance:apply') ? (
              <>
                <Button icon={<UploadOutlined />} onClick={() => void navigate(scope.href('/assistance/import'))}>
                  {saText.nav.import}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(scope.href('/assistance/households/new'))}>
                  {t.create}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Card size="small">
        <SearchForm<Filters>
          form={form}
          onReset={() => setFilters({})}
          onSearch={(v) =>
            setFilters({
              name: v.name?.trim() || undefined,
              citizenId: v.citizenId?.trim() || undefined,
              status: v.status,
              programme: v.programme,
            })
          }
        >
          <Form.Item name="name" label={t.name}>
            <Input allowClear placeholder={t.namePlaceholder} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="citizenId" label={t.citizenId}>
            <Input allowClear placeholder={t.citizenIdPlaceholder} maxLength={18} style={{ width: 230 }} />
          </Form.Item>
          <Form.Item name="programme" label={saText.common.programme}>
            <Select allowClear placeholder={saText.common.programmePlaceholder} options={PROGRAMME_OPTIONS} style={{ width: 170 }} />
          </Form.Item>
          <Form.Item name="status" label={t.householdStatus}>
            <Select allowClear placeholder={saText.common.statusPlaceholder} options={HOUSEHOLD_STATUS_OPTIONS} style={{ width: 110 }} />
          </Form.Item>
        </SearchForm>
        <PagedTable<THouseholdSummary>
          query={query}
          scroll={{ x: 1000 }}
          pagination={{
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => saText.common.pageTotal(total, data?.totalCapped),
          }}
          columns={[
            { title: '#', dataIndex: 'id', width: 70, render: (id: number) => <CodeText secondary>{id}</CodeText> },
            {
              title: saText.common.headName,
              dataIndex: 'headName',
              width: 110,
              render: (name: string | null, row) => <Link to={scope.href(`/assistance/households/${row.id}`)}>{name ?? t.unnamed}</Link>,
            },
            {
              title: t.headCitizenId,
              dataIndex: 'headCitizenIdMasked',
              width: 190,
              render: (id: string | null) => <CodeText>{id ?? zhCN.common.dash}</CodeText>,
            },
            { title: saText.common.division, dataIndex: 'divisionName', width: 120, ellipsis: true },
            { title: t.areaType, dataIndex: 'areaType', width: 60, render: (a: string) => labelOf(AREA_TYPE_LABELS, a) },
            { title: t.address, dataIndex: 'address', ellipsis: true },
            { title: saText.common.members, dataIndex: 'memberCount', width: 60, align: 'right' },
            {
              title: t.programmes,
              dataIndex: 'programmes',
              width: 180,
              render: (list: string[]) =>
                list.length === 0 ? (
                  zhCN.common.dash
                ) : (
                  <Space size={4}>
                    {list.map((p) => (
                      <ProgrammeTag key={p} programme={p} />
                    ))}
                  </Space>
                ),
            },
            {
              title: t.householdStatus,
              dataIndex: 'status',
              width: 80,
              render: (s: string) => <Tag color={s === 'active' ? 'success' : 'default'}>{labelOf(HOUSEHOLD_STATUS_LABELS, s)}</Tag>,
            },
          ]}
        />
      </Card>
    </>
  );
};
