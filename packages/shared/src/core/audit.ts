import { z } from 'zod';

export const ZAuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  requestId: z.string().nullable(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  divisionId: z.number().int().nullable(),
  divisionName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditQuery = z.object({
  action: z.string().max(80).optional(),
  entity: z.string().max(80).optional(),
  actorId: z.coerce.number().int().optional(),
  /** Only rows of this division's subtree (within the caller's scope). */
  divisionId: z.coerce.number().int().optional(),
  from: z.string().date().optional(),
  to: z.string().date().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditVerifyResult = z.object({
  checked: z.number().int(),
  ok: z.boolean(),
  firstBrokenId: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type TAuditVerifyResult = z.infer<typeof ZAuditVerifyResult>;
