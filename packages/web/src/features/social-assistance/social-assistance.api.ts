import type {
  Page,
  TApplicationCreate,
  TFileUpload,
  THouseholdChangeRequest,
  THouseholdCreate,
  THouseholdUpdate,
  TIncomeItemInput,
  TMemberUpdate,
  TObligorInput,
  TPaymentAccountPut,
  TWarningOutcome,
  TPaymentRollGenerate,
  TPaymentRollView,
  TPropertyItemInput,
  TReconciliationSummary,
  TAuthorisationCreate,
  TDocumentUpload,
  BankFileFormat,
} from '@mz/shared';
import { ApiError, parseErrorBody } from '../../api/api-error';
import { http } from '../../api/http-client';
import { buildUrl, type Query } from '../../api/url';
import { zhCN } from '../../i18n/zh-CN';
import type {
  ApplicationListItem,
  BankResultImport,
  ImportResult,
  PaymentLine,
  THouseholdSummary,
  TPersonalData,
  WarningEvaluation,
} from './social-assistance.types';

// Calls of the server's social-assistance module (/api/assistance/…): registry, workflow, 公示,
// import and payments. GET urls are built here and read with useApi; writes go through `http`.

const A = '/api/assistance';

export type HouseholdSearch = {
  name?: string | undefined;
  citizenId?: string | undefined;
  status?: string | undefined;
  programme?: string | undefined;
  divisionId?: number | null | undefined;
  page: number;
  pageSize: number;
};

export const householdSearchUrl = (query: HouseholdSearch) => buildUrl(`${A}/households`, query);
/** 家庭档案导出 (streamed by the server; the browser's own download takes it, with progress). */
export const householdExportUrl = (query: Omit<HouseholdSearch, 'page' | 'pageSize'> & { format: 'csv' | 'xlsx' }) =>
  buildUrl(`${A}/households/export`, query);
export const householdUrl = (id: number) => `${A}/households/${id}`;
export type HouseholdPage = Page<THouseholdSummary>;

export type ApplicationSearch = {
  status?: string | undefined;
  programme?: string | undefined;
  divisionId?: number | null | undefined;
  householdId?: number | undefined;
  page: number;
  pageSize: number;
};
export const applicationSearchUrl = (query: ApplicationSearch) => buildUrl(`${A}/applications`, query);
export const applicationUrl = (id: number) => `${A}/applications/${id}`;
export type ApplicationPage = Page<ApplicationListItem>;

export const nextStepsUrl = (id: number) => `${A}/applications/${id}/next-steps`;

export const tasksUrl = (query: {
  level: string;
  status: string;
  divisionId?: number | null | undefined;
  asOf?: string | undefined;
  page: number;
  pageSize: number;
}) => buildUrl(`${A}/tasks`, query);
export const publicitiesUrl = (query: { divisionId?: number | null | undefined; asOf?: string | undefined }) =>
  buildUrl(`${A}/publicities`, query);
export const countySettingUrl = (countyId: number) => `${A}/county-settings/${countyId}`;
export const documentUrl = (applicationId: number, documentId: number) => `${A}/applications/${applicationId}/documents/${documentId}`;
export const householdTemplateUrl = `${A}/import/households/template`;

export const rollsUrl = (query: { divisionId?: number | null | undefined; month?: string | undefined; status?: string | undefined }) =>
  buildUrl(`${A}/payments/rolls`, query);
export const rollUrl = (id: number) => `${A}/payments/rolls/${id}`;
export const rollLinesUrl = (
  id: number,
  query: { status?: string | undefined; kind?: string | undefined; page: number; pageSize: number },
) => buildUrl(`${A}/payments/rolls/${id}/lines`, query as Query);
export const reconciliationUrl = (id: number) => `${A}/payments/rolls/${id}/reconciliation`;
export const accountsUrl = (householdId: number) => `${A}/payments/accounts/${householdId}`;
export const warningsUrl = (query: {
  divisionId?: number | null | undefined;
  status?: string | undefined;
  code?: string | undefined;
  asOf?: string | undefined;
  page: number;
  pageSize: number;
}) => buildUrl(`${A}/monitoring/warnings`, query);
export const eventTemplateUrl = `${A}/monitoring/events/template`;
export type RollList = { items: TPaymentRollView[] };
export type LinePage = Page<PaymentLine>;
export type { TPaymentRollView, TReconciliationSummary };

