import { PlusOutlined } from '@ant-design/icons';
import { PAYMENT_ROLL_STATUS_LABELS } from '@mz/shared';
import { Button, Card, DatePicker, Flex, Form, Input, Select, Table, Tag, Typography, theme } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../../api/useApi';
import { CodeText } from '../../../components/CodeText';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect';
import { FormModal } from '../../../components/FormModal';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { useMe } from '../../identity/hooks/useAuth';
import { formatFen } from '../money-format';
import { rollStatusTone } from '../payment-roll';
import { assistanceApi, rollsUrl, type RollList, type TPaymentRollView } from '../social-assistance.api';
import { labelOf, saText } from '../social-assistance.i18n';
import { ROLL_STATUS_OPTIONS } from '../social-assistance-options';

const t = saText.payments;

/** 发放名册: monthly rolls per county; generate a draft, open one to approve, export and reconcile. */
export const PaymentRollListPage = () => {
  const { token } = theme.useToken();
  const scope = useDivisionScope();
  const navigate = useNavigate();
  const [month, setMonth] = useState<Dayjs | null>(null);
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [generating, setGenerating] = useState(false);
  const { data, loading } = useApi<RollList>(rollsUrl({ divisionId: scope.divisionId, month: month?.format('YYYY-MM'), status }));

  return (
    <>
      <PageHeader
        title={t.title}
        subTitle={t.subtitle}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setGenerating(true)}>
            {t.generate}
          </Button>
        }
      />
      <Card size="small">
        <Flex gap={token.marginSM} align="center" style={{ marginBottom: token.marginSM }}>
          <span>
            {t.month}：<DatePicker picker="month" value={month} onChange={setMonth} />
          </span>
          <span>
            {saText.common.status}：
            <Select
              allowClear
              value={status}
              onChange={setStatus}
              options={ROLL_STATUS_OPTIONS}
              placeholder={saText.common.statusPlaceholder}
              style={{ width: 160 }}
            />
          </span>
        </Flex>
        <Table<TPaymentRollView>
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t.empty }}
          pagination={false}
          scroll={{ x: 1100 }}
          columns={[
            {
              title: t.month,
              dataIndex: 'month',
              width: 100,
              render: (m: string, row) => <Link to={scope.href(`/assistance/payments/${row.id}`)}>{m}</Link>,
            },
            { title: t.county, dataIndex: 'divisionName', width: 120 },
            {
              title: saText.common.status,
              dataIndex: 'status',
              width: 130,
              render: (s: string) => <Tag color={rollStatusTone(s)}>{labelOf(PAYMENT_ROLL_STATUS_LABELS, s)}</Tag>,
            },
            { title: t.lineCount, dataIndex: 'lineCount', width: 90, align: 'right' },
            {
              title: t.total,
              dataIndex: 'totalFen',
              width: 140,
              align: 'right',
              render: (f: number) => <CodeText>{formatFen(f)}</CodeText>,
            },
            {
              title: t.arrears,
              key: 'arrears',
              width: 140,
              align: 'right',
              render: (_: unknown, row) => (
                <CodeText>
                  {row.arrearsLineCount} / {formatFen(row.arrearsFen)}
                </CodeText>
              ),
            },
            { title: t.suspended, dataIndex: 'suspendedCount', width: 70, align: 'right' },
            {
              title: t.missingAccount,
              dataIndex: 'missingAccountCount',
              width: 80,
              align: 'right',
              render: (n: number) => (n > 0 ? <Typography.Text type="warning">{n}</Typography.Text> : n),
            },
            { title: t.generations, dataIndex: 'generationCount', width: 80, align: 'right' },
            {
              title: t.generatedAt,
              dataIndex: 'generatedAt',
              width: 150,
              render: (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : zhCN.common.dash),
            },
            {
              title: t.approvedAt,
              dataIndex: 'approvedAt',
              width: 150,
              render: (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : zhCN.common.dash),
            },
          ]}
        />
      </Card>
      {generating ? (
        <GenerateRollModal
          onClose={() => setGenerating(false)}
          onDone={(roll) => {
            setGenerating(false);
            void navigate(scope.href(`/assistance/payments/${roll.id}`));
          }}
        />
      ) : null}
    </>
  );
};

type GenerateValues = { divisionId: number; month: Dayjs };

/** 生成（或重新生成）月度发放名册 of a county. */
export const GenerateRollModal = ({
  initial,
  onClose,
  onDone,
}: {
  initial?: { divisionId: number; divisionName: string; month: string };
  onClose: () => void;
  onDone: (roll: TPaymentRollView) => void;
}) => {
  const me = useMe();
  const county = me.assignments.find((a) => a.divisionLevel === 'county');
  const [form] = Form.useForm<GenerateValues>();
  return (
    <FormModal<GenerateValues, TPaymentRollView>
      title={t.generateTitle}
      okText={t.generate}
      form={form}
      hint={t.generateHint}
      initialValues={{
        divisionId: initial?.divisionId ?? county?.divisionId,
        month: initial ? dayjs(`${initial.month}-01`) : dayjs().startOf('month'),
      }}
      submit={(v) => assistanceApi.generateRoll({ divisionId: v.divisionId, month: v.month.format('YYYY-MM') })}
      success={t.generated}
      onDone={onDone}
      onClose={onClose}
    >
      {initial ? (
        <>
          <Form.Item name="divisionId" hidden>
            <Input />
          </Form.Item>
          <Form.Item label={t.county}>
            <Input disabled value={initial.divisionName} />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="divisionId" label={t.county} rules={[{ required: true, message: t.countyRequired }]}>
          <DivisionTreeSelect valueLabel={county?.divisionName ?? null} isSelectable={(d) => d.level === 'county'} />
        </Form.Item>
      )}
      <Form.Item name="month" label={t.month} rules={[{ required: true, message: t.monthRequired }]}>
        <DatePicker picker="month" disabled={initial !== undefined} />
      </Form.Item>
    </FormModal>
  );
};
