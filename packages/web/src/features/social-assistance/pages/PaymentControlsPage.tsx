import { DownloadOutlined, PauseCircleOutlined } from '@ant-design/icons';
import { ASSISTANCE_PROGRAMME_LABELS } from '@mz/shared';
import { Button, Card, DatePicker, Flex, Form, Input, Segmented, Table, Tabs, Tag, Typography, theme } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../../api/useApi';
import { CodeText } from '../../../components/CodeText';
import { FormModal } from '../../../components/FormModal';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { arrearsUrl, opsApi, suspensionsUrl, type Arrears, type Suspension } from '../assistance-ops.api';
import { opsText } from '../assistance-ops.i18n';
import { HouseholdRecipientItems } from '../components/HouseholdRecipientItems';
import { downloadCsv, type CsvColumn } from '../csv-export';
import { formatFen } from '../money-format';
import { labelOf, saText } from '../social-assistance.i18n';

const t = opsText.payments;

/** 暂停发放与补发: suspensions (create, lift) and the arrears carried into later rolls, exportable for Excel. */
export const PaymentControlsPage = () => {
  const scope = useDivisionScope();
  const [tab, setTab] = useState('suspensions');
  return (
    <>
      <PageHeader title={t.title} subTitle={scope.divisionName ? saText.common.scopeHint(scope.divisionName) : t.subtitle} />
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'suspensions', label: t.tabSuspensions, children: <SuspensionsTab /> },
            { key: 'arrears', label: t.tabArrears, children: <ArrearsTab /> },
          ]}
        />
      </Card>
    </>
  );
};

const SuspensionsTab = () => {
  const { token } = theme.useToken();
  const scope = useDivisionScope();
  const [active, setActive] = useState('true');
  const [creating, setCreating] = useState(false);
  const [lifting, setLifting] = useState<Suspension | null>(null);
  const { data, loading, reload } = useApi<{ items: Suspension[] }>(
    suspensionsUrl({ divisionId: scope.divisionId, active: active === 'all' ? undefined : (active as 'true' | 'false') }),
  );
  return (
    <>
      <Flex gap={token.marginSM} align="center" style={{ marginBottom: token.marginSM }}>
        <Segmented
          value={active}
          onChange={setActive}
          options={Object.entries(t.filterActive).map(([value, label]) => ({ value, label }))}
        />
        <Button icon={<PauseCircleOutlined />} onClick={() => setCreating(true)}>
          {t.suspend}
        </Button>
      </Flex>
      <Table<Suspension>
        size="small"
        rowKey="id"
        data-testid="suspensions"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t.emptySuspensions }}
        pagination={{ pageSize: 50, showTotal: zhCN.common.total }}
        columns={[
          {
            title: saText.common.status,
            key: 'status',
            width: 90,
            render: (_: unknown, row) => (row.liftedOn ? <Tag>{t.ended}</Tag> : <Tag color="warning">{t.active}</Tag>),
          },
          {
            title: saText.common.household,
            dataIndex: 'householdId',
            width: 80,
            render: (hid: number) => <Link to={scope.href(`/assistance/households/${hid}`)}>{saText.common.householdNo(hid)}</Link>,
          },
          {
            title: opsText.dynamic.recipient,
            dataIndex: 'recipientId',
            width: 90,
            render: (id: number | null) => (id ? opsText.dynamic.recipientNo(id) : zhCN.common.dash),
          },
          {
            title: t.period,
            key: 'period',
            width: 170,
            render: (_: unknown, row) => `${row.fromMonth} 至 ${row.toMonth ?? zhCN.common.untilNow}`,
          },
          { title: t.reason, dataIndex: 'reason', width: 220, ellipsis: true },
          { title: t.liftedOn, dataIndex: 'liftedOn', width: 105, render: (d: string | null) => d ?? zhCN.common.dash },
          { title: t.liftReason, dataIndex: 'liftReason', width: 180, ellipsis: true, render: (r: string | null) => r ?? zhCN.common.dash },
          {
            title: zhCN.common.actions,
            key: 'actions',
            width: 100,
            render: (_: unknown, row) =>
              row.liftedOn ? null : (
                <Button size="small" onClick={() => setLifting(row)}>
                  {t.lift}
                </Button>
              ),
          },
        ]}
      />
      {creating ? (
        <SuspendModal
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            reload();
          }}
        />
      ) : null}
      {lifting ? (
        <LiftModal
          suspension={lifting}
          onClose={() => setLifting(null)}
          onDone={() => {
            setLifting(null);
            reload();
          }}
        />
      ) : null}
    </>
  );
};

type SuspendForm = { householdId: number; recipientId?: number; fromMonth: Dayjs; reason: string };

