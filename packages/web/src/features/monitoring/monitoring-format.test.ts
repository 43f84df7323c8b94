import type { TVerdictSummary } from '@mz/shared';
import { describe, expect, it } from 'vitest';
import {
  bindingLaggingItems,
  computationMethodText,
  countByAttribute,
  describeSources,
  formatIndicatorValue,
  headlineVerdict,
  noteTag,
  parseIdParam,
  parseYearParam,
  planTitle,
  planYears,
  preferredPlan,
  reportYear,
  scheduleTone,
  sortPlans,
  targetVerdictTone,
  totalCounts,
  visibleNotes,
} from './monitoring-format';

const verdict = (patch: Partial<TVerdictSummary> = {}): TVerdictSummary => ({
  year: 2024,
  quarter: 0,
  value: 51.2,
  targetVerdict: 'pending',
  scheduleVerdict: 'on_track',
  progressStatus: 'substantial_progress',
  expectedValue: 50,
  isLagging: false,
  reasons: [],
  ...patch,
});

describe('formatIndicatorValue', () => {
  it('prints percentages with one decimal and the unit', () => {
    expect(formatIndicatorValue(51.20666, '%')).toBe('51.2%');
    expect(formatIndicatorValue(1.2, '‰')).toBe('1.2‰');
    expect(formatIndicatorValue(100, '%')).toBe('100.0%');
  });
  it('groups thousands and trims decimals of other units', () => {
    expect(formatIndicatorValue(1156.4, '万人')).toBe('1,156 万人');
    expect(formatIndicatorValue(17.39, '万个')).toBe('17.39 万个');
    expect(formatIndicatorValue(18, '人')).toBe('18 人');
    expect(formatIndicatorValue(0.5, null)).toBe('0.5');
  });
  it('shows a dash without a value', () => {
    expect(formatIndicatorValue(null, '%')).toBe('—');
    expect(formatIndicatorValue(undefined, '%')).toBe('—');
    expect(formatIndicatorValue(Number.NaN, '%')).toBe('—');
  });
});

describe('verdict tones and headline', () => {
  it('maps verdicts to status tones', () => {
    expect(targetVerdictTone('met')).toBe('success');
    expect(targetVerdictTone('not_met')).toBe('error');
    expect(targetVerdictTone('not_applicable')).toBe('default');
    expect(scheduleTone('seriously_lagging')).toBe('error');
    expect(scheduleTone('lagging')).toBe('warning');
    expect(scheduleTone(null)).toBe('default');
  });
  it('uses the schedule verdict first, then the target verdict', () => {
    expect(headlineVerdict(verdict({ scheduleVerdict: 'lagging' }))).toEqual({ label: '滞后', tone: 'warning' });
    expect(headlineVerdict(verdict({ scheduleVerdict: null, targetVerdict: 'met' }))).toEqual({ label: '已达标', tone: 'success' });
    expect(headlineVerdict(null)).toEqual({ label: '暂无数据', tone: 'default' });
  });
});

describe('noteTag', () => {
  it('quotes the printed attribute of 001 row 13', () => {
    expect(noteTag({ kind: 'attribute_as_printed', printed: '约束', message: '属性印为「约束」（缺“性”字），按约束性载入。' })).toEqual({
      kind: 'attribute_as_printed',
      text: '原文为“约束”',
      tooltip: '属性印为「约束」（缺“性”字），按约束性载入。',
    });
  });
  it('uses the kind label for other notes and for long printed text', () => {
    expect(noteTag({ kind: 'blank_baseline', printed: '-', message: '基期值印为「-」（空缺）。' }).text).toBe('基期值空缺');
    expect(noteTag({ kind: 'flattened_split', printed: '73919000', message: 'x' }).text).toBe('原文为“73919000”');
    expect(noteTag({ kind: 'partial_baseline', printed: '城市:13.5', message: 'x' }).text).toBe('原文为“城市:13.5”');
    expect(noteTag({ kind: 'attribute_as_printed', printed: '一段很长很长很长很长的原文文字', message: 'x' }).text).toBe('属性原文有误');
    expect(noteTag({ kind: 'something_new', printed: null, message: 'x' }).text).toBe('something_new');
  });
  it('hides notes that merely confirm the reading', () => {
    expect(visibleNotes([{ kind: 'narrative_confirms' }, { kind: 'flattened_split' }])).toEqual([{ kind: 'flattened_split' }]);
  });
});

describe('describeSources', () => {
  it('names each source once, in order', () => {
    expect(describeSources(['demo', 'demo', 'reported'])).toBe('演示数据、填报');
    expect(describeSources(['computed'])).toBe('业务数据自动计算');
    expect(describeSources([])).toBe('暂无数据');
  });
});

