import { z } from 'zod';

// Contracts of dynamic management (动态管理, rules doc §4.7): periodic rechecks, change reports that
// open a review, the county's decision (调整 / 渐退 / 停发 / 特困终止 with 公示), 特困 adulthood
// checks and the set-based re-calculation of every recipient after a standard change.

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
const id = z.number().int().positive();
const text = (max: number) => z.string().trim().min(1).max(max);

export const CHANGE_REPORT_SOURCES = ['staff', 'household', 'recheck', 'system'] as const;
export type ChangeReportSource = (typeof CHANGE_REPORT_SOURCES)[number];
export const CHANGE_REPORT_SOURCE_LABELS = {
  staff: '工作人员发现',
  household: '家庭申报',
  recheck: '定期核查',
  system: '系统触发',
} as const satisfies Record<ChangeReportSource, string>;

export const CHANGE_REPORT_KINDS = [
  'income',
  'employment',
  'members',
  'property',
  'death',
  'self-care',
  'adulthood',
  'standard-change',
  'other',
] as const;
export type ChangeReportKind = (typeof CHANGE_REPORT_KINDS)[number];
export const CHANGE_REPORT_KIND_LABELS = {
  income: '收入变化',
  employment: '家庭成员就业',
  members: '家庭人口变化',
  property: '财产变化',
  death: '家庭成员死亡',
  'self-care': '生活自理能力变化',
  adulthood: '特困未成年人年满18周岁',
  'standard-change': '标准调整后不再符合条件',
  other: '其他变化',
} as const satisfies Record<ChangeReportKind, string>;

export const CHANGE_REPORT_STATUSES = ['open', 'in-publicity', 'decided', 'withdrawn'] as const;
export type ChangeReportStatus = (typeof CHANGE_REPORT_STATUSES)[number];

export const REVIEW_OUTCOMES = ['no-change', 'adjust', 'gradual-exit', 'stop', 'terminate'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export const REVIEW_OUTCOME_LABELS = {
  'no-change': '无变化，维持原待遇',
  adjust: '调整保障金额',
  'gradual-exit': '渐退',
  stop: '停发',
  terminate: '终止特困供养',
} as const satisfies Record<ReviewOutcome, string>;

export const RECHECK_OUTCOMES = ['no-change', 'change-found'] as const;

export const ZRecheckDueQuery = z.object({
  divisionId: z.coerce.number().int().positive().optional(),
  /** Due on or before this date (default: today). */
  before: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type TRecheckDueQuery = z.infer<typeof ZRecheckDueQuery>;

/** Give every active recipient of a county without a next review date one, from the parameters. */
export const ZRecheckSchedule = z.object({ divisionId: id }).strict();

export const ZRecheckRecord = z
  .object({
    recipientId: id,
    on: isoDate,
    outcome: z.enum(RECHECK_OUTCOMES),
    /** Required when a change was found: it opens a change report. */
    description: z.string().trim().max(2000).optional(),
    kind: z.enum(CHANGE_REPORT_KINDS).optional(),
  })
  .strict()
  .refine((v) => v.outcome === 'no-change' || (v.description !== undefined && v.description.length > 0), {
    path: ['description'],
    message: '发现变化时须写明变化情况',
  });
export type TRecheckRecord = z.infer<typeof ZRecheckRecord>;

export const ZChangeReportCreate = z
  .object({
    householdId: id,
    recipientId: id.optional(),
    source: z.enum(['staff', 'household']),
    kind: z.enum(CHANGE_REPORT_KINDS),
    reportedOn: isoDate,
    description: text(2000),
  })
  .strict();
export type TChangeReportCreate = z.infer<typeof ZChangeReportCreate>;

export const ZChangeReportListQuery = z.object({
  divisionId: z.coerce.number().int().positive().optional(),
  status: z.enum(CHANGE_REPORT_STATUSES).optional(),
  overdueOn: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TChangeReportListQuery = z.infer<typeof ZChangeReportListQuery>;

/**
 * The county's decision on a review. `reassess` runs the rules on the household's current data:
 * 低保 → continue with a new amount, 渐退 or 停发 (evaluateDibaoReview, income from `incomePeriod`);
 * 特困 → new care tier and amount. `terminate` (特困) starts the 7-day 公示; `stop` ends payment
 * from the month after the decision with written reasons.
 */
export const ZReviewDecision = z
  .object({
    on: isoDate,
    action: z.enum(['reassess', 'no-change', 'stop', 'terminate']),
    incomePeriod: z.object({ from: yearMonth, to: yearMonth }).strict().optional(),
    cause: z.enum(['employment', 'other']).optional(),
    reasonText: z.string().trim().max(2000).optional(),
    publicity: z
      .object({ startsOn: isoDate, location: text(200) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((v) => v.action !== 'terminate' || v.publicity !== undefined, {
    path: ['publicity'],
    message: '终止特困供养须先公示7天，请填写公示开始日期和地点',
  })
  .refine((v) => !['stop', 'terminate'].includes(v.action) || (v.reasonText ?? '').length > 0, {
    path: ['reasonText'],
    message: '停发或终止须写明理由',
  });
export type TReviewDecision = z.infer<typeof ZReviewDecision>;

/** After the 公示: confirm the termination (no objection upheld) or withdraw it. */
export const ZReviewConfirm = z
  .object({ on: isoDate, outcome: z.enum(['terminate', 'withdraw']), note: z.string().trim().max(2000).optional() })
  .strict();

export const ZAdulthoodCheck = z.object({ divisionId: id, asOf: isoDate }).strict();

/** Re-evaluate every active recipient of a county with the parameters in force from `fromMonth`. */
export const ZRecalculation = z.object({ divisionId: id, fromMonth: yearMonth }).strict();
export type TRecalculation = z.infer<typeof ZRecalculation>;
