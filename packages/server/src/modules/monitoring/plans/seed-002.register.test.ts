import type { TScheduleRow } from '@mz/shared';
import { describe, expect, it } from 'vitest';

import { noteKinds, targetOf, useSeedRegister } from './seed-plans.test-support';

// The register of seed plan 002 (文山州: 表1 completion, 表2 indicators, 专栏2–5 schedules) against
// seeds-digest §2.3 and §2.6.

const { plan, indicator, completionRow } = useSeedRegister();

describe('002 文山 (digest §2.3, §2.6)', () => {
  it('metadata', () => {
    expect(plan('002')).toMatchObject({
      level: 'prefecture',
      divisionCode: '532600',
      documentNumber: { printed: '文民发〔2022〕6 号' },
      issuedOn: { date: '2022-03-22' },
      issuer: { printed: '文山州民政局' },
      baseYearPrinted: '基准年为2020年',
      periodPrinted: '规划期限为2021-2025年',
    });
  });

  it('表1 completion rows', () => {
    expect(completionRow('WSC06')).toMatchObject({
      baseYear: 2015,
      baseValue: { value: 40.05 },
      actualValue: { value: 27.4 },
      attribute: 'binding',
      completion: 'not_completed',
    });
    expect(completionRow('WSC09')).toMatchObject({
      baseValue: { printed: '-', isBlank: true },
      completion: 'not_stated',
      printedCompletion: '-',
    });
    expect(completionRow('WSC03').actualValue.value).toBe(85.29);
  });

  it('表1 row 13: 「全省」 and ‰ against 表2 row 11 in %', () => {
    const row = completionRow('WSC13');
    expect(row).toMatchObject({ unit: '‰', actualValue: { value: 1.2 } });
    expect(noteKinds(row)).toEqual(expect.arrayContaining(['region_as_printed', 'unit_inconsistency']));
    expect(indicator('WS11')).toMatchObject({ unit: '%', baseline: { printed: '1.5%', value: 1.5 } });
    expect(noteKinds(indicator('WS11'))).toContain('unit_inconsistency');
  });

  it('volunteers 2 % (表1) vs 10.1 % (表2), and 表1 row 8 vs the narrative', () => {
    expect(noteKinds(completionRow('WSC14'))).toContain('value_inconsistency');
    expect(noteKinds(indicator('WS12'))).toContain('value_inconsistency');
    expect(completionRow('WSC08').notes).toContainEqual(
      expect.objectContaining({
        kind: 'narrative_differs',
        printed: '全州每千名老人养老床位从2016年的12张增至2020年末的20.8张',
      }),
    );
  });

  it('表2: unnumbered row, % inside cells, 约束性 marriage registration', () => {
    expect(indicator('WS02A')).toMatchObject({
      position: 3,
      rowNumber: null,
      name: { printed: '农村公益性公墓(骨灰堂)乡镇覆盖率' },
      baseline: { printed: '90%', value: 90, unit: '%' },
      attribute: 'binding',
    });
    expect(noteKinds(indicator('WS02A'))).toContain('unnumbered_row');
    expect(indicator('WS01')).toMatchObject({ baseline: { value: 64 }, targets: [{ printed: '70%' }] });
    expect(targetOf(indicator('WS08'))).toMatchObject({ printed: '≥55%', target: { kind: 'gte', value: 55 } });
    expect(indicator('WS06')).toMatchObject({ attribute: 'binding', baseline: { printed: '-' } });
  });

  it('the 「832元/人·年」 unit is noted', () => {
    expect(plan('002').notes).toContainEqual(expect.objectContaining({ kind: 'unit_as_printed', printed: '提高到2020年的832元/人·年' }));
  });

  const box = (boxId: string): TScheduleRow[] => plan('002').schedules.filter((row) => row.boxId === boxId);

  it('专栏2: 104 township workstations by county and year', () => {
    const workstations = box('002-B2').filter((row) => row.rowNumber === '4');
    expect(workstations.map((row) => [row.year, row.quantity?.value, row.percent?.printed])).toEqual([
      [2021, 10, '9.62'],
      [2022, 20, '19.23'],
      [2023, 30, '28.85'],
      [2024, 30, '28.85'],
      [2025, 14, '13.46'],
    ]);
    const allocations = workstations.flatMap((row) => row.lines.flatMap((line) => line.allocations));
    const byCounty = new Map<string, number>();
    for (const allocation of allocations) {
      byCounty.set(allocation.county, (byCounty.get(allocation.county) ?? 0) + allocation.count);
    }
    expect(Object.fromEntries(byCounty)).toEqual({
      文山市: 15,
      马关县: 15,
      砚山县: 13,
      广南县: 13,
      丘北县: 12,
      富宁县: 12,
      西畴县: 12,
      麻栗坡县: 12,
    });
    expect([...byCounty.values()].reduce((sum, count) => sum + count, 0)).toBe(104);
    for (const row of workstations) {
      const yearTotal = row.lines.flatMap((line) => line.allocations).reduce((sum, a) => sum + a.count, 0);
      expect(yearTotal).toBe(row.quantity?.value);
    }
    expect(box('002-B2').find((row) => row.rowNumber === '5')?.quantity?.value).toBe(208);
    expect(box('002-B2').find((row) => row.rowNumber === '6')?.quantity?.value).toBe(988);
  });

  it('专栏3: 「2026 年底」 deadlines and the duplicated 马关县 are noted; subtotals add up to 100', () => {
    const hundred = box('002-B3').find((row) => row.rowNumber === '2');
    expect(hundred?.deadlinePrinted).toBe('2026\n\n年底');
    expect(hundred?.quantity?.value).toBe(100);
    expect(hundred?.lines.map((line) => [line.year, line.subtotal?.value])).toEqual([
      [2021, 10],
      [2022, 20],
      [2023, 20],
      [2024, 20],
      [2025, 30],
    ]);
    expect(noteKinds(hundred ?? { notes: [] })).toEqual(['deadline_as_printed', 'duplicate_entry', 'duplicate_entry']);
    expect(hundred?.notes[2]?.message).toContain('逐项相加为34');
    expect(box('002-B3').find((row) => row.rowNumber === '3')?.content?.text).toBe('“千名”社工人才');
    expect(box('002-B3').find((row) => row.rowNumber === '1')?.deadlinePrinted).toBe('2021\n\n-\n\n2022');
  });

  it('专栏4: counties by year', () => {
    expect(box('002-B4').map((row) => [row.year, row.lines.flatMap((line) => line.counties)])).toEqual([
      [2021, ['文山市', '砚山县', '西畴县', '富宁县']],
      [2022, ['丘北县', '广南县']],
      [2023, ['马关县', '麻栗坡县']],
    ]);
  });

  it('专栏5: cells assigned by content, missing cells noted, greening milestones', () => {
    const funeral = box('002-B5');
    const missing = funeral.flatMap((row) => row.notes).filter((note) => note.kind === 'missing_cell');
    expect(missing.map((note) => note.printed)).toEqual(['2021', '2024']);
    expect(funeral.filter((row) => row.year === 2021).map((row) => row.column)).toEqual([
      '经营性公墓',
      '乡镇级农村公益性公墓',
      '骨灰堂建设',
    ]);
    const greening = funeral.flatMap((row) => row.lines.flatMap((line) => line.milestones.map((m) => [line.year, m.value])));
    expect(greening).toEqual([
      [2022, 30],
      [2023, 60],
      [2024, 90],
      [2025, 100],
    ]);
  });
});
