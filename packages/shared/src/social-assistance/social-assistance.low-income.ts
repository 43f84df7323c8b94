import { z } from 'zod';
import { STUDENT_STAGES } from './social-assistance.codes';

// Contracts of low-income population dynamic monitoring (低收入人口动态监测, rules doc §5): the
// monitored population, department event files, configurable warning thresholds per division,
// warning tasks with deadlines and their outcome.

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const id = z.number().int().positive();

export const LOW_INCOME_CATEGORIES = [
  'dibao',
  'extreme-poverty',
  'marginal-family',
  'rigid-expenditure',
  'anti-poverty-monitoring',
  'other-hardship',
] as const;
export type LowIncomeCategory = (typeof LOW_INCOME_CATEGORIES)[number];
export const LOW_INCOME_CATEGORY_LABELS = {
  dibao: '低保对象',
  'extreme-poverty': '特困人员',
  'marginal-family': '低保边缘家庭',
  'rigid-expenditure': '刚性支出困难家庭',
  'anti-poverty-monitoring': '防止返贫监测对象',
  'other-hardship': '其他困难人员',
} as const satisfies Record<LowIncomeCategory, string>;
/** Categories staff flag by hand (the others follow from recipient records). */
export const LOW_INCOME_FLAG_CATEGORIES = ['anti-poverty-monitoring', 'other-hardship'] as const;

/** Department event kinds (rules doc §5.3 feed matrix), as the warning rules read them. */
export const DEPARTMENT_EVENT_KINDS = [
  'medical-settlement',
  'disability-certificate',
  'major-illness-diagnosis',
  'unemployment-registration',
  'death',
  'employment',
  'social-insurance-contribution',
  'vehicle-registration',
  'real-estate-registration',
  'business-registration',
  'school-enrolment',
  'disaster-victim',
] as const;
export type DepartmentEventKind = (typeof DEPARTMENT_EVENT_KINDS)[number];
export const DEPARTMENT_EVENT_KIND_LABELS = {
  'medical-settlement': '医疗费用结算',
  'disability-certificate': '残疾人证',
  'major-illness-diagnosis': '重特大疾病确诊',
  'unemployment-registration': '失业登记',
  death: '死亡',
  employment: '就业登记',
  'social-insurance-contribution': '社保缴费',
  'vehicle-registration': '车辆登记',
  'real-estate-registration': '不动产登记',
  'business-registration': '市场主体登记',
  'school-enrolment': '入学',
  'disaster-victim': '受灾',
} as const satisfies Record<DepartmentEventKind, string>;

export const LOW_INCOME_WARNING_CODES = [
  'MED_OOP_HIGH',
  'DISAB_NEW',
  'ILLNESS_MAJOR',
  'UNEMP_REG',
  'DEATH',
  'INCOME_UP',
  'ASSET_CHANGE',
  'STUDENT',
  'DISASTER',
  'EXPIRY',
] as const;
export type LowIncomeWarningCode = (typeof LOW_INCOME_WARNING_CODES)[number];
export const LOW_INCOME_WARNING_LABELS = {
  MED_OOP_HIGH: '医疗自付费用高',
  DISAB_NEW: '新增重度残疾',
  ILLNESS_MAJOR: '确诊重特大疾病',
  UNEMP_REG: '劳动年龄成员失业',
  DEATH: '家庭成员死亡',
  INCOME_UP: '低保家庭成员就业或参保',
  ASSET_CHANGE: '新增财产登记',
  STUDENT: '升学或在校满18周岁',
  DISASTER: '受灾',
  EXPIRY: '认定或渐退期即将届满',
} as const satisfies Record<LowIncomeWarningCode, string>;

export const WARNING_OUTCOMES = ['assisted', 'referred', 'no-action'] as const;
export type WarningOutcome = (typeof WARNING_OUTCOMES)[number];
export const WARNING_OUTCOME_LABELS = {
  assisted: '已救助帮扶',
  referred: '已转介相关部门',
  'no-action': '经核实无需救助',
} as const satisfies Record<WarningOutcome, string>;

