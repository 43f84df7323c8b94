import { Select } from 'antd';
import { monitoringI18n } from '../monitoring.i18n';

const t = monitoringI18n.common;

/** The period of a form: the whole year (0) or a quarter (1–4, 季报 indicators only). */
export const PeriodSelect = ({ value, onChange }: { value: number; onChange: (quarter: number) => void }) => (
  <Select<number>
    aria-label={t.period}
    value={value}
    onChange={onChange}
    options={[0, 1, 2, 3, 4].map((q) => ({ value: q, label: q === 0 ? t.wholeYear : t.quarterOption(q) }))}
    style={{ width: 110 }}
  />
);
