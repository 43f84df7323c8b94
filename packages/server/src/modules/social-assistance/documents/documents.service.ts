import { createHash } from 'node:crypto';
import { AppError, CASE_DOCUMENT_MAX_BYTES, type TDocumentUpload } from '@mz/shared';
import { inTransaction, type Trx } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { withinScope } from '../../../platform/scope/scope';
import type { SocialAssistanceDeps } from '../social-assistance.deps';
import type { ApplicationRow } from '../workflow/workflow.repository';
import { requireApplication } from '../workflow/workflow.step';

// Case documents (申请书, 承诺书, 授权书, 入户调查记录, 通知书 …) kept in the case file: stored as bytea
// with name, type, size and SHA-256; uploaded as base64 JSON (no multipart parser is installed).

const MAGIC: Record<string, (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (b) => b[0] === 0x50 && b[1] === 0x4b,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (b) => b[0] === 0x50 && b[1] === 0x4b,
  'text/plain': () => true,
};

/** Check and store one file in the case file (inside the caller's transaction); no audit row. */
export const storeDocument = async (trx: Trx, ctx: CallContext, app: ApplicationRow, input: TDocumentUpload) => {
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) {
    throw new AppError('VALIDATION_FAILED', '文件内容为空或不是有效的 base64 编码', [
      { path: 'contentBase64', code: 'EMPTY', message: '文件内容为空' },
    ]);
  }
  if (content.length > CASE_DOCUMENT_MAX_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', '单个文件不能超过5MB');
  if (!(MAGIC[input.mimeType] ?? (() => false))(content)) {
    throw new AppError('VALIDATION_FAILED', '文件内容与声明的类型不符', [
      { path: 'mimeType', code: 'TYPE_MISMATCH', message: '文件内容与声明的类型不符' },
    ]);
  }
  const sha256 = createHash('sha256').update(content).digest('hex');
  if (input.sha256 && input.sha256 !== sha256) {
    throw new AppError('VALIDATION_FAILED', '文件校验值不一致，上传可能不完整', [
      { path: 'sha256', code: 'CHECKSUM', message: '文件校验值不一致' },
    ]);
  }
  return trx
    .insertInto('case_document')
    .values({
      province_code: app.province_code,
      division_id: app.division_id,
      household_id: app.household_id,
      application_id: app.id,
      kind: input.kind,
      file_name: input.fileName,
      mime_type: input.mimeType,
      size_bytes: content.length,
      sha256,
      content,
      uploaded_by: ctx.actor.userId,
    })
    .returning(['id', 'kind', 'file_name', 'mime_type', 'size_bytes', 'sha256'])
    .executeTakeFirstOrThrow();
};

export const uploadDocument = (deps: SocialAssistanceDeps, ctx: CallContext, applicationId: number, input: TDocumentUpload) =>
  inTransaction(deps.db, async (trx) => {
    const app = await requireApplication(trx, ctx, applicationId);
    const row = await storeDocument(trx, ctx, app, input);
    await recordAudit(trx, ctx.audit, {
      action: 'CASE_DOCUMENT_UPLOADED',
      entity: 'case_document',
      entityId: row.id,
      divisionId: app.division_id,
      after: { applicationId, ...row },
    });
    return row;
  });

export const downloadDocument = async (deps: SocialAssistanceDeps, ctx: CallContext, applicationId: number, documentId: number) => {
  const row = await deps.db
    .selectFrom('case_document')
    .selectAll()
    .where('id', '=', documentId)
    .where('application_id', '=', applicationId)
    .where((eb) => withinScope(eb.ref('division_id'), ctx.scope))
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '材料不存在或不在您的管辖范围内');
  return { fileName: row.file_name, mimeType: row.mime_type, sha256: row.sha256, content: Buffer.from(row.content) };
};
