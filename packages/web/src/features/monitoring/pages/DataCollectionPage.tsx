import { DownloadOutlined, LockOutlined, SaveOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import type { ValueInputField } from '@mz/shared';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Skeleton,
  Table,
  Tag,
  Tooltip,
  Typography,
  Upload,
  theme,
} from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { handleApiError } from '../../../api/handle-api-error';
import { useApi } from '../../../api/useApi';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { useMe } from '../../identity/hooks/useAuth';
import {
  changedInputs,
  cellValue,
  errorsByCell,
  importErrorRows,
  isComputedRow,
  missingDeviationNotes,
  needsDeviationNote,
  type CellErrors,
  type Edits,
  type ImportErrorRow,
} from '../collection-form';
import { BindingLaggingAlert } from '../components/BindingLaggingAlert';
import { PlanSelect } from '../components/PlanSelect';
import { SignoffSteps } from '../components/SignoffSteps';
import { AttributeTag, HeadlineTag } from '../components/VerdictTags';
import { YearSelect } from '../components/YearSelect';
import { useMonitoringPlans } from '../hooks/useMonitoringPlans';
import { useMonitoringQuery } from '../hooks/useMonitoringQuery';
import { bindingLaggingItems, defaultEntryYear, formatIndicatorValue, planYears, preferredPlan } from '../monitoring-format';
import {
  downloadFile,
  monitoringApi,
  monitoringUrls,
  readFileAsBase64,
  type CollectionForm,
  type FormIndicator,
  type SaveWarning,
  type TPlanOverview,
} from '../monitoring.api';
import { monitoringI18n } from '../monitoring.i18n';
import { finalReviewLevel } from '../signoff-chain';

const t = monitoringI18n;
const c = t.collection;

const SourceTag = ({ row }: { row: FormIndicator }) => {
  if (isComputedRow(row)) {
    return (
      <Tooltip title={row.blockedReason}>
        <Tag color="purple" icon={<LockOutlined />} style={{ marginInlineEnd: 0 }}>
          {t.sources.computedTag}
        </Tag>
      </Tooltip>
    );
  }
  if (!row.own) return <Typography.Text type="secondary">{c.notSubmittedValue}</Typography.Text>;
  return (
    <Tag color={row.own.source === 'demo' ? 'orange' : 'blue'} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {t.sources[row.own.source]}
    </Tag>
  );
};

const DeviationModal = ({
  row,
  onClose,
  onSave,
}: {
  row: FormIndicator | null;
  onClose: () => void;
  onSave: (text: string) => Promise<void>;
}) => {
  const [form] = Form.useForm<{ text: string }>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (row) form.setFieldsValue({ text: row.deviationNote ?? '' });
  }, [row, form]);
  return (
    <Modal
      open={row !== null}
      title={row ? c.deviationTitle(row.name) : ''}
      okText={zhCN.common.submit}
      cancelText={zhCN.common.cancel}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        let text: string;
        try {
          text = (await form.validateFields()).text;
        } catch {
          return; // the form shows what is missing
        }
        setSaving(true);
        try {
          await onSave(text);
        } catch (error) {
          handleApiError(error, { form });
        } finally {
          setSaving(false);
        }
      }}
    >
      {row?.verdict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={row.verdict.reasons[row.verdict.reasons.length - 1] ?? row.verdict.reasons[0]}
        />
      ) : null}
      <Form form={form} layout="vertical">
        <Form.Item name="text" label={c.deviation} rules={[{ required: true, min: 5, message: c.deviationMin }]}>
          <Input.TextArea rows={6} maxLength={4000} showCount placeholder={c.deviationPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
};

