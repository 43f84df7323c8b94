import { describe, expect, it } from 'vitest';
import { inputFieldsOf, validateValueInput, type IndicatorForValidation } from './validation.rules';

const coverage: IndicatorForValidation = {
  code: 'N11',
  name: '乡镇(街道)未成年人保护工作站覆盖率',
  valueKind: 'ratio',
  ratioFactor: 100,
  unit: '%',
  inputUnit: null,
  unitScale: 1,
  isGrowth: false,
};
const outlets: IndicatorForValidation = {
  code: 'N05',
  name: '福利彩票销售网点数',
  valueKind: 'count',
  ratioFactor: null,
  unit: '万个',
  inputUnit: '个',
  unitScale: 10000,
  isGrowth: false,
};
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('value validation', () => {
  it('asks for the cells of the indicator’s kind', () => {
    expect(inputFieldsOf(coverage).map((f) => f.field)).toEqual(['numerator', 'denominator']);
    expect(codes(validateValueInput(coverage, { indicatorId: 1, numerator: 3 }, null).errors)).toEqual(['REQUIRED']);
    expect(codes(validateValueInput(coverage, { indicatorId: 1, numerator: 3, denominator: 10, value: 30 }, null).errors)).toEqual([
      'NOT_APPLICABLE',
    ]);
  });
  it('blocks a coverage above 100 %, a positive numerator over a zero denominator and negatives', () => {
    expect(codes(validateValueInput(coverage, { indicatorId: 1, numerator: 11, denominator: 10 }, null).errors)).toEqual(['RANGE']);
    expect(codes(validateValueInput(coverage, { indicatorId: 1, numerator: 1, denominator: 0 }, null).errors)).toContain(
      'ZERO_DENOMINATOR',
    );
    expect(codes(validateValueInput(coverage, { indicatorId: 1, numerator: -1, denominator: 10 }, null).errors)).toEqual(['NEGATIVE']);
  });
  it('warns on a jump of more than 15 points and blocks one of more than 40', () => {
    const warned = validateValueInput(coverage, { indicatorId: 1, numerator: 5, denominator: 10 }, 30);
    expect([codes(warned.errors), codes(warned.warnings), warned.value]).toEqual([[], ['JUMP_WARNING'], 50]);
    expect(codes(validateValueInput(coverage, { indicatorId: 1, numerator: 9, denominator: 10 }, 30).errors)).toEqual(['JUMP_BLOCKED']);
  });
  it('checks the unit of counts (entered in 个, shown in 万个) and relative jumps', () => {
    expect(codes(validateValueInput(outlets, { indicatorId: 1, value: 600, unit: '万个' }, null).errors)).toEqual(['UNIT_MISMATCH']);
    expect(validateValueInput(outlets, { indicatorId: 1, value: 600, unit: '个' }, null).value).toBe(0.06);
    expect(codes(validateValueInput(outlets, { indicatorId: 1, value: 600 }, 0.01).errors)).toEqual(['JUMP_BLOCKED']);
    expect(codes(validateValueInput(outlets, { indicatorId: 1, value: 12.5 }, null).errors)).toEqual(['NOT_INTEGER']);
  });
});
