import type {
  MapColour,
  ReportKind,
  SubmissionStatus,
  TCascadeAdoption,
  TCascadeMatrix,
  TCascadeRow,
  TCollectionForm,
  TDeviationNoteResult,
  TDrillCell,
  TDrillChild,
  TDrillDown,
  TFormField,
  TFormIndicator,
  TImportResult,
  TIndicatorDetail,
  TMapFeature,
  TMapFeatureProperties,
  TMonitoringCutOffsPut,
  TMonitoringDeviationNote,
  TMonitoringImportRequest,
  TMonitoringPlanSummary,
  TMonitoringSourceNote,
  TMonitoringValuesPut,
  TOverviewIndicator,
  TPlanCutOffs,
  TPlanOverview,
  TPlanRegister,
  TPlanRegisterIndicator,
  TSaveResult,
  TSubmission,
  TSubmissionDetail,
  TSubmissionEvent,
  TVerdictMap,
  TVerdictSummary,
  ValueInputField,
} from '@mz/shared';
import { ApiError, parseErrorBody } from '../../api/api-error';
import { http } from '../../api/http-client';
import { buildUrl } from '../../api/url';
import { zhCN } from '../../i18n/zh-CN';

// Calls of the server's monitoring module (/api/monitoring/…). Every response type is the shared
// contract of @mz/shared (the server returns exactly those); the short names below are aliases.

export type { MapColour, TIndicatorDetail, TMonitoringPlanSummary, TOverviewIndicator, TPlanOverview, TVerdictSummary };
export type { AttributeStrength, TargetStrength } from '@mz/shared';

export type SourceNote = TMonitoringSourceNote;
export type PlanRegisterIndicator = TPlanRegisterIndicator;
export type PlanRegister = TPlanRegister;
export type DrillCell = TDrillCell;
export type DrillChild = TDrillChild;
export type DrillDown = TDrillDown;
export type MapFeatureProperties = TMapFeatureProperties;
export type MapFeature = TMapFeature;
export type VerdictMap = TVerdictMap;
export type CascadeAdoption = TCascadeAdoption;
export type CascadeRow = TCascadeRow;
export type CascadeMatrix = TCascadeMatrix;
export type FormField = TFormField;
export type FormValues = Partial<Record<ValueInputField, number | null>>;
export type FormIndicator = TFormIndicator;
export type CollectionForm = TCollectionForm;
export type SaveWarning = TSaveResult['warnings'][number];
export type SaveResult = TSaveResult;
export type ImportResult = TImportResult;
export type Submission = TSubmission;
export type SubmissionEvent = TSubmissionEvent;
export type SubmissionDetail = TSubmissionDetail;
export type PlanCutOffs = TPlanCutOffs;

export type ComputeResult = {
  year: number;
  computedIndicators: { indicator: string; source: string; rows: number }[];
  availableSources: { code: string; label: string }[];
};

const base = '/api/monitoring';

type Scope = { divisionId?: number | null | undefined; year?: number | null | undefined };

export const monitoringUrls = {
  plans: () => `${base}/plans`,
  plan: (planId: number) => `${base}/plans/${planId}`,
  cascade: () => `${base}/cascade`,
  overview: (planId: number, scope: Scope = {}) => buildUrl(`${base}/plans/${planId}/overview`, scope),
  drillDown: (planId: number, divisionId: number, query: { year?: number | null; indicatorId?: number | null } = {}) =>
    buildUrl(`${base}/plans/${planId}/divisions/${divisionId}/children`, query),
  indicator: (indicatorId: number, scope: Scope = {}) => buildUrl(`${base}/indicators/${indicatorId}`, scope),
  map: (divisionId: number, query: { planId: number; indicatorId?: number | null; year?: number | null }) =>
    buildUrl(`${base}/map/${divisionId}`, query),
  form: (planId: number, query: { divisionId: number; year: number; quarter?: number }) =>
    buildUrl(`${base}/plans/${planId}/values`, query),
  template: (planId: number, query: { divisionId: number; year: number }) => buildUrl(`${base}/plans/${planId}/template.xlsx`, query),
  submissions: (planId: number, query: { divisionId?: number | null; year?: number | null; status?: SubmissionStatus | null } = {}) =>
    buildUrl(`${base}/plans/${planId}/submissions`, query),
  submission: (id: number) => `${base}/submissions/${id}`,
  cutOffs: (planId: number) => `${base}/plans/${planId}/cut-offs`,
  report: (planId: number, format: 'docx' | 'xlsx', query: { divisionId?: number | null; kind: ReportKind; year?: number | null }) =>
    buildUrl(`${base}/plans/${planId}/report.${format}`, query),
};

export const monitoringApi = {
  saveValues: (planId: number, body: TMonitoringValuesPut) => http.put<SaveResult>(`${base}/plans/${planId}/values`, body),
  importValues: (planId: number, body: TMonitoringImportRequest) => http.post<ImportResult>(`${base}/plans/${planId}/import`, body),
  saveDeviationNote: (planId: number, body: TMonitoringDeviationNote) =>
    http.put<TDeviationNoteResult>(`${base}/plans/${planId}/deviation-notes`, body),
  submit: (planId: number, body: { divisionId: number; year: number }) =>
    http.post<Submission>(`${base}/plans/${planId}/submissions`, body),
  compute: (planId: number, body: { divisionId: number; year: number }) =>
    http.post<ComputeResult>(`${base}/plans/${planId}/compute`, body),
  submission: (id: number) => http.get<SubmissionDetail>(monitoringUrls.submission(id)),
  saveCutOffs: (planId: number, body: TMonitoringCutOffsPut) => http.put<PlanCutOffs>(monitoringUrls.cutOffs(planId), body),
  approve: (id: number, comment?: string) => http.post<Submission>(`${base}/submissions/${id}/approve`, comment ? { comment } : {}),
  returnSubmission: (id: number, reason: string) => http.post<Submission>(`${base}/submissions/${id}/return`, { reason }),
};

/** The file name of a `content-disposition: attachment; filename*=UTF-8''…` header. */
export const fileNameFromDisposition = (header: string | null, fallback: string): string => {
  if (!header) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      return fallback;
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
};

/**
 * Downloads a generated file (report, template) with the session cookie. A failure comes back as
 * JSON and is thrown as an ApiError, so it reaches handleApiError like any other call.
 */
export const downloadFile = async (url: string, fallbackName: string): Promise<string> => {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: zhCN.errors.network });
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw parseErrorBody(response.status, body);
  }
  const blob = await response.blob();
  const name = fileNameFromDisposition(response.headers.get('content-disposition'), fallbackName);
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = name;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
};

/** A chosen file as base64 (for POST …/import). */
export const readFileAsBase64 = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = String(reader.result ?? '');
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
