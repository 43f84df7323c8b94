import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { planTitle, sortPlans } from '../monitoring-format';
import type { TMonitoringPlanSummary } from '../monitoring.api';
import { monitoringI18n } from '../monitoring.i18n';

/** One of the plans the user may see, national first. */
export const PlanSelect = ({
  plans,
  value,
  onChange,
  style,
}: {
  plans: readonly TMonitoringPlanSummary[];
  value: number | null;
  onChange: (planId: number) => void;
  style?: CSSProperties;
}) => (
  <Select<number>
    aria-label={monitoringI18n.common.plan}
    placeholder={monitoringI18n.common.planPlaceholder}
    value={value ?? undefined}
    onChange={onChange}
    options={sortPlans(plans).map((p) => ({ value: p.id, label: planTitle(p) }))}
    style={{ width: 300, ...style }}
    popupMatchSelectWidth={false}
  />
);
