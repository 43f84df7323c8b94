import { describe, expect, it } from 'vitest';
import { changeText, narrativeSentence } from './narrative.rules';

describe('narrative sentences', () => {
  it('states value, change since the baseline, schedule, target verdict and attribute', () => {
    expect(
      narrativeSentence({
        indicatorName: '养老机构护理型床位占比',
        unit: '%',
        year: 2023,
        value: 52,
        baseline: { year: 2020, value: 48 },
        targetPrinted: '≥55%',
        targetYear: 2025,
        attribute: 'binding',
        targetVerdict: 'pending',
        scheduleVerdict: 'on_track',
        expectedValue: 52.2,
      }),
    ).toBe(
      '截至2023年，养老机构护理型床位占比为52.0%，较2020年（48.0%）提高4.0个百分点；目标为≥55%（2025年），按时序进度应达到52.2%，进度正常，尚未达到目标，目标年份未到（约束性指标）。',
    );
  });
  it('flags a lagging binding indicator and says when there is no data', () => {
    const lagging = narrativeSentence({
      indicatorName: '县级公益性安葬(放)设施覆盖率',
      unit: '%',
      year: 2024,
      value: 40,
      baseline: { year: 2020, value: 11.4 },
      targetPrinted: '100',
      targetYear: 2025,
      attribute: 'binding',
      targetVerdict: 'pending',
      scheduleVerdict: 'seriously_lagging',
      expectedValue: 82.3,
    });
    expect(lagging).toContain('严重滞后');
    expect(lagging).toContain('需重点关注并采取措施');
    expect(
      narrativeSentence({
        indicatorName: '家庭养老床位数',
        unit: '张',
        year: 2024,
        value: null,
        baseline: null,
        targetPrinted: '3000',
        targetYear: 2025,
        attribute: 'expected',
        targetVerdict: null,
        scheduleVerdict: null,
        expectedValue: null,
      }),
    ).toBe('家庭养老床位数：2024年暂无监测数据，无法评估；目标为3000（2025年）（预期性指标）。');
  });
  it('words changes in points for % and in units with a growth rate otherwise', () => {
    expect(changeText(44.9, 44.28, '%')).toBe('提高0.6个百分点');
    expect(changeText(650, 626, '个')).toBe('增加24个（增长3.8%）');
  });
});
