import { AppError, type TAuthorisationCreate, type TAuthorisationRevoke } from '@mz/shared';
import { inTransaction, type Database } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { storeDocument } from '../documents/documents.service';
import { assertNotFuture, todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import * as workflow from '../workflow/workflow.repository';
import { requireApplication } from '../workflow/workflow.step';
import * as repo from './authorisation.repository';
import { describeMissing, missingAuthorisations, requiredPersons } from './authorisation.rules';

// The signed 家庭经济状况核对授权书 per person (rules doc §6.1): the scan is stored as a case document
// (kind 'authorisation', SHA-256) with who signed, when, as whom and for which departments; a 核对
// request is refused while any required person lacks a valid one.

/** The persons a 核对 of this case needs, and those without a valid authorisation on `on` for `departments`. */
export const authorisationGaps = async (db: Database, app: workflow.ApplicationRow, on: string, departments: readonly string[] = []) => {
  const [{ members, obligors }, rows] = await Promise.all([
    repo.findPersons(db, app.household_id),
    repo.findAuthorisations(db, app.household_id),
  ]);
  const persons = requiredPersons(
    app.programme,
    members.map((m) => ({ id: Number(m.id), name: m.name, livesTogether: m.lives_together })),
    obligors.map((o) => ({ id: Number(o.id), name: o.name, deceased: o.deceased })),
  );
  return { persons, missing: missingAuthorisations(persons, repo.toStored(rows), on, departments) };
};

/** Refuse a 核对 request (409 SOCIAL_ASSISTANCE_NO_AUTHORISATION) naming every person without a valid authorisation. */
export const assertAuthorised = async (db: Database, app: workflow.ApplicationRow, on: string, departments: readonly string[]) => {
  const { missing } = await authorisationGaps(db, app, on, departments);
  if (missing.length > 0) {
    throw new AppError(
      'SOCIAL_ASSISTANCE_NO_AUTHORISATION',
      describeMissing(missing),
      missing.map((p) => ({
        path: p.kind === 'member' ? 'memberId' : 'obligorId',
        code: 'NO_AUTHORISATION',
        message: `${p.name}尚未提交有效的核对授权书`,
      })),
    );
  }
};

export const recordAuthorisation = (deps: SocialAssistanceDeps, ctx: CallContext, applicationId: number, input: TAuthorisationCreate) =>
  inTransaction(deps.db, async (trx) => {
    assertNotFuture(input.signedOn, todayOf(deps), 'signedOn', '签署日期');
    if (input.validUntil && input.validUntil < input.signedOn) {
      throw new AppError('VALIDATION_FAILED', '有效期不能早于签署日期', [
        { path: 'validUntil', code: 'BEFORE_SIGNED', message: '有效期不能早于签署日期' },
      ]);
    }
    const app = await requireApplication(trx, ctx, applicationId);
    const { members, obligors } = await repo.findPersons(trx, app.household_id);
    const person =
      input.memberId !== undefined
        ? members.find((m) => Number(m.id) === input.memberId)
        : obligors.find((o) => Number(o.id) === input.obligorId);
    if (!person) {
      const path = input.memberId !== undefined ? 'memberId' : 'obligorId';
      throw new AppError('VALIDATION_FAILED', '授权人应为本家庭的现有成员或登记的法定义务人', [
        { path, code: 'NOT_IN_HOUSEHOLD', message: '授权人应为本家庭的现有成员或登记的法定义务人' },
      ]);
    }
    const document = await storeDocument(trx, ctx, app, { ...input.document, kind: 'authorisation' });
    const row = await trx
      .insertInto('verification_authorisation')
      .values({
        province_code: app.province_code,
        household_id: app.household_id,
        division_id: app.division_id,
        application_id: app.id,
        member_id: input.memberId ?? null,
        obligor_id: input.obligorId ?? null,
        person_name: person.name,
        citizen_id: person.citizen_id,
        document_id: document.id,
        signer_name: input.signerName,
        signed_as: input.signedAs,
        signed_on: input.signedOn,
        departments: input.departments ?? null,
        valid_until: input.validUntil ?? null,
        source: 'scan',
        created_by: ctx.actor.userId,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    const summary = {
      authorisationId: row.id,
      personName: person.name,
      signerName: input.signerName,
      signedAs: input.signedAs,
      signedOn: input.signedOn,
      departments: input.departments ?? null,
      validUntil: input.validUntil ?? null,
      documentId: document.id,
      sha256: document.sha256,
    };
    await workflow.insertEvent(trx, app, {
      action: 'record-authorisation',
      from: app.status,
      to: app.status,
      on: input.signedOn,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
      data: summary,
    });
    await recordAudit(trx, ctx.audit, {
      action: 'VERIFICATION_AUTHORISATION_RECORDED',
      entity: 'verification_authorisation',
      entityId: row.id,
      divisionId: app.division_id,
      after: { applicationId: app.id, ...summary },
    });
    return { id: row.id, documentId: document.id, sha256: document.sha256, personName: person.name };
  });

/**
 * 撤销核对授权书: the authorisation (in the caller's subtree, else 404) stops covering any new 核对
 * request; 核对 already requested keep their record. The reason is kept on the row and audited.
 */
export const revokeAuthorisation = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: TAuthorisationRevoke) =>
  inTransaction(deps.db, async (trx) => {
    const row = await repo.findAuthorisationForUpdate(trx, id, ctx.scope);
    if (!row) throw new AppError('NOT_FOUND', '核对授权书不存在或不在您的管辖范围内');
    if (row.revoked_on !== null) throw new AppError('INVALID_STATE', `该核对授权书已于${row.revoked_on}撤销`);
    assertNotFuture(input.on, todayOf(deps), 'on', '撤销日期');
    if (input.on < row.signed_on) {
      throw new AppError('VALIDATION_FAILED', '撤销日期不能早于签署日期', [
        { path: 'on', code: 'BEFORE_SIGNED', message: `撤销日期不能早于签署日期（${row.signed_on}）` },
      ]);
    }
    await repo.markRevoked(trx, row, input.on, input.reason, ctx.actor.userId);
    await recordAudit(trx, ctx.audit, {
      action: 'VERIFICATION_AUTHORISATION_REVOKED',
      entity: 'verification_authorisation',
      entityId: row.id,
      divisionId: row.division_id,
      before: { revokedOn: null },
      after: {
        applicationId: row.application_id === null ? null : Number(row.application_id),
        householdId: Number(row.household_id),
        personName: row.person_name,
        revokedOn: input.on,
        reason: input.reason,
      },
    });
    return { id: Number(row.id), revokedOn: input.on, revokeReason: input.reason };
  });
