import type { IndicatorAttribute, TVerdictSummary } from '@mz/shared';
import { Tag, Tooltip } from 'antd';
import {
  attributeLabel,
  formatIndicatorValue,
  headlineVerdict,
  progressLabel,
  progressTone,
  scheduleLabel,
  scheduleTone,
  targetVerdictLabel,
  targetVerdictTone,
} from '../monitoring-format';
import { monitoringI18n } from '../monitoring.i18n';

// Verdict and attribute tags: one look for the same verdict on every page.

const t = monitoringI18n;
const tag = { marginInlineEnd: 0 };

export const TargetVerdictTag = ({ verdict }: { verdict: TVerdictSummary | null | undefined }) =>
  verdict ? (
    <Tag color={targetVerdictTone(verdict.targetVerdict)} style={tag}>
      {targetVerdictLabel(verdict.targetVerdict)}
    </Tag>
  ) : (
    <Tag style={tag}>{t.common.noData}</Tag>
  );

export const ScheduleTag = ({ verdict, unit }: { verdict: TVerdictSummary | null | undefined; unit?: string | null }) => {
  if (!verdict?.scheduleVerdict) return <Tag style={tag}>{t.colours.no_schedule}</Tag>;
  const expected = verdict.expectedValue === null ? null : t.common.expected(formatIndicatorValue(verdict.expectedValue, unit ?? null));
  const node = (
    <Tag color={scheduleTone(verdict.scheduleVerdict)} style={tag}>
      {scheduleLabel(verdict.scheduleVerdict)}
    </Tag>
  );
  return expected ? <Tooltip title={expected}>{node}</Tooltip> : node;
};

export const ProgressTag = ({ verdict }: { verdict: TVerdictSummary | null | undefined }) =>
  verdict ? (
    <Tag color={progressTone(verdict.progressStatus)} variant="outlined" style={tag}>
      {progressLabel(verdict.progressStatus)}
    </Tag>
  ) : null;

/** The schedule verdict if there is one, else the target verdict: for dense cells. */
export const HeadlineTag = ({ verdict }: { verdict: TVerdictSummary | null | undefined }) => {
  const { label, tone } = headlineVerdict(verdict);
  return (
    <Tag color={tone} style={tag}>
      {label}
    </Tag>
  );
};

/** 约束性 in red, 预期性 in blue, 未标注 grey; the printed wording as a tooltip when it differs. */
export const AttributeTag = ({ attribute, printed }: { attribute: IndicatorAttribute | null | undefined; printed?: string | null }) => {
  const label = attributeLabel(attribute);
  const node = (
    <Tag color={attribute === 'binding' ? 'red' : attribute === 'expected' ? 'blue' : 'default'} variant="outlined" style={tag}>
      {label}
    </Tag>
  );
  return printed && printed !== label ? <Tooltip title={t.notes.asPrinted(printed)}>{node}</Tooltip> : node;
};
