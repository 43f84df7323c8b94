import type { TParameterValues, TParameterVersion } from '@mz/shared';
import { fenToYuan, formatYuan, yuanToFen } from './money-format';

// 救助标准与参数: the fields people edit on screen (amounts in 元, shares in %, multiples as ×) and
// their mapping to and from the contract (integer fen, basis points), plus which fields changed from
// one version to the next. Every other parameter is carried over unchanged from the version in force.

type Path = readonly string[];
type Kind = 'fen' | 'multiple';

/** The standards shown and edited field by field (others count as "其他参数"). */
export const TRACKED_FIELDS: readonly { key: string; label: string; path: Path; kind: Kind; nullable?: boolean }[] = [
  { key: 'dibaoUrban', label: '城市低保标准', path: ['dibaoStandardFen', 'urban'], kind: 'fen' },
  { key: 'dibaoRural', label: '农村低保标准', path: ['dibaoStandardFen', 'rural'], kind: 'fen' },
  { key: 'epUrban', label: '城市特困基本生活标准', path: ['extremePoverty', 'basicLivingStandardFen', 'urban'], kind: 'fen' },
  { key: 'epRural', label: '农村特困基本生活标准', path: ['extremePoverty', 'basicLivingStandardFen', 'rural'], kind: 'fen' },
  { key: 'careSelf', label: '照料护理标准（生活自理）', path: ['extremePoverty', 'careStandardFen', 'self-care'], kind: 'fen' },
  { key: 'carePartial', label: '照料护理标准（部分失能）', path: ['extremePoverty', 'careStandardFen', 'partial-care'], kind: 'fen' },
  { key: 'careFull', label: '照料护理标准（完全失能）', path: ['extremePoverty', 'careStandardFen', 'full-care'], kind: 'fen' },
  { key: 'minimumBenefit', label: '低保最低月救助金', path: ['dibao', 'minimumMonthlyBenefitFen'], kind: 'fen', nullable: true },
  { key: 'marginalMultiple', label: '低保边缘家庭收入倍数', path: ['marginalIncomeMultiple'], kind: 'multiple' },
  { key: 'pension', label: '城乡居民基础养老金（月）', path: ['income', 'centralBasicPensionMonthlyFen'], kind: 'fen' },
  { key: 'disposableIncome', label: '上年度居民人均可支配收入', path: ['perCapitaDisposableIncomePrevYearFen'], kind: 'fen' },
];
export const TIERS_LABEL = '低保分档';
export const OTHER_LABEL = '其他参数';

export type TierRow = { code: string; label: string; maxIncomePercent: number | null; amountYuan: number | null };
/** The form: one number per tracked field (元 or ×) and the 分档 tiers. */
export type ParameterFormValues = { amounts: Record<string, number | null>; tiers: TierRow[] };

const get = (values: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), values);

const set = (values: Record<string, unknown>, path: Path, value: unknown) => {
  let node = values;
  for (const key of path.slice(0, -1)) {
    node[key] = { ...(node[key] as Record<string, unknown>) };
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value;
};

/** 10 000 bp = 1×; the form shows 1.5 for 15 000. */
const bpToMultiple = (bp: number) => bp / 10_000;
const multipleToBp = (multiple: number) => Math.round(multiple * 10_000);

export const toParameterForm = (values: TParameterValues): ParameterFormValues => {
  const form: ParameterFormValues = { amounts: {}, tiers: [] };
  for (const f of TRACKED_FIELDS) {
    const v = get(values, f.path);
    form.amounts[f.key] = typeof v === 'number' ? (f.kind === 'fen' ? fenToYuan(v) : bpToMultiple(v)) : null;
  }
  form.tiers = (values.dibao.benefitTiers ?? []).map((t) => ({
    code: t.code,
    label: t.label,
    maxIncomePercent: t.maxIncomeShare === null ? null : t.maxIncomeShare / 100,
    amountYuan: fenToYuan(t.amountPerPersonFen),
  }));
  return form;
};

/** The contract's values: the base version with the edited fields replaced (null amount = not set). */
export const fromParameterForm = (base: TParameterValues, form: ParameterFormValues): TParameterValues => {
  const values = structuredClone(base) as unknown as Record<string, unknown>;
  for (const f of TRACKED_FIELDS) {
    const v = form.amounts[f.key];
    const n = typeof v === 'number' ? v : null;
    if (n === null && !f.nullable) continue;
    set(values, f.path, n === null ? null : f.kind === 'fen' ? yuanToFen(n) : multipleToBp(n));
  }
  const tiers = form.tiers.map((t) => ({
    code: t.code.trim(),
    label: t.label.trim(),
    maxIncomeShare: t.maxIncomePercent === null || t.maxIncomePercent === undefined ? null : Math.round(t.maxIncomePercent * 100),
    amountPerPersonFen: yuanToFen(t.amountYuan) ?? 0,
  }));
  set(values, ['dibao', 'benefitTiers'], tiers.length > 0 ? tiers : null);
  return values as unknown as TParameterValues;
};

/** JSON with sorted keys: jsonb does not keep the key order of what was sent. */
const canonical = (value: unknown): string =>
  value === null || typeof value !== 'object'
    ? JSON.stringify(value ?? null)
    : Array.isArray(value)
      ? `[${value.map(canonical).join(',')}]`
      : `{${Object.keys(value)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
          .join(',')}}`;

const shown = (v: unknown, kind: Kind) => (typeof v !== 'number' ? '未设置' : kind === 'fen' ? formatYuan(v) : `${bpToMultiple(v)}倍`);

export type FieldChange = { label: string; before: string | null; after: string | null };

/** What changed from `before` to `after`: each tracked standard with both values, then 分档 and 其他参数. */
export const changedFields = (before: TParameterValues, after: TParameterValues): FieldChange[] => {
  const changes: FieldChange[] = [];
  for (const f of TRACKED_FIELDS) {
    const a = get(before, f.path);
    const b = get(after, f.path);
    if (canonical(a) !== canonical(b)) changes.push({ label: f.label, before: shown(a, f.kind), after: shown(b, f.kind) });
  }
  const tiersOf = (v: TParameterValues) => (v.dibao.benefitTiers?.length ? v.dibao.benefitTiers : null);
  if (canonical(tiersOf(before)) !== canonical(tiersOf(after))) changes.push({ label: TIERS_LABEL, before: null, after: null });
  const rest = (v: TParameterValues) => {
    const copy = structuredClone(v) as unknown as Record<string, unknown>;
    for (const f of TRACKED_FIELDS) set(copy, f.path, null);
    set(copy, ['dibao', 'benefitTiers'], null);
    return canonical(copy);
  };
  if (rest(before) !== rest(after)) changes.push({ label: OTHER_LABEL, before: null, after: null });
  return changes;
};

export type HistoryRow = TParameterVersion & { changes: FieldChange[] | null };

/** Newest first; each version compared with the one before it at the same division (null = its first). */
export const versionHistory = (versions: readonly TParameterVersion[]): HistoryRow[] => {
  const ordered = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.id - b.id);
  const rows = ordered.map((v, i) => {
    const previous = ordered.slice(0, i).findLast((p) => p.divisionId === v.divisionId);
    return { ...v, changes: previous ? changedFields(previous.values, v.values) : null };
  });
  return rows.reverse();
};

/** First day of the month after `today` (the default start of a new version). */
export const nextMonthStart = (today: string): string => {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};
