import { CloudUploadOutlined, DownloadOutlined, ThunderboltOutlined } from '@ant-design/icons';
import {
  LOW_INCOME_WARNING_CODES,
  LOW_INCOME_WARNING_LABELS,
  WARNING_OUTCOME_LABELS,
  WARNING_OUTCOMES,
  type TWarningOutcome,
} from '@mz/shared';
import { App, Button, Card, DatePicker, Flex, Form, Input, Radio, Segmented, Select, Tag, Typography, Upload, theme } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../api/api-error';
import { handleApiError } from '../../../api/handle-api-error';
import { CodeText } from '../../../components/CodeText';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect';
import { FormModal } from '../../../components/FormModal';
import { PagedTable } from '../../../components/PagedTable';
import { PageHeader } from '../../../components/PageHeader';
import { usePagedQuery } from '../../../components/use-paged-query';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { useMe } from '../../identity/hooks/useAuth';
import { ActDateItem } from '../components/ActDateItem';
import { ClockTag } from '../components/CaseTags';
import { ImportRejection } from '../components/ImportRejection';
import { ReasonTable } from '../components/ReasonTable';
import { remainingText } from '../deadline-status';
import { isAfterToday, toIsoDates } from '../form-values';
import { useAbility } from '../hooks/useAbility';
import { assistanceApi, eventTemplateUrl, warningsUrl } from '../social-assistance.api';
import { labelOf, saText } from '../social-assistance.i18n';
import type { WarningPage, WarningView } from '../social-assistance.types';
import { bytesToBase64, importErrorRows, type ImportErrorRow } from '../upload-files';

const t = saText.warnings;

const CODE_OPTIONS = LOW_INCOME_WARNING_CODES.map((value) => ({ value, label: LOW_INCOME_WARNING_LABELS[value] }));
const OUTCOME_OPTIONS = WARNING_OUTCOMES.map((value) => ({ value, label: WARNING_OUTCOME_LABELS[value] }));

