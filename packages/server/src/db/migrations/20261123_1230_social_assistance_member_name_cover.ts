import { sql, type Kysely } from 'kysely';

// Household search by member name (issue 6): the list and its bounded count walk households in id
// order and probe each one's live members for the name prefix (a merge semi-join on household_id).
// With the name carried in the household index that probe is index-only instead of a heap fetch per
// member (≈5× fewer pages at province size). Replaces household_member_household_idx (same key), so
// inserts maintain no extra index.
// Whether to walk households or the name index depends on how many members a prefix matches; with the
// default statistics target a single common surname (覃 in 广西: 0.8 % of persons) was estimated at
// 0.01 %, so the planner walked the name index and sorted 13,500 households for a page of 20
// (seconds). A finer histogram on name makes the estimate right (20,815 vs 21,846).
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    CREATE INDEX household_member_household_name_idx ON household_member (household_id, valid_to) INCLUDE (name);
    DROP INDEX household_member_household_idx;
    ALTER TABLE household_member ALTER COLUMN name SET STATISTICS 1000;
  `.execute(db);
};
