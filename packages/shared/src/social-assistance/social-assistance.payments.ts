import { z } from 'zod';

// Contracts of the monthly payment roll (发放名册), the bank file, the bank's result file and
// reconciliation, payee accounts, suspensions (暂停发放) and arrears (补发). Money is integer fen.

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
const id = z.number().int().positive();
const reason = z.string().trim().min(1, '请填写原因').max(500);

export const PAYMENT_ROLL_STATUSES = ['draft', 'approved', 'exported', 'reconciled'] as const;
export type PaymentRollStatus = (typeof PAYMENT_ROLL_STATUSES)[number];
export const PAYMENT_ROLL_STATUS_LABELS = {
  draft: '草稿',
  approved: '已审批（冻结）',
  exported: '已导出银行文件',
  reconciled: '已对账',
} as const satisfies Record<PaymentRollStatus, string>;

export const PAYMENT_LINE_KINDS = ['regular', 'arrears'] as const;
export type PaymentLineKind = (typeof PAYMENT_LINE_KINDS)[number];
export const PAYMENT_LINE_KIND_LABELS = { regular: '当月发放', arrears: '补发' } as const satisfies Record<PaymentLineKind, string>;

export const PAYMENT_LINE_STATUSES = ['pending', 'paid', 'failed', 'returned'] as const;
export type PaymentLineStatus = (typeof PAYMENT_LINE_STATUSES)[number];
export const PAYMENT_LINE_STATUS_LABELS = {
  pending: '待银行回盘',
  paid: '已发放',
  failed: '发放失败',
  returned: '资金退回',
} as const satisfies Record<PaymentLineStatus, string>;
/** Words accepted in the 结果 column of a bank result file. */
export const BANK_RESULT_WORDS: Record<string, Exclude<PaymentLineStatus, 'pending'>> = {
  成功: 'paid',
  已发放: 'paid',
  paid: 'paid',
  失败: 'failed',
  发放失败: 'failed',
  failed: 'failed',
  退回: 'returned',
  退票: 'returned',
  资金退回: 'returned',
  returned: 'returned',
};

export const BANK_FILE_FORMATS = ['csv', 'xlsx'] as const;
export type BankFileFormat = (typeof BANK_FILE_FORMATS)[number];
/** Columns of the bank file, in order. 明细编号 lets the bank's result file be matched back exactly. */
export const BANK_FILE_COLUMNS = ['明细编号', '户名', '账号', '金额', '身份证号', '摘要'] as const;

/** Create (or re-generate while still a draft) the roll of a county for a month. */
export const ZPaymentRollGenerate = z.object({ divisionId: id, month: yearMonth }).strict();
export type TPaymentRollGenerate = z.infer<typeof ZPaymentRollGenerate>;

export const ZPaymentRollListQuery = z.object({
  divisionId: z.coerce.number().int().positive().optional(),
  month: yearMonth.optional(),
  status: z.enum(PAYMENT_ROLL_STATUSES).optional(),
});

export const ZPaymentLineListQuery = z.object({
  status: z.enum(PAYMENT_LINE_STATUSES).optional(),
  kind: z.enum(PAYMENT_LINE_KINDS).optional(),
  /** Only lines of households in this division's subtree (e.g. one township). */
  divisionId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type TPaymentLineListQuery = z.infer<typeof ZPaymentLineListQuery>;

export const ZPaymentRollExport = z.object({ format: z.enum(BANK_FILE_FORMATS).default('xlsx') }).strict();

/** Payee account of a household (or of one member, e.g. a 特困 person in a larger household). */
export const ZPaymentAccountPut = z
  .object({
    /** The account holder: a current member of the household. */
    memberId: id,
    accountName: z.string().trim().min(1, '请填写户名').max(60),
    accountNo: z
      .string()
      .trim()
      .regex(/^\d{8,30}$/, '账号应为8–30位数字'),
    bankName: z.string().trim().min(1, '请填写开户银行').max(100),
  })
  .strict();
export type TPaymentAccountPut = z.infer<typeof ZPaymentAccountPut>;

export const ZPaymentSuspensionCreate = z
  .object({
    householdId: id,
    /** Only this recipient record (programme); omitted: every payment of the household. */
    recipientId: id.optional(),
    fromMonth: yearMonth,
    reason,
  })
  .strict();
export type TPaymentSuspensionCreate = z.infer<typeof ZPaymentSuspensionCreate>;

/** Payment resumes with `resumeMonth` (the suspension ends the month before). */
export const ZPaymentSuspensionLift = z.object({ on: isoDate, resumeMonth: yearMonth, reason }).strict();

export const ZPaymentSuspensionListQuery = z.object({
  divisionId: z.coerce.number().int().positive().optional(),
  householdId: z.coerce.number().int().positive().optional(),
  active: z.enum(['true', 'false']).optional(),
});

export const ZPaymentArrearsListQuery = z.object({
  divisionId: z.coerce.number().int().positive().optional(),
  status: z.enum(['open', 'settled']).optional(),
});

export type TPaymentRollView = {
  id: number;
  divisionId: number;
  divisionName: string;
  month: string;
  status: PaymentRollStatus;
  lineCount: number;
  totalFen: number;
  arrearsLineCount: number;
  arrearsFen: number;
  suspendedCount: number;
  missingAccountCount: number;
  digest: string | null;
  frozenDigest: string | null;
  generationCount: number;
  generatedAt: string | null;
  approvedAt: string | null;
  exportedAt: string | null;
  reconciledAt: string | null;
};

export type TReconciliationSummary = {
  rollId: number;
  status: PaymentRollStatus;
  byStatus: { status: PaymentLineStatus; lines: number; amountFen: number }[];
  byProgramme: { programme: string; lines: number; amountFen: number; paidFen: number }[];
  arrearsCreated: { count: number; amountFen: number };
  arrearsSettled: { count: number; amountFen: number };
  balanced: boolean;
};
