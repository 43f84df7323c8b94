import { sql, type Kysely } from 'kysely';

// 撤销核对授权书 (issue 5): who revoked a signed authorisation and why, next to the existing
// revoked_on. A revoked authorisation no longer covers a new 核对 request.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    ALTER TABLE verification_authorisation ADD COLUMN revoke_reason text;
    ALTER TABLE verification_authorisation ADD COLUMN revoked_by integer;
  `.execute(db);
};
