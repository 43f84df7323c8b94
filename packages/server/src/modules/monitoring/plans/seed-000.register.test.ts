import { describe, expect, it } from 'vitest';

import { noteKinds, targetOf, useSeedRegister } from './seed-plans.test-support';

// The register of seed plan 000 (广西, a summary document) against seeds-digest §2.2.

const { plan, indicator } = useSeedRegister();

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
