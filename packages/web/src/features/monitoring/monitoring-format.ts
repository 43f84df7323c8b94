import {
  INDICATOR_ATTRIBUTE_LABELS,
  PROGRESS_STATUS_LABELS,
  SOURCE_NOTE_KIND_LABELS,
  TARGET_VERDICT_LABELS,
  TIME_PROGRESS_VERDICT_LABELS,
  type IndicatorAttribute,
  type ProgressStatus,
  type SourceNoteKind,
  type TargetVerdict,
  type TimeProgressVerdict,
  type TOverviewIndicator,
  type TVerdictSummary,
} from '@mz/shared';
import { monitoringI18n } from './monitoring.i18n';

// Pure formatting of monitoring figures and verdicts (no React): numbers with their unit, the tone of
// each verdict, source-oddity tags, counts by attribute and the binding-lagging list.

const t = monitoringI18n;

/** Antd Tag / Badge status names; the components map them to theme colours. */
export type Tone = 'success' | 'processing' | 'warning' | 'error' | 'default';

const PERCENT_UNITS = new Set(['%', '‰']);

const trimZeros = (text: string) => (text.includes('.') ? text.replace(/\.?0+$/, '') : text);

/**
 * A monitored figure as shown in tables: percentages with one decimal (「51.2%」), other units with
 * up to two decimals and thousands separators (「6,026 人」), 「—」 when there is no value.
 */
export const formatIndicatorValue = (value: number | null | undefined, unit: string | null | undefined): string => {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (unit && PERCENT_UNITS.has(unit)) return `${value.toFixed(1)}${unit}`;
  const digits = Math.abs(value) >= 1000 ? 0 : 2;
  const number = trimZeros(value.toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: digits, useGrouping: true }));
  return unit ? `${number} ${unit}` : number;
};

/** A number without unit for inputs and tooltips (up to 2 decimals, no grouping). */
export const formatPlainNumber = (value: number | null | undefined): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : trimZeros(value.toFixed(2));

export const targetVerdictTone = (verdict: TargetVerdict | null | undefined): Tone => {
  switch (verdict) {
    case 'met':
      return 'success';
    case 'not_met':
      return 'error';
    case 'pending':
      return 'processing';
    default:
      return 'default';
  }
};

export const scheduleTone = (verdict: TimeProgressVerdict | null | undefined): Tone => {
  switch (verdict) {
    case 'ahead':
      return 'success';
    case 'on_track':
      return 'processing';
    case 'lagging':
      return 'warning';
    case 'seriously_lagging':
      return 'error';
    default:
      return 'default';
  }
};

export const progressTone = (status: ProgressStatus | null | undefined): Tone => {
  switch (status) {
    case 'target_achieved':
    case 'substantial_progress':
      return 'success';
    case 'moderate_progress':
      return 'processing';
    case 'limited_progress':
      return 'warning';
    case 'deterioration':
      return 'error';
    default:
      return 'default';
  }
};

export const targetVerdictLabel = (verdict: TargetVerdict | null | undefined) =>
  verdict ? TARGET_VERDICT_LABELS[verdict] : t.common.noVerdict;
export const scheduleLabel = (verdict: TimeProgressVerdict | null | undefined) =>
  verdict ? TIME_PROGRESS_VERDICT_LABELS[verdict] : t.colours.no_schedule;
export const progressLabel = (status: ProgressStatus | null | undefined) => (status ? PROGRESS_STATUS_LABELS[status] : t.common.noVerdict);

/** 约束性 / 预期性, or 未标注 when the source does not say. */
export const attributeLabel = (attribute: IndicatorAttribute | null | undefined) =>
  attribute ? INDICATOR_ATTRIBUTE_LABELS[attribute] : t.common.attributeNotStated;

/** The verdict that best says "how is it going" in one word: the schedule one, else the target one. */
export const headlineVerdict = (verdict: TVerdictSummary | null | undefined): { label: string; tone: Tone } => {
  if (!verdict) return { label: t.common.noData, tone: 'default' };
  if (verdict.scheduleVerdict) return { label: scheduleLabel(verdict.scheduleVerdict), tone: scheduleTone(verdict.scheduleVerdict) };
  return { label: targetVerdictLabel(verdict.targetVerdict), tone: targetVerdictTone(verdict.targetVerdict) };
};

// ---------------------------------------------------------------------------------------------
// Source oddities (原文问题)

/** Kinds whose tag quotes the printed text itself: 「原文为“约束”」. */
const QUOTED_KINDS = new Set([
  'attribute_as_printed',
  'unit_as_printed',
  'region_as_printed',
  'deadline_as_printed',
  'numbering_as_printed',
  'flattened_split',
  'partial_baseline',
  'single_value_row',
]);

