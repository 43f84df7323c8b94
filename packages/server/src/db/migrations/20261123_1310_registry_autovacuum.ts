import { sql, type Kysely } from 'kysely';

// Autovacuum of the large registry tables after inserts (issue 6). A household list, its count and
// the name search are index-only scans; rows inserted since the last VACUUM have no visibility-map
// bit, so every such row costs a heap fetch. By default PostgreSQL vacuums an insert-only table after
// 20 % new rows: a province's 100k-household import (9 % of its persons) left the newest households —
// the ones shown first — with heap fetches for good (韦 by name: 4,255 → 1,600 buffers once vacuumed).
// 2 % makes autovacuum catch up within about a minute of such an import. PGlite has no autovacuum; it
// VACUUMs the imported tables right after an import (maintenance.ts). Stored on both engines.
const TABLES = ['household', 'household_member', 'income_item', 'property_item', 'assistance_recipient', 'assistance_amount_period'];

export const up = async (db: Kysely<unknown>): Promise<void> => {
  for (const table of TABLES) {
    await sql`ALTER TABLE ${sql.table(table)} SET (autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02)`.execute(
      db,
    );
  }
};
