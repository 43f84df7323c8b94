import { ZSeedPlan } from '@mz/shared';
import type { TCompletionRow, TPlanIndicator, TScheduleRow, TSeedPlan } from '@mz/shared';
import { beforeAll, describe, expect, it } from 'vitest';

import { assessTimeProgress, evaluateTarget } from '../monitoring.rules';
import { loadSeedPlans } from './load-seed-plans';
import { readSeedTexts, resolveSeedDir } from './seed-fixture';

// The plan register read from the five seed texts, checked against the texts themselves and
// against seeds-digest §2 (the answer key).

let plans: TSeedPlan[] = [];
let texts = new Map<string, string>();

beforeAll(async () => {
  const seedDir = resolveSeedDir();
  [plans, texts] = await Promise.all([loadSeedPlans(seedDir), readSeedTexts(seedDir)]);
});

function plan(seedId: string): TSeedPlan {
  const found = plans.find((candidate) => candidate.seedId === seedId);
  if (found === undefined) {
    throw new Error(`plan ${seedId} not loaded`);
  }
  return found;
}

function indicator(code: string): TPlanIndicator {
  const found = plans.flatMap((candidate) => candidate.indicators).find((row) => row.code === code);
  if (found === undefined) {
    throw new Error(`indicator ${code} not loaded`);
  }
  return found;
}

function completionRow(code: string): TCompletionRow {
  const found = plans.flatMap((candidate) => candidate.completionRows).find((row) => row.code === code);
  if (found === undefined) {
    throw new Error(`completion row ${code} not loaded`);
  }
  return found;
}

function noteKinds(row: { notes: readonly { kind: string }[] }): string[] {
  return row.notes.map((note) => note.kind);
}

function targetOf(row: TPlanIndicator, year = 2025) {
  return row.targets.find((target) => target.year === year);
}

/** Every string under a key named `printed` or ending in `Printed`, with its path. */
function collectPrinted(value: unknown, path: string, into: { path: string; printed: string }[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectPrinted(item, `${path}[${index}]`, into));
    return;
  }
  if (typeof value !== 'object' || value === null) {
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    const isPrintedKey = key === 'printed' || key.endsWith('Printed') || key.startsWith('printed');
    if (isPrintedKey && typeof child === 'string' && child !== '') {
      into.push({ path: `${path}.${key}`, printed: child });
    } else {
      collectPrinted(child, `${path}.${key}`, into);
    }
  }
}

describe('every printed value occurs in its seed text', () => {
  it('checks all printed strings of all five plans', () => {
    let checked = 0;
    for (const loaded of plans) {
      const source = texts.get(loaded.seedId) ?? '';
      const printed: { path: string; printed: string }[] = [];
      collectPrinted(loaded, loaded.seedId, printed);
      const missing = printed.filter((entry) => !source.includes(entry.printed));
      expect(missing).toEqual([]);
      checked += printed.length;
    }
    expect(checked).toBeGreaterThan(700);
  });

  it('values are parsed from the printed text, not typed in', () => {
    for (const loaded of plans) {
      for (const row of loaded.indicators) {
        if (row.baseline !== null && row.baseline.value !== null) {
          expect(row.baseline.printed.replace(/\n\d+、/gu, '')).toContain(String(row.baseline.value));
        }
        for (const target of row.targets) {
          if ('value' in target.target) {
            const printedNumber = target.printed === '实现全覆盖' ? '100' : target.printed;
            expect(Number(/\d+(?:\.\d+)?/u.exec(printedNumber)?.[0])).toBe(target.target.value);
          }
        }
      }
    }
  });
});

describe('contract', () => {
  it('every plan validates against the shared ZSeedPlan schema', () => {
    for (const loaded of plans) {
      expect(ZSeedPlan.safeParse(loaded).success, loaded.seedId).toBe(true);
    }
  });
});

