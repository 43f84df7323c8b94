import { CalendarOutlined } from '@ant-design/icons';
import { ASSISTANCE_PROGRAMME_LABELS } from '@mz/shared';
import { Button, Card, DatePicker, Flex, Form, Input, Radio, Select, Tabs, Tag, Typography, theme } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { CodeText } from '../../../components/CodeText';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect';
import { FormModal } from '../../../components/FormModal';
import { PagedTable } from '../../../components/PagedTable';
import { PageHeader } from '../../../components/PageHeader';
import { usePagedQuery } from '../../../components/use-paged-query';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { useMe } from '../../identity/hooks/useAuth';
import { opsApi, rechecksDueUrl, type RecheckDue, type RecheckDueItem } from '../assistance-ops.api';
import { CHANGE_KIND_OPTIONS, opsText } from '../assistance-ops.i18n';
import { ChangeReportsTab } from '../components/ChangeReportsTab';
import { useAbility } from '../hooks/useAbility';
import { labelOf, saText } from '../social-assistance.i18n';

const t = opsText.dynamic;

/** 动态管理: rechecks that are due (by township), and change reports with the county's review decisions. */
export const DynamicManagementPage = () => {
  const scope = useDivisionScope();
  const ability = useAbility();
  const [tab, setTab] = useState('rechecks');
  const [scheduling, setScheduling] = useState(false);
  return (
    <>
      <PageHeader
        title={t.title}
        subTitle={scope.divisionName ? saText.common.scopeHint(scope.divisionName) : t.subtitle}
        extra={
          ability('assistance:approve', 'county') ? (
            <Button icon={<CalendarOutlined />} onClick={() => setScheduling(true)}>
              {t.schedule}
            </Button>
          ) : null
        }
      />
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'rechecks', label: t.tabRechecks, children: <RechecksTab /> },
            { key: 'reports', label: t.tabReports, children: <ChangeReportsTab /> },
          ]}
        />
      </Card>
      {scheduling ? <ScheduleModal onClose={() => setScheduling(false)} /> : null}
    </>
  );
};

const RechecksTab = () => {
  const { token } = theme.useToken();
  const scope = useDivisionScope();
  const ability = useAbility();
  const [before, setBefore] = useState<Dayjs | null>(null);
  const [recording, setRecording] = useState<RecheckDueItem | null>(null);
  const query = usePagedQuery<RecheckDue>(
    (paging) => rechecksDueUrl({ divisionId: scope.divisionId, before: before?.format('YYYY-MM-DD'), ...paging }),
    50,
  );
  const data = query.data;
  return (
    <>
      <Flex gap={token.marginSM} wrap align="center" style={{ marginBottom: token.marginSM }}>
        <span>
          <Typography.Text type="secondary">{t.before}：</Typography.Text>
          <DatePicker value={before} onChange={setBefore} />
        </span>
        <Typography.Text strong>{t.dueTotal(data?.total ?? 0)}</Typography.Text>
        {(data?.byTownship ?? []).map((b) => (
          <Tag key={b.townshipId}>
            {b.townshipName} {b.due}
          </Tag>
        ))}
      </Flex>
      <PagedTable<RecheckDueItem>
        query={query}
        rowKey="recipientId"
        data-testid="rechecks-due"
        locale={{ emptyText: t.emptyDue }}
        columns={[
          {
            title: t.nextReviewOn,
            dataIndex: 'nextReviewOn',
            width: 150,
            render: (d: string | null, row) => (
              <>
                <CodeText>{d ?? zhCN.common.dash}</CodeText> {row.overdue ? <Tag color="error">{t.overdue}</Tag> : <Tag>{t.dueSoon}</Tag>}
              </>
            ),
          },
          {
            title: saText.common.household,
            dataIndex: 'householdId',
            width: 90,
            render: (hid: number) => <Link to={scope.href(`/assistance/households/${hid}`)}>{saText.common.householdNo(hid)}</Link>,
          },
          { title: t.recipient, dataIndex: 'recipientId', width: 90, render: (id: number) => t.recipientNo(id) },
          {
            title: saText.common.programme,
            dataIndex: 'programme',
            width: 140,
            render: (p: string) => labelOf(ASSISTANCE_PROGRAMME_LABELS, p),
          },
          { title: t.township, dataIndex: 'townshipName', width: 120, render: (n: string | null) => n ?? zhCN.common.dash },
          { title: saText.common.division, dataIndex: 'divisionName', width: 140, ellipsis: true },
          {
            title: zhCN.common.actions,
            key: 'actions',
            width: 100,
            render: (_: unknown, row) =>
              ability('assistance:review', 'any') ? (
                <Button size="small" onClick={() => setRecording(row)}>
                  {t.record}
                </Button>
              ) : null,
          },
        ]}
      />
      {recording ? (
        <RecordRecheckModal
          item={recording}
          onClose={() => setRecording(null)}
          onDone={() => {
            setRecording(null);
            query.reload();
          }}
        />
      ) : null}
    </>
  );
};

type RecheckForm = { on: Dayjs; outcome: 'no-change' | 'change-found'; kind?: string; description?: string };

const RecordRecheckModal = ({ item, onClose, onDone }: { item: RecheckDueItem; onClose: () => void; onDone: () => void }) => {
  const [form] = Form.useForm<RecheckForm>();
  const outcome = Form.useWatch('outcome', form);
  return (
    <FormModal<RecheckForm>
      title={`${t.recordTitle}：${saText.common.householdNo(item.householdId)}`}
      okText={saText.common.confirm}
      form={form}
      initialValues={{ on: dayjs(), outcome: 'no-change', kind: 'income' }}
      submit={(v) =>
        opsApi.recordRecheck({
          recipientId: item.recipientId,
          on: v.on.format('YYYY-MM-DD'),
          outcome: v.outcome,
          ...(v.outcome === 'change-found' ? { description: v.description ?? '', kind: (v.kind ?? 'other') as 'other' } : {}),
        })
      }
      success={t.recorded}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item name="on" label={saText.common.date} rules={[{ required: true, message: saText.common.dateRequired }]}>
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="outcome" label={t.outcome}>
        <Radio.Group
          options={[
            { value: 'no-change', label: t.outcomeNoChange },
            { value: 'change-found', label: t.outcomeChange },
          ]}
        />
      </Form.Item>
      {outcome === 'change-found' ? (
        <>
          <Form.Item name="kind" label={t.changeKind}>
            <Select options={CHANGE_KIND_OPTIONS} />
          </Form.Item>
          <Form.Item name="description" label={t.changeDescription} rules={[{ required: true, message: t.changeDescriptionRequired }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
};

const ScheduleModal = ({ onClose }: { onClose: () => void }) => {
  const me = useMe();
  const county = me.assignments.find((a) => a.divisionLevel === 'county');
  const [form] = Form.useForm<{ divisionId: number }>();
  return (
    <FormModal<{ divisionId: number }, { scheduled: number }>
      title={t.scheduleTitle}
      okText={t.schedule}
      form={form}
      hint={t.scheduleHint}
      initialValues={{ divisionId: county?.divisionId }}
      submit={(v) => opsApi.scheduleRechecks(v.divisionId)}
      success={(result) => t.scheduled(result.scheduled)}
      onDone={onClose}
      onClose={onClose}
    >
      <Form.Item name="divisionId" label={t.county} rules={[{ required: true, message: t.countyRequired }]}>
        <DivisionTreeSelect valueLabel={county?.divisionName ?? null} isSelectable={(d) => d.level === 'county'} />
      </Form.Item>
    </FormModal>
  );
};
