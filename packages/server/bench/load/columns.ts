import type { DatabaseHandle } from '../../src/db/database';

// Bulk writer for generated rows: on PGlite one COPY … FROM '/dev/blob' (CSV) per chunk; on PostgreSQL
// (node-postgres has no COPY helper installed) one INSERT … SELECT … FROM unnest($1::type[], …) per
// chunk. Rows are buffered per table and flushed every `chunkRows` rows, so memory stays bounded.

export type ColumnType = 'bigint' | 'int' | 'smallint' | 'text' | 'date' | 'boolean' | 'numeric' | 'jsonb';
export type Column = readonly [name: string, type: ColumnType];
export type Cell = string | number | boolean | null;

const csvCell = (value: Cell): string => {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return `"${value.replaceAll('"', '""')}"`;
};

export class TableWriter {
  private rows: Cell[][] = [];
  written = 0;

  constructor(
    private readonly handle: DatabaseHandle,
    readonly table: string,
    private readonly columns: readonly Column[],
    private readonly chunkRows = handle.engine === 'pglite' ? 50_000 : 10_000,
  ) {}

  async push(row: Cell[]) {
    this.rows.push(row);
    if (this.rows.length >= this.chunkRows) await this.flush();
  }

  async flush() {
    const rows = this.rows;
    if (rows.length === 0) return;
    this.rows = [];
    const names = this.columns.map(([n]) => n).join(', ');
    if (this.handle.engine === 'pglite') {
      const pglite = this.handle.pglite;
      if (!pglite) throw new Error('PGlite handle without its instance');
      const csv = rows.map((r) => r.map(csvCell).join(',')).join('\n');
      await pglite.query(`COPY ${this.table} (${names}) FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([csv]) });
    } else {
      const pool = this.handle.pool;
      if (!pool) throw new Error('PostgreSQL handle without its pool');
      const arrays = this.columns.map((_, i) => rows.map((r) => r[i] ?? null));
      const casts = this.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
      await pool.query(`INSERT INTO ${this.table} (${names}) SELECT * FROM unnest(${casts})`, arrays);
    }
    this.written += rows.length;
  }
}

/** Move a table's identity sequence past the ids written explicitly. */
export const syncSequence = async (handle: DatabaseHandle, table: string) => {
  const text = `select setval(pg_get_serial_sequence('${table}', 'id'), greatest((select coalesce(max(id), 0) from ${table}), 1))`;
  if (handle.pglite) await handle.pglite.query(text);
  else await handle.pool?.query(text);
};

/** The next free id of a table (the loader assigns ids itself, so foreign keys need no round trip). */
export const nextId = async (handle: DatabaseHandle, table: string): Promise<number> => {
  const text = `select coalesce(max(id), 0) + 1 as id from ${table}`;
  const rows = handle.pglite
    ? (await handle.pglite.query<{ id: number }>(text)).rows
    : ((await handle.pool?.query<{ id: number }>(text))?.rows ?? []);
  return Number(rows[0]?.id ?? 1);
};
