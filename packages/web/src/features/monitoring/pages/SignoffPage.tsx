import { CheckOutlined, LockOutlined, RollbackOutlined } from '@ant-design/icons';
import { SUBMISSION_STATUSES, SUBMISSION_STATUS_LABELS, type SubmissionStatus } from '@mz/shared';
import { Alert, App, Button, Card, Drawer, Empty, Flex, Form, Input, Modal, Select, Table, Tag, Timeline, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { handleApiError } from '../../../api/handle-api-error';
import { useApi } from '../../../api/useApi';
import { CodeText } from '../../../components/CodeText';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { useCan, useMe } from '../../identity/hooks/useAuth';
import { PlanSelect } from '../components/PlanSelect';
import { SignoffSteps } from '../components/SignoffSteps';
import { YearSelect } from '../components/YearSelect';
import { useMonitoringPlans } from '../hooks/useMonitoringPlans';
import { useMonitoringQuery } from '../hooks/useMonitoringQuery';
import { planYears, preferredPlan } from '../monitoring-format';
import { monitoringApi, monitoringUrls, type Submission, type SubmissionDetail } from '../monitoring.api';
import { monitoringI18n } from '../monitoring.i18n';
import { monitoringPaths } from '../monitoring-paths';
import { reviewLevelLabel } from '../signoff-chain';

const t = monitoringI18n.signoff;

const STATUS_COLOURS: Record<SubmissionStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  county_approved: 'cyan',
  prefecture_approved: 'geekblue',
  province_approved: 'success',
  returned: 'error',
};

const isStatus = (value: string | null): value is SubmissionStatus => (SUBMISSION_STATUSES as readonly string[]).includes(value ?? '');

type ReviewAction = { kind: 'approve' | 'return'; submission: Submission };

const ReviewModal = ({ action, onClose, onDone }: { action: ReviewAction | null; onClose: () => void; onDone: () => void }) => {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text?: string }>();
  const [saving, setSaving] = useState(false);
  const isReturn = action?.kind === 'return';
  const s = action?.submission;
  return (
    <Modal
      open={action !== null}
      title={s ? (isReturn ? t.returnTitle(s.division.name, s.year) : t.approveTitle(s.division.name, s.year)) : ''}
      okText={isReturn ? t.return : t.approve}
      okButtonProps={{ danger: isReturn }}
      cancelText={zhCN.common.cancel}
      confirmLoading={saving}
      destroyOnHidden
      onCancel={onClose}
      onOk={async () => {
        if (!action) return;
        let text: string | undefined;
        try {
          text = (await form.validateFields()).text;
        } catch {
          return; // the form shows what is missing
        }
        setSaving(true);
        try {
          if (action.kind === 'approve') await monitoringApi.approve(action.submission.id, text?.trim() || undefined);
          else await monitoringApi.returnSubmission(action.submission.id, (text ?? '').trim());
          void message.success(action.kind === 'approve' ? t.approved : t.returned);
          onDone();
        } catch (error) {
          handleApiError(error, { form });
        } finally {
          setSaving(false);
        }
      }}
    >
      {!isReturn ? <Alert type="info" showIcon title={t.approveHint} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="text"
          label={isReturn ? t.returnReasonLabel : t.approveComment}
          rules={isReturn ? [{ required: true, whitespace: true, min: 2, message: t.returnReasonRequired }] : []}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder={isReturn ? t.returnReasonPlaceholder : undefined} />
        </Form.Item>
      </Form>
    </Modal>
  );
};

const SubmissionDrawer = ({ id, onClose }: { id: number | null; onClose: () => void }) => {
  const { data } = useApi<SubmissionDetail>(id ? monitoringUrls.submission(id) : null);
  const detail = data && data.id === id ? data : null;
  const returnedAt = detail?.events.filter((e) => e.action === 'return').at(-1)?.reviewLevel ?? null;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={560}
      title={detail ? `${detail.division.name} ${detail.year}年度 · ${t.events}` : t.events}
    >
      {detail ? (
        <Flex vertical gap={16}>
          <SignoffSteps
            unitLevel={detail.division.level}
            finalLevel={detail.finalLevel}
            status={detail.status}
            nextReviewLevel={detail.nextReviewLevel}
            returnedAt={detail.status === 'returned' ? returnedAt : null}
          />
          <Timeline
            items={detail.events.map((e) => ({
              key: e.id,
              color: e.action === 'return' ? 'red' : e.action === 'approve' ? 'green' : 'blue',
              title: dayjs(e.at).format('YYYY-MM-DD HH:mm'),
              content: (
                <Flex vertical>
                  <Typography.Text>
                    {t.eventLine(
                      e.actorName ?? t.systemActor,
                      t.eventActions[e.action] ?? e.action,
                      e.reviewLevel ? reviewLevelLabel(e.reviewLevel) : null,
                    )}
                  </Typography.Text>
                  {e.reason ? <Typography.Text type="secondary">{e.reason}</Typography.Text> : null}
                </Flex>
              ),
            }))}
          />
        </Flex>
      ) : null}
    </Drawer>
  );
};

