import type { Database } from '../../../db/database';
import { withinScope, type Scope } from '../../../platform/scope/scope';
import type { StoredAuthorisation } from './authorisation.rules';

// SQL of the per-person 核对授权书 (table verification_authorisation, migration 0900).

export const findAuthorisations = (db: Database, householdId: number) =>
  db
    .selectFrom('verification_authorisation as v')
    .leftJoin('case_document as d', (j) => j.onRef('d.id', '=', 'v.document_id').onRef('d.province_code', '=', 'v.province_code'))
    .select([
      'v.id',
      'v.application_id',
      'v.member_id',
      'v.obligor_id',
      'v.person_name',
      'v.signer_name',
      'v.signed_as',
      'v.signed_on',
      'v.departments',
      'v.valid_until',
      'v.revoked_on',
      'v.revoke_reason',
      'v.source',
      'v.document_id',
      'd.file_name',
      'd.sha256',
      'v.created_at',
    ])
    .where('v.household_id', '=', householdId)
    .orderBy('v.id')
    .execute();

export type AuthorisationRow = Awaited<ReturnType<typeof findAuthorisations>>[number];

/** jsonb/array ids come back as strings from node-postgres and numbers from PGlite. */
export const toStored = (rows: readonly AuthorisationRow[]): StoredAuthorisation[] =>
  rows.map((r) => ({
    memberId: r.member_id === null ? null : Number(r.member_id),
    obligorId: r.obligor_id === null ? null : Number(r.obligor_id),
    signedOn: r.signed_on,
    validUntil: r.valid_until,
    revokedOn: r.revoked_on,
    departments: r.departments,
  }));

export const findPersons = async (db: Database, householdId: number) => {
  const [members, obligors] = await Promise.all([
    db
      .selectFrom('household_member')
      .select(['id', 'name', 'lives_together', 'citizen_id'])
      .where('household_id', '=', householdId)
      .where('valid_to', 'is', null)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('household_obligor')
      .select(['id', 'name', 'deceased', 'citizen_id'])
      .where('household_id', '=', householdId)
      .where('valid_to', 'is', null)
      .orderBy('id')
      .execute(),
  ]);
  return { members, obligors };
};

/** One authorisation within the caller's subtree, locked for the revocation (undefined otherwise). */
export const findAuthorisationForUpdate = (db: Database, id: number, scope: Scope) =>
  db
    .selectFrom('verification_authorisation as v')
    .select([
      'v.id',
      'v.province_code',
      'v.household_id',
      'v.division_id',
      'v.application_id',
      'v.person_name',
      'v.signed_on',
      'v.revoked_on',
    ])
    .where('v.id', '=', id)
    .where((eb) => withinScope(eb.ref('v.division_id'), scope))
    .forUpdate()
    .executeTakeFirst();

export const markRevoked = (db: Database, row: { id: number; province_code: string }, on: string, reason: string, userId: number) =>
  db
    .updateTable('verification_authorisation')
    .set({ revoked_on: on, revoke_reason: reason, revoked_by: userId })
    .where('id', '=', row.id)
    .where('province_code', '=', row.province_code)
    .where('revoked_on', 'is', null)
    .executeTakeFirstOrThrow();
