import { describe, expect, it } from 'vitest';

import { inferDirection, inferRatioFactor, inferValueKind, isBareNumber } from './plan-register.rules';

const target = (kind: 'gte' | 'lte', value: number) =>
  ({ year: 2025, printed: String(value), target: { kind, value }, unit: '%', source: 'table' }) as const;

describe('inferValueKind / inferRatioFactor', () => {
  it('levels, ratios and counts', () => {
    expect(inferValueKind('农村低保标准占城市低保标准比例', '%', [target('gte', 75)])).toBe('level');
    expect(inferValueKind('農村低保月人均補差最低標準占城鎮低保月人均補差最低標準', '%', [])).toBe('level');
    expect(inferValueKind('养老机构护理型床位占比', '%', [])).toBe('ratio');
    expect(inferValueKind('每百户居民拥有的城乡社区综合服务设施面积', '平方米', [])).toBe('ratio');
    expect(inferValueKind('福利彩票销售网点数', '万个', [])).toBe('count');
  });

  it('factors', () => {
    expect(inferRatioFactor('每百戶居民擁有的城鄉社區綜合服務設施建筑面積', '平方米', 'ratio', [])).toBe(100);
    expect(inferRatioFactor('每千名常住老年人养老床位数', '张', 'ratio', [])).toBe(1000);
    expect(inferRatioFactor('每萬名城鎮常住人口擁有社區工作者數量', '人', 'ratio', [])).toBe(10000);
    expect(inferRatioFactor('社会工作专业人才占全省人口比例', '‰', 'ratio', [])).toBe(1000);
    expect(inferRatioFactor('福利彩票销售网点数', '个', 'count', [])).toBeNull();
  });
});

describe('inferDirection', () => {
  const printed = (value: number) => ({ printed: String(value), value, unit: null, scope: null, isBlank: false });

  it('maintain when the target equals the baseline, decrease for ≤ targets', () => {
    expect(inferDirection(printed(100), [target('gte', 100)])).toBe('maintain');
    expect(inferDirection(printed(44.28), [target('gte', 55)])).toBe('increase');
    expect(inferDirection(null, [target('lte', 5)])).toBe('decrease');
  });
});

describe('isBareNumber', () => {
  it('distinguishes table numbers from worded targets', () => {
    expect(isBareNumber('75')).toBe(true);
    expect(isBareNumber('100%')).toBe(true);
    expect(isBareNumber('達到31平方米')).toBe(false);
    expect(isBareNumber('实现全覆盖')).toBe(false);
  });
});
