import { PlusOutlined } from '@ant-design/icons';
import { CHANGE_REPORT_KIND_LABELS, CHANGE_REPORT_SOURCE_LABELS, REVIEW_OUTCOME_LABELS, type TReviewDecision } from '@mz/shared';
import { Button, DatePicker, Flex, Form, Input, Radio, Select, Space, Switch, Tag, theme } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { CodeText } from '../../../components/CodeText';
import { FormModal } from '../../../components/FormModal';
import { PagedTable } from '../../../components/PagedTable';
import { usePagedQuery } from '../../../components/use-paged-query';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { changeReportsUrl, opsApi, type ChangeReport, type ChangeReportPage } from '../assistance-ops.api';
import { CHANGE_KIND_OPTIONS, opsText } from '../assistance-ops.i18n';
import { useAbility } from '../hooks/useAbility';
import { labelOf, saText } from '../social-assistance.i18n';
import { HouseholdRecipientItems } from './HouseholdRecipientItems';

const t = opsText.reports;
const STATUS_TONE: Record<string, string> = { open: 'processing', 'in-publicity': 'warning', decided: 'success', withdrawn: 'default' };
const today = () => dayjs().format('YYYY-MM-DD');

/** 变更报告: reports that open a review, the county's decision (调整/渐退/停发/终止 with 公示) and its confirmation. */
export const ChangeReportsTab = () => {
  const { token } = theme.useToken();
  const scope = useDivisionScope();
  const ability = useAbility();
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [overdue, setOverdue] = useState(false);
  const [creating, setCreating] = useState(false);
  const [deciding, setDeciding] = useState<ChangeReport | null>(null);
  const [confirming, setConfirming] = useState<ChangeReport | null>(null);
  const query = usePagedQuery<ChangeReportPage>(
    (paging) => changeReportsUrl({ divisionId: scope.divisionId, status, overdueOn: overdue ? today() : undefined, ...paging }),
    50,
  );
  const reload = query.reload;
  const canDecide = ability('assistance:approve', 'any');
  const done = () => {
    setCreating(false);
    setDeciding(null);
    setConfirming(null);
    reload();
  };
  return (
    <>
      <Flex gap={token.marginSM} wrap align="center" style={{ marginBottom: token.marginSM }}>
        <Select
          allowClear
          value={status}
          onChange={setStatus}
          options={Object.entries(t.statuses).map(([value, label]) => ({ value, label }))}
          placeholder={saText.common.statusPlaceholder}
          style={{ width: 140 }}
        />
        <Space>
          <Switch checked={overdue} onChange={setOverdue} size="small" />
          {t.overdueOnly}
        </Space>
        {ability('assistance:apply', 'any') ? (
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t.create}
          </Button>
        ) : null}
      </Flex>
      <PagedTable<ChangeReport>
        query={query}
        data-testid="change-reports"
        locale={{ emptyText: t.empty }}
        scroll={{ x: 1300 }}
        columns={[
          {
            title: saText.common.status,
            dataIndex: 'status',
            width: 90,
            render: (s: string) => <Tag color={STATUS_TONE[s]}>{labelOf(t.statuses, s)}</Tag>,
          },
          {
            title: saText.common.household,
            dataIndex: 'householdId',
            width: 80,
            render: (hid: number) => <Link to={scope.href(`/assistance/households/${hid}`)}>{saText.common.householdNo(hid)}</Link>,
          },
          { title: t.kind, dataIndex: 'kind', width: 150, render: (k: string) => labelOf(CHANGE_REPORT_KIND_LABELS, k) },
          { title: t.source, dataIndex: 'source', width: 110, render: (s: string) => labelOf(CHANGE_REPORT_SOURCE_LABELS, s) },
          { title: t.description, dataIndex: 'description', width: 220, ellipsis: true },
          { title: t.reportedOn, dataIndex: 'reportedOn', width: 105 },
          {
            title: t.reviewDueOn,
            dataIndex: 'reviewDueOn',
            width: 150,
            render: (d: string, row) => (
              <>
                <CodeText>{d}</CodeText>{' '}
                {(row.status === 'open' || row.status === 'in-publicity') && d < today() ? (
                  <Tag color="error">{opsText.dynamic.overdue}</Tag>
                ) : null}
              </>
            ),
          },
          {
            title: t.outcome,
            key: 'outcome',
            width: 160,
            render: (_: unknown, row) =>
              row.outcome
                ? labelOf(REVIEW_OUTCOME_LABELS, row.outcome)
                : row.proposedOutcome
                  ? `${labelOf(REVIEW_OUTCOME_LABELS, row.proposedOutcome)}（${t.proposed}）`
                  : zhCN.common.dash,
          },
          { title: t.effectiveMonth, dataIndex: 'effectiveMonth', width: 90, render: (m: string | null) => m ?? zhCN.common.dash },
          {
            title: t.publicity,
            dataIndex: 'publicity',
            width: 200,
            render: (p: ChangeReport['publicity']) => (p ? t.publicityRange(p.firstDay, p.lastDay) : zhCN.common.dash),
          },
          {
            title: zhCN.common.actions,
            key: 'actions',
            width: 120,
            fixed: 'right',
            render: (_: unknown, row) =>
              !canDecide ? null : row.status === 'open' ? (
                <Button size="small" type="primary" onClick={() => setDeciding(row)}>
                  {t.decide}
                </Button>
              ) : row.status === 'in-publicity' ? (
                <Button size="small" onClick={() => setConfirming(row)}>
                  {t.confirm}
                </Button>
              ) : null,
          },
        ]}
      />
      {creating ? <CreateReportModal onClose={() => setCreating(false)} onDone={done} /> : null}
      {deciding ? <DecisionModal report={deciding} onClose={() => setDeciding(null)} onDone={done} /> : null}
      {confirming ? <ConfirmModal report={confirming} onClose={() => setConfirming(null)} onDone={done} /> : null}
    </>
  );
};

