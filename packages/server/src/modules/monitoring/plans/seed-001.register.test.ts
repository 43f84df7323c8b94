import { describe, expect, it } from 'vitest';

import { noteKinds, targetOf, useSeedRegister } from './seed-plans.test-support';

// The register of seed plan 001 (national 十四五 民政事业发展规划) against seeds-digest §2.1.

const { plan, indicator } = useSeedRegister();

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