const MAX_QUOTED = 12;

export type NoteTag = { text: string; tooltip: string; kind: string };

/** A source note as a short tag with the full explanation as its tooltip. */
export const noteTag = (note: { kind: string; printed: string | null; message: string }): NoteTag => {
  const printed = note.printed?.trim() ?? '';
  const quoted = QUOTED_KINDS.has(note.kind) && printed !== '' && printed.length <= MAX_QUOTED;
  const label = (SOURCE_NOTE_KIND_LABELS as Record<string, string>)[note.kind as SourceNoteKind] ?? note.kind;
  return { kind: note.kind, text: quoted ? t.notes.asPrinted(printed) : label, tooltip: note.message };
};

/** Notes worth a tag in tables: every oddity except the ones that merely confirm the reading. */
export const visibleNotes = <T extends { kind: string }>(notes: readonly T[]): T[] => notes.filter((n) => n.kind !== 'narrative_confirms');

// ---------------------------------------------------------------------------------------------
// Where a value comes from

export type SeriesSource = 'demo' | 'reported' | 'computed' | 'mixed';

export const sourceLabel = (source: SeriesSource | null | undefined): string => (source ? t.sources[source] : t.common.noData);

/** The sources of a series in order of first appearance, e.g. 「演示数据、填报」. */
export const describeSources = (sources: readonly (SeriesSource | null | undefined)[]): string => {
  const distinct = [...new Set(sources.filter((s): s is SeriesSource => Boolean(s)))];
  return distinct.length === 0 ? t.common.noData : distinct.map((s) => t.sources[s]).join('、');
};

// ---------------------------------------------------------------------------------------------
// Counts and concern lists

export type AttributeKey = IndicatorAttribute | 'none';

export type AttributeCounts = {
  attribute: AttributeKey;
  label: string;
  total: number;
  byTarget: Record<TargetVerdict, number>;
  bySchedule: Record<TimeProgressVerdict, number>;
  noSchedule: number;
  noData: number;
  laggingCount: number;
};

const emptyCounts = (attribute: AttributeKey): AttributeCounts => ({
  attribute,
  label: attribute === 'none' ? t.common.attributeNotStated : INDICATOR_ATTRIBUTE_LABELS[attribute],
  total: 0,
  byTarget: { met: 0, not_met: 0, pending: 0, not_applicable: 0 },
  bySchedule: { ahead: 0, on_track: 0, lagging: 0, seriously_lagging: 0 },
  noSchedule: 0,
  noData: 0,
  laggingCount: 0,
});

/** Verdict counts per attribute, binding (约束性) first; attributes without indicators are left out. */
export const countByAttribute = (indicators: readonly Pick<TOverviewIndicator, 'attribute' | 'latest'>[]): AttributeCounts[] => {
  const order: AttributeKey[] = ['binding', 'expected', 'none'];
  const rows = new Map(order.map((key) => [key, emptyCounts(key)]));
  for (const indicator of indicators) {
    const row = rows.get(indicator.attribute ?? 'none');
    if (!row) continue;
    row.total += 1;
    const latest = indicator.latest;
    if (!latest) {
      row.noData += 1;
      continue;
    }
    row.byTarget[latest.targetVerdict] += 1;
    if (latest.scheduleVerdict) row.bySchedule[latest.scheduleVerdict] += 1;
    else row.noSchedule += 1;
    if (latest.isLagging) row.laggingCount += 1;
  }
  return order.flatMap((key) => {
    const row = rows.get(key);
    return row && row.total > 0 ? [row] : [];
  });
};

/** The sum of several count rows (the 合计 line). */
export const totalCounts = (rows: readonly AttributeCounts[]): Omit<AttributeCounts, 'attribute' | 'label'> => {
  const sum = emptyCounts('none');
  for (const row of rows) {
    sum.total += row.total;
    sum.noSchedule += row.noSchedule;
    sum.noData += row.noData;
    sum.laggingCount += row.laggingCount;
    for (const key of Object.keys(sum.byTarget) as TargetVerdict[]) sum.byTarget[key] += row.byTarget[key];
    for (const key of Object.keys(sum.bySchedule) as TimeProgressVerdict[]) sum.bySchedule[key] += row.bySchedule[key];
  }
  const { attribute: _a, label: _l, ...rest } = sum;
  return rest;
};

export type BindingLaggingItem = {
  id: number;
  code: string;
  name: string;
  verdictLabel: string;
  valueText: string;
  expectedText: string | null;
};