/** POST that answers with a file (bank file export): saved through a temporary link; errors are ApiErrors. */
const downloadPost = async (path: string, body: unknown, fallbackName: string) => {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: '*/*' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: zhCN.errors.network });
  }
  if (!response.ok) throw parseErrorBody(response.status, await readBody(response));
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  const fileName = match?.[1] ? decodeURIComponent(match[1]) : fallbackName;
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
};

export const assistanceApi = {
  createHousehold: (body: THouseholdCreate) => http.post<{ id: number; version: number }>(`${A}/households`, body),
  updateHousehold: (id: number, body: THouseholdUpdate) => http.patch<unknown>(householdUrl(id), body),
  updateMember: (id: number, memberId: number, body: TMemberUpdate) => http.put<unknown>(`${householdUrl(id)}/members/${memberId}`, body),
  readPersonalData: (id: number) => http.get<TPersonalData>(`${householdUrl(id)}/personal-data`),
  addObligor: (id: number, body: TObligorInput) => http.post<{ id: number }>(`${householdUrl(id)}/obligors`, body),
  removeObligor: (id: number, itemId: number) => http.delete<unknown>(`${householdUrl(id)}/obligors/${itemId}`),
  addIncomeItems: (id: number, items: TIncomeItemInput[]) => http.post<{ ids: number[] }>(`${householdUrl(id)}/income-items`, { items }),
  removeIncomeItem: (id: number, itemId: number) => http.delete<unknown>(`${householdUrl(id)}/income-items/${itemId}`),
  addPropertyItem: (id: number, body: TPropertyItemInput) => http.post<{ id: number }>(`${householdUrl(id)}/property-items`, body),
  removePropertyItem: (id: number, itemId: number) => http.delete<unknown>(`${householdUrl(id)}/property-items/${itemId}`),
  requestChange: (id: number, body: THouseholdChangeRequest) =>
    http.post<{ id: number; status: string }>(`${householdUrl(id)}/changes`, body),
  applyChange: (changeId: number, note?: string) => http.post<unknown>(`${A}/household-changes/${changeId}/apply`, note ? { note } : {}),
  rejectChange: (changeId: number, note?: string) => http.post<unknown>(`${A}/household-changes/${changeId}/reject`, note ? { note } : {}),

  createApplication: (body: TApplicationCreate) =>
    http.post<{ id: number; status: string; currentStep: string; oneTimeNotice: string[] }>(`${A}/applications`, body),
  /** One workflow step of a case: `path` relative to the case (accept, investigation, decision …). */
  caseAction: (applicationId: number, path: string, body: unknown) => http.post<unknown>(`${applicationUrl(applicationId)}/${path}`, body),
  respondVerification: (requestId: number, on: string) => http.post<unknown>(`${A}/verifications/${requestId}/respond`, { on }),
  uploadDocument: (applicationId: number, body: TDocumentUpload) =>
    http.post<{ id: number }>(`${applicationUrl(applicationId)}/documents`, body),
  recordAuthorisation: (applicationId: number, body: TAuthorisationCreate) =>
    http.post<{ id: number; sha256: string }>(`${applicationUrl(applicationId)}/authorisations`, body),

  importHouseholds: (body: TFileUpload) => http.post<ImportResult>(`${A}/import/households`, body),

  generateRoll: (body: TPaymentRollGenerate) => http.post<TPaymentRollView>(`${A}/payments/rolls`, body),
  approveRoll: (id: number) => http.post<TPaymentRollView>(`${rollUrl(id)}/approve`, {}),
  exportRoll: (id: number, format: BankFileFormat) => downloadPost(`${rollUrl(id)}/export`, { format }, `发放名册-${id}.${format}`),
  importBankResults: (id: number, body: TFileUpload) => http.post<BankResultImport>(`${rollUrl(id)}/results`, body),
  putAccount: (householdId: number, body: TPaymentAccountPut) => http.put<unknown>(accountsUrl(householdId), body),

  importEvents: (body: TFileUpload) => http.post<Record<string, unknown>>(`${A}/monitoring/events/import`, body),
  evaluateWarnings: (body: { divisionId: number; asOf: string }) => http.post<WarningEvaluation>(`${A}/monitoring/evaluations`, body),
  recordWarningOutcome: (id: number, body: TWarningOutcome) => http.post<unknown>(`${A}/monitoring/warnings/${id}/outcome`, body),
};

/** JSON body, null when empty, undefined when not JSON (parseErrorBody turns both into BAD_RESPONSE). */
async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