describe('table row counts', () => {
  const tableCount = (seedId: string, tableId: string) =>
    plan(seedId).indicators.filter((row) => row.tableId === tableId).length +
    plan(seedId).completionRows.filter((row) => row.tableId === tableId).length;

  it('001: 15 national indicators (plus one target stated in the text)', () => {
    expect(tableCount('001', '001-T1')).toBe(15);
    expect(
      plan('001')
        .indicators.map((row) => row.code)
        .slice(0, 15),
    ).toEqual(Array.from({ length: 15 }, (_, index) => `N${String(index + 1).padStart(2, '0')}`));
    expect(tableCount('001', '001-N')).toBe(1);
  });

  it('000: 16 rows', () => {
    expect(tableCount('000', '000-T1')).toBe(16);
  });

  it('002: 表1 14 rows; 表2 13 numbered + 1 unnumbered', () => {
    expect(tableCount('002', '002-T1')).toBe(14);
    const table2 = plan('002').indicators.filter((row) => row.tableId === '002-T2');
    expect(table2.filter((row) => row.rowNumber !== null)).toHaveLength(13);
    expect(table2.filter((row) => row.rowNumber === null).map((row) => row.code)).toEqual(['WS02A']);
  });

  it('003: 7 prose indicators with 9 dated targets (two 2023 interim values)', () => {
    const prose = plan('003').indicators;
    expect(prose).toHaveLength(7);
    expect(prose.flatMap((row) => row.targets)).toHaveLength(9);
    expect(prose.flatMap((row) => row.targets).filter((target) => target.year === 2023)).toHaveLength(2);
  });

  it('004: 表1 21 rows, 表2 19 rows', () => {
    expect(tableCount('004', '004-T1')).toBe(21);
    expect(tableCount('004', '004-T2')).toBe(19);
  });

  it('002 专栏2–5 schedules', () => {
    const rowsOf = (boxId: string) => plan('002').schedules.filter((row) => row.boxId === boxId);
    expect(rowsOf('002-B2')).toHaveLength(11);
    expect(rowsOf('002-B3')).toHaveLength(4);
    expect(rowsOf('002-B4')).toHaveLength(3);
    expect(rowsOf('002-B5')).toHaveLength(18);
  });

  it('table summaries agree with the rows', () => {
    for (const loaded of plans) {
      for (const table of loaded.tables) {
        const rows =
          table.kind === 'schedule'
            ? loaded.schedules.filter((row) => row.boxId === table.tableId).length
            : tableCount(loaded.seedId, table.tableId);
        expect(rows, table.tableId).toBe(table.rowCount);
      }
    }
  });
});

describe('001 national plan (digest §2.1)', () => {
  it('metadata', () => {
    expect(plan('001')).toMatchObject({
      level: 'national',
      divisionCode: '000000',
      title: { printed: '“十四五”民政事业发展规划' },
      issuer: { printed: '民政部 国家发展和改革委员会' },
      issuedOn: { printed: '2021年5月24日', date: '2021-05-24' },
      publishedOn: { printed: '发布时间:2021-06-29', date: '2021-06-29' },
      baseYear: 2020,
      targetYear: 2025,
    });
    expect(noteKinds(plan('001'))).toContain('no_baseline_column');
  });

  it('targets and attributes', () => {
    expect(targetOf(indicator('N01'))).toMatchObject({
      printed: '不低于居民上年度人均消费支出增速',
      target: { kind: 'relative_growth', referenceLagYears: 1 },
    });
    expect(indicator('N05')).toMatchObject({ unit: '万个', valueKind: 'count', attribute: 'expected' });
    expect(targetOf(indicator('N05'))?.target).toEqual({ kind: 'gte', value: 18, isImplicit: true });
    expect(targetOf(indicator('N06'))).toMatchObject({ printed: '>30', target: { kind: 'gt', value: 30 } });
    expect(targetOf(indicator('N14'))).toMatchObject({ printed: '≥55', target: { kind: 'gte', value: 55 } });
    expect(indicator('N14').attribute).toBe('binding');
    expect(indicator('N15').baseline).toBeNull();
  });

  it('row 13 attribute printed 「约束」 is loaded as binding with a note', () => {
    const row = indicator('N13');
    expect(row).toMatchObject({ printedAttribute: '约束', attribute: 'binding' });
    expect(row.notes).toContainEqual(expect.objectContaining({ kind: 'attribute_as_printed', printed: '约束' }));
  });

  it('the text target 每万名城镇常住人口拥有社区工作者18人', () => {
    expect(indicator('NT01')).toMatchObject({
      source: 'narrative',
      unit: '人',
      ratioFactor: 10000,
      attribute: null,
      targets: [{ year: 2025, printed: '18人', target: { kind: 'gte', value: 18 } }],
    });
  });
});

describe('000 广西 (digest §2.2)', () => {
  it('row 1 baseline 「城市:13.5」 is urban only', () => {
    expect(indicator('GX01').baseline).toEqual({
      printed: '城市:13.5',
      value: 13.5,
      unit: null,
      scope: '城市',
      isBlank: false,
    });
    expect(noteKinds(indicator('GX01'))).toContain('partial_baseline');
    expect(indicator('GX01').category?.printed).toBe('基本民生保障');
  });

  it('rows 6, 7, 13 and 16', () => {
    expect(indicator('GX06')).toMatchObject({
      category: { printed: '养老服务体系建设' },
      baseline: { printed: '44.28', value: 44.28 },
      attribute: 'binding',
    });
    expect(targetOf(indicator('GX06'))?.printed).toBe('≥55');
    expect(indicator('GX07').baseline).toMatchObject({ printed: '—', isBlank: true, value: null });
    expect(noteKinds(indicator('GX07'))).toContain('blank_baseline');
    expect(indicator('GX13')).toMatchObject({ unit: '万个', baseline: { value: 0.7 }, cascade: { kind: 'decomposed' } });
    expect(indicator('GX16')).toMatchObject({ baseline: { value: 11.4 }, attribute: 'binding' });
  });

  it('row 9 attribute printed 「预期值」 is loaded as expected with a note', () => {
    expect(indicator('GX09')).toMatchObject({ printedAttribute: '预期值', attribute: 'expected' });
    expect(noteKinds(indicator('GX09'))).toContain('attribute_as_printed');
  });

  it('the two sub-headings numbered 「4、」 and the summary status are noted', () => {
    const notes = plan('000').notes;
    expect(notes.filter((note) => note.kind === 'numbering_as_printed').map((note) => note.printed)).toEqual([
      '4、规范发展福利彩票',
      '4、完善地名管理服务体系',
    ]);
    expect(noteKinds(plan('000'))).toContain('summary_document');
    expect(plan('000').title).toBeNull();
  });
});

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