/** 预警任务: warnings of the low-income dynamic monitoring with their deadlines, and the outcome of each. */
export const WarningTaskPage = () => {
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const scope = useDivisionScope();
  const ability = useAbility();
  const canReview = ability('assistance:review', 'any');
  const isCounty = ability('assistance:review', 'county');
  const [status, setStatus] = useState('open');
  const [code, setCode] = useState<string | undefined>(undefined);
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const query = usePagedQuery<WarningPage>(
    (paging) =>
      warningsUrl({
        divisionId: scope.divisionId,
        status: status === 'all' ? undefined : status,
        code,
        asOf: asOf?.format('YYYY-MM-DD'),
        ...paging,
      }),
    50,
  );
  const reload = query.reload;
  const [handling, setHandling] = useState<WarningView | null>(null);
  const [evaluating, setEvaluating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [rejected, setRejected] = useState<{ fileName: string; message: string; rows: ImportErrorRow[] } | null>(null);

  const importEvents = async (file: File) => {
    setImporting(true);
    setRejected(null);
    try {
      const result = await assistanceApi.importEvents({
        fileName: file.name,
        contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
      });
      void message.success(t.eventsImported(Number(result['rows'] ?? 0), Number(result['matched'] ?? 0)));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'IMPORT_REJECTED') {
        setRejected({ fileName: file.name, message: error.message, rows: importErrorRows(error.details) });
      } else handleApiError(error);
    } finally {
      setImporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t.title}
        subTitle={scope.divisionName ? saText.common.scopeHint(scope.divisionName) : t.subtitle}
        extra={
          isCounty ? (
            <>
              <Button icon={<DownloadOutlined />} href={eventTemplateUrl} download>
                {t.eventTemplate}
              </Button>
              <Upload
                accept=".xlsx,.csv"
                showUploadList={false}
                beforeUpload={(file) => {
                  void importEvents(file);
                  return false;
                }}
              >
                <Button icon={<CloudUploadOutlined />} loading={importing}>
                  {t.importEvents}
                </Button>
              </Upload>
              <Button type="primary" icon={<ThunderboltOutlined />} onClick={() => setEvaluating(true)}>
                {t.evaluate}
              </Button>
            </>
          ) : null
        }
      />
      {rejected ? (
        <ImportRejection title={`${t.rejectedTitle}：${rejected.fileName}`} message={rejected.message} rows={rejected.rows} />
      ) : null}
      <Card size="small">
        <Flex gap={token.marginSM} wrap align="center" style={{ marginBottom: token.marginSM }}>
          <Segmented value={status} onChange={setStatus} options={Object.entries(t.filters).map(([value, label]) => ({ value, label }))} />
          <Select
            allowClear
            value={code}
            onChange={setCode}
            options={CODE_OPTIONS}
            placeholder={t.codePlaceholder}
            style={{ width: 200 }}
          />
          <span>
            <Typography.Text type="secondary">{saText.tasks.asOf}：</Typography.Text>
            <DatePicker value={asOf} onChange={setAsOf} disabledDate={isAfterToday} placeholder={saText.tasks.asOfHint} />
          </span>
        </Flex>
        <PagedTable<WarningView>
          query={query}
          data-testid="warning-tasks"
          locale={{ emptyText: t.empty }}
          scroll={{ x: 1200 }}
          expandable={{
            rowExpandable: (row) => (row.reasons ?? []).length > 0,
            expandedRowRender: (row) => <ReasonTable reasons={row.reasons ?? []} />,
          }}
          columns={[
            {
              title: saText.common.status,
              key: 'clock',
              width: 90,
              render: (_: unknown, row) =>
                row.status === 'closed' ? <Tag color="success">{t.filters['closed']}</Tag> : <ClockTag status={row.deadline.status} />,
            },
            { title: t.code, dataIndex: 'code', width: 170, render: (c: string) => labelOf(LOW_INCOME_WARNING_LABELS, c) },
            {
              title: saText.common.household,
              dataIndex: 'householdId',
              width: 80,
              render: (hid: number) => <Link to={scope.href(`/assistance/households/${hid}`)}>{saText.common.householdNo(hid)}</Link>,
            },
            { title: t.member, dataIndex: 'memberName', width: 90, render: (n: string | null) => n ?? zhCN.common.dash },
            { title: saText.common.division, dataIndex: 'divisionName', width: 110, ellipsis: true },
            { title: t.triggeredOn, dataIndex: 'triggeredOn', width: 105 },
            {
              title: t.dueOn,
              key: 'due',
              width: 230,
              render: (_: unknown, row) => (
                <>
                  <CodeText>{row.dueOn}</CodeText>{' '}
                  {row.status === 'open' ? (
                    <Typography.Text
                      type={row.deadline.status === 'overdue' ? 'danger' : row.deadline.status === 'due-soon' ? 'warning' : 'secondary'}
                    >
                      {remainingText(row.deadline)}
                    </Typography.Text>
                  ) : null}
                </>
              ),
            },
            { title: t.suggested, dataIndex: 'suggestedAction', ellipsis: true, render: (s: string | null) => s ?? zhCN.common.dash },
            {
              title: t.outcome,
              key: 'outcome',
              width: 200,
              render: (_: unknown, row) =>
                row.outcome ? (
                  <>
                    <Tag>{labelOf(WARNING_OUTCOME_LABELS, row.outcome)}</Tag>
                    <Typography.Text type="secondary">
                      {row.handledOn}
                      {row.referredTo ? ` · ${row.referredTo}` : ''}
                    </Typography.Text>
                  </>
                ) : (
                  zhCN.common.dash
                ),
            },
            {
              title: zhCN.common.actions,
              key: 'a',
              width: 120,
              fixed: 'right',
              render: (_: unknown, row) =>
                row.status === 'open' && canReview ? (
                  <Button size="small" type="link" onClick={() => setHandling(row)}>
                    {t.record}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      {handling ? (
        <OutcomeModal
          warning={handling}
          onClose={() => setHandling(null)}
          onDone={() => {
            setHandling(null);
            reload();
          }}
        />
      ) : null}
      {evaluating ? (
        <EvaluateModal
          onClose={() => setEvaluating(false)}
          onDone={() => {
            setEvaluating(false);
            reload();
          }}
        />
      ) : null}
    </>
  );
};

type OutcomeValues = { on: Dayjs; outcome: TWarningOutcome['outcome']; note?: string; referredTo?: string };

const OutcomeModal = ({ warning, onClose, onDone }: { warning: WarningView; onClose: () => void; onDone: () => void }) => {
  const [form] = Form.useForm<OutcomeValues>();
  const outcome = Form.useWatch('outcome', form);
  return (
    <FormModal<OutcomeValues>
      title={t.recordTitle}
      width={600}
      okText={t.record}
      form={form}
      hint={
        <>
          {labelOf(LOW_INCOME_WARNING_LABELS, warning.code)} · {warning.memberName ?? saText.common.householdNo(warning.householdId)} ·{' '}
          {warning.divisionName}
          {warning.suggestedAction ? ` · ${warning.suggestedAction}` : ''}
        </>
      }
      initialValues={{ on: dayjs(), outcome: 'assisted' }}
      submit={(raw) => {
        const v = toIsoDates(raw) as Omit<OutcomeValues, 'on'> & { on: string };
        return assistanceApi.recordWarningOutcome(warning.id, {
          on: v.on,
          outcome: v.outcome,
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
          ...(v.outcome === 'referred' && v.referredTo?.trim() ? { referredTo: v.referredTo.trim() } : {}),
        });
      }}
      success={t.recorded}
      onDone={onDone}
      onClose={onClose}
    >
      <ActDateItem label={t.handledOn} />
      <Form.Item name="outcome" label={t.outcome} rules={[{ required: true, message: t.outcomeRequired }]}>
        <Radio.Group optionType="button" options={OUTCOME_OPTIONS} />
      </Form.Item>
      {outcome === 'referred' ? (
        <Form.Item name="referredTo" label={t.referredTo} rules={[{ required: true, whitespace: true, message: t.referredToRequired }]}>
          <Input maxLength={100} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="note"
        label={t.note}
        rules={outcome === 'no-action' ? [{ required: true, whitespace: true, message: t.noteRequired }] : []}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
};

type EvaluateValues = { divisionId: number; asOf: Dayjs };

const EvaluateModal = ({ onClose, onDone }: { onClose: () => void; onDone: () => void }) => {
  const me = useMe();
  const root = me.assignments[0];
  const [form] = Form.useForm<EvaluateValues>();
  return (
    <FormModal<EvaluateValues, { warnings: number; households: number }>
      title={t.evaluateTitle}
      okText={t.evaluate}
      form={form}
      hint={t.evaluateHint}
      initialValues={{ divisionId: root?.divisionId, asOf: dayjs() }}
      submit={(raw) => assistanceApi.evaluateWarnings({ divisionId: raw.divisionId, asOf: raw.asOf.format('YYYY-MM-DD') })}
      success={(result) => t.evaluated(result.warnings, result.households)}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item name="divisionId" label={t.division} rules={[{ required: true, message: t.divisionRequired }]}>
        <DivisionTreeSelect valueLabel={root?.divisionName ?? null} />
      </Form.Item>
      <ActDateItem name="asOf" label={t.asOf} />
    </FormModal>
  );
};