/** Binding (约束性) indicators that lag, in the server's order, ready for the red banner. */
export const bindingLaggingItems = (
  indicators: readonly Pick<TOverviewIndicator, 'id' | 'code' | 'name' | 'unit' | 'attribute' | 'latest' | 'isBindingLagging'>[],
): BindingLaggingItem[] =>
  indicators
    .filter((i) => i.isBindingLagging || (i.attribute === 'binding' && i.latest?.isLagging === true))
    .map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      verdictLabel: headlineVerdict(i.latest).label,
      valueText: formatIndicatorValue(i.latest?.value, i.unit),
      expectedText:
        i.latest?.expectedValue === null || i.latest?.expectedValue === undefined
          ? null
          : formatIndicatorValue(i.latest.expectedValue, i.unit),
    }));

// ---------------------------------------------------------------------------------------------
// URL parameters and years

/** A positive integer from the URL (`?unit=12`), else null. */
export const parseIdParam = (value: string | null | undefined): number | null => {
  if (!value || !/^\d+$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
};

/** A plan year from the URL, else null. */
export const parseYearParam = (value: string | null | undefined): number | null => {
  const year = parseIdParam(value);
  return year !== null && year >= 2015 && year <= 2035 ? year : null;
};

/** The monitoring years of a plan: each year of its period (2021…2025 for 十四五). */
export const planYears = (plan: { periodStartYear: number; periodEndYear: number } | null | undefined): number[] => {
  if (!plan || plan.periodEndYear < plan.periodStartYear) return [];
  return Array.from({ length: plan.periodEndYear - plan.periodStartYear + 1 }, (_, i) => plan.periodStartYear + i);
};

/** A year the server reports on by default: the last year before the current one, inside the plan period. */
export const defaultEntryYear = (plan: { periodStartYear: number; periodEndYear: number }, now: Date): number =>
  Math.min(plan.periodEndYear, Math.max(plan.periodStartYear, now.getFullYear() - 1));

const PLAN_LEVEL_ORDER = ['national', 'provincial', 'prefecture', 'county'];

/** National plan first, then provincial, prefecture and county plans, each by seed id. */
export const sortPlans = <T extends { level: string; seedId: string }>(plans: readonly T[]): T[] =>
  [...plans].sort((a, b) => PLAN_LEVEL_ORDER.indexOf(a.level) - PLAN_LEVEL_ORDER.indexOf(b.level) || a.seedId.localeCompare(b.seedId));

/** A plan's display title (some seeds are summaries without a printed title). */
export const planTitle = (plan: { title: string | null; seedId: string; division?: { name: string } }): string =>
  plan.title ?? (plan.division ? t.planList.untitledOf(plan.division.name) : t.planList.untitled(plan.seedId));

/** Digits of a GB/T 2260 code that a plan's territory shares with its units ('' for the nation). */
const territoryPrefix = (code: string): string => {
  if (/^0+$/.test(code)) return '';
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code.slice(0, 6);
};

/**
 * The plan to open first: the most local plan whose territory holds a division where the user has a
 * role (文山市's reviewer gets the 文山州 plan, a ministry planner the national one), else the first.
 */
export const preferredPlan = <T extends { id: number; level: string; seedId: string; division: { code: string } }>(
  plans: readonly T[],
  assignmentCodes: readonly string[],
): T | undefined => {
  const sorted = sortPlans(plans);
  const covering = sorted.filter((p) => assignmentCodes.some((code) => code.startsWith(territoryPrefix(p.division.code))));
  return covering[covering.length - 1] ?? sorted[0];
};

/** The year each report kind evaluates: annual any chosen year, mid-term 2023, final 2025. */
export const reportYear = (kind: 'annual' | 'midterm' | 'final', chosen: number | null): number | null =>
  kind === 'midterm' ? 2023 : kind === 'final' ? 2025 : chosen;

/**
 * The computation method to print for an indicator at a division. The server describes the roll-up
 * over the child units; when none of them reported (values are entered at this level, e.g. a county
 * whose townships do not report), that text would read 「0个单位…未填报」, so the formula is kept and
 * the unit's own numerator and denominator are named instead.
 */
export const computationMethodText = (detail: {
  aggregation: { description: string } | null;
  children: readonly { value: number | null }[];
  series: readonly { year: number; numerator: number | null; denominator: number | null }[];
  year: number | null;
}): string | null => {
  const description = detail.aggregation?.description ?? null;
  if (description === null) return null;
  const childrenReported = detail.children.some((c) => c.value !== null);
  if (detail.children.length === 0 || childrenReported) return description;
  const own = detail.series.find((p) => p.year === detail.year) ?? detail.series[detail.series.length - 1];
  const formula = description.split('（')[0] ?? description;
  if (!own || own.numerator === null) return formula;
  return t.indicator.ownMethod(
    formula,
    formatPlainNumber(own.numerator),
    own.denominator === null ? null : formatPlainNumber(own.denominator),
  );
};
