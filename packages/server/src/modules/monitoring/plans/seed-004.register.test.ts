import { describe, expect, it } from 'vitest';

import { noteKinds, targetOf, useSeedRegister } from './seed-plans.test-support';

// The register of seed plan 004 (厦门, a flattened .docx) against seeds-digest §2.4.

const { plan, indicator, completionRow } = useSeedRegister();

describe('004 厦门 (digest §2.4)', () => {
  it('表1 flattened runs read as in the digest', () => {
    const reading = plan('004').completionRows.map((row) => [row.plannedValue?.value, row.actualValue.value]);
    expect(reading).toEqual([
      [1.0, 0.758],
      [0.45, 0.3978],
      [7.0, 106.83],
      [10, 17.2],
      [0.03, 0.168],
      [20, 71.9],
      [0, 0],
      [20000, 13737],
      [38.7, 41],
      [2, 1],
      [6, 5],
      [380, 387],
      [484, 526],
      [1650, 1830],
      [4844, 7391],
      [5000, 8234],
      [40, 56.4],
      [2, 1],
      [1, 1],
      [100, 100],
      [100, 100],
    ]);
    expect(
      plan('004')
        .completionRows.filter((row) => row.attribute === 'binding')
        .map((row) => row.code),
    ).toEqual(['XMC07', 'XMC10', 'XMC11', 'XMC18', 'XMC19']);
  });

  it('表1 row 3 「7.0106.83」 is flagged ambiguous; row 9 has the empty unit 「()」', () => {
    expect(completionRow('XMC03').notes).toContainEqual(expect.objectContaining({ kind: 'ambiguous_split', printed: '7.0106.83' }));
    expect(completionRow('XMC03').notes[0]?.message).toContain('7.010/6.83');
    expect(completionRow('XMC09')).toMatchObject({ unit: '' });
    expect(noteKinds(completionRow('XMC09'))).toEqual(expect.arrayContaining(['unit_as_printed', 'narrative_confirms']));
  });

  it('chunk markers inside a name are kept in printed and dropped in the display name', () => {
    expect(completionRow('XMC05').name).toEqual({ printed: '农村\n19、五保供养人数(万人)', text: '农村五保供养人数' });
    expect(completionRow('XMC20').name.text).toBe('殡葬火化率');
    expect(noteKinds(completionRow('XMC20'))).toContain('chunk_marker_inside');
  });

  it('表2 rows', () => {
    const table2 = plan('004').indicators.filter((row) => row.tableId === '004-T2');
    expect(table2.map((row) => [row.baseline?.value ?? null, targetOf(row)?.target])).toEqual([
      [26, { kind: 'gte', value: 30, isImplicit: true }],
      [null, { kind: 'gte', value: 100, isImplicit: true }],
      [100, { kind: 'gte', value: 100, isImplicit: true }],
      [53, { kind: 'gte', value: 100, isImplicit: true }],
      [31.4, { kind: 'gte', value: 40, isImplicit: true }],
      [60, { kind: 'gte', value: 70, isImplicit: true }],
      [9, { kind: 'gte', value: 12, isImplicit: true }],
      [null, { kind: 'gte', value: 3000, isImplicit: true }],
      [null, { kind: 'gte', value: 65, isImplicit: true }],
      [26, { kind: 'gte', value: 30, isImplicit: true }],
      [626, { kind: 'gte', value: 650, isImplicit: true }],
      [0.16, { kind: 'gte', value: 0.2, isImplicit: true }],
      [60, { kind: 'gte', value: 80, isImplicit: true }],
      [7391, { kind: 'gte', value: 9000, isImplicit: true }],
      [19, { kind: 'gte', value: 25, isImplicit: true }],
      [80.3, { kind: 'gte', value: 85, isImplicit: true }],
      [100, { kind: 'gte', value: 100, isImplicit: true }],
      [100, { kind: 'gte', value: 100, isImplicit: true }],
      [null, { kind: 'gte', value: 100, isImplicit: true }],
    ]);
    expect(table2.filter((row) => noteKinds(row).includes('single_value_row')).map((row) => row.code)).toEqual([
      'XM02',
      'XM08',
      'XM09',
      'XM19',
    ]);
    expect(table2.filter((row) => row.attribute === 'binding').map((row) => row.code)).toEqual(['XM06', 'XM17', 'XM18']);
    expect(indicator('XM12')).toMatchObject({ unit: '%', baseline: { printed: '0.16' }, targets: [{ printed: '0.20' }] });
    expect(indicator('XM03').direction).toBe('maintain');
  });

  it('narrative confirmations and the truncation are noted', () => {
    expect(indicator('XM01').notes).toContainEqual(
      expect.objectContaining({ kind: 'narrative_confirms', printed: '由26%逐步提高到30%以上' }),
    );
    expect(plan('004').notes.map((note) => note.kind)).toEqual(
      expect.arrayContaining(['flattened_split', 'chunk_marker_inside', 'truncated_document']),
    );
    expect(plan('004').targetYearPrinted).toBe('2025年目\n33、标值');
  });
});
