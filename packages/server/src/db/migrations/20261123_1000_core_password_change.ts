import { sql, type Kysely } from 'kysely';

// Password change: an admin reset sets must_change_password (the user must choose a new password at
// the next login); existing accounts, demo accounts included, keep working as they are.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    ALTER TABLE app_user
      ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
      ADD COLUMN password_changed_at timestamptz;
  `.execute(db);
};
