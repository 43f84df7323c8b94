import {
  describeCutOffs,
  INDICATOR_ATTRIBUTE_LABELS,
  REPORT_KIND_LABELS,
  TARGET_VERDICT_LABELS,
  TIME_PROGRESS_VERDICT_LABELS,
  type IndicatorAttribute,
  type ReportKind,
  type TargetVerdict,
  type TimeProgressVerdict,
} from '@mz/shared';
import type { Database } from '../../../db/database';
import type { CallContext } from '../../../platform/http/context';
import { findDeviationNotes } from '../collection/values.repository';
import { byConcern, overviewIndicator, verdictSummary } from '../dashboards/verdict-view';
import { requirePlan, resolveDivision } from '../monitoring.access';
import { findIndicators } from '../register/register.repository';
import { formatMeasured } from '../rules/number-format.rules';
import { isGrowthIndicator } from '../verdicts/verdict.rules';
import { findVerdicts, latestYearWithVerdicts } from '../verdicts/verdicts.repository';
import { cutOffsOf, specOf } from '../verdicts/verdicts.service';
import { renderBarChart, type Rgb } from './chart-png';
import { narrativeSentence } from './narrative.rules';
import { buildReportDocx } from './report-docx';
import { buildReportXlsx } from './report-xlsx';

// The data of the annual report (年度监测分析报告), the mid-term (中期评估, 2023) and the final
// evaluation (总结评估, 2025) of one plan for one division: indicator table, narrative per
// indicator, 偏离说明 and a chart; rendered as .docx (公文 layout) and as .xlsx.

export type ReportRow = {
  index: number;
  code: string;
  name: string;
  unit: string | null;
  attributeLabel: string;
  isBinding: boolean;
  baselineText: string;
  valueText: string;
  targetText: string;
  targetVerdictText: string;
  scheduleText: string;
  narrative: string;
  isLagging: boolean;
  isBindingLagging: boolean;
  deviationNote: string | null;
};

export type ReportData = {
  kind: ReportKind;
  kindLabel: string;
  title: string;
  planTitle: string;
  divisionName: string;
  divisionCode: string;
  year: number;
  generatedOn: string;
  rows: ReportRow[];
  counts: { total: number; withData: number; met: number; onSchedule: number; lagging: number; bindingLagging: number };
  hasDemo: boolean;
  /** How 时序进度 was judged: the plan's cut-offs (printed under the indicator table). */
  scheduleMethod: string;
  chart: { png: Buffer; caption: string } | null;
};

const REPORT_YEAR: Record<Exclude<ReportKind, 'annual'>, number> = { midterm: 2023, final: 2025 };

const chineseDate = (d: Date) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

export const buildReportData = async (
  db: Database,
  ctx: CallContext,
  planId: number,
  query: { divisionId?: number | undefined; kind: ReportKind; year?: number | undefined },
  now = new Date(),
): Promise<ReportData> => {
  const plan = await requirePlan(db, ctx, planId);
  const division = await resolveDivision(db, ctx, plan, query.divisionId);
  const year =
    query.kind === 'annual'
      ? (query.year ?? (await latestYearWithVerdicts(db, plan.id, division.id)) ?? plan.base_year + 1)
      : REPORT_YEAR[query.kind];
  const indicators = await findIndicators(db, plan.id);
  const ids = indicators.map((i) => i.id);
  const verdicts = await findVerdicts(db, { indicatorIds: ids, divisionIds: [division.id] });
  const notes = await findDeviationNotes(db, ids, [division.id], year);
  const ofYear = (id: number) => verdicts.find((v) => v.plan_indicator_id === id && v.year === year);
  const ordered = byConcern(
    indicators.map((i) => ({
      ...overviewIndicator(i, ofYear(i.id) ? verdictSummary(ofYear(i.id) as NonNullable<ReturnType<typeof ofYear>>) : null),
      row: i,
    })),
  );
  const rows: ReportRow[] = ordered.map((item, index) => {
    const i = item.row;
    const v = ofYear(i.id);
    const spec = specOf(i, plan);
    const growth = isGrowthIndicator(spec);
    const attribute = i.attribute as IndicatorAttribute | null;
    const baselineInputs = (v?.inputs as { baseline?: { year: number; value: number | null } } | undefined)?.baseline ?? null;
    const value = v?.value === null || v?.value === undefined ? null : Number(v.value);
    return {
      index: index + 1,
      code: i.code,
      name: i.name,
      unit: i.unit,
      attributeLabel: attribute ? INDICATOR_ATTRIBUTE_LABELS[attribute] : (i.printed_attribute ?? '未标注'),
      isBinding: attribute === 'binding',
      baselineText: i.baseline_printed && i.baseline_printed !== '' ? i.baseline_printed : '—',
      valueText: value === null ? '暂无数据' : growth ? `${value.toFixed(1)}%` : formatMeasured(value, i.unit),
      targetText: i.target_printed,
      targetVerdictText: v ? TARGET_VERDICT_LABELS[v.target_verdict as TargetVerdict] : '待评估',
      scheduleText: v?.schedule_verdict ? TIME_PROGRESS_VERDICT_LABELS[v.schedule_verdict as TimeProgressVerdict] : '—',
      narrative: narrativeSentence({
        indicatorName: i.name,
        unit: i.unit,
        year,
        value,
        baseline: baselineInputs,
        targetPrinted: i.target_printed,
        targetYear: i.target_year,
        attribute,
        targetVerdict: (v?.target_verdict as TargetVerdict | undefined) ?? null,
        scheduleVerdict: (v?.schedule_verdict as TimeProgressVerdict | null | undefined) ?? null,
        expectedValue: v?.expected_value === null || v?.expected_value === undefined ? null : Number(v.expected_value),
        isGrowth: growth,
      }),
      isLagging: v?.is_lagging ?? false,
      isBindingLagging: item.isBindingLagging,
      deviationNote: notes.find((n) => n.plan_indicator_id === i.id)?.text ?? null,
    };
  });
  const withYear = verdicts.filter((v) => v.year === year);
  const kindLabel = REPORT_KIND_LABELS[query.kind];
  const planTitle = plan.title ?? `${plan.division_name}民政事业发展规划`;
  return {
    kind: query.kind,
    kindLabel,
    title: `《${planTitle}》${division.name}${query.kind === 'annual' ? `${year}年度监测分析报告` : query.kind === 'midterm' ? '实施情况中期评估报告' : '实施情况总结评估报告'}`,
    planTitle,
    divisionName: division.name,
    divisionCode: division.code,
    year,
    generatedOn: chineseDate(now),
    rows,
    counts: {
      total: rows.length,
      withData: withYear.length,
      met: withYear.filter((v) => v.target_verdict === 'met').length,
      onSchedule: withYear.filter((v) => v.schedule_verdict === 'on_track' || v.schedule_verdict === 'ahead').length,
      lagging: withYear.filter((v) => v.is_lagging).length,
      bindingLagging: rows.filter((r) => r.isBindingLagging).length,
    },
    hasDemo: withYear.some((v) => v.has_demo),
    scheduleMethod: describeCutOffs(await cutOffsOf(db, plan.id)),
    chart: chartOf(indicators, verdicts, plan, year),
  };
};

