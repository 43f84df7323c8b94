import { AUDIT_ACTION_LABELS, isAuditAction, ROLE_LABELS, type Role } from '@mz/shared';
import { zhCN } from '../../i18n/zh-CN';

/** Chinese label of an audit action (the list in @mz/shared, which the server's writes are typed against). */
export const auditActionLabel = (action: string): string => (isAuditAction(action) ? AUDIT_ACTION_LABELS[action] : action);
export const auditEntityLabel = (entity: string): string => zhCN.auditEntities[entity] ?? entity;
export const auditRoleLabel = (role: string | null): string =>
  role && role in ROLE_LABELS ? ROLE_LABELS[role as Role] : (role ?? zhCN.common.dash);

export const AUDIT_ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }));
export const AUDIT_ENTITY_OPTIONS = Object.entries(zhCN.auditEntities).map(([value, label]) => ({ value, label }));

/** Date-range picker values (already formatted YYYY-MM-DD, or absent) → `from`/`to` query fields. */
export const toDateRange = (range: readonly (string | null | undefined)[] | null | undefined): { from?: string; to?: string } => {
  const [from, to] = range ?? [];
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
};

/** Request ids are UUIDs (first 8 characters are enough to read); others, e.g. `bootstrap`, in full. */
export const shortRequestId = (id: string): string => (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(id) ? id.slice(0, 8) : id);
