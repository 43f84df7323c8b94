import type { ErrorDetail, TMonitoringValueInput, ValueInputField } from '@mz/shared';
import type { FormIndicator } from './monitoring.api';

// The data-entry form (pure): which rows are editable, what changed, and where the server's
// per-row validation details belong.

export type Edits = Record<number, Partial<Record<ValueInputField, number | null>>>;

/** Computed from business records (read-only, tagged 「系统计算」). */
export const isComputedRow = (row: Pick<FormIndicator, 'own' | 'isComputed'>): boolean => row.isComputed || row.own?.source === 'computed';

/** A row the user may type into: the period is open, the row is not blocked and not computed. */
export const isEditableRow = (row: Pick<FormIndicator, 'own' | 'isComputed' | 'entryAllowed'>, locked: boolean): boolean =>
  !locked && row.entryAllowed && !isComputedRow(row);

/** Lagging rows need a 偏离说明 before the unit can submit. */
export const needsDeviationNote = (row: Pick<FormIndicator, 'verdict'>): boolean => row.verdict?.isLagging === true;

export const missingDeviationNotes = (rows: readonly Pick<FormIndicator, 'verdict' | 'deviationNote'>[]): number =>
  rows.filter((r) => needsDeviationNote(r) && !r.deviationNote?.trim()).length;

/** The value of a cell as the user sees it: the edit if any, else what is stored. */
export const cellValue = (row: Pick<FormIndicator, 'id' | 'own'>, field: ValueInputField, edits: Edits): number | null => {
  const edited = edits[row.id];
  if (edited && field in edited) return edited[field] ?? null;
  return row.own?.[field] ?? null;
};

/** Inputs for PUT …/values: every editable row with at least one changed cell, with all its cells. */
export const changedInputs = (
  rows: readonly Pick<FormIndicator, 'id' | 'own' | 'fields' | 'entryAllowed' | 'isComputed'>[],
  edits: Edits,
): TMonitoringValueInput[] =>
  rows.flatMap((row) => {
    const edited = edits[row.id];
    if (!isEditableRow(row, false) || !edited) return [];
    const changed = row.fields.some((f) => f.field in edited && (edited[f.field] ?? null) !== (row.own?.[f.field] ?? null));
    if (!changed) return [];
    const input: TMonitoringValueInput = { indicatorId: row.id };
    for (const { field } of row.fields) input[field] = cellValue(row, field, edits);
    return [input];
  });

export type CellErrors = Map<number, Partial<Record<ValueInputField, string[]>>>;

/** `values.3.denominator` details of a refused save, put back on indicator × field. */
export const errorsByCell = (
  details: readonly ErrorDetail[],
  inputs: readonly Pick<TMonitoringValueInput, 'indicatorId'>[],
): CellErrors => {
  const result: CellErrors = new Map();
  for (const detail of details) {
    const match = /^values\.(\d+)\.(\w+)$/.exec(detail.path);
    if (!match) continue;
    const input = inputs[Number(match[1])];
    if (!input) continue;
    const field = (match[2] === 'unit' ? 'value' : match[2]) as ValueInputField;
    const cells = result.get(input.indicatorId) ?? {};
    cells[field] = [...(cells[field] ?? []), detail.message];
    result.set(input.indicatorId, cells);
  }
  return result;
};

export type ImportErrorRow = { key: number; row: number | null; column: string; message: string };

/** Rows of the import-errors table: per row and column, in file order. */
export const importErrorRows = (details: readonly ErrorDetail[]): ImportErrorRow[] =>
  details.map((d, index) => {
    // Paths read 「第5行 分母」: the part after the row is the column's header.
    const header = d.row !== undefined ? d.path.split(' ').slice(1).join(' ') : '';
    const column = d.column ? (header ? `${d.column}列（${header}）` : `${d.column}列`) : d.path;
    return { key: index, row: d.row ?? null, column, message: d.message };
  });