const BAR: Rgb = [47, 84, 150];
const BAR_LAGGING: Rgb = [192, 80, 77];

/** Bars of the key indicator (first binding lagging, else first binding, else first with data) by year. */
const chartOf = (
  indicators: Awaited<ReturnType<typeof findIndicators>>,
  verdicts: Awaited<ReturnType<typeof findVerdicts>>,
  plan: { base_year: number; target_year: number },
  year: number,
): ReportData['chart'] => {
  const withSeries = indicators.filter(
    (i) => verdicts.some((v) => v.plan_indicator_id === i.id && v.value !== null && v.year <= year) && i.target_value !== null,
  );
  const key =
    withSeries.find(
      (i) => i.attribute === 'binding' && verdicts.some((v) => v.plan_indicator_id === i.id && v.year === year && v.is_lagging),
    ) ??
    withSeries.find((i) => i.attribute === 'binding') ??
    withSeries[0];
  if (!key) return null;
  const years = Array.from({ length: year - plan.base_year + 1 }, (_, k) => plan.base_year + k);
  const bars = years.map((y) => {
    const v = verdicts.find((x) => x.plan_indicator_id === key.id && x.year === y);
    const value =
      y === plan.base_year && key.baseline_value !== null
        ? Number(key.baseline_value)
        : v?.value === null || v?.value === undefined
          ? null
          : Number(v.value);
    return { label: String(y), value, colour: v?.is_lagging ? BAR_LAGGING : BAR };
  });
  const lines = [{ value: Number(key.target_value), colour: [200, 30, 30] as Rgb, dashed: true }];
  if (key.baseline_value !== null) lines.push({ value: Number(key.baseline_value), colour: [150, 150, 150] as Rgb, dashed: false });
  return {
    png: renderBarChart({ width: 720, height: 360, bars, lines }),
    caption: `图1\u3000${key.name}（${key.unit ?? ''}）${plan.base_year}—${year}年变化情况（红色虚线为${key.target_year}年目标${key.target_printed}${key.baseline_value !== null ? '，灰色实线为基期值' : ''}；红色柱为进度滞后年份）`,
  };
};

export const reportDocx = async (
  db: Database,
  ctx: CallContext,
  planId: number,
  query: { divisionId?: number | undefined; kind: ReportKind; year?: number | undefined },
) => {
  const data = await buildReportData(db, ctx, planId, query);
  return { fileName: `${data.title}.docx`, buffer: await buildReportDocx(data) };
};

export const reportXlsx = async (
  db: Database,
  ctx: CallContext,
  planId: number,
  query: { divisionId?: number | undefined; kind: ReportKind; year?: number | undefined },
) => {
  const data = await buildReportData(db, ctx, planId, query);
  return { fileName: `${data.title}（指标表）.xlsx`, buffer: await buildReportXlsx(data) };
};
