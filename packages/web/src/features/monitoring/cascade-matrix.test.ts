import { describe, expect, it } from 'vitest';
import { adoptionsOf, cascadeTotals, filterCascadeRows, localPlanColumns, targetLines } from './cascade-matrix';
import type { CascadeAdoption, CascadeRow } from './monitoring.api';

const adoption = (seedId: string, isWeakerThanNational = false): CascadeAdoption => ({
  seedId,
  planId: 1,
  level: 'prefecture',
  indicatorCode: `${seedId}-X`,
  linkKind: 'same',
  name: 'x',
  source: 'table',
  baselinePrinted: null,
  targets: [{ year: 2025, printed: '70%' }],
  attribute: 'expected',
  printedAttribute: '预期性',
  targetStrength: isWeakerThanNational ? 'weaker' : 'equal',
  attributeStrength: 'equal',
  isWeakerThanNational,
  reasons: [],
});

const row = (key: string, adoptions: CascadeAdoption[]): CascadeRow => ({
  conceptKey: key,
  conceptName: key,
  national: null,
  adoptions,
  weakerCount: adoptions.filter((a) => a.isWeakerThanNational).length,
});

describe('cascade matrix', () => {
  it('orders local plans by level and leaves the national plan out', () => {
    const plans = [
      { id: 4, seedId: '003', title: null, level: 'county' as const, divisionName: '开平市' },
      { id: 3, seedId: '002', title: null, level: 'prefecture' as const, divisionName: '文山州' },
      { id: 1, seedId: '001', title: null, level: 'national' as const, divisionName: '全国' },
      { id: 2, seedId: '000', title: null, level: 'provincial' as const, divisionName: '广西' },
    ];
    expect(localPlanColumns(plans).map((p) => p.seedId)).toEqual(['000', '002', '003']);
  });
  it('finds a plan’s adoptions, filters weaker rows and totals them', () => {
    const rows = [row('N02', [adoption('002', true), adoption('000')]), row('N11', [adoption('002'), adoption('002')]), row('N05', [])];
    expect(adoptionsOf(rows[1] as CascadeRow, '002')).toHaveLength(2);
    expect(filterCascadeRows(rows, true).map((r) => r.conceptKey)).toEqual(['N02']);
    expect(filterCascadeRows(rows, false)).toHaveLength(3);
    expect(cascadeTotals(rows, ['002'])).toEqual({ rows: 3, adoptions: 3, weaker: 1 });
  });
  it('prints the year only when several targets are given', () => {
    expect(targetLines([{ year: 2025, printed: '≥55' }])).toEqual(['≥55']);
    expect(
      targetLines([
        { year: 2023, printed: '31平方米' },
        { year: 2025, printed: '32平方米' },
      ]),
    ).toEqual(['2023年：31平方米', '2025年：32平方米']);
  });
});