type CreateForm = {
  householdId: number;
  recipientId?: number;
  source: 'staff' | 'household';
  kind: string;
  reportedOn: Dayjs;
  description: string;
};

const CreateReportModal = ({ onClose, onDone }: { onClose: () => void; onDone: () => void }) => {
  const [form] = Form.useForm<CreateForm>();
  return (
    <FormModal<CreateForm>
      title={t.createTitle}
      okText={saText.common.confirm}
      form={form}
      initialValues={{ source: 'staff', kind: 'income', reportedOn: dayjs() }}
      submit={(v) =>
        opsApi.createChangeReport({
          householdId: v.householdId,
          ...(v.recipientId ? { recipientId: v.recipientId } : {}),
          source: v.source,
          kind: v.kind as CreateFormKind,
          reportedOn: v.reportedOn.format('YYYY-MM-DD'),
          description: v.description,
        })
      }
      success={t.created}
      onDone={onDone}
      onClose={onClose}
    >
      <HouseholdRecipientItems text={t} />
      <Form.Item name="source" label={t.source}>
        <Radio.Group options={(['staff', 'household'] as const).map((value) => ({ value, label: CHANGE_REPORT_SOURCE_LABELS[value] }))} />
      </Form.Item>
      <Form.Item name="kind" label={t.kind} rules={[{ required: true, message: t.kindRequired }]}>
        <Select options={CHANGE_KIND_OPTIONS} />
      </Form.Item>
      <Form.Item name="reportedOn" label={t.reportedOn} rules={[{ required: true, message: saText.common.dateRequired }]}>
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="description" label={t.description} rules={[{ required: true, message: t.descriptionRequired }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
};
type CreateFormKind = Parameters<typeof opsApi.createChangeReport>[0]['kind'];

type DecisionForm = {
  on: Dayjs;
  action: TReviewDecision['action'];
  incomePeriod?: [Dayjs, Dayjs];
  cause?: 'employment' | 'other';
  reasonText?: string;
  publicityStartsOn?: Dayjs;
  publicityLocation?: string;
};

const DecisionModal = ({ report, onClose, onDone }: { report: ChangeReport; onClose: () => void; onDone: () => void }) => {
  const [form] = Form.useForm<DecisionForm>();
  const action = Form.useWatch('action', form);
  return (
    <FormModal<DecisionForm>
      width={620}
      title={`${t.decideTitle}：${saText.common.householdNo(report.householdId)} ${labelOf(CHANGE_REPORT_KIND_LABELS, report.kind)}`}
      okText={saText.common.confirm}
      form={form}
      initialValues={{ on: dayjs(), action: 'reassess', cause: 'other' }}
      confirm={(v) =>
        v.action === 'stop' || v.action === 'terminate'
          ? { title: t.actions[v.action], content: v.action === 'stop' ? t.stopConfirm : t.terminateConfirm }
          : null
      }
      submit={(v) =>
        opsApi.decideReview(report.id, {
          on: v.on.format('YYYY-MM-DD'),
          action: v.action,
          ...(v.action === 'reassess' && v.incomePeriod
            ? { incomePeriod: { from: v.incomePeriod[0].format('YYYY-MM'), to: v.incomePeriod[1].format('YYYY-MM') } }
            : {}),
          ...(v.action === 'reassess' && v.cause ? { cause: v.cause } : {}),
          ...(v.reasonText ? { reasonText: v.reasonText } : {}),
          ...(v.action === 'terminate' && v.publicityStartsOn && v.publicityLocation
            ? { publicity: { startsOn: v.publicityStartsOn.format('YYYY-MM-DD'), location: v.publicityLocation } }
            : {}),
        })
      }
      success={t.decided}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item name="on" label={saText.common.date} rules={[{ required: true, message: saText.common.dateRequired }]}>
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="action" label={t.action}>
        <Radio.Group
          style={{ display: 'flex', flexDirection: 'column' }}
          options={Object.entries(t.actions).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
      {action === 'reassess' ? (
        <>
          <Form.Item name="incomePeriod" label={t.incomePeriod}>
            <DatePicker.RangePicker picker="month" />
          </Form.Item>
          <Form.Item name="cause" label={t.cause}>
            <Radio.Group options={Object.entries(t.causes).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        </>
      ) : null}
      {action === 'terminate' ? (
        <Space wrap>
          <Form.Item name="publicityStartsOn" label={t.publicityStartsOn} rules={[{ required: true, message: t.publicityRequired }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="publicityLocation" label={t.publicityLocation} rules={[{ required: true, message: t.publicityRequired }]}>
            <Input maxLength={200} style={{ width: 260 }} />
          </Form.Item>
        </Space>
      ) : null}
      <Form.Item
        name="reasonText"
        label={t.reasonText}
        rules={action === 'stop' || action === 'terminate' ? [{ required: true, message: t.reasonRequired }] : []}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
};

type ConfirmForm = { on: Dayjs; outcome: 'terminate' | 'withdraw'; note?: string };

const ConfirmModal = ({ report, onClose, onDone }: { report: ChangeReport; onClose: () => void; onDone: () => void }) => {
  const [form] = Form.useForm<ConfirmForm>();
  return (
    <FormModal<ConfirmForm>
      title={t.confirmTitle}
      okText={saText.common.confirm}
      form={form}
      initialValues={{ on: dayjs(), outcome: 'terminate' }}
      confirm={(v) => (v.outcome === 'terminate' ? { title: t.confirmTerminate, content: t.confirmTerminateAsk } : null)}
      submit={(v) =>
        opsApi.confirmTermination(report.id, {
          on: v.on.format('YYYY-MM-DD'),
          outcome: v.outcome,
          ...(v.note ? { note: v.note } : {}),
        })
      }
      success={t.confirmed}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item label={t.publicity}>
        {report.publicity ? t.publicityRange(report.publicity.firstDay, report.publicity.lastDay) : zhCN.common.dash}
      </Form.Item>
      <Form.Item name="on" label={saText.common.date} rules={[{ required: true, message: saText.common.dateRequired }]}>
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="outcome">
        <Radio.Group
          options={[
            { value: 'terminate', label: t.confirmTerminate },
            { value: 'withdraw', label: t.confirmWithdraw },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={saText.common.note}>
        <Input.TextArea rows={2} maxLength={2000} placeholder={saText.common.notePlaceholder} />
      </Form.Item>
    </FormModal>
  );
};
