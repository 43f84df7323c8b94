import type {
  AggregationMethod,
  IndicatorAttribute,
  PlanLevel,
  ReportKind,
  ReviewLevel,
  SubmissionStatus,
  TIndicatorDetail,
  TMonitoringDeviationNote,
  TMonitoringDivisionRef,
  TMonitoringImportRequest,
  TMonitoringPlanSummary,
  TMonitoringValuesPut,
  TOverviewIndicator,
  TPlanOverview,
  TVerdictSummary,
  ValueInputField,
  ValueKind,
} from '@mz/shared';
import { ApiError, parseErrorBody } from '../../api/api-error';
import { http } from '../../api/http-client';
import { buildUrl } from '../../api/url';
import { zhCN } from '../../i18n/zh-CN';

// Calls of the server's monitoring module (/api/monitoring/…). The response types the shared
// contract documents are imported; the others are written down here as the server returns them.

export type { TIndicatorDetail, TMonitoringPlanSummary, TOverviewIndicator, TPlanOverview, TVerdictSummary };

export type SourceNote = { kind: string; printed: string | null; message: string };

/** GET /plans/:planId: the register of one plan (the overview table needs its notes). */
export type PlanRegisterIndicator = {
  id: number;
  code: string;
  tableId: string;
  source: string;
  rowNumber: string | null;
  category: string | null;
  name: string;
  namePrinted: string;
  unit: string | null;
  inputUnit: string | null;
  valueKind: ValueKind;
  ratioFactor: number | null;
  direction: string;
  attribute: IndicatorAttribute | null;
  printedAttribute: string | null;
  aggregationMethod: AggregationMethod;
  reportingLevel: string | null;
  baseline: { year: number | null; value: number | null; printed: string | null };
  target: { year: number; value: number | null; printed: string };
  interimTargets: { year: number; value: number | null; printed: string }[];
  cascade: { kind: string; nationalCode: string | null; localConcept: string | null; note: string | null }[];
  notes: SourceNote[];
};

export type PlanRegister = TMonitoringPlanSummary & {
  documentKind: string;
  issuedOn: string | null;
  notes: SourceNote[];
  tables: { kind: string; title: string | null; tableId: string; rowCount: number }[];
  indicators: PlanRegisterIndicator[];
};

export type DrillCell = {
  indicatorId: number;
  value: number | null;
  units: number;
  numerator: number | null;
  denominator: number | null;
  verdict: TVerdictSummary | null;
};

export type DrillChild = {
  division: TMonitoringDivisionRef & { hasChildren: boolean };
  cells: DrillCell[];
  laggingCount: number;
  bindingLaggingCount: number;
};

export type DrillDown = {
  plan: TMonitoringPlanSummary;
  division: TMonitoringDivisionRef;
  /** Drill-up path (top down), without the division itself. */
  ancestors: TMonitoringDivisionRef[];
  year: number | null;
  indicators: TOverviewIndicator[];
  children: DrillChild[];
};

export type MapColour = 'ahead' | 'on_track' | 'lagging' | 'seriously_lagging' | 'no_schedule' | 'no_data';

export type MapFeatureProperties = {
  name?: string;
  divisionId: number | null;
  divisionCode: string | null;
  divisionName: string;
  indicatorCount: number;
  laggingCount: number;
  bindingLaggingCount: number;
  value: number | null;
  targetVerdict: string | null;
  scheduleVerdict: string | null;
  colour: MapColour;
};

export type MapFeature = { type: 'Feature'; id?: string; properties: MapFeatureProperties; geometry: unknown };

export type VerdictMap =
  | { available: false; message: string; division: TMonitoringDivisionRef }
  | {
      available: true;
      division: TMonitoringDivisionRef;
      year: number | null;
      indicatorId: number | null;
      geojson: { type: 'FeatureCollection'; features: MapFeature[] };
    };

export type TargetStrength = 'weaker' | 'equal' | 'stronger' | 'not_comparable';
export type AttributeStrength = 'weaker' | 'equal' | 'stronger' | 'unknown';

