import type { TMonitoringValueInput, ValueInputField, ValueKind } from '@mz/shared';

// Validation of one entered value (range, unit, year-on-year jump): errors block the save (or the
// whole import), warnings are returned with the saved result. Pure; thresholds are configurable.

export type ValidationIssue = { field: ValueInputField | 'unit'; code: string; message: string };

export type IndicatorForValidation = {
  code: string;
  name: string;
  valueKind: ValueKind;
  ratioFactor: number | null;
  unit: string | null;
  inputUnit: string | null;
  unitScale: number;
  isGrowth: boolean;
};

export type JumpThresholds = {
  /** Percentage-point change of a % / ‰ indicator that warns, and that blocks. */
  warnPoints: number;
  blockPoints: number;
  /** Relative change of other indicators that warns, and that blocks (2 = +200 % or −67 %). */
  warnRelative: number;
  blockRelative: number;
};

export const DEFAULT_JUMP_THRESHOLDS: JumpThresholds = { warnPoints: 15, blockPoints: 40, warnRelative: 0.3, blockRelative: 2 };

/** The input cells an indicator of this kind needs, with their Chinese labels. */
export const inputFieldsOf = (
  indicator: Pick<IndicatorForValidation, 'valueKind' | 'ratioFactor' | 'isGrowth'>,
): { field: ValueInputField; label: string }[] => {
  switch (indicator.valueKind) {
    case 'ratio':
      return [
        { field: 'numerator', label: '分子' },
        { field: 'denominator', label: '分母' },
      ];
    case 'count':
      return [{ field: 'value', label: '数量' }];
    case 'qualitative':
      return [{ field: 'value', label: '是否实现（1=是，0=否）' }];
    case 'level':
      if (indicator.isGrowth) {
        return [
          { field: 'numerator', label: '低保标准（元/人·月）' },
          { field: 'weight', label: '保障人数（加权用）' },
          { field: 'referenceValue', label: '当年居民人均消费支出（元，作参照增速）' },
        ];
      }
      if (indicator.ratioFactor !== null) {
        return [
          { field: 'numerator', label: '分子标准（元/人·月）' },
          { field: 'weight', label: '分子保障人数' },
          { field: 'denominator', label: '分母标准（元/人·月）' },
          { field: 'denominatorWeight', label: '分母保障人数' },
        ];
      }
      return [
        { field: 'numerator', label: '标准（元/人·月）' },
        { field: 'weight', label: '保障人数' },
      ];
  }
};

/** Value of one row by itself (no roll-up), in the printed unit; null when not computable. */
export const rowValue = (
  indicator: IndicatorForValidation,
  input: Partial<Record<ValueInputField, number | null | undefined>>,
): number | null => {
  const n = input.numerator ?? null;
  const d = input.denominator ?? null;
  switch (indicator.valueKind) {
    case 'ratio':
      return n === null || d === null || d === 0 ? null : (n * (indicator.ratioFactor ?? 1)) / d;
    case 'count':
      return input.value === null || input.value === undefined ? null : input.value / indicator.unitScale;
    case 'qualitative':
      return input.value ?? null;
    case 'level':
      if (indicator.isGrowth) return n;
      if (indicator.ratioFactor === null) return n;
      return n === null || d === null || d === 0 ? null : (n * indicator.ratioFactor) / d;
  }
};

const isPercentLike = (indicator: IndicatorForValidation) => indicator.unit === '%' || indicator.unit === '‰';

export type ValidationResult = { errors: ValidationIssue[]; warnings: ValidationIssue[]; value: number | null };

