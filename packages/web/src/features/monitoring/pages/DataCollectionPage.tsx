import { CalculatorOutlined, DownloadOutlined, LockOutlined, SaveOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import type { ValueInputField } from '@mz/shared';
import { Alert, App, Button, Card, Empty, Flex, Popconfirm, Skeleton, Table, Typography, Upload, theme } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { handleApiError } from '../../../api/handle-api-error';
import { useApi } from '../../../api/useApi';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { useCan, useMe } from '../../identity/hooks/useAuth';
import {
  changedInputs,
  errorsByCell,
  importErrorRows,
  isComputedRow,
  missingDeviationNotes,
  type CellErrors,
  type Edits,
  type ImportErrorRow,
} from '../collection-form';
import { BindingLaggingAlert } from '../components/BindingLaggingAlert';
import { CollectionTable } from '../components/CollectionTable';
import { DeviationModal } from '../components/DeviationModal';
import { PlanSelect } from '../components/PlanSelect';
import { SignoffSteps } from '../components/SignoffSteps';
import { PeriodSelect } from '../components/PeriodSelect';
import { YearSelect } from '../components/YearSelect';
import { useMonitoringPlans } from '../hooks/useMonitoringPlans';
import { useMonitoringQuery } from '../hooks/useMonitoringQuery';
import { bindingLaggingItems, defaultEntryYear, planYears, preferredPlan } from '../monitoring-format';
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

/** The entry table of one plan × division × year; remounted (edits dropped) when any of them changes. */
const CollectionEditor = ({ form, onReload }: { form: CollectionForm; onReload: () => void }) => {
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const can = useCan();
  const [edits, setEdits] = useState<Edits>({});
  const [cellErrors, setCellErrors] = useState<CellErrors>(new Map());
  const [warnings, setWarnings] = useState<SaveWarning[]>([]);
  const [importErrors, setImportErrors] = useState<ImportErrorRow[] | null>(null);
  const [busy, setBusy] = useState<'save' | 'import' | 'submit' | 'template' | 'compute' | null>(null);
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

  const compute = async () => {
    setBusy('compute');
    try {
      const result = await monitoringApi.compute(form.plan.id, where);
      const rows = result.computedIndicators.reduce((sum, i) => sum + i.rows, 0);
      void message.success(c.computed(result.computedIndicators.filter((i) => i.rows > 0).length, rows));
      onReload();
    } catch (error) {
      handleApiError(error);
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
  // Import, compute and submit act on the whole year: offered in the yearly form only.
  const yearly = form.quarter === 0;
  const canCompute = yearly && can('monitoring:manage') && form.indicators.some(isComputedRow);
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
            {canCompute ? (
              <Popconfirm
                title={c.computeConfirm}
                description={<div style={{ maxWidth: 320 }}>{c.computeHint}</div>}
                okText={zhCN.common.submit}
                cancelText={zhCN.common.cancel}
                disabled={!canEdit}
                onConfirm={() => compute()}
              >
                <Button icon={<CalculatorOutlined />} disabled={!canEdit} loading={busy === 'compute'} data-testid="compute-button">
                  {c.compute}
                </Button>
              </Popconfirm>
            ) : null}
            {yearly ? (
              <>
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
              </>
            ) : null}
            <Button icon={<SaveOutlined />} type="primary" ghost disabled={!canEdit} loading={busy === 'save'} onClick={() => void save()}>
              {pending.length > 0 ? `${c.save}（${c.dirty(pending.length)}）` : c.save}
            </Button>
            {yearly ? (
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
            ) : null}
          </Flex>
        </Flex>
      </Card>
      {yearly ? null : (
        <Alert
          type="info"
          showIcon
          title={c.quarterModeTitle(form.year, form.quarter)}
          description={c.quarterModeHint}
          style={{ marginBottom: token.marginSM }}
          data-testid="quarter-mode-hint"
        />
      )}
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
      <CollectionTable form={form} edits={edits} cellErrors={cellErrors} canEdit={canEdit} onCell={setCell} onNote={setNoteFor} />
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
  const quarter = query.quarter;
  const formApi = useApi<CollectionForm>(plan && unit && year ? monitoringUrls.form(plan.id, { divisionId: unit, year, quarter }) : null);
  const form =
    formApi.data &&
    formApi.data.plan.id === plan?.id &&
    formApi.data.division.id === unit &&
    formApi.data.year === year &&
    formApi.data.quarter === quarter
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
            <PeriodSelect value={quarter} onChange={(q) => query.set({ quarter: q === 0 ? null : q })} />
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
            {c.context(form.division.name, form.year, form.plan.seedId, form.quarter)}
          </Typography.Paragraph>
          <CollectionEditor
            key={`${form.plan.id}:${form.division.id}:${form.year}:${form.quarter}`}
            form={form}
            onReload={formApi.reload}
          />
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