export type CascadeAdoption = {
  seedId: string;
  planId: number | null;
  level: PlanLevel;
  indicatorCode: string;
  linkKind: string;
  name: string;
  source: string;
  baselinePrinted: string | null;
  targets: { year: number; printed: string }[];
  attribute: IndicatorAttribute | null;
  printedAttribute: string | null;
  targetStrength: TargetStrength | null;
  attributeStrength: AttributeStrength | null;
  isWeakerThanNational: boolean;
  reasons: string[];
};

export type CascadeRow = {
  conceptKey: string;
  conceptName: string;
  national: {
    code: string;
    name: string;
    unit: string | null;
    targets: { year: number; printed: string }[];
    printedAttribute: string | null;
    attribute: IndicatorAttribute | null;
  } | null;
  adoptions: CascadeAdoption[];
  weakerCount: number;
};

export type CascadeMatrix = {
  plans: { id: number; seedId: string; title: string | null; level: PlanLevel; divisionName: string }[];
  rows: CascadeRow[];
};

export type FormField = { field: ValueInputField; label: string };

export type FormValues = Partial<Record<ValueInputField, number | null>>;

export type FormIndicator = {
  id: number;
  code: string;
  name: string;
  unit: string | null;
  inputUnit: string | null;
  valueKind: ValueKind;
  attribute: IndicatorAttribute | null;
  targetPrinted: string;
  fields: FormField[];
  own:
    | (Record<ValueInputField, number | null> & {
        source: 'computed' | 'reported' | 'demo';
        note: string | null;
        rowValue: number | null;
        enteredAt: string;
      })
    | null;
  previousValue: number | null;
  rolledUp: { value: number | null; units: number } | null;
  entryAllowed: boolean;
  blockedReason: string | null;
  deviationNote: string | null;
  verdict: TVerdictSummary | null;
};

export type CollectionForm = {
  plan: TMonitoringPlanSummary;
  division: TMonitoringDivisionRef;
  year: number;
  quarter: number;
  submission: {
    id: number;
    status: SubmissionStatus;
    statusLabel: string;
    nextReviewLevel: ReviewLevel | null;
    returnReason: string | null;
  } | null;
  locked: boolean;
  indicators: FormIndicator[];
};

export type SaveWarning = { indicatorCode: string; field?: string; code?: string; message: string };
export type SaveResult = { saved: number; cleared: number; warnings: SaveWarning[] };
export type ImportResult = {
  imported: number;
  fileName: string;
  sha256: string;
  warnings: { row: number | null; indicatorCode: string; message: string }[];
};

export type Submission = {
  id: number;
  planId: number;
  planSeedId: string;
  planTitle: string | null;
  division: TMonitoringDivisionRef;
  year: number;
  status: SubmissionStatus;
  statusLabel: string;
  nextReviewLevel: ReviewLevel | null;
  finalLevel: ReviewLevel;
  isLocked: boolean;
  isFinal: boolean;
  returnReason: string | null;
  submittedAt: string | null;
  lastActionAt: string;
  canReview: boolean;
};

export type SubmissionEvent = {
  id: number;
  action: 'submit' | 'approve' | 'return';
  from_status: string;
  to_status: string;
  review_level: ReviewLevel | null;
  reason: string | null;
  at: string;
  actor_name: string | null;
};

export type SubmissionDetail = Submission & { events: SubmissionEvent[] };

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
  report: (planId: number, format: 'docx' | 'xlsx', query: { divisionId?: number | null; kind: ReportKind; year?: number | null }) =>
    buildUrl(`${base}/plans/${planId}/report.${format}`, query),
};

export const monitoringApi = {
  saveValues: (planId: number, body: TMonitoringValuesPut) => http.put<SaveResult>(`${base}/plans/${planId}/values`, body),
  importValues: (planId: number, body: TMonitoringImportRequest) => http.post<ImportResult>(`${base}/plans/${planId}/import`, body),
  saveDeviationNote: (planId: number, body: TMonitoringDeviationNote) =>
    http.put<{ id: number; indicatorId: number; year: number; text: string; updatedAt: string }>(
      `${base}/plans/${planId}/deviation-notes`,
      body,
    ),
  submit: (planId: number, body: { divisionId: number; year: number }) =>
    http.post<Submission>(`${base}/plans/${planId}/submissions`, body),
  submission: (id: number) => http.get<SubmissionDetail>(monitoringUrls.submission(id)),
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