describe('countByAttribute', () => {
  const indicators = [
    { attribute: 'expected' as const, latest: verdict({ scheduleVerdict: 'ahead' }) },
    { attribute: 'binding' as const, latest: verdict({ scheduleVerdict: 'lagging', isLagging: true }) },
    { attribute: 'binding' as const, latest: verdict({ targetVerdict: 'met', scheduleVerdict: null }) },
    { attribute: null, latest: null },
  ];
  it('puts binding first and counts target and schedule verdicts', () => {
    const rows = countByAttribute(indicators);
    expect(rows.map((r) => r.label)).toEqual(['约束性', '预期性', '未标注']);
    expect(rows[0]).toMatchObject({
      total: 2,
      laggingCount: 1,
      noSchedule: 1,
      byTarget: { met: 1, pending: 1 },
      bySchedule: { lagging: 1 },
    });
    expect(rows[2]).toMatchObject({ total: 1, noData: 1 });
  });
  it('sums rows for the total line', () => {
    const total = totalCounts(countByAttribute(indicators));
    expect(total).toMatchObject({ total: 4, noData: 1, noSchedule: 1, laggingCount: 1, bySchedule: { ahead: 1, lagging: 1 } });
    expect(total).not.toHaveProperty('label');
  });
  it('leaves out attributes without indicators', () => {
    expect(countByAttribute([{ attribute: 'expected', latest: null }]).map((r) => r.attribute)).toEqual(['expected']);
  });
});

describe('bindingLaggingItems', () => {
  it('lists binding indicators that lag, with value and expected value', () => {
    const items = bindingLaggingItems([
      {
        id: 1,
        code: 'WS08',
        name: '养老机构护理型床位占比',
        unit: '%',
        attribute: 'binding',
        isBindingLagging: true,
        latest: verdict({ value: 37, expectedValue: 49.26, scheduleVerdict: 'seriously_lagging', isLagging: true }),
      },
      {
        id: 2,
        code: 'WS03',
        name: '节地生态安葬率',
        unit: '%',
        attribute: 'expected',
        isBindingLagging: false,
        latest: verdict({ isLagging: true }),
      },
      { id: 3, code: 'WS04', name: '补贴覆盖率', unit: '%', attribute: 'binding', isBindingLagging: false, latest: verdict() },
    ]);
    expect(items).toEqual([
      { id: 1, code: 'WS08', name: '养老机构护理型床位占比', verdictLabel: '严重滞后', valueText: '37.0%', expectedText: '49.3%' },
    ]);
  });
});

describe('URL parameters, years and plans', () => {
  it('reads positive ids and plan years only', () => {
    expect(parseIdParam('12')).toBe(12);
    for (const bad of ['0', '-1', '1.5', 'x', '', null, undefined]) expect(parseIdParam(bad)).toBeNull();
    expect(parseYearParam('2024')).toBe(2024);
    expect(parseYearParam('1999')).toBeNull();
  });
  it('lists the years of a plan period', () => {
    expect(planYears({ periodStartYear: 2021, periodEndYear: 2025 })).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(planYears(null)).toEqual([]);
  });
  it('orders plans national first and prefers the user’s own plan', () => {
    const plans = [
      { id: 3, seedId: '002', level: 'prefecture', division: { code: '532600' } },
      { id: 1, seedId: '001', level: 'national', division: { code: '000000' } },
      { id: 2, seedId: '000', level: 'provincial', division: { code: '450000' } },
      { id: 4, seedId: '003', level: 'county', division: { code: '440783' } },
    ];
    expect(sortPlans(plans).map((p) => p.seedId)).toEqual(['001', '000', '002', '003']);
    expect(preferredPlan(plans, ['532600'])?.id).toBe(3);
    expect(preferredPlan(plans, ['532601001'])?.id).toBe(3);
    expect(preferredPlan(plans, ['450300'])?.id).toBe(2);
    expect(preferredPlan(plans, ['440783'])?.id).toBe(4);
    expect(preferredPlan(plans, ['000000'])?.id).toBe(1);
    expect(preferredPlan(plans.slice(2), ['110000'])?.id).toBe(2);
  });
  it('names a plan without a printed title by its division', () => {
    expect(planTitle({ title: null, seedId: '000', division: { name: '广西壮族自治区' } })).toBe('广西壮族自治区民政规划（原文未载标题）');
    expect(planTitle({ title: '文山州“十四五”民政事业发展规划', seedId: '002' })).toBe('文山州“十四五”民政事业发展规划');
  });
  it('fixes the year of the mid-term and final evaluations', () => {
    expect(reportYear('midterm', 2021)).toBe(2023);
    expect(reportYear('final', null)).toBe(2025);
    expect(reportYear('annual', 2022)).toBe(2022);
  });
});

describe('computationMethodText', () => {
  const description = 'Σ分子/Σ分母×100（8个单位，分子6026，分母11768）';
  const series = [
    { year: 2023, numerator: 600, denominator: 1650 },
    { year: 2024, numerator: 615, denominator: 1662 },
  ];
  it('keeps the server’s roll-up text when child units reported', () => {
    expect(computationMethodText({ aggregation: { description }, children: [{ value: 37 }, { value: null }], series, year: 2024 })).toBe(
      description,
    );
    expect(computationMethodText({ aggregation: { description }, children: [], series, year: 2024 })).toBe(description);
  });
  it('names the unit’s own figures when no child unit reported (a county whose townships do not report)', () => {
    const emptyRollUp = 'Σ分子/Σ分母×100（0个单位，分子0，分母0）；未填报：新华镇、归朝镇（不计入分子分母，结果为部分汇总）';
    expect(computationMethodText({ aggregation: { description: emptyRollUp }, children: [{ value: null }], series, year: 2024 })).toBe(
      'Σ分子/Σ分母×100（本级填报：分子 615，分母 1662）',
    );
  });
  it('has nothing to say without an aggregation', () => {
    expect(computationMethodText({ aggregation: null, children: [], series: [], year: null })).toBeNull();
  });
});
