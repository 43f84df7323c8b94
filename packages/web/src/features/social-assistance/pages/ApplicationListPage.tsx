import { PlusOutlined } from '@ant-design/icons';
import { APPLICATION_CHANNEL_LABELS } from '@mz/shared';
import { Button, Card, Form, Select } from 'antd';
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
import { ProgrammeTag, StatusTag } from '../components/CaseTags';
import { formatFen } from '../money-format';
import { applicationSearchUrl, type ApplicationPage } from '../social-assistance.api';
import { labelOf, saText } from '../social-assistance.i18n';
import type { ApplicationListItem } from '../social-assistance.types';
import { nextStepLabel, PROGRAMME_OPTIONS, STATUS_OPTIONS } from '../workflow-progress';

const t = saText.applications;

type Filters = { status?: string | undefined; programme?: string | undefined };

/** 救助申请: every case in scope (the header's division narrows it), newest first. */
export const ApplicationListPage = () => {
  const scope = useDivisionScope();
  const can = useCan();
  const navigate = useNavigate();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const query = usePagedQuery<ApplicationPage>((paging) => applicationSearchUrl({ ...filters, divisionId: scope.divisionId, ...paging }));

  return (
    <>
      <PageHeader
        title={t.title}
        subTitle={scope.divisionName ? saText.common.scopeHint(scope.divisionName) : t.subtitle}
        extra={
          can('assistance:apply') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(scope.href('/assistance/applications/new'))}>
              {t.create}
            </Button>
          ) : null
        }
      />
      <Card size="small">
        <SearchForm<Filters>
          form={form}
          onSearch={(v) => setFilters({ status: v.status, programme: v.programme })}
          onReset={() => setFilters({})}
        >
          <Form.Item name="status" label={saText.common.status}>
            <Select allowClear placeholder={saText.common.statusPlaceholder} options={STATUS_OPTIONS} style={{ width: 190 }} />
          </Form.Item>
          <Form.Item name="programme" label={saText.common.programme}>
            <Select allowClear placeholder={saText.common.programmePlaceholder} options={PROGRAMME_OPTIONS} style={{ width: 170 }} />
          </Form.Item>
        </SearchForm>
        <PagedTable<ApplicationListItem>
          query={query}
          scroll={{ x: 1100 }}
          pagination={{ showSizeChanger: true, showTotal: (total) => saText.common.pageTotal(total, query.data?.totalCapped) }}
          columns={[
            {
              title: '#',
              dataIndex: 'id',
              width: 100,
              render: (id: number) => <Link to={scope.href(`/assistance/applications/${id}`)}>{saText.common.caseNo(id)}</Link>,
            },
            {
              title: saText.common.applicant,
              dataIndex: 'applicant_name',
              width: 100,
              render: (name: string | null, row) => (
                <Link to={scope.href(`/assistance/households/${row.household_id}`)}>{name ?? zhCN.common.dash}</Link>
              ),
            },
            { title: saText.common.programme, dataIndex: 'programme', width: 90, render: (p: string) => <ProgrammeTag programme={p} /> },
            { title: saText.common.status, dataIndex: 'status', width: 150, render: (s: string) => <StatusTag status={s} /> },
            { title: t.currentStep, dataIndex: 'current_step', width: 130, render: nextStepLabel },
            { title: saText.common.division, dataIndex: 'division_name', width: 110, ellipsis: true },
            { title: t.channel, dataIndex: 'channel', width: 90, render: (c: string) => labelOf(APPLICATION_CHANNEL_LABELS, c) },
            { title: t.appliedOn, dataIndex: 'applied_on', width: 105 },
            { title: t.overallDue, dataIndex: 'overall_due_on', width: 105, render: (d: string | null) => d ?? zhCN.common.dash },
            { title: t.decidedOn, dataIndex: 'decided_on', width: 105, render: (d: string | null) => d ?? zhCN.common.dash },
            {
              title: saText.common.monthlyAmount,
              dataIndex: 'amount_fen',
              width: 110,
              align: 'right',
              render: (f: number | null) => <CodeText>{formatFen(f)}</CodeText>,
            },
          ]}
        />
      </Card>
    </>
  );
};
