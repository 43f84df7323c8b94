import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { TAuditEntry, TAuditVerifyResult } from '@mz/shared';
import { Alert, Button, Card, Col, DatePicker, Form, Row, Select, Typography, theme } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { handleApiError } from '../../../api/handle-api-error';
import { JsonBlock } from '../../../components/JsonBlock';
import { PagedTable } from '../../../components/PagedTable';
import { PageHeader } from '../../../components/PageHeader';
import { SearchForm } from '../../../components/SearchForm';
import { usePagedQuery } from '../../../components/use-paged-query';
import { zhCN } from '../../../i18n/zh-CN';
import { auditApi, auditSearchUrl, type AuditPage } from '../audit-log.api';
import {
  AUDIT_ACTION_OPTIONS,
  AUDIT_ENTITY_OPTIONS,
  auditActionLabel,
  auditEntityLabel,
  auditRoleLabel,
  shortRequestId,
  toDateRange,
} from '../audit-format';

const t = zhCN.audit;

type FilterValues = { action?: string; entity?: string; range?: [Dayjs | null, Dayjs | null] | null };
type Filters = { action?: string | undefined; entity?: string | undefined; from?: string; to?: string };

export const AuditLogPage = () => {
  const { token } = theme.useToken();
  const [form] = Form.useForm<FilterValues>();
  const [filters, setFilters] = useState<Filters>({});
  const query = usePagedQuery<AuditPage>((paging) => auditSearchUrl({ ...filters, ...paging }), 50);
  const [verifying, setVerifying] = useState(false);
  const [verified, setVerified] = useState<TAuditVerifyResult | null>(null);

  const verify = async () => {
    setVerifying(true);
    try {
      setVerified(await auditApi.verify());
    } catch (error) {
      handleApiError(error);
    } finally {
      setVerifying(false);
    }
  };

  const mono = { fontVariantNumeric: 'tabular-nums' as const, fontSize: token.fontSizeSM };

  return (
    <>
      <PageHeader
        title={t.title}
        extra={
          <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={() => void verify()}>
            {verifying ? t.verifying : t.verify}
          </Button>
        }
      />
      {verified ? (
        <Alert
          showIcon
          closable={{ onClose: () => setVerified(null) }}
          type={verified.ok ? 'success' : 'error'}
          title={verified.ok ? t.verifyTitleOk : t.verifyTitleBroken}
          description={
            verified.ok ? t.verifyOk(verified.checked) : t.verifyBroken(verified.firstBrokenId, verified.reason, verified.checked)
          }
          style={{ marginBottom: token.marginSM }}
          data-testid="audit-verify-result"
        />
      ) : null}
      <Card size="small">
        <SearchForm<FilterValues>
          form={form}
          onReset={() => setFilters({})}
          onSearch={(values) =>
            setFilters({
              action: values.action,
              entity: values.entity,
              ...toDateRange(values.range?.map((d) => d?.format('YYYY-MM-DD')) ?? null),
            })
          }
        >
          <Form.Item name="action" label={t.action}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t.actionPlaceholder}
              options={AUDIT_ACTION_OPTIONS}
              style={{ width: 180 }}
            />
          </Form.Item>
          <Form.Item name="entity" label={t.entity}>
            <Select allowClear placeholder={t.entityPlaceholder} options={AUDIT_ENTITY_OPTIONS} style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="range" label={t.dateRange}>
            <DatePicker.RangePicker allowEmpty={[true, true]} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </SearchForm>
        <PagedTable<TAuditEntry>
          query={query}
          scroll={{ x: 1100 }}
          pagination={{ showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200] }}
          expandable={{
            expandedRowRender: (row) => (
              <Row gutter={token.margin}>
                <Col span={12}>
                  <Typography.Text strong>{t.before}</Typography.Text>
                  <JsonBlock value={row.before} />
                </Col>
                <Col span={12}>
                  <Typography.Text strong>{t.after}</Typography.Text>
                  <JsonBlock value={row.after} />
                </Col>
              </Row>
            ),
          }}
          columns={[
            { title: '#', dataIndex: 'id', width: 70, render: (id: number) => <span style={mono}>{id}</span> },
            { title: t.at, dataIndex: 'at', width: 160, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
            {
              title: t.actor,
              dataIndex: 'actorName',
              width: 180,
              ellipsis: true,
              render: (name: string | null) => name ?? <Typography.Text type="secondary">{t.system}</Typography.Text>,
            },
            { title: t.actorRole, dataIndex: 'actorRole', width: 120, render: auditRoleLabel },
            {
              title: t.division,
              dataIndex: 'divisionName',
              width: 140,
              ellipsis: true,
              render: (name: string | null) => name ?? zhCN.common.dash,
            },
            { title: t.action, dataIndex: 'action', width: 150, render: auditActionLabel },
            { title: t.entity, dataIndex: 'entity', width: 100, render: auditEntityLabel },
            {
              title: t.entityId,
              dataIndex: 'entityId',
              width: 90,
              render: (id: string | null) => <span style={mono}>{id ?? zhCN.common.dash}</span>,
            },
            {
              title: t.requestId,
              dataIndex: 'requestId',
              ellipsis: true,
              render: (id: string | null) =>
                id ? (
                  <Typography.Text style={mono} copyable={{ text: id }}>
                    {shortRequestId(id)}
                  </Typography.Text>
                ) : (
                  zhCN.common.dash
                ),
            },
          ]}
        />
      </Card>
    </>
  );
};
