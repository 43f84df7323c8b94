import { describe, expect, it } from 'vitest';

import { rollUpCount, rollUpLevel, rollUpRatio } from './aggregation.rules';

describe('rollUpRatio', () => {
  it('county A 1/5 townships, county B 9/15 → prefecture 50.0 %, not the 40 % mean of ratios', () => {
    const result = rollUpRatio({
      children: [
        { unitCode: '532601', numerator: 1, denominator: 5 },
        { unitCode: '532622', numerator: 9, denominator: 15 },
      ],
      factor: 100,
    });
    expect(result.value).toBe(50);
    expect(result.value).not.toBe((20 + 60) / 2);
    expect(result).toMatchObject({ numerator: 10, denominator: 20, method: 'ratio_of_sums', isPartial: false });
  });

  it('E3 nursing-type beds: (120 + 10 + 100)/(200 + 50 + 150) = 57.5 %', () => {
    const result = rollUpRatio({
      children: [
        { unitCode: 'A', numerator: 120, denominator: 200 },
        { unitCode: 'B', numerator: 10, denominator: 50 },
        { unitCode: 'C', numerator: 100, denominator: 150 },
      ],
      factor: 100,
    });
    expect(result.value).toBe(57.5);
  });

  it('per-100-household area uses the same Σ/Σ rule with factor 100', () => {
    const result = rollUpRatio({
      children: [
        { unitCode: 'X', numerator: 900, denominator: 3000 },
        { unitCode: 'Y', numerator: 200, denominator: 1000 },
      ],
      factor: 100,
    });
    expect(result.value).toBe(27.5);
  });

  it('a zero total denominator is not applicable', () => {
    const result = rollUpRatio({ children: [{ unitCode: 'Z', numerator: 0, denominator: 0 }], factor: 100 });
    expect(result.verdict).toBe('not_applicable');
    expect(result.value).toBeNull();
  });

  it('non-reporting units are excluded from numerator and denominator and flag the result partial', () => {
    const result = rollUpRatio({
      children: [
        { unitCode: 'A', numerator: 1, denominator: 5 },
        { unitCode: 'B', numerator: null, denominator: null },
      ],
      factor: 100,
    });
    expect(result).toMatchObject({ value: 20, isPartial: true, missingUnits: ['B'], includedUnits: ['A'] });
  });

  it('rejects negative counts', () => {
    expect(() => rollUpRatio({ children: [{ unitCode: 'A', numerator: -1, denominator: 5 }], factor: 100 })).toThrow(RangeError);
  });
});

describe('rollUpCount', () => {
  it('sums counts and reports missing units', () => {
    const result = rollUpCount({
      children: [
        { unitCode: 'A', value: 10 },
        { unitCode: 'B', value: 20 },
        { unitCode: 'C', value: null },
      ],
    });
    expect(result).toMatchObject({ value: 30, method: 'sum', isPartial: true, missingUnits: ['C'] });
  });
});

describe('rollUpLevel', () => {
  const children = [
    { unitCode: 'A', level: 700, weight: 1000 },
    { unitCode: 'B', level: 800, weight: 3000 },
  ];

  it('recipient-weighted mean Σ(S·N)/ΣN, with the method string', () => {
    const result = rollUpLevel({ children, method: 'recipient_weighted_mean' });
    expect(result.value).toBe(775);
    expect(result.simpleMean).toBe(750);
    expect(result.methodDescription).toBe('按保障人数加权平均：Σ(标准×人数)/Σ人数（2个单位，总人数4000）');
  });

  it('simple mean on request', () => {
    const result = rollUpLevel({ children, method: 'simple_mean' });
    expect(result.value).toBe(750);
    expect(result.weightedMean).toBe(775);
  });

  it('zero total weight makes the weighted mean not applicable', () => {
    const result = rollUpLevel({ children: [{ unitCode: 'A', level: 700, weight: 0 }], method: 'recipient_weighted_mean' });
    expect(result.verdict).toBe('not_applicable');
    expect(result.simpleMean).toBe(700);
  });
});
