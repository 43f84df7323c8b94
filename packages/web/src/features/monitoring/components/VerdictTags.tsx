import type { IndicatorAttribute, TVerdictSummary } from '@mz/shared';
import { Flex, Tag, Tooltip } from 'antd';
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

/**
 * 约束性 in red, 预期性 in blue, 未标注 grey. When the source prints it differently (「约束」, 「预期值」)
 * the printed wording is a tooltip, or with `showPrinted` a 「原文为“约束”」 tag next to it.
 */
export const AttributeTag = ({
  attribute,
  printed,
  showPrinted = false,
}: {
  attribute: IndicatorAttribute | null | undefined;
  printed?: string | null;
  showPrinted?: boolean;
}) => {
  const label = attributeLabel(attribute);
  const differs = Boolean(printed) && printed !== label;
  const node = (
    <Tag color={attribute === 'binding' ? 'red' : attribute === 'expected' ? 'blue' : 'default'} variant="outlined" style={tag}>
      {label}
    </Tag>
  );
  if (!differs || !printed) return node;
  if (!showPrinted) return <Tooltip title={t.notes.asPrinted(printed)}>{node}</Tooltip>;
  return (
    <Flex gap={4} wrap component="span">
      {node}
      <Tag color="gold" variant="outlined" style={tag}>
        {t.notes.asPrinted(printed)}
      </Tag>
    </Flex>
  );
};
