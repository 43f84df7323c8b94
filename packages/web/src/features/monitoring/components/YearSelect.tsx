import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { monitoringI18n } from '../monitoring.i18n';

const t = monitoringI18n.common;

/**
 * A plan year (2021…2025). `emptyLabel` adds a first option meaning "no year chosen" (null), e.g.
 * 「最新年度」 (the server's latest year with data) or 「全部年度」.
 */
export const YearSelect = ({
  years,
  value,
  onChange,
  emptyLabel,
  style,
}: {
  years: readonly number[];
  value: number | null;
  onChange: (year: number | null) => void;
  emptyLabel?: string;
  style?: CSSProperties;
}) => (
  <Select<number>
    aria-label={t.year}
    value={value ?? (emptyLabel ? 0 : undefined)}
    placeholder={t.yearPlaceholder}
    onChange={(v) => onChange(v === 0 ? null : v)}
    options={[...(emptyLabel ? [{ value: 0, label: emptyLabel }] : []), ...years.map((y) => ({ value: y, label: t.yearLabel(y) }))]}
    style={{ width: 120, ...style }}
  />
);