describe('003 开平 (digest §2.5)', () => {
  it('prose targets with comparators as printed', () => {
    expect(targetOf(indicator('KP01'))?.target).toMatchObject({ kind: 'relative_growth' });
    expect(targetOf(indicator('KP02'))).toMatchObject({ printed: '80%以上', target: { kind: 'at_least', value: 80 } });
    expect(targetOf(indicator('KP03'))).toMatchObject({ printed: '不低于55%', target: { kind: 'at_least', value: 55 } });
    expect(targetOf(indicator('KP04'))?.target).toEqual({ kind: 'at_least', value: 60 });
    expect(targetOf(indicator('KP05'))).toMatchObject({ printed: '達到50%以上', target: { kind: 'at_least', value: 50 } });
  });

  it('2023 interim values 31 m² and 16 workers, 2025 values 32 and 18', () => {
    expect(indicator('KP06').targets.map((target) => [target.year, target.target])).toEqual([
      [2023, { kind: 'gte', value: 31, isImplicit: true }],
      [2025, { kind: 'gte', value: 32, isImplicit: true }],
    ]);
    expect(indicator('KP07').targets.map((target) => [target.year, target.printed])).toEqual([
      [2023, '達到16人'],
      [2025, '達到18人'],
    ]);
  });

  it('printed text keeps the pinyin glosses; the display name drops them', () => {
    const row = indicator('KP05');
    expect(row.name.printed).toBe('鄉(xiāng)鎮(zhèn)(街道)未成年人保護工作站覆蓋率');
    expect(row.name.text).toBe('鄉鎮(街道)未成年人保護工作站覆蓋率');
    expect(row.category?.text).toBe('大兒童');
  });

  it('no attributes, garbled passages, glosses and simplified 「不低于」 are noted', () => {
    expect(plan('003').indicators.every((row) => row.attribute === null)).toBe(true);
    expect(noteKinds(indicator('KP01'))).toEqual(expect.arrayContaining(['garbled_text', 'attribute_not_stated']));
    expect(indicator('KP01').notes[0]?.printed).toBe('?!笆奈濉逼陂g');
    expect(noteKinds(plan('003'))).toEqual(expect.arrayContaining(['pinyin_gloss', 'garbled_text', 'mixed_script', 'no_baseline_column']));
    expect(plan('003').notes.find((note) => note.kind === 'pinyin_gloss')?.message).toContain('249处');
  });
});

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

describe('the register feeds the indicator rules', () => {
  it('广西 row 6: baseline 44.28, target ≥55 → a 2023 value of 50 is pending and lagging', () => {
    const row = indicator('GX06');
    const target = targetOf(row);
    if (target === undefined || row.baseline?.value === null || row.baseline === null || target.target.kind !== 'gte') {
      throw new Error('GX06 not loaded as expected');
    }
    const evaluation = evaluateTarget({
      target: target.target,
      targetYear: target.year,
      asOfYear: 2023,
      observation: { kind: 'value', value: 50 },
      unit: row.unit,
      attribute: row.attribute,
    });
    expect(evaluation.verdict).toBe('pending');
    const progress = assessTimeProgress({
      baseline: { year: row.baselineYear ?? 2020, value: row.baseline.value },
      target: { year: target.year, value: target.target.value },
      observations: [{ year: 2023, value: 50 }],
      asOfYear: 2023,
      direction: row.direction,
    });
    // Expected 44.28 + 10.72 × 0.6 = 50.712; 5.72 / 10.72 = 53.4 % of the distance in 60 % of the time (0.89).
    expect(progress.expectedValue).toBeCloseTo(50.712, 10);
    expect(progress.scheduleRatio).toBeCloseTo(5.72 / 10.72 / 0.6, 10);
    expect(progress.verdict).toBe('lagging');
  });

  it('广西 row 15: the blank baseline 「—」 needs an earlier observation', () => {
    const row = indicator('GX15');
    const progress = assessTimeProgress({
      baseline: { year: row.baselineYear ?? 2020, value: row.baseline?.value ?? null },
      target: { year: 2025, value: 50 },
      observations: [{ year: 2023, value: 30 }],
      asOfYear: 2023,
      direction: row.direction,
    });
    expect(progress.verdict).toBeNull();
    expect(progress.baselineSource).toBe('none');
  });
});
