import { z } from 'zod';

import type { DivisionLevel } from '../core/divisions';
import type {
  AggregationMethod,
  IndicatorAttribute,
  PlanLevel,
  ProgressStatus,
  TargetVerdict,
  TimeProgressVerdict,
  ValueKind,
} from '../monitoring/monitoring.codes';

// HTTP contracts of the monitoring API (data collection, sign-off, dashboards, reports). The
// plan-register and rule shapes live in ../monitoring (owned by the rules); these are the request
// schemas (Z…) and the response types (T…) of /api/monitoring/….

/** Where a stored value came from. A `computed` value cannot be overwritten by hand. */
export const VALUE_SOURCES = ['computed', 'reported', 'demo'] as const;
export type ValueSource = (typeof VALUE_SOURCES)[number];
export const VALUE_SOURCE_LABELS = { computed: '业务系统计算', reported: '填报', demo: '演示数据' } as const satisfies Record<
  ValueSource,
  string
>;

/** Sign-off chain: fill → submit → county → prefecture → province; any step may return. */
export const SUBMISSION_STATUSES = [
  'draft',
  'submitted',
  'county_approved',
  'prefecture_approved',
  'province_approved',
  'returned',
] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export const SUBMISSION_STATUS_LABELS = {
  draft: '填报中',
  submitted: '已报送，待县级审核',
  county_approved: '县级已审核',
  prefecture_approved: '州（市）级已审核',
  province_approved: '省级已审核',
  returned: '已退回',
} as const satisfies Record<SubmissionStatus, string>;

export const REVIEW_LEVELS = ['county', 'prefecture', 'province'] as const;
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];