const bp = z.number().int().min(0).max(100_000);
const enabled = z.boolean();
/** Warning trigger thresholds (rules doc §5.4); every value is local. */
export const ZWarningTriggerConfig = z
  .object({
    MED_OOP_HIGH: z
      .object({
        enabled,
        incomeShare: bp,
        fixedAmountFen: z.number().int().min(0).nullable(),
        windowMonths: z.number().int().min(1).max(36),
      })
      .strict(),
    DISAB_NEW: z.object({ enabled }).strict(),
    ILLNESS_MAJOR: z.object({ enabled }).strict(),
    UNEMP_REG: z
      .object({ enabled, workingAge: z.object({ from: z.number().int().min(14).max(30), to: z.number().int().min(40).max(70) }).strict() })
      .strict(),
    DEATH: z.object({ enabled, reviewWithinMonths: z.number().int().min(1).max(12) }).strict(),
    INCOME_UP: z.object({ enabled }).strict(),
    ASSET_CHANGE: z.object({ enabled }).strict(),
    STUDENT: z
      .object({ enabled, stages: z.array(z.enum(STUDENT_STAGES)), adulthoodLookaheadDays: z.number().int().min(0).max(365) })
      .strict(),
    DISASTER: z.object({ enabled }).strict(),
    EXPIRY: z.object({ enabled, daysBefore: z.number().int().min(0).max(365) }).strict(),
  })
  .strict();
export type TWarningTriggerConfig = z.infer<typeof ZWarningTriggerConfig>;

export const ZWarningThresholdsPut = z
  .object({
    config: ZWarningTriggerConfig,
    /** Working days the township has to verify and act on a warning (the task deadline). */
    handlingWorkingDays: z.number().int().min(1).max(60),
  })
  .strict();
export type TWarningThresholdsPut = z.infer<typeof ZWarningThresholdsPut>;

export const ZLowIncomePopulationQuery = z.object({
  divisionId: z.coerce.number().int().positive().optional(),
  category: z.enum(LOW_INCOME_CATEGORIES).optional(),
  asOf: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type TLowIncomePopulationQuery = z.infer<typeof ZLowIncomePopulationQuery>;

export const ZLowIncomeFlagCreate = z
  .object({ householdId: id, category: z.enum(LOW_INCOME_FLAG_CATEGORIES), reason: z.string().trim().min(1).max(500), validFrom: isoDate })
  .strict();
export const ZLowIncomeFlagEnd = z.object({ on: isoDate }).strict();

export const ZWarningEvaluate = z.object({ divisionId: id, asOf: isoDate }).strict();

export const WARNING_LIST_STATUSES = ['open', 'closed', 'overdue', 'due-soon'] as const;
export const ZWarningListQuery = z.object({
  divisionId: z.coerce.number().int().positive().optional(),
  status: z.enum(WARNING_LIST_STATUSES).optional(),
  code: z.enum(LOW_INCOME_WARNING_CODES).optional(),
  /** Evaluate overdue / due-soon on this date (default today). */
  asOf: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type TWarningListQuery = z.infer<typeof ZWarningListQuery>;

export const ZWarningOutcome = z
  .object({
    on: isoDate,
    outcome: z.enum(WARNING_OUTCOMES),
    /** What was done (assisted), or why nothing is needed (no-action: required). */
    note: z.string().trim().max(2000).optional(),
    /** The department the case was referred to (referred: required). */
    referredTo: z.string().trim().max(100).optional(),
  })
  .strict()
  .refine((v) => v.outcome !== 'no-action' || (v.note ?? '').length > 0, { path: ['note'], message: '无需救助时须写明核实情况和理由' })
  .refine((v) => v.outcome !== 'referred' || (v.referredTo ?? '').length > 0, { path: ['referredTo'], message: '请填写转介的部门' });
export type TWarningOutcome = z.infer<typeof ZWarningOutcome>;
