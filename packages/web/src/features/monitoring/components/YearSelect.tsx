import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { monitoringI18n } from '../monitoring.i18n';

const t = monitoringI18n.common;

/** A plan year (2021…2025); `allowLatest` adds 「最新年度」 (null = the server's latest year with data). */
export const YearSelect = ({
  years,
  value,
  onChange,
  allowLatest = false,
  style,
}: {
  years: readonly number[];
  value: number | null;
  onChange: (year: number | null) => void;
  allowLatest?: boolean;
  style?: CSSProperties;
}) => (
  <Select<number>
    aria-label={t.year}
    value={value ?? (allowLatest ? 0 : undefined)}
    placeholder={t.yearPlaceholder}
    onChange={(v) => onChange(v === 0 ? null : v)}
    options={[...(allowLatest ? [{ value: 0, label: t.latestYear }] : []), ...years.map((y) => ({ value: y, label: t.yearLabel(y) }))]}
    style={{ width: 120, ...style }}
  />
);