/** The entry table of one plan × division × year; remounted (edits dropped) when any of them changes. */
const CollectionEditor = ({ form, onReload }: { form: CollectionForm; onReload: () => void }) => {
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const [edits, setEdits] = useState<Edits>({});
  const [cellErrors, setCellErrors] = useState<CellErrors>(new Map());
  const [warnings, setWarnings] = useState<SaveWarning[]>([]);
  const [importErrors, setImportErrors] = useState<ImportErrorRow[] | null>(null);
  const [busy, setBusy] = useState<'save' | 'import' | 'submit' | 'template' | null>(null);
  const [noteFor, setNoteFor] = useState<FormIndicator | null>(null);
  const pending = changedInputs(form.indicators, edits);
  const missingNotes = missingDeviationNotes(form.indicators);
  const where = { divisionId: form.division.id, year: form.year };

  const setCell = (row: FormIndicator, field: ValueInputField, value: number | null) =>
    setEdits((previous) => ({ ...previous, [row.id]: { ...previous[row.id], [field]: value } }));

  const save = async () => {
    if (pending.length === 0) {
      void message.info(c.noChanges);
      return;
    }
    setBusy('save');
    setCellErrors(new Map());
    try {
      const result = await monitoringApi.saveValues(form.plan.id, { ...where, quarter: form.quarter, values: pending });
      setWarnings(result.warnings);
      void message.success(c.saved(result.saved + result.cleared));
      setEdits({});
      onReload();
    } catch (error) {
      if (error instanceof ApiError && error.details.some((d) => d.path.startsWith('values.'))) {
        setCellErrors(errorsByCell(error.details, pending));
        void message.error(error.message);
      } else {
        handleApiError(error);
      }
    } finally {
      setBusy(null);
    }
  };

  const importFile = async (file: File) => {
    setBusy('import');
    setImportErrors(null);
    try {
      const result = await monitoringApi.importValues(form.plan.id, {
        ...where,
        fileName: file.name,
        fileBase64: await readFileAsBase64(file),
      });
      setWarnings(
        result.warnings.map((w) => ({
          indicatorCode: w.indicatorCode,
          message: w.row ? `${zhCN.errors.detailRow(w.row)}：${w.message}` : w.message,
        })),
      );
      void message.success(c.imported(result.imported, result.fileName));
      setEdits({});
      onReload();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'IMPORT_REJECTED') setImportErrors(importErrorRows(error.details));
      else handleApiError(error);
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    setBusy('submit');
    try {
      await monitoringApi.submit(form.plan.id, where);
      void message.success(c.submitted);
      onReload();
    } catch (error) {
      handleApiError(error);
    } finally {
      setBusy(null);
    }
  };

  const template = async () => {
    setBusy('template');
    try {
      await downloadFile(monitoringUrls.template(form.plan.id, where), `${form.plan.seedId}_${form.division.code}_${form.year}.xlsx`);
    } catch (error) {
      handleApiError(error);
    } finally {
      setBusy(null);
    }
  };

  const canEdit = !form.locked;
  const submission = form.submission;

  return (
    <>
      <Card size="small" style={{ marginBottom: token.marginSM }}>
        <Flex justify="space-between" align="center" wrap gap={token.margin}>
          <div style={{ flex: 1, minWidth: 420 }}>
            <SignoffSteps
              unitLevel={form.division.level}
              finalLevel={finalReviewLevel(form.plan.level)}
              status={submission?.status ?? null}
              nextReviewLevel={submission?.nextReviewLevel ?? null}
            />
          </div>
          <Flex gap={token.marginXS} wrap>
            <Button icon={<DownloadOutlined />} loading={busy === 'template'} onClick={() => void template()}>
              {c.template}
            </Button>
            <Upload
              accept=".xlsx"
              showUploadList={false}
              disabled={!canEdit}
              beforeUpload={(file) => {
                void importFile(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={busy === 'import'} disabled={!canEdit}>
                {busy === 'import' ? c.importing : c.import}
              </Button>
            </Upload>
            <Button icon={<SaveOutlined />} type="primary" ghost disabled={!canEdit} loading={busy === 'save'} onClick={() => void save()}>
              {pending.length > 0 ? `${c.save}（${c.dirty(pending.length)}）` : c.save}
            </Button>
            <Popconfirm
              title={c.submitConfirm}
              description={
                <div style={{ maxWidth: 320 }}>
                  {c.submitHint}
                  {missingNotes > 0 ? <div style={{ color: token.colorError }}>{c.missingNotes(missingNotes)}</div> : null}
                </div>
              }
              okText={zhCN.common.submit}
              cancelText={zhCN.common.cancel}
              disabled={!canEdit || pending.length > 0}
              onConfirm={() => submit()}
            >
              <Button icon={<SendOutlined />} type="primary" disabled={!canEdit || pending.length > 0} loading={busy === 'submit'}>
                {c.submit}
              </Button>
            </Popconfirm>
          </Flex>
        </Flex>
      </Card>
      {form.locked ? (
        <Alert
          type="warning"
          showIcon
          icon={<LockOutlined />}
          title={c.lockedTitle}
          description={c.lockedHint(submission?.statusLabel ?? '')}
          style={{ marginBottom: token.marginSM }}
          data-testid="collection-locked"
        />
      ) : null}
      {submission?.status === 'returned' && submission.returnReason ? (
        <Alert
          type="error"
          showIcon
          title={c.returnedTitle}
          description={c.returnedHint(submission.returnReason)}
          style={{ marginBottom: token.marginSM }}
        />
      ) : null}
      {canEdit && form.indicators.length > 0 && form.indicators.every((i) => !i.entryAllowed && !isComputedRow(i)) ? (
        <Alert type="info" showIcon title={c.allBlocked} style={{ marginBottom: token.marginSM }} />
      ) : null}
      {missingNotes > 0 && canEdit ? (
        <Alert type="warning" showIcon title={c.missingNotes(missingNotes)} style={{ marginBottom: token.marginSM }} />
      ) : null}
      {importErrors ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setImportErrors(null) }}
          style={{ marginBottom: token.marginSM }}
          title={c.importErrorsTitle(importErrors.length)}
          description={
            <Table<ImportErrorRow>
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={importErrors}
              data-testid="import-errors"
              columns={[
                { title: c.importErrorRow, dataIndex: 'row', width: 70, render: (row: number | null) => row ?? zhCN.common.dash },
                { title: c.importErrorColumn, dataIndex: 'column', width: 160 },
                { title: c.importErrorMessage, dataIndex: 'message' },
              ]}
            />
          }
        />
      ) : null}
      {warnings.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setWarnings([]) }}
          style={{ marginBottom: token.marginSM }}
          title={c.warningsTitle}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {warnings.map((w, index) => (
                <li key={index}>
                  {w.indicatorCode}：{w.message}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Card size="small">
        <Table<FormIndicator>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={form.indicators}
          scroll={{ x: 1200 }}
          data-testid="collection-table"
          onRow={(row) => (row.attribute === 'binding' && row.verdict?.isLagging ? { style: { background: token.colorErrorBg } } : {})}
          columns={[
            {
              title: t.common.indicator,
              key: 'indicator',
              width: 300,
              render: (_, row) => (
                <Flex vertical gap={2}>
                  <Typography.Text strong>{row.name}</Typography.Text>
                  <Flex gap={6} align="center" wrap>
                    <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                      {row.code}
                    </Typography.Text>
                    <AttributeTag attribute={row.attribute} />
                    <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                      {t.common.target}：{row.targetPrinted}
                      {row.unit ? `（${row.unit}）` : ''}
                    </Typography.Text>
                  </Flex>
                </Flex>
              ),
            },
            {
              title: c.fields,
              key: 'fields',
              width: 330,
              render: (_, row) => {
                const errors = cellErrors.get(row.id) ?? {};
                const editable = canEdit && row.entryAllowed;
                return (
                  <Flex vertical gap={4}>
                    {row.fields.map((f) => (
                      <Flex key={f.field} vertical>
                        <Flex align="center" gap={8}>
                          <Typography.Text type="secondary" style={{ width: 150, fontSize: token.fontSizeSM, flex: 'none' }}>
                            {f.label}
                          </Typography.Text>
                          <InputNumber<number>
                            size="small"
                            aria-label={`${row.code} ${f.label}`}
                            value={cellValue(row, f.field, edits)}
                            disabled={!editable}
                            status={errors[f.field] ? 'error' : undefined}
                            onChange={(value) => setCell(row, f.field, value ?? null)}
                            style={{ width: 140 }}
                          />
                        </Flex>
                        {errors[f.field]?.map((e) => (
                          <Typography.Text key={e} type="danger" style={{ fontSize: token.fontSizeSM }}>
                            {e}
                          </Typography.Text>
                        ))}
                      </Flex>
                    ))}
                    {!row.entryAllowed && row.blockedReason && !form.locked ? (
                      <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                        <LockOutlined /> {row.blockedReason}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                );
              },
            },
            {
              title: c.previous,
              key: 'previous',
              width: 90,
              align: 'right',
              render: (_, row) => formatIndicatorValue(row.previousValue, row.unit),
            },
            {
              title: c.current,
              key: 'current',
              width: 110,
              align: 'right',
              render: (_, row) => (
                <Flex vertical align="flex-end">
                  <Typography.Text strong>{formatIndicatorValue(row.own?.rowValue, row.unit)}</Typography.Text>
                  {row.rolledUp && row.rolledUp.units > 1 ? (
                    <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                      {c.rolledUp} {formatIndicatorValue(row.rolledUp.value, row.unit)}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            { title: c.source, key: 'source', width: 100, render: (_, row) => <SourceTag row={row} /> },
            {
              title: t.common.schedule,
              key: 'verdict',
              width: 90,
              render: (_, row) => (row.verdict ? <HeadlineTag verdict={row.verdict} /> : null),
            },
            {
              title: c.deviation,
              key: 'deviation',
              width: 200,
              render: (_, row) => {
                if (!needsDeviationNote(row) && !row.deviationNote) return null;
                const missing = needsDeviationNote(row) && !row.deviationNote;
                return (
                  <Flex vertical gap={2} align="flex-start">
                    {row.deviationNote ? (
                      <Typography.Paragraph
                        ellipsis={{ rows: 2, tooltip: row.deviationNote }}
                        style={{ margin: 0, fontSize: token.fontSizeSM }}
                      >
                        {row.deviationNote}
                      </Typography.Paragraph>
                    ) : null}
                    {canEdit ? (
                      <Button
                        size="small"
                        danger={missing}
                        type={missing ? 'primary' : 'link'}
                        onClick={() => setNoteFor(row)}
                        style={missing ? undefined : { padding: 0 }}
                      >
                        {row.deviationNote ? c.deviationEdit : c.deviationAdd}
                      </Button>
                    ) : null}
                  </Flex>
                );
              },
            },
          ]}
        />
      </Card>
      <DeviationModal
        row={noteFor}
        onClose={() => setNoteFor(null)}
        onSave={async (text) => {
          if (!noteFor) return;
          await monitoringApi.saveDeviationNote(form.plan.id, { ...where, indicatorId: noteFor.id, text });
          void message.success(c.deviationSaved);
          setNoteFor(null);
          onReload();
        }}
      />
    </>
  );
};

export const DataCollectionPage = () => {
  const me = useMe();
  const query = useMonitoringQuery();
  const plans = useMonitoringPlans().data ?? [];
  const plan =
    plans.find((p) => p.id === query.plan) ??
    preferredPlan(
      plans,
      me.assignments.map((a) => a.divisionCode),
    );
  // The default division and year come from the plan's overview for this user (their own level, latest data).
  const overview = useApi<TPlanOverview>(plan && (query.unit === null || query.year === null) ? monitoringUrls.overview(plan.id) : null, {
    silent: true,
  }).data;
  const unit = query.unit ?? overview?.division.id ?? null;
  const year = query.year ?? overview?.year ?? (plan ? defaultEntryYear(plan, new Date()) : null);
  const formApi = useApi<CollectionForm>(plan && unit && year ? monitoringUrls.form(plan.id, { divisionId: unit, year }) : null);
  const form =
    formApi.data && formApi.data.plan.id === plan?.id && formApi.data.division.id === unit && formApi.data.year === year
      ? formApi.data
      : null;

  return (
    <>
      <PageHeader
        title={c.title}
        subTitle={c.subTitle}
        extra={
          <>
            <PlanSelect plans={plans} value={plan?.id ?? null} onChange={(id) => query.set({ plan: id, unit: null })} />
            <DivisionTreeSelect
              value={unit}
              valueLabel={form?.division.name ?? overview?.division.name}
              allowClear={false}
              placeholder={t.common.divisionPlaceholder}
              onChange={(id) => query.set({ unit: id })}
              style={{ width: 200 }}
            />
            <YearSelect years={plan ? planYears(plan) : []} value={year} onChange={(y) => query.set({ year: y })} />
          </>
        }
      />
      {form ? (
        <>
          <BindingLaggingAlert
            items={bindingLaggingItems(
              form.indicators.map((i) => ({
                ...i,
                latest: i.verdict,
                isBindingLagging: i.attribute === 'binding' && i.verdict?.isLagging === true,
              })),
            )}
          />
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {c.context(form.division.name, form.year, form.plan.seedId)}
          </Typography.Paragraph>
          <CollectionEditor key={`${form.plan.id}:${form.division.id}:${form.year}`} form={form} onReload={formApi.reload} />
        </>
      ) : formApi.error ? (
        <Card>
          <Empty description={formApi.error.message} />
        </Card>
      ) : plan && unit && year ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        <Card>
          <Empty description={c.choose} />
        </Card>
      )}
    </>
  );
};
