import { LockOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { monitoringI18n } from '../monitoring.i18n';

/** 「系统计算」: a value computed from business records, never typed in (read-only). */
export const ComputedTag = ({ title }: { title?: string | null }) => (
  <Tooltip title={title ?? monitoringI18n.sources.computed}>
    <Tag color="purple" icon={<LockOutlined />} style={{ marginInlineEnd: 0 }} data-testid="computed-tag">
      {monitoringI18n.sources.computedTag}
    </Tag>
  </Tooltip>
);
