import { CheckOutlined, DownloadOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { PAYMENT_LINE_KIND_LABELS, PAYMENT_LINE_STATUS_LABELS, PAYMENT_ROLL_STATUS_LABELS, type BankFileFormat } from '@mz/shared';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Dropdown,
  Flex,
  Result,
  Row,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
  Upload,
  theme,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/api-error';
import { handleApiError } from '../../../api/handle-api-error';
import { useApi } from '../../../api/useApi';
import { CodeText } from '../../../components/CodeText';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { ProgrammeTag } from '../components/CaseTags';
import { ImportRejection } from '../components/ImportRejection';
import { formatFen } from '../money-format';
import { lineStatusTone, rollAbilities, rollStatusTone } from '../payment-roll';
import {
  assistanceApi,
  reconciliationUrl,
  rollLinesUrl,
  rollUrl,
  type LinePage,
  type TPaymentRollView,
  type TReconciliationSummary,
} from '../social-assistance.api';
import { labelOf, saText } from '../social-assistance.i18n';
import { LINE_KIND_OPTIONS, LINE_STATUS_OPTIONS } from '../social-assistance-options';
import type { PaymentLine } from '../social-assistance.types';
import { bytesToBase64, importErrorRows, type ImportErrorRow } from '../upload-files';
import { programmeLabel } from '../workflow-progress';
import { GenerateRollModal } from './PaymentRollListPage';

const t = saText.payments;

/** One roll: totals, approval (freezes it), bank file export, bank result import and reconciliation, lines. */
export const PaymentRollDetailPage = () => {
  const { token } = theme.useToken();
  const { message, modal } = App.useApp();
  const scope = useDivisionScope();
  const params = useParams();
  const id = Number(params['id']);
  const valid = Number.isSafeInteger(id) && id > 0;
  const roll = useApi<TPaymentRollView>(valid ? rollUrl(id) : null, { silent: true });
  const summary = useApi<TReconciliationSummary>(valid ? reconciliationUrl(id) : null, { silent: true });
  const [filters, setFilters] = useState<{ status?: string | undefined; kind?: string | undefined }>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const lines = useApi<LinePage>(valid ? rollLinesUrl(id, { ...filters, ...paging }) : null);
  const [busy, setBusy] = useState(false);
  const [regenerating, setRegenerating] = useState(false);
  const [rejected, setRejected] = useState<{ fileName: string; message: string; rows: ImportErrorRow[] } | null>(null);

  const data = roll.data?.id === id ? roll.data : undefined;
  if (!valid || (roll.error && !data)) {
    return (
      <Card>
        <Result status="404" title={t.notFound} subTitle={roll.error?.message} />
      </Card>
    );
  }
  if (!data) return <Card>{roll.loading ? <Skeleton active /> : null}</Card>;
  const can = rollAbilities(data.status);
  const reloadAll = () => {
    roll.reload();
    summary.reload();
    lines.reload();
  };

  const approve = () =>
    modal.confirm({
      title: t.approve,
      content: t.approveConfirm,
      okText: t.approve,
      cancelText: zhCN.common.cancel,
      onOk: async () => {
        try {
          await assistanceApi.approveRoll(data.id);
          void message.success(t.approved);
          reloadAll();
        } catch (error) {
          handleApiError(error);
        }
      },
    });

  const exportFile = async (format: BankFileFormat) => {
    setBusy(true);
    try {
      const name = await assistanceApi.exportRoll(data.id, format);
      void message.success(t.exported(name));
      reloadAll();
    } catch (error) {
      handleApiError(error);
    } finally {
      setBusy(false);
    }
  };

  const importResults = async (file: File) => {
    setBusy(true);
    setRejected(null);
    try {
      await assistanceApi.importBankResults(data.id, {
        fileName: file.name,
        contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
      });
      void message.success(t.resultsImported);
      reloadAll();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'IMPORT_REJECTED') {
        setRejected({ fileName: file.name, message: error.message, rows: importErrorRows(error.details) });
      } else handleApiError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { title: <Link to={scope.href('/assistance/payments')}>{t.title}</Link> },
              { title: `${data.divisionName} ${data.month}` },
            ]}
          />
        }
        title={
          <>
            {data.divisionName} {data.month} {t.title}{' '}
            <Tag color={rollStatusTone(data.status)} style={{ verticalAlign: 'middle' }}>
              {labelOf(PAYMENT_ROLL_STATUS_LABELS, data.status)}
            </Tag>
          </>
        }
        extra={
          <>
            {can.regenerate ? (
              <Button icon={<ReloadOutlined />} onClick={() => setRegenerating(true)}>
                {t.generate}
              </Button>
            ) : null}
            {can.approve ? (
              <Button type="primary" icon={<CheckOutlined />} onClick={approve}>
                {t.approve}
              </Button>
            ) : null}
            {can.export ? (
              <Dropdown
                menu={{
                  items: [
                    { key: 'xlsx', label: t.formatXlsx },
                    { key: 'csv', label: t.formatCsv },
                  ],
                  onClick: ({ key }) => void exportFile(key as BankFileFormat),
                }}
              >
                <Button type={can.importResults ? 'default' : 'primary'} icon={<DownloadOutlined />} loading={busy}>
                  {t.export}
                </Button>
              </Dropdown>
            ) : null}
            {can.importResults ? (
              <Upload
                accept=".xlsx,.csv"
                showUploadList={false}
                beforeUpload={(file) => {
                  void importResults(file);
                  return false;
                }}
              >
                <Button type="primary" icon={<UploadOutlined />} loading={busy}>
                  {t.results}
                </Button>
              </Upload>
            ) : null}
          </>
        }
      />
      {rejected ? (
        <ImportRejection title={`${t.resultsRejected}：${rejected.fileName}`} message={rejected.message} rows={rejected.rows} />
      ) : null}
      <Row gutter={token.marginSM} style={{ marginBottom: token.marginSM }}>
        <Col xs={24} xl={14}>
          <Card size="small" style={{ height: '100%' }}>
            <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t.lineCount}>{data.lineCount}</Descriptions.Item>
              <Descriptions.Item label={t.total}>
                <Typography.Text strong>
                  <CodeText>{formatFen(data.totalFen)}</CodeText>
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t.arrears}>
                {data.arrearsLineCount} / <CodeText>{formatFen(data.arrearsFen)}</CodeText>
              </Descriptions.Item>
              <Descriptions.Item label={t.suspended}>{data.suspendedCount}</Descriptions.Item>
              <Descriptions.Item label={t.missingAccount}>
                {data.missingAccountCount > 0 ? <Typography.Text type="warning">{data.missingAccountCount}</Typography.Text> : 0}
              </Descriptions.Item>
              <Descriptions.Item label={t.generations}>{data.generationCount}</Descriptions.Item>
              <Descriptions.Item label={t.generatedAt}>
                {data.generatedAt ? dayjs(data.generatedAt).format('YYYY-MM-DD HH:mm') : zhCN.common.dash}
              </Descriptions.Item>
              <Descriptions.Item label={t.approvedAt}>
                {data.approvedAt ? dayjs(data.approvedAt).format('YYYY-MM-DD HH:mm') : zhCN.common.dash}
              </Descriptions.Item>
              <Descriptions.Item label={t.digest} span={2}>
                <CodeText secondary>{data.frozenDigest ?? data.digest ?? zhCN.common.dash}</CodeText>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={t.reconciliation}
            style={{ height: '100%' }}
            extra={
              summary.data ? (
                <Tag color={summary.data.balanced ? 'success' : 'error'}>{summary.data.balanced ? t.balanced : t.unbalanced}</Tag>
              ) : null
            }
          >
            {summary.data ? (
              <>
                <Table
                  size="small"
                  rowKey="status"
                  pagination={false}
                  dataSource={summary.data.byStatus}
                  columns={[
                    {
                      title: t.byStatus,
                      dataIndex: 'status',
                      render: (s: string) => <Tag color={lineStatusTone(s)}>{labelOf(PAYMENT_LINE_STATUS_LABELS, s)}</Tag>,
                    },
                    { title: t.lineCount, dataIndex: 'lines', align: 'right' },
                    {
                      title: saText.common.amount,
                      dataIndex: 'amountFen',
                      align: 'right',
                      render: (f: number) => <CodeText>{formatFen(f)}</CodeText>,
                    },
                  ]}
                />
                <Table
                  size="small"
                  rowKey="programme"
                  pagination={false}
                  style={{ marginTop: token.marginXS }}
                  dataSource={summary.data.byProgramme}
                  columns={[
                    { title: t.byProgramme, dataIndex: 'programme', render: programmeLabel },
                    { title: t.lineCount, dataIndex: 'lines', align: 'right' },
                    {
                      title: saText.common.amount,
                      dataIndex: 'amountFen',
                      align: 'right',
                      render: (f: number) => <CodeText>{formatFen(f)}</CodeText>,
                    },
                    { title: t.paid, dataIndex: 'paidFen', align: 'right', render: (f: number) => <CodeText>{formatFen(f)}</CodeText> },
                  ]}
                />
              </>
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t.lines}>
        <Flex gap={token.marginSM} style={{ marginBottom: token.marginSM }}>
          <Select
            allowClear
            placeholder={saText.common.statusPlaceholder}
            options={LINE_STATUS_OPTIONS}
            style={{ width: 150 }}
            onChange={(status?: string) => {
              setFilters((f) => ({ ...f, status }));
              setPaging((p) => ({ ...p, page: 1 }));
            }}
          />
          <Select
            allowClear
            placeholder={t.lineKind}
            options={LINE_KIND_OPTIONS}
            style={{ width: 130 }}
            onChange={(kind?: string) => {
              setFilters((f) => ({ ...f, kind }));
              setPaging((p) => ({ ...p, page: 1 }));
            }}
          />
        </Flex>
        <Table<PaymentLine>
          size="small"
          rowKey="id"
          loading={lines.loading}
          dataSource={lines.data?.items ?? []}
          scroll={{ x: 1100 }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: lines.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [50, 100, 200, 500],
            showTotal: zhCN.common.total,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          columns={[
            { title: '#', dataIndex: 'id', width: 70, render: (n: number) => <CodeText secondary>{n}</CodeText> },
            { title: saText.common.division, dataIndex: 'divisionName', width: 110, ellipsis: true },
            {
              title: saText.common.household,
              dataIndex: 'householdId',
              width: 80,
              render: (hid: number) => <Link to={scope.href(`/assistance/households/${hid}`)}>{saText.common.householdNo(hid)}</Link>,
            },
            { title: saText.common.programme, dataIndex: 'programme', width: 90, render: (p: string) => <ProgrammeTag programme={p} /> },
            { title: t.lineKind, dataIndex: 'kind', width: 80, render: (k: string) => labelOf(PAYMENT_LINE_KIND_LABELS, k) },
            { title: t.serviceMonth, dataIndex: 'serviceMonth', width: 90 },
            {
              title: t.account,
              key: 'account',
              width: 230,
              render: (_: unknown, row) =>
                row.accountNo ? (
                  <>
                    {row.accountName} <CodeText secondary>{row.accountNo}</CodeText>
                  </>
                ) : (
                  <Typography.Text type="warning">{t.accountMissing}</Typography.Text>
                ),
            },
            {
              title: saText.common.amount,
              dataIndex: 'amountFen',
              width: 110,
              align: 'right',
              render: (f: number) => <CodeText>{formatFen(f)}</CodeText>,
            },
            { title: t.memo, dataIndex: 'memo', width: 170, ellipsis: true },
            {
              title: saText.common.status,
              dataIndex: 'status',
              width: 100,
              render: (s: string, row) => (
                <>
                  <Tag color={lineStatusTone(s)}>{labelOf(PAYMENT_LINE_STATUS_LABELS, s)}</Tag>
                  {row.gradualExit ? <Tag>{t.gradualExit}</Tag> : null}
                </>
              ),
            },
            {
              title: t.resultNote,
              dataIndex: 'resultNote',
              width: 140,
              ellipsis: true,
              render: (n: string | null) => n ?? zhCN.common.dash,
            },
          ]}
        />
      </Card>
      {regenerating ? (
        <GenerateRollModal
          initial={{ divisionId: data.divisionId, divisionName: data.divisionName, month: data.month }}
          onClose={() => setRegenerating(false)}
          onDone={() => {
            setRegenerating(false);
            reloadAll();
          }}
        />
      ) : null}
    </>
  );
};
