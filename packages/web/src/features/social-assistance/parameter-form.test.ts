import type { TParameterValues, TParameterVersion } from '@mz/shared';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PARAMETERS } from '../../../../server/src/modules/social-assistance/social-assistance.fixtures';
import { changedFields, fromParameterForm, nextMonthStart, toParameterForm, versionHistory } from './parameter-form';

const { id: _id, countyCode: _c, effectiveFrom: _f, effectiveTo: _t, ...example } = EXAMPLE_PARAMETERS;
const base = example as unknown as TParameterValues;

const version = (id: number, divisionId: number, validFrom: string, values: TParameterValues): TParameterVersion => ({
  id,
  divisionId,
  divisionCode: String(divisionId),
  divisionName: `地区${divisionId}`,
  validFrom,
  validTo: null,
  note: null,
  values,
  createdAt: '2025-01-01T00:00:00.000Z',
});

describe('parameter form (元 on screen, fen in the contract)', () => {
  it('round-trips the version in force unchanged', () => {
    expect(fromParameterForm(base, toParameterForm(base))).toEqual({
      ...base,
      dibao: { ...base.dibao, benefitTiers: base.dibao.benefitTiers?.length ? base.dibao.benefitTiers : null },
    });
    expect(changedFields(base, fromParameterForm(base, toParameterForm(base)))).toEqual([]);
  });

  it('turns typed yuan, multiples and tier percentages into fen and basis points, keeping every other parameter', () => {
    const form = toParameterForm(base);
    form.amounts['dibaoUrban'] = 820.5;
    form.amounts['marginalMultiple'] = 1.5;
    form.amounts['minimumBenefit'] = null;
    form.tiers = [
      { code: 'A', label: '一档', maxIncomePercent: 30, amountYuan: 600 },
      { code: 'B', label: '二档', maxIncomePercent: null, amountYuan: 300.1 },
    ];
    const values = fromParameterForm(base, form);
    expect(values.dibaoStandardFen).toEqual({ urban: 82_050, rural: base.dibaoStandardFen.rural });
    expect(values.marginalIncomeMultiple).toBe(15_000);
    expect(values.dibao.minimumMonthlyBenefitFen).toBeNull();
    expect(values.dibao.benefitTiers).toEqual([
      { code: 'A', label: '一档', maxIncomeShare: 3_000, amountPerPersonFen: 60_000 },
      { code: 'B', label: '二档', maxIncomeShare: null, amountPerPersonFen: 30_010 },
    ]);
    expect(values.property).toEqual(base.property);
    expect(values.temporaryAssistance).toEqual(base.temporaryAssistance);
  });
});

describe('which fields changed', () => {
  it('names each changed standard with both amounts, then 分档 and 其他参数', () => {
    const next = structuredClone(base);
    next.dibaoStandardFen.rural += 5_000;
    next.extremePoverty.careStandardFen['full-care'] = 90_000;
    next.dibao.benefitTiers = [{ code: 'A', label: '全额', maxIncomeShare: null, amountPerPersonFen: 10_000 }];
    next.reviewIntervalMonths.stable += 1;
    expect(changedFields(base, next)).toEqual([
      {
        label: '农村低保标准',
        before: `${(base.dibaoStandardFen.rural / 100).toFixed(2)}元`,
        after: `${((base.dibaoStandardFen.rural + 5_000) / 100).toFixed(2)}元`,
      },
      { label: '照料护理标准（完全失能）', before: expect.stringMatching(/元$/) as string, after: '900.00元' },
      { label: '低保分档', before: null, after: null },
      { label: '其他参数', before: null, after: null },
    ]);
  });

  it('ignores the key order jsonb gives back', () => {
    const shuffled = Object.fromEntries(Object.entries(base).reverse()) as TParameterValues;
    shuffled.dibaoStandardFen = { rural: base.dibaoStandardFen.rural, urban: base.dibaoStandardFen.urban };
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(base));
    expect(changedFields(base, shuffled)).toEqual([]);
  });

  it('lists versions newest first, each compared with the previous one of the same division', () => {
    const raised = structuredClone(base);
    raised.dibaoStandardFen.urban += 1_000;
    const rows = versionHistory([
      version(3, 20, '2025-01-01', raised),
      version(1, 10, '2021-01-01', base),
      version(2, 20, '2024-07-01', base),
    ]);
    expect(rows.map((r) => [r.id, r.changes?.map((c) => c.label) ?? null])).toEqual([
      [3, ['城市低保标准']],
      [2, null],
      [1, null],
    ]);
  });

  it('starts a new version on the first day of next month by default', () => {
    expect(nextMonthStart('2025-11-23')).toBe('2025-12-01');
    expect(nextMonthStart('2025-12-05')).toBe('2026-01-01');
  });
});
