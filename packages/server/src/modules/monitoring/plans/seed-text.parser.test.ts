import { describe, expect, it } from 'vitest';

import {
  listDigitRunSplits,
  parseAttribute,
  parseNumberCell,
  parseTargetCell,
  readDigitRun,
  readLineCells,
  sourceSpan,
  splitNameAndUnit,
  stripChunkMarkers,
  stripCellMarkers,
  stripPinyinGlosses,
} from './seed-text.parser';

describe('cells', () => {
  it('reads non-blank lines with their offsets', () => {
    const source = '序号\n\n 指标\u00a0\n';
    const cells = readLineCells(source);
    expect(cells.map((cell) => cell.text)).toEqual(['序号', '指标']);
    expect(source.slice(cells[1]?.offset, cells[1]?.end)).toBe('指标');
  });

  it('drops the 「 |」 markers of 000', () => {
    const [cell] = readLineCells('预期性 | |');
    expect(cell === undefined ? null : stripCellMarkers(cell).text).toBe('预期性');
  });
});

describe('parseNumberCell', () => {
  it('numbers, units, scopes and blanks', () => {
    expect(parseNumberCell('44.28')).toMatchObject({ value: 44.28, unit: null, isBlank: false });
    expect(parseNumberCell('64%')).toMatchObject({ value: 64, unit: '%' });
    expect(parseNumberCell('城市:13.5')).toMatchObject({ value: 13.5, scope: '城市' });
    expect(parseNumberCell('—')).toMatchObject({ value: null, isBlank: true });
    expect(parseNumberCell('-')).toMatchObject({ value: null, isBlank: true });
  });

  it('rejects anything else', () => {
    expect(() => parseNumberCell('≥55')).toThrow();
    expect(() => parseNumberCell('约束性')).toThrow();
  });
});

describe('parseTargetCell', () => {
  it('reads comparators as data', () => {
    expect(parseTargetCell('≥55').target).toEqual({ kind: 'gte', value: 55 });
    expect(parseTargetCell('>30').target).toEqual({ kind: 'gt', value: 30 });
    expect(parseTargetCell('≥55%')).toEqual({ target: { kind: 'gte', value: 55 }, unit: '%' });
    expect(parseTargetCell('75').target).toEqual({ kind: 'gte', value: 75, isImplicit: true });
    expect(parseTargetCell('不低于居民上年度人均消费支出增速').target).toEqual({
      kind: 'relative_growth',
      reference: '居民上年度人均消费支出增速',
      referenceLagYears: 1,
    });
  });
});

describe('parseAttribute', () => {
  it('keeps misprints as notes', () => {
    expect(parseAttribute('约束性')).toEqual({ attribute: 'binding', note: null });
    expect(parseAttribute('约束')).toMatchObject({ attribute: 'binding', note: { kind: 'attribute_as_printed' } });
    expect(parseAttribute('预期值')).toMatchObject({ attribute: 'expected', note: { printed: '预期值' } });
    expect(() => parseAttribute('指导性')).toThrow('Unknown indicator attribute');
  });
});

describe('splitNameAndUnit', () => {
  it('takes the last parenthesis as the unit', () => {
    expect(splitNameAndUnit('城乡社区居家养老服务站(中心)数(个)')).toEqual({ name: '城乡社区居家养老服务站(中心)数', unit: '个' });
    expect(splitNameAndUnit('每千名老人拥有养老床位占有率()')).toEqual({ name: '每千名老人拥有养老床位占有率', unit: '' });
    expect(splitNameAndUnit('节地生态安葬率')).toEqual({ name: '节地生态安葬率', unit: null });
  });
});

describe('stripped views', () => {
  it('pinyin glosses: search without them, print with them', () => {
    const source = '鄉(xiāng)鎮(zhèn)(街道)覆蓋率';
    const view = stripPinyinGlosses(source);
    expect(view.text).toBe('鄉鎮(街道)覆蓋率');
    expect(sourceSpan(source, view, 0, 2)).toBe('鄉(xiāng)鎮(zhèn)');
    expect(sourceSpan(source, view, 2, 6)).toBe('(街道)');
  });

  it('chunk markers: a marker inside a span is kept, one after it is not', () => {
    const source = '农村\n19、五保供养人数\n20、化率';
    const view = stripChunkMarkers(source);
    expect(view.text).toBe('农村五保供养人数化率');
    expect(sourceSpan(source, view, 0, 8)).toBe('农村\n19、五保供养人数');
    expect(sourceSpan(source, view, 2, 8)).toBe('五保供养人数');
  });
});

describe('readDigitRun', () => {
  const completion = { isNonDecreasing: false, maxValue: null, allowsSingleValue: false };
  const indicators = { isNonDecreasing: true, maxValue: 100, allowsSingleValue: true };

  it('lists the valid two-number readings', () => {
    expect(listDigitRunSplits('1.00.758')).toEqual([['1.0', '0.758']]);
    expect(listDigitRunSplits('7.0106.83')).toEqual([
      ['7.0', '106.83'],
      ['7.010', '6.83'],
    ]);
  });

  it('prefers close magnitudes', () => {
    expect(readDigitRun('2000013737', completion)).toMatchObject({ values: ['20000', '13737'], basis: 'most_plausible' });
    expect(readDigitRun('1017.2', completion)).toMatchObject({ values: ['10', '17.2'], alternatives: [['101', '7.2']] });
  });

  it('flags a reading decided by number format only as ambiguous (「7.010」 is an unlikely print)', () => {
    expect(readDigitRun('7.0106.83', completion)).toEqual({
      values: ['7.0', '106.83'],
      alternatives: [['7.010', '6.83']],
      basis: 'ambiguous',
    });
  });

  it('reads single-value rows when no increasing split exists', () => {
    expect(readDigitRun('100', indicators)).toMatchObject({ values: ['100'], basis: 'single' });
    expect(readDigitRun('65', indicators)).toMatchObject({ values: ['65'], basis: 'single' });
    expect(readDigitRun('53100', indicators)).toMatchObject({ values: ['53', '100'], basis: 'unique' });
    expect(() => readDigitRun('7', completion)).toThrow('Cannot read the digit run');
  });
});
