import type { TVerdictSummary } from '@mz/shared';
import { describe, expect, it } from 'vitest';
import {
  cellValue,
  changedInputs,
  errorsByCell,
  importErrorRows,
  isComputedRow,
  isEditableRow,
  missingDeviationNotes,
  needsDeviationNote,
} from './collection-form';
import type { FormIndicator } from './monitoring.api';

const lagging: TVerdictSummary = {
  year: 2024,
  quarter: 0,
  value: 37,
  targetVerdict: 'pending',
  scheduleVerdict: 'seriously_lagging',
  progressStatus: 'limited_progress',
  expectedValue: 49,
  isLagging: true,
  reasons: [],
};

const row = (patch: Partial<FormIndicator> = {}): FormIndicator => ({
  id: 42,
  code: 'WS08',
  name: '养老机构护理型床位占比',
  unit: '%',
  inputUnit: null,
  valueKind: 'ratio',
  attribute: 'binding',
  reportingFrequency: 'quarterly',
  targetPrinted: '≥55%',
  fields: [
    { field: 'numerator', label: '分子' },
    { field: 'denominator', label: '分母' },
  ],
  own: {
    numerator: 615,
    denominator: 1662,
    value: null,
    weight: null,
    denominatorWeight: null,
    referenceValue: null,
    source: 'demo',
    note: '演示数据',
    rowValue: 37,
    enteredAt: '2026-01-01T00:00:00.000Z',
  },
  previousValue: 35,
  rolledUp: { value: 37, units: 1 },
  entryAllowed: true,
  isComputed: false,
  readOnlyKind: null,
  blockedReason: null,
  deviationNote: null,
  verdict: null,
  ...patch,
});

describe('changedInputs', () => {
  it('sends every cell of a changed row, and nothing for unchanged rows', () => {
    const rows = [row(), row({ id: 43, code: 'WS09' })];
    expect(changedInputs(rows, {})).toEqual([]);
    expect(changedInputs(rows, { 42: { numerator: 615 } })).toEqual([]);
    expect(changedInputs(rows, { 42: { numerator: 700 } })).toEqual([{ indicatorId: 42, numerator: 700, denominator: 1662 }]);
  });
  it('clears a cell with null and skips rows that cannot be edited', () => {
    expect(changedInputs([row()], { 42: { denominator: null } })).toEqual([{ indicatorId: 42, numerator: 615, denominator: null }]);
    expect(changedInputs([row({ entryAllowed: false })], { 42: { numerator: 1 } })).toEqual([]);
    expect(changedInputs([row({ isComputed: true })], { 42: { numerator: 1 } })).toEqual([]);
  });
  it('fills a row that had no value yet', () => {
    expect(changedInputs([row({ own: null })], { 42: { numerator: 3 } })).toEqual([{ indicatorId: 42, numerator: 3, denominator: null }]);
  });
  it('shows the edit if any, else the stored value', () => {
    expect(cellValue(row(), 'numerator', {})).toBe(615);
    expect(cellValue(row(), 'numerator', { 42: { numerator: null } })).toBeNull();
    expect(cellValue(row({ own: null }), 'numerator', {})).toBeNull();
  });
});

describe('errorsByCell', () => {
  it('puts values.N.field details back on indicator and field', () => {
    const inputs = [{ indicatorId: 42 }, { indicatorId: 43 }];
    const errors = errorsByCell(
      [
        { path: 'values.1.denominator', code: 'RANGE', message: 'WS09：分母不能为0' },
        { path: 'values.1.denominator', code: 'JUMP', message: 'WS09：较上年变化过大' },
        { path: 'values.0.unit', code: 'UNIT', message: 'WS08：单位不符' },
        { path: 'other', code: 'X', message: '忽略' },
        { path: 'values.9.value', code: 'X', message: '没有第9行' },
      ],
      inputs,
    );
    expect(errors.get(43)).toEqual({ denominator: ['WS09：分母不能为0', 'WS09：较上年变化过大'] });
    expect(errors.get(42)).toEqual({ value: ['WS08：单位不符'] });
    expect(errors.size).toBe(2);
  });
});

describe('rows needing attention', () => {
  it('needs a 偏离说明 when lagging, and counts the missing ones', () => {
    expect(needsDeviationNote(row({ verdict: lagging }))).toBe(true);
    expect(needsDeviationNote(row())).toBe(false);
    expect(missingDeviationNotes([row({ verdict: lagging }), row({ verdict: lagging, deviationNote: '已说明原因' }), row()])).toBe(1);
  });
  it('recognises values computed from business records by the flag, and keeps them read-only', () => {
    expect(isComputedRow(row({ isComputed: true, own: null }))).toBe(true);
    const own = row().own;
    expect(own && isComputedRow(row({ own: { ...own, source: 'computed' } }))).toBe(true);
    expect(isComputedRow(row({ entryAllowed: false, blockedReason: '已在文山市填报（同一数据只能在一个层级填报）' }))).toBe(false);
    expect(isEditableRow(row(), false)).toBe(true);
    expect(isEditableRow(row({ isComputed: true }), false)).toBe(false);
    expect(isEditableRow(row(), true)).toBe(false);
  });
});

describe('importErrorRows', () => {
  it('lists row, column and message of each import error', () => {
    expect(
      importErrorRows([
        { path: '第5行 分母', row: 5, column: 'E', code: 'NOT_A_NUMBER', message: '「abc」不是数字' },
        { path: '填报信息', code: 'META_MISMATCH', message: '模板不一致' },
      ]),
    ).toEqual([
      { key: 0, row: 5, column: 'E列（分母）', message: '「abc」不是数字' },
      { key: 1, row: null, column: '填报信息', message: '模板不一致' },
    ]);
  });
});