/** `previous`: the same unit's value a year earlier (in the printed unit), for the jump rule. */
export const validateValueInput = (
  indicator: IndicatorForValidation,
  input: TMonitoringValueInput,
  previous: number | null,
  thresholds: JumpThresholds = DEFAULT_JUMP_THRESHOLDS,
): ValidationResult => {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const fields = inputFieldsOf(indicator);
  const expectedUnit = indicator.valueKind === 'ratio' ? null : indicator.inputUnit;
  if (input.unit !== undefined && input.unit !== '' && expectedUnit !== null && input.unit !== expectedUnit) {
    errors.push({ field: 'unit', code: 'UNIT_MISMATCH', message: `单位应为「${expectedUnit}」，填写的是「${input.unit}」` });
  }
  for (const { field, label } of fields) {
    const value = input[field];
    if (value === null || value === undefined) {
      errors.push({ field, code: 'REQUIRED', message: `请填写${label}` });
    } else if (value < 0) {
      errors.push({ field, code: 'NEGATIVE', message: `${label}不能为负数` });
    }
  }
  for (const field of ['numerator', 'denominator', 'value', 'weight', 'denominatorWeight', 'referenceValue'] as const) {
    const value = input[field];
    if (value !== null && value !== undefined && !fields.some((f) => f.field === field)) {
      errors.push({ field, code: 'NOT_APPLICABLE', message: `该指标不填写此项` });
    }
  }
  if (errors.length > 0) return { errors, warnings, value: null };

  const n = input.numerator ?? 0;
  const d = input.denominator ?? 0;
  if (indicator.valueKind === 'ratio') {
    if (d === 0 && n > 0) errors.push({ field: 'denominator', code: 'ZERO_DENOMINATOR', message: '分母为0时分子也应为0（比率不适用）' });
    if (isPercentLike(indicator) && n > d) {
      errors.push({ field: 'numerator', code: 'RANGE', message: `分子（${n}）不能大于分母（${d}）：比率不能超过100%` });
    }
    if (!Number.isInteger(n) || !Number.isInteger(d)) {
      if (isPercentLike(indicator)) {
        warnings.push({ field: 'numerator', code: 'NOT_INTEGER', message: '分子、分母通常为整数（个数、人数）' });
      }
    }
  }
  if (indicator.valueKind === 'count' && input.value !== null && input.value !== undefined && !Number.isInteger(input.value)) {
    errors.push({ field: 'value', code: 'NOT_INTEGER', message: `数量应为整数（单位：${indicator.inputUnit ?? ''}）` });
  }
  if (indicator.valueKind === 'qualitative' && input.value !== 0 && input.value !== 1) {
    errors.push({ field: 'value', code: 'RANGE', message: '定性指标填1（已实现）或0（未实现）' });
  }
  if (indicator.valueKind === 'level' && (input.numerator ?? 0) === 0) {
    errors.push({ field: 'numerator', code: 'RANGE', message: '标准应大于0' });
  }
  const value = errors.length > 0 ? null : rowValue(indicator, input);
  if (value !== null && previous !== null) {
    const field = fields[0]?.field ?? 'value';
    if (isPercentLike(indicator) && indicator.valueKind !== 'level') {
      const points = Math.abs(value - previous);
      const text = `与上年（${previous.toFixed(1)}${indicator.unit}）相比变化${points.toFixed(1)}个${indicator.unit === '%' ? '百分点' : '千分点'}`;
      if (points > thresholds.blockPoints) {
        errors.push({ field, code: 'JUMP_BLOCKED', message: `${text}，超过${thresholds.blockPoints}，请核实后再填` });
      } else if (points > thresholds.warnPoints) warnings.push({ field, code: 'JUMP_WARNING', message: `${text}，请核实` });
    } else if (previous > 0) {
      const ratio = value / previous;
      const change = Math.abs(ratio - 1);
      const text = `与上年（${formatPlain(previous)}）相比变化${(change * 100).toFixed(1)}%`;
      if (ratio > 1 + thresholds.blockRelative || ratio < 1 / (1 + thresholds.blockRelative)) {
        errors.push({ field, code: 'JUMP_BLOCKED', message: `${text}，变化过大，请核实后再填` });
      } else if (change > thresholds.warnRelative) warnings.push({ field, code: 'JUMP_WARNING', message: `${text}，请核实` });
    }
  }
  return { errors, warnings, value };
};

const formatPlain = (value: number) => String(Math.round(value * 100) / 100);
