import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { AuditAction, Permission } from '@mz/shared';
import type { Database, Trx } from '../../db/database';
import { actingAssignment, type Actor } from '../auth/actor';
import { canonicalJson } from './canonical-json';

/** What a use case tells the audit trail about one change (or one read of personal data). */
export type AuditEvent = {
  /** A code of AUDIT_ACTION_LABELS in @mz/shared (packages/shared/src/core/audit-actions.ts): a new action needs its Chinese label there. */
  action: AuditAction;
  entity: string; // table or aggregate name
  entityId?: string | number | null;
  divisionId?: number | null;
  before?: unknown;
  after?: unknown;
};

/** The caller of a use case: who, under which permission, in which request. */
export type AuditContext = { actor: Actor | null; permission: Permission; requestId: string | null; now?: Date };

const GENESIS = '0'.repeat(64);
// One chain: writers take this transaction-scoped lock so two transactions cannot fork it.
const CHAIN_LOCK = 7_211_001;

type ChainRow = {
  at: Date;
  request_id: string | null;
  actor_id: number | null;
  actor_role: string | null;
  division_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
};

export const hashAuditRow = (prevHash: string, row: ChainRow): string =>
  createHash('sha256')
    .update(prevHash)
    .update(
      canonicalJson({
        at: row.at.toISOString(),
        requestId: row.request_id,
        actorId: row.actor_id,
        actorRole: row.actor_role,
        divisionId: row.division_id,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        before: row.before ?? null,
        after: row.after ?? null,
      }),
    )
    .digest('hex');

// jsonb stores what JSON.parse(JSON.stringify(x)) gives; hash exactly that so verify agrees.
const asStored = (value: unknown) => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown));

/** Append audit rows in the caller's transaction. */
export const recordAudit = async (trx: Trx, context: AuditContext, events: AuditEvent | AuditEvent[]) => {
  const list = Array.isArray(events) ? events : [events];
  if (list.length === 0) return;
  await sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  let prevHash = last?.hash ?? GENESIS;
  const assignment = context.actor ? actingAssignment(context.actor, context.permission) : undefined;
  const at = new Date(Math.floor((context.now ?? new Date()).getTime()));
  const rows = list.map((event) => {
    const row: ChainRow = {
      at,
      request_id: context.requestId,
      actor_id: context.actor?.userId ?? null,
      actor_role: assignment?.role ?? null,
      division_id: event.divisionId ?? assignment?.divisionId ?? null,
      action: event.action,
      entity: event.entity,
      entity_id: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
      before: asStored(event.before),
      after: asStored(event.after),
    };
    const hash = hashAuditRow(prevHash, row);
    const stored = { ...row, before: JSON.stringify(row.before), after: JSON.stringify(row.after), prev_hash: prevHash, hash };
    prevHash = hash;
    return stored;
  });
  await trx.insertInto('audit_log').values(rows).execute();
};

export type AuditVerification = { checked: number; ok: boolean; firstBrokenId: number | null; reason: string | null };

/** Walk the chain in id order, in pages; report the first row whose link or content is broken. */
export const verifyAuditChain = async (db: Database, pageSize = 5000): Promise<AuditVerification> => {
  let prevHash = GENESIS;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('id', '>', afterId).orderBy('id').limit(pageSize).execute();
    for (const row of rows) {
      if (row.prev_hash !== prevHash) {
        return { checked, ok: false, firstBrokenId: row.id, reason: '与上一条记录的链接断开（记录被删除或插入）' };
      }
      const expected = hashAuditRow(prevHash, { ...row, at: new Date(row.at) });
      if (expected !== row.hash) {
        return { checked, ok: false, firstBrokenId: row.id, reason: '记录内容与其哈希不符（记录被修改）' };
      }
      prevHash = row.hash;
      checked += 1;
    }
    if (rows.length < pageSize) return { checked, ok: true, firstBrokenId: null, reason: null };
    afterId = rows[rows.length - 1]?.id ?? afterId;
  }
};
