import { Card, Table, Typography } from 'antd';
import type { TIndicatorDetail, TQuarterPoint } from '@mz/shared';
import { zhCN } from '../../../i18n/zh-CN';
import { formatIndicatorValue } from '../monitoring-format';
import { monitoringI18n } from '../monitoring.i18n';
import { ScheduleTag } from './VerdictTags';

const t = monitoringI18n;

/** Quarter-end values and their 时序进度 of a 季报 indicator, latest first, with the method in force. */
export const QuarterlyCard = ({ detail }: { detail: TIndicatorDetail }) => {
  if (detail.quarters.length === 0) return null;
  const unit = detail.indicator.unit;
  const rows = [...detail.quarters].reverse();
  return (
    <Card size="small" title={t.quarters.title} data-testid="quarterly-verdicts">
      <Table<TQuarterPoint>
        size="small"
        rowKey={(q) => `${q.year}-${q.quarter}`}
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t.quarters.quarter, key: 'quarter', render: (_, q) => t.common.quarterLabel(q.year, q.quarter) },
          { title: t.quarters.value, key: 'value', align: 'right', render: (_, q) => formatIndicatorValue(q.value, unit) },
          {
            title: t.quarters.expected,
            key: 'expected',
            align: 'right',
            render: (_, q) =>
              q.verdict?.expectedValue === null || q.verdict?.expectedValue === undefined
                ? zhCN.common.dash
                : formatIndicatorValue(q.verdict.expectedValue, unit),
          },
          { title: t.common.schedule, key: 'schedule', render: (_, q) => <ScheduleTag verdict={q.verdict} unit={unit} /> },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t.quarters.hint}
        {detail.scheduleMethod}
      </Typography.Paragraph>
    </Card>
  );
};
