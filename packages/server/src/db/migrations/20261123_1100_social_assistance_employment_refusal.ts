import { sql, type Kysely } from 'kysely';

// 拒绝就业 on a household member (rules doc §1.3, local 推定收入): null = nothing recorded;
// 'no-valid-reason' or the valid reason the caseworker accepted.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    ALTER TABLE household_member
      ADD COLUMN employment_refusal text
        CHECK (employment_refusal IN ('no-valid-reason', 'caring-for-disabled-or-ill', 'caring-for-child-under-3', 'pregnant-or-nursing'));
  `.execute(db);
};
