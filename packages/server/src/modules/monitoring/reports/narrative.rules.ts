import {
  INDICATOR_ATTRIBUTE_LABELS,
  TIME_PROGRESS_VERDICT_LABELS,
  type IndicatorAttribute,
  type TargetVerdict,
  type TimeProgressVerdict,
} from '@mz/shared';
import { formatMeasured, formatNumber } from '../rules/number-format.rules';

// One generated sentence per indicator for the reports (value, change since the baseline, verdict,
// binding or not), e.g. 「截至2023年，养老机构护理型床位占比为52.0%，较2020年（48.0%）提高4.0个百分点；
// 目标为≥55%（2025年），按时序进度应达到52.2%，进度正常，尚未达到目标（约束性指标）。」 Pure.

export type NarrativeInput = {
  indicatorName: string;
  unit: string | null;
  year: number;
  value: number | null;
  baseline: { year: number; value: number | null } | null;
  targetPrinted: string;
  targetYear: number;
  attribute: IndicatorAttribute | null;
  targetVerdict: TargetVerdict | null;
  scheduleVerdict: TimeProgressVerdict | null;
  expectedValue: number | null;
  isGrowth?: boolean;
};

const isPoints = (unit: string | null) => unit === '%' || unit === '‰';

export const changeText = (value: number, baseline: number, unit: string | null): string => {
  const diff = value - baseline;
  if (Math.abs(diff) < 1e-9) return '与基期持平';
  const verb = diff > 0 ? '提高' : '下降';
  if (isPoints(unit)) return `${verb}${Math.abs(diff).toFixed(1)}个${unit === '%' ? '百分点' : '千分点'}`;
  const relative = baseline === 0 ? '' : `（${diff > 0 ? '增长' : '下降'}${Math.abs((diff / baseline) * 100).toFixed(1)}%）`;
  return `${diff > 0 ? '增加' : '减少'}${formatNumber(Math.abs(diff))}${unit ?? ''}${relative}`;
};

const TARGET_TEXT: Record<TargetVerdict, string> = {
  met: '已达到目标',
  not_met: '未达到目标',
  pending: '尚未达到目标，目标年份未到',
  not_applicable: '不作达标判定',
};

export const narrativeSentence = (i: NarrativeInput): string => {
  const attribute = i.attribute === null ? '（原文未标注指标属性）' : `（${INDICATOR_ATTRIBUTE_LABELS[i.attribute]}指标）`;
  const target = `目标为${i.targetPrinted}（${i.targetYear}年）`;
  if (i.value === null) {
    const urge = i.attribute === 'binding' ? '，约束性指标须按时填报' : '';
    return `${i.indicatorName}：${i.year}年暂无监测数据，无法评估${urge}；${target}${attribute}。`;
  }
  const valueText = i.isGrowth ? `年度增速为${i.value.toFixed(1)}%` : `为${formatMeasured(i.value, i.unit)}`;
  const parts = [`截至${i.year}年，${i.indicatorName}${valueText}`];
  if (!i.isGrowth && i.baseline && i.baseline.value !== null && i.baseline.year < i.year) {
    parts[0] += `，较${i.baseline.year}年（${formatMeasured(i.baseline.value, i.unit)}）${changeText(i.value, i.baseline.value, i.unit)}`;
  }
  const schedule =
    i.scheduleVerdict === null
      ? ''
      : `${i.expectedValue === null ? '' : `按时序进度应达到${formatMeasured(i.expectedValue, i.unit)}，`}${TIME_PROGRESS_VERDICT_LABELS[i.scheduleVerdict]}，`;
  parts.push(`${target}，${schedule}${TARGET_TEXT[i.targetVerdict ?? 'pending']}`);
  const lagging = i.scheduleVerdict === 'lagging' || i.scheduleVerdict === 'seriously_lagging' || i.targetVerdict === 'not_met';
  const alarm = lagging && i.attribute === 'binding' ? '；该约束性指标进度滞后，需重点关注并采取措施' : '';
  return `${parts.join('；')}${attribute}${alarm}。`;
};
