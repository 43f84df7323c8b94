import { z } from 'zod';

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

/** How often an indicator is reported (报送频率): quarterly ones get a verdict per quarter as well. */
export const REPORTING_FREQUENCIES = ['annual', 'quarterly'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];
export const REPORTING_FREQUENCY_LABELS = { annual: '年报', quarterly: '季报' } as const satisfies Record<ReportingFrequency, string>;

/**
 * Cut-offs of 时序进度 on 完成进度 ÷ 时间进度: ≥ aheadFrom 超额完成, ≥ onTrackFrom 进度正常,
 * ≥ laggingFrom 滞后, below 严重滞后. Stored per plan; the defaults apply until a plan changes them.
 */
export const DEFAULT_CUT_OFFS = { aheadFrom: 1.1, onTrackFrom: 0.9, laggingFrom: 0.6 } as const;
const cutOff = z.number().finite().min(0, '分界值不能为负数').max(5, '分界值不能超过5（即500%）');
export const ZTimeProgressCutOffs = z
  .object({ aheadFrom: cutOff, onTrackFrom: cutOff, laggingFrom: cutOff })
  .refine((c) => c.aheadFrom > c.onTrackFrom && c.onTrackFrom > c.laggingFrom, {
    message: '分界值应满足：超额完成 > 进度正常 > 滞后',
    path: ['onTrackFrom'],
  });
export type TTimeProgressCutOffs = z.infer<typeof ZTimeProgressCutOffs>;
export const ZMonitoringCutOffsPut = z.object({
  cutOffs: ZTimeProgressCutOffs,
  /** Why the plan departs from the defaults (kept in the audit log). */
  reason: z.string().trim().min(2, '请填写调整理由').max(500),
});
export type TMonitoringCutOffsPut = z.infer<typeof ZMonitoringCutOffsPut>;

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** The 时序进度 method as printed with verdicts and in reports, with the cut-offs in force. */
export const describeCutOffs = (c: TTimeProgressCutOffs): string =>
  `时序进度按“完成进度÷时间进度”判定（时间进度=(t−基期)/(目标年−基期)，季报指标按季末计；完成进度=(实际−基期值)/(目标−基期值)）：` +
  `≥${percent(c.aheadFrom)}为超额完成，${percent(c.onTrackFrom)}—${percent(c.aheadFrom)}为进度正常，` +
  `${percent(c.laggingFrom)}—${percent(c.onTrackFrom)}为滞后，低于${percent(c.laggingFrom)}为严重滞后。`;
