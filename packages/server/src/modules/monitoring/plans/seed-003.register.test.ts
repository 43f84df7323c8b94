import { describe, expect, it } from 'vitest';

import { noteKinds, targetOf, useSeedRegister } from './seed-plans.test-support';

// The register of seed plan 003 (开平, prose targets in traditional script) against seeds-digest §2.5.

const { plan, indicator } = useSeedRegister();

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