const SuspendModal = ({ onClose, onDone }: { onClose: () => void; onDone: () => void }) => {
  const [form] = Form.useForm<SuspendForm>();
  return (
    <FormModal<SuspendForm>
      title={t.suspendTitle}
      okText={t.suspend}
      form={form}
      hint={t.suspendHint}
      initialValues={{ fromMonth: dayjs().startOf('month') }}
      confirm={() => ({ title: t.suspendTitle, content: t.suspendConfirm })}
      submit={(v) =>
        opsApi.createSuspension({
          householdId: v.householdId,
          ...(v.recipientId ? { recipientId: v.recipientId } : {}),
          fromMonth: v.fromMonth.format('YYYY-MM'),
          reason: v.reason,
        })
      }
      success={t.suspended}
      onDone={onDone}
      onClose={onClose}
    >
      <HouseholdRecipientItems text={t} />
      <Form.Item name="fromMonth" label={t.fromMonth} rules={[{ required: true, message: t.fromMonthRequired }]}>
        <DatePicker picker="month" />
      </Form.Item>
      <Form.Item name="reason" label={t.reason} rules={[{ required: true, whitespace: true, message: t.reasonRequired }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
};

type LiftForm = { on: Dayjs; resumeMonth: Dayjs; reason: string };

const LiftModal = ({ suspension, onClose, onDone }: { suspension: Suspension; onClose: () => void; onDone: () => void }) => {
  const [form] = Form.useForm<LiftForm>();
  return (
    <FormModal<LiftForm>
      title={`${t.liftTitle}：${saText.common.householdNo(suspension.householdId)}`}
      okText={t.lift}
      form={form}
      initialValues={{ on: dayjs(), resumeMonth: dayjs().startOf('month') }}
      submit={(v) =>
        opsApi.liftSuspension(suspension.id, {
          on: v.on.format('YYYY-MM-DD'),
          resumeMonth: v.resumeMonth.format('YYYY-MM'),
          reason: v.reason,
        })
      }
      success={t.lifted}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item name="on" label={saText.common.date} rules={[{ required: true, message: saText.common.dateRequired }]}>
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="resumeMonth" label={t.resumeMonth} rules={[{ required: true, message: t.resumeMonthRequired }]}>
        <DatePicker picker="month" />
      </Form.Item>
      <Form.Item name="reason" label={t.liftReason} rules={[{ required: true, whitespace: true, message: t.reasonRequired }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
};

const ARREARS_CSV: CsvColumn<Arrears>[] = [
  { title: '家庭编号', value: (a) => a.householdId },
  { title: '救助对象编号', value: (a) => a.recipientId },
  { title: '救助类别', value: (a) => labelOf(ASSISTANCE_PROGRAMME_LABELS, a.programme) },
  { title: '应发月份', value: (a) => a.serviceMonth },
  { title: '金额（元）', value: (a) => (a.amountFen / 100).toFixed(2) },
  { title: '原因', value: (a) => a.reason },
  { title: '状态', value: (a) => labelOf(t.arrearsStatus, a.status) },
  { title: '来源名册', value: (a) => a.sourceRollId },
  { title: '补发名册', value: (a) => a.settledRollId },
];

const ArrearsTab = () => {
  const { token } = theme.useToken();
  const scope = useDivisionScope();
  const [status, setStatus] = useState('open');
  const { data, loading } = useApi<{ items: Arrears[] }>(
    arrearsUrl({ divisionId: scope.divisionId, status: status === 'all' ? undefined : (status as 'open' | 'settled') }),
  );
  const items = data?.items ?? [];
  const total = items.reduce((sum, a) => sum + a.amountFen, 0);
  return (
    <>
      <Flex gap={token.marginSM} align="center" style={{ marginBottom: token.marginSM }}>
        <Segmented
          value={status}
          onChange={setStatus}
          options={[
            ...Object.entries(t.arrearsStatus).map(([value, label]) => ({ value, label })),
            { value: 'all', label: t.filterActive['all'] ?? '' },
          ]}
        />
        <Typography.Text>{t.arrearsTotal(items.length, formatFen(total))}</Typography.Text>
        <Button icon={<DownloadOutlined />} disabled={items.length === 0} onClick={() => downloadCsv(t.arrearsFile, ARREARS_CSV, items)}>
          {t.exportArrears}
        </Button>
      </Flex>
      <Table<Arrears>
        size="small"
        rowKey="id"
        data-testid="arrears"
        loading={loading}
        dataSource={items}
        locale={{ emptyText: t.emptyArrears }}
        pagination={{ pageSize: 50, showTotal: zhCN.common.total }}
        columns={[
          {
            title: saText.common.status,
            dataIndex: 'status',
            width: 90,
            render: (s: string) => <Tag color={s === 'open' ? 'warning' : 'success'}>{labelOf(t.arrearsStatus, s)}</Tag>,
          },
          {
            title: saText.common.household,
            dataIndex: 'householdId',
            width: 80,
            render: (hid: number) => <Link to={scope.href(`/assistance/households/${hid}`)}>{saText.common.householdNo(hid)}</Link>,
          },
          {
            title: saText.common.programme,
            dataIndex: 'programme',
            width: 140,
            render: (p: string) => labelOf(ASSISTANCE_PROGRAMME_LABELS, p),
          },
          { title: t.serviceMonth, dataIndex: 'serviceMonth', width: 100 },
          {
            title: saText.common.amount,
            dataIndex: 'amountFen',
            width: 120,
            align: 'right',
            render: (f: number) => <CodeText>{formatFen(f)}</CodeText>,
          },
          { title: t.reason, dataIndex: 'reason', width: 220, ellipsis: true },
          {
            title: t.sourceRoll,
            dataIndex: 'sourceRollId',
            width: 100,
            render: (id: number | null) =>
              id ? <Link to={scope.href(`/assistance/payments/${id}`)}>{zhCN.common.idNumber(id)}</Link> : zhCN.common.dash,
          },
          {
            title: t.settledRoll,
            dataIndex: 'settledRollId',
            width: 100,
            render: (id: number | null) =>
              id ? <Link to={scope.href(`/assistance/payments/${id}`)}>{zhCN.common.idNumber(id)}</Link> : zhCN.common.dash,
          },
        ]}
      />
    </>
  );
};
