import { ZSeedPlan } from '@mz/shared';
import { describe, expect, it } from 'vitest';

import { assessTimeProgress, evaluateTarget } from '../monitoring.rules';
import { targetOf, useSeedRegister } from './seed-plans.test-support';

// The plan register read from the five seed texts, checked against the texts themselves and
// against seeds-digest §2 (the answer key): what holds for all five plans, and the register feeding
// the indicator rules. Each plan's own rows: seed-00N.register.test.ts.

const { register, plan, indicator } = useSeedRegister();

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
    for (const loaded of register.plans) {
      const source = register.texts.get(loaded.seedId) ?? '';
      const printed: { path: string; printed: string }[] = [];
      collectPrinted(loaded, loaded.seedId, printed);
      const missing = printed.filter((entry) => !source.includes(entry.printed));
      expect(missing).toEqual([]);
      checked += printed.length;
    }
    expect(checked).toBeGreaterThan(700);
  });

  it('values are parsed from the printed text, not typed in', () => {
    for (const loaded of register.plans) {
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
    for (const loaded of register.plans) {
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
    for (const loaded of register.plans) {
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