export const REPORT_KINDS = ['annual', 'midterm', 'final'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_KIND_LABELS = { annual: '年度监测分析报告', midterm: '中期评估报告', final: '总结评估报告' } as const satisfies Record<
  ReportKind,
  string
>;

/** The input cells of one indicator × division × period. Which ones apply depends on the value kind. */
export const VALUE_INPUT_FIELDS = ['numerator', 'denominator', 'value', 'weight', 'denominatorWeight', 'referenceValue'] as const;
export type ValueInputField = (typeof VALUE_INPUT_FIELDS)[number];

const year = z.coerce.number().int().min(2015, '年份应在2015—2035之间').max(2035, '年份应在2015—2035之间');
const id = z.coerce.number().int().positive();
const cell = z.number().finite().nullable().optional();

export const ZMonitoringValueInput = z.object({
  indicatorId: z.number().int().positive(),
  numerator: cell,
  denominator: cell,
  value: cell,
  weight: cell,
  denominatorWeight: cell,
  referenceValue: cell,
  /** Unit the caller believes it entered in; refused when it differs from the indicator's input unit. */
  unit: z.string().max(20).optional(),
  note: z.string().max(500).optional(),
});
export type TMonitoringValueInput = z.infer<typeof ZMonitoringValueInput>;

export const ZMonitoringValuesPut = z.object({
  divisionId: z.number().int().positive(),
  year,
  /** 0 = the whole year; 1–4 = quarter. */
  quarter: z.number().int().min(0).max(4).default(0),
  values: z.array(ZMonitoringValueInput).min(1).max(300),
});
export type TMonitoringValuesPut = z.infer<typeof ZMonitoringValuesPut>;

export const ZMonitoringImportRequest = z.object({
  divisionId: z.number().int().positive(),
  year,
  fileName: z.string().trim().min(1).max(200),
  /** The .xlsx file, base64-encoded. */
  fileBase64: z.string().min(1, '请选择要导入的文件'),
});
export type TMonitoringImportRequest = z.infer<typeof ZMonitoringImportRequest>;

export const ZMonitoringDeviationNote = z.object({
  divisionId: z.number().int().positive(),
  year,
  indicatorId: z.number().int().positive(),
  text: z.string().trim().min(5, '偏离说明至少5个字').max(4000),
});
export type TMonitoringDeviationNote = z.infer<typeof ZMonitoringDeviationNote>;

export const ZMonitoringSubmitRequest = z.object({ divisionId: z.number().int().positive(), year });
export const ZMonitoringApproveRequest = z.object({ comment: z.string().trim().max(1000).optional() });
export const ZMonitoringReturnRequest = z.object({ reason: z.string().trim().min(2, '请填写退回理由').max(1000) });
export const ZMonitoringComputeRequest = z.object({ year });

export const ZMonitoringScopeQuery = z.object({ divisionId: id.optional(), year: year.optional() });
export type TMonitoringScopeQuery = z.infer<typeof ZMonitoringScopeQuery>;
export const ZMonitoringFormQuery = z.object({ divisionId: id, year, quarter: z.coerce.number().int().min(0).max(4).default(0) });
export const ZMonitoringDrillQuery = z.object({ year: year.optional(), indicatorId: id.optional() });
export const ZMonitoringSubmissionQuery = z.object({
  divisionId: id.optional(),
  year: year.optional(),
  status: z.enum(SUBMISSION_STATUSES).optional(),
});
export const ZMonitoringReportQuery = z.object({
  divisionId: id.optional(),
  kind: z.enum(REPORT_KINDS).default('annual'),
  /** Annual report year (default: latest year with data); midterm is 2023, final 2025. */
  year: year.optional(),
});
export const ZMonitoringMapQuery = z.object({ planId: id, indicatorId: id.optional(), year: year.optional() });

// ---------------------------------------------------------------------------------------------
// Response shapes (documentation for the web app; the server returns exactly these)

export type TMonitoringDivisionRef = { id: number; code: string; name: string; level: DivisionLevel };

export type TMonitoringPlanSummary = {
  id: number;
  seedId: string;
  title: string | null;
  issuer: string | null;
  level: PlanLevel;
  division: { id: number | null; code: string; name: string };
  periodStartYear: number;
  periodEndYear: number;
  baseYear: number;
  targetYear: number;
  indicatorCount: number;
  bindingCount: number;
};

export type TVerdictSummary = {
  year: number;
  value: number | null;
  targetVerdict: TargetVerdict;
  scheduleVerdict: TimeProgressVerdict | null;
  progressStatus: ProgressStatus;
  expectedValue: number | null;
  isLagging: boolean;
  reasons: string[];
};

export type TOverviewIndicator = {
  id: number;
  code: string;
  name: string;
  unit: string | null;
  attribute: IndicatorAttribute | null;
  printedAttribute: string | null;
  baselinePrinted: string | null;
  targetPrinted: string;
  targetYear: number;
  latest: TVerdictSummary | null;
  /** Binding and lagging: shown first, flagged in red. */
  isBindingLagging: boolean;
};

export type TPlanOverview = {
  plan: TMonitoringPlanSummary;
  division: TMonitoringDivisionRef;
  year: number | null;
  counts: {
    byTargetVerdict: Record<TargetVerdict, number>;
    bySchedule: Record<TimeProgressVerdict | 'none', number>;
    bindingLagging: number;
    noData: number;
  };
  hasDemoData: boolean;
  indicators: TOverviewIndicator[];
};

export type TIndicatorSeriesPoint = {
  year: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  units: number;
  source: 'demo' | 'reported' | 'computed' | 'mixed';
  verdict: TVerdictSummary | null;
};

export type TChildRow = {
  division: TMonitoringDivisionRef & { hasChildren: boolean };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  weight: number | null;
  verdict: TVerdictSummary | null;
};

export type TIndicatorDetail = {
  indicator: TOverviewIndicator & {
    valueKind: ValueKind;
    ratioFactor: number | null;
    direction: string;
    baseline: { year: number | null; value: number | null; printed: string | null };
    interimTargets: { year: number; value: number | null; printed: string }[];
    finalTarget: { year: number; value: number | null; printed: string };
    notes: { kind: string; printed: string | null; message: string }[];
    cascade: { kind: string; nationalCodes: string[]; note: string | null };
  };
  division: TMonitoringDivisionRef;
  series: TIndicatorSeriesPoint[];
  projection: { linear: number | null; compound: number | null; toYear: number };
  aggregation: { method: AggregationMethod; description: string } | null;
  year: number | null;
  children: TChildRow[];
  deviationNotes: { year: number; text: string; updatedAt: string }[];
};
