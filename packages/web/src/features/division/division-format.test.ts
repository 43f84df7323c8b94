import { ZDivisionChangeRequest } from '@mz/shared';
import { describe, expect, it } from 'vitest';
import {
  buildDivisionChangeRequest,
  describeChangeRecord,
  describeDivisionChange,
  divisionName,
  formatValidFrom,
  formatValidTo,
  parentLevelOf,
  parseDivisionParam,
  unnamedDivisionIds,
  withDivisionParam,
} from './division-format';

describe('version dates', () => {
  it('shows a null start as before the data source and a null end as 至今', () => {
    expect(formatValidFrom(null)).toBe('（数据源起始前）');
    expect(formatValidFrom('2024-01-01')).toBe('2024-01-01');
    expect(formatValidTo(null)).toBe('至今');
  });
});

describe('division names', () => {
  const names = new Map([[1, '文山市']]);
  it('uses a known name, else the id', () => {
    expect(divisionName(names, 1)).toBe('文山市');
    expect(divisionName(names, 9)).toBe('编号 9');
    expect(divisionName(names, null)).toBe('（无）');
  });

  it('lists ids mentioned by versions and changes that the detail does not name', () => {
    const detail = {
      id: 5,
      name: '开化街道',
      ancestors: [{ id: 1, code: '532601', name: '文山市', level: 'county' as const, parentId: null, hasChildren: true }],
      children: [],
      versions: [
        { code: '532601001', name: '开化镇', parentId: 8, validFrom: null, validTo: '2020-01-01' },
        { code: '532601001', name: '开化街道', parentId: 1, validFrom: '2020-01-01', validTo: null },
      ],
      changes: [{ id: 1, kind: 'merge' as const, effectiveOn: '2020-01-01', fromDivisionIds: [6, 5], toDivisionIds: [5], note: null }],
    };
    expect(unnamedDivisionIds(detail).sort()).toEqual([6, 8]);
  });
});

describe('describeChangeRecord', () => {
  const names = new Map([
    [5, '开化街道'],
    [6, '卧龙街道'],
    [1, '文山市'],
  ]);
  it('names the division, and the new parent or the merge target', () => {
    expect(describeChangeRecord({ kind: 'rename', fromDivisionIds: [5], toDivisionIds: [5] }, names)).toBe('开化街道');
    expect(describeChangeRecord({ kind: 'reparent', fromDivisionIds: [5], toDivisionIds: [1] }, names)).toBe('开化街道 划归 文山市 管辖');
    expect(describeChangeRecord({ kind: 'merge', fromDivisionIds: [5, 9], toDivisionIds: [6] }, names)).toBe(
      '开化街道、编号 9 并入 卧龙街道',
    );
    expect(describeChangeRecord({ kind: 'create', fromDivisionIds: [], toDivisionIds: [6] }, names)).toBe('卧龙街道');
  });
});

describe('parentLevelOf', () => {
  it('is the level directly above', () => {
    expect(parentLevelOf('village')).toBe('township');
    expect(parentLevelOf('province')).toBe('nation');
    expect(parentLevelOf('nation')).toBeUndefined();
  });
});

describe('buildDivisionChangeRequest', () => {
  it('builds bodies that satisfy the shared contract', () => {
    const requests = [
      buildDivisionChangeRequest(5, { kind: 'rename', name: ' 开化新街道 ', effectiveOn: '2026-01-01', note: '  ' }),
      buildDivisionChangeRequest(5, { kind: 'recode', code: '532601099', effectiveOn: '2026-01-01' }),
      buildDivisionChangeRequest(5, { kind: 'reparent', parentId: 2, effectiveOn: '2026-01-01', note: '云政复〔2026〕1号' }),
      buildDivisionChangeRequest(5, { kind: 'merge', intoDivisionId: 6, effectiveOn: '2026-01-01' }),
    ];
    for (const request of requests) expect(ZDivisionChangeRequest.safeParse(request).success).toBe(true);
    expect(requests[0]).toEqual({ kind: 'rename', divisionId: 5, name: '开化新街道', effectiveOn: '2026-01-01' });
    expect(requests[2]).toMatchObject({ note: '云政复〔2026〕1号' });
    expect(requests[3]).toEqual({ kind: 'merge', fromDivisionIds: [5], intoDivisionId: 6, effectiveOn: '2026-01-01' });
  });

  it('describes the change in one sentence for the confirmation', () => {
    const names = new Map([
      [5, '开化街道'],
      [6, '卧龙街道'],
    ]);
    expect(describeDivisionChange({ kind: 'merge', fromDivisionIds: [5], intoDivisionId: 6, effectiveOn: '2026-01-01' }, names)).toBe(
      '自 2026-01-01 起，「开化街道」并入「卧龙街道」。',
    );
    expect(describeDivisionChange({ kind: 'rename', divisionId: 5, name: '开化新街道', effectiveOn: '2026-01-01' }, names)).toBe(
      '自 2026-01-01 起，「开化街道」更名为「开化新街道」。',
    );
  });
});

describe('?division= parameter', () => {
  it('parses positive ids only', () => {
    expect(parseDivisionParam('4704')).toBe(4704);
    for (const bad of [null, '', '0', '-1', 'abc', '1.5', '99999999999999999999']) expect(parseDivisionParam(bad)).toBeNull();
  });

  it('is kept on links, next to other parameters', () => {
    expect(withDivisionParam('/users', 7)).toBe('/users?division=7');
    expect(withDivisionParam('/audit?page=2', 7)).toBe('/audit?page=2&division=7');
    expect(withDivisionParam('/users', null)).toBe('/users');
  });
});
