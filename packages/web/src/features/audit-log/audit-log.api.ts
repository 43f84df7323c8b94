import type { Page, TAuditEntry, TAuditVerifyResult } from '@mz/shared';
import { http } from '../../api/http-client';
import { buildUrl } from '../../api/url';

// Calls of the server's core/audit-log module.

export type AuditSearch = {
  action?: string | undefined;
  entity?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
};
export type AuditPage = Page<TAuditEntry>;

export const auditSearchUrl = (query: AuditSearch) => buildUrl('/api/audit', query);

export const auditApi = {
  verify: () => http.get<TAuditVerifyResult>('/api/audit/verify'),
};