export const SignoffPage = () => {
  const { token } = theme.useToken();
  const me = useMe();
  const can = useCan();
  const query = useMonitoringQuery();
  const plans = useMonitoringPlans().data ?? [];
  const plan =
    plans.find((p) => p.id === query.plan) ??
    preferredPlan(
      plans,
      me.assignments.map((a) => a.divisionCode),
    );
  const status = isStatus(query.status) ? query.status : null;
  const list = useApi<{ items: Submission[]; total: number }>(
    plan ? monitoringUrls.submissions(plan.id, { year: query.year, status }) : null,
  );
  const [action, setAction] = useState<ReviewAction | null>(null);
  const [detailId, setDetailId] = useState<number | null>(null);
  const mayReview = can('monitoring:review');

  return (
    <>
      <PageHeader
        title={t.title}
        subTitle={t.subTitle}
        extra={
          <>
            <PlanSelect plans={plans} value={plan?.id ?? null} onChange={(id) => query.set({ plan: id })} />
            <YearSelect
              years={plan ? planYears(plan) : []}
              value={query.year}
              emptyLabel={monitoringI18n.common.allYears}
              onChange={(year) => query.set({ year })}
            />
            <Select<SubmissionStatus>
              allowClear
              placeholder={t.statusPlaceholder}
              aria-label={t.status}
              value={status ?? undefined}
              onChange={(value) => query.set({ status: value ?? null })}
              options={SUBMISSION_STATUSES.map((s) => ({ value: s, label: SUBMISSION_STATUS_LABELS[s] }))}
              style={{ width: 170 }}
            />
          </>
        }
      />
      <Card size="small">
        <Table<Submission>
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20, showTotal: zhCN.common.total, hideOnSinglePage: true }}
          scroll={{ x: 1150 }}
          data-testid="submissions-table"
          locale={{ emptyText: <Empty description={t.empty} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          columns={[
            {
              title: t.division,
              key: 'division',
              width: 130,
              render: (_, row) => (
                <Flex vertical>
                  <Link to={monitoringPaths.collection({ plan: row.planId, unit: row.division.id, year: row.year })}>
                    {row.division.name}
                  </Link>
                  <CodeText secondary>{row.division.code}</CodeText>
                </Flex>
              ),
            },
            { title: t.year, dataIndex: 'year', width: 60 },
            {
              title: t.status,
              key: 'status',
              width: 160,
              render: (_, row) => (
                <Flex gap={4} wrap>
                  <Tag color={STATUS_COLOURS[row.status]} style={{ marginInlineEnd: 0 }}>
                    {row.statusLabel}
                  </Tag>
                  {row.isLocked ? (
                    <Tag icon={<LockOutlined />} style={{ marginInlineEnd: 0 }}>
                      {monitoringI18n.common.lock}
                    </Tag>
                  ) : null}
                </Flex>
              ),
            },
            {
              title: t.chain,
              key: 'chain',
              width: 320,
              render: (_, row) => (
                <SignoffSteps
                  inline
                  unitLevel={row.division.level}
                  finalLevel={row.finalLevel}
                  status={row.status}
                  nextReviewLevel={row.nextReviewLevel}
                />
              ),
            },
            {
              title: t.submittedAt,
              dataIndex: 'submittedAt',
              width: 130,
              render: (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : zhCN.common.dash),
            },
            {
              title: t.returnReason,
              dataIndex: 'returnReason',
              ellipsis: { showTitle: true },
              render: (reason: string | null) => (reason ? <Typography.Text type="danger">{reason}</Typography.Text> : zhCN.common.dash),
            },
            {
              title: t.actions,
              key: 'actions',
              width: 190,
              render: (_, row) => (
                <Flex gap={4} wrap>
                  <Button size="small" type="link" onClick={() => setDetailId(row.id)} style={{ paddingInline: 4 }}>
                    {t.detail}
                  </Button>
                  {mayReview && row.canReview ? (
                    <>
                      <Button
                        size="small"
                        type="primary"
                        icon={<CheckOutlined />}
                        onClick={() => setAction({ kind: 'approve', submission: row })}
                      >
                        {t.approve}
                      </Button>
                      <Button
                        size="small"
                        danger
                        icon={<RollbackOutlined />}
                        onClick={() => setAction({ kind: 'return', submission: row })}
                      >
                        {t.return}
                      </Button>
                    </>
                  ) : row.nextReviewLevel ? (
                    <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                      {t.waitingFor(reviewLevelLabel(row.nextReviewLevel))}
                    </Typography.Text>
                  ) : row.isFinal ? (
                    <Typography.Text type="success" style={{ fontSize: token.fontSizeSM }}>
                      {t.finished}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <ReviewModal
        action={action}
        onClose={() => setAction(null)}
        onDone={() => {
          setAction(null);
          list.reload();
        }}
      />
      <SubmissionDrawer id={detailId} onClose={() => setDetailId(null)} />
    </>
  );
};
