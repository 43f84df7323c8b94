import { z } from 'zod';
import {
  APPLICATION_CHANNELS,
  APPLICATION_STATUSES,
  ASSISTANCE_PROGRAMMES,
  CASE_DOCUMENT_KINDS,
  CASE_DOCUMENT_MIME_TYPES,
  COUNTY_CHECK_KINDS,
  DECISIONS,
  DEPARTMENTS,
  NOTICE_METHODS,
  OBJECTION_OUTCOMES,
  PRELIMINARY_OPINIONS,
  TASK_LEVELS,
  TASK_STATUSES,
} from './social-assistance.codes';

// Contracts of the statutory workflow (rules doc §4): every action carries the date of the act (`on`),
// which the deadlines count from; it may not lie in the future.

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const fen = z.number().int().min(0).max(1_000_000_000_00);
const note = z.string().trim().max(2000).optional();
const names = (min: number, message: string) => z.array(z.string().trim().min(1).max(40)).min(min, message).max(20);

export const ZApplicationCreate = z
  .object({
    householdId: z.number().int().positive(),
    programme: z.enum(ASSISTANCE_PROGRAMMES),
    channel: z.enum(APPLICATION_CHANNELS),
    appliedOn: isoDate,
    /** The 共同生活 member applying for the household (or the person, for 特困). */
    applicantMemberId: z.number().int().positive(),
    /** 委托申请: who applies on the household's behalf (村/居委会 or a person). */
    entrustedBy: z.string().trim().max(100).nullable().optional(),
    commitmentSigned: z.boolean(),
    authorisationSigned: z.boolean(),
    /** 一次性告知: every missing item, listed at once (57号 Art. 10). */
    missingItems: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
    /** 特殊情况 (objections, living away from hukou, hard investigations): the longer overall limit. */
    specialCase: z.boolean().default(false),
    note,
  })
  .strict();
export type TApplicationCreate = z.infer<typeof ZApplicationCreate>;

export const ZSupplementMaterials = z
  .object({
    on: isoDate,
    receivedItems: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
    commitmentSigned: z.boolean().optional(),
    authorisationSigned: z.boolean().optional(),
    note,
  })
  .strict();
export const ZAccept = z.object({ on: isoDate, note }).strict();

export const ZInvestigation = z
  .object({
    on: isoDate,
    /** At least two investigators (57号 Art. 16). */
    investigators: names(2, '入户调查至少需要两名调查人员'),
    homeVisit: z.object({
      visitedOn: isoDate,
      membersPresent: names(1, '请填写在场的家庭成员'),
      findings: z.string().trim().min(1, '请填写入户调查情况').max(4000),
    }),
    neighbourVisits: z.string().trim().max(2000).optional(),
    note,
  })
  .strict();
export type TInvestigation = z.infer<typeof ZInvestigation>;

export const ZVerificationCreate = z.object({ on: isoDate, departments: z.array(z.enum(DEPARTMENTS)).min(1).max(12) }).strict();
export const ZVerificationRespond = z.object({ on: isoDate }).strict();

export const ZPreliminaryReview = z
  .object({
    on: isoDate,
    opinion: z.enum(PRELIMINARY_OPINIONS),
    note,
    /** 刚性: spending of the 12 months before application (刚性办法 Art. 5). */
    rigid: z
      .object({ totalIncome12MonthsFen: fen, medicalFen: fen, educationFen: fen, disabilityRehabilitationFen: fen, otherFen: fen })
      .strict()
      .optional(),
    /** 临时救助 支出型: the caseworker's multiple of S with reasons, and the spending. */
    temporary: z
      .object({
        eventKey: z.string().trim().min(1).max(100),
        monthlyDisposableIncomeFen: fen,
        totalIncome12MonthsFen: fen,
        necessarySpendingFen: fen,
        standardMultiple: z.number().min(0).max(60),
        multipleReason: z.string().trim().min(1).max(500),
      })
      .strict()
      .optional(),
  })
  .strict();
export type TPreliminaryReview = z.infer<typeof ZPreliminaryReview>;

export const ZPublicityStart = z
  .object({ startsOn: isoDate, location: z.string().trim().min(1, '请填写公示地点').max(200), note })
  .strict();
export const ZObjection = z
  .object({
    receivedOn: isoDate,
    objector: z.string().trim().max(60).nullable().optional(),
    content: z.string().trim().min(1, '请填写异议内容').max(4000),
  })
  .strict();
export const ZObjectionHandling = z
  .object({
    on: isoDate,
    outcome: z.enum(OBJECTION_OUTCOMES),
    handling: z.string().trim().min(1, '请填写核查处理情况').max(4000),
    /** 民主评议 record, when one was held. */
    democraticReview: z
      .object({ heldOn: isoDate, participants: z.number().int().min(1).max(500), result: z.string().trim().min(1).max(2000) })
      .strict()
      .optional(),
  })
  .strict();
export const ZSubmitToCounty = z.object({ on: isoDate, note }).strict();
export const ZCountyCheck = z
  .object({
    on: isoDate,
    kind: z.enum(COUNTY_CHECK_KINDS),
    investigators: names(1, '请填写核查人员'),
    findings: z.string().trim().min(1, '请填写核查情况').max(4000),
  })
  .strict();
export const ZDecisionRequest = z
  .object({
    on: isoDate,
    decision: z.enum(DECISIONS),
    /** Required for a refusal: the written reasons sent to the applicant. */
    reasonText: z.string().trim().max(2000).optional(),
    note,
  })
  .strict()
  .refine((v) => v.decision === 'approve' || (v.reasonText !== undefined && v.reasonText.length > 0), {
    path: ['reasonText'],
    message: '不予确认时须写明理由',
  });
export type TDecisionRequest = z.infer<typeof ZDecisionRequest>;
export const ZNotice = z.object({ on: isoDate, method: z.enum(NOTICE_METHODS), note }).strict();
export const ZWithdraw = z.object({ on: isoDate, reason: z.string().trim().min(1).max(500) }).strict();

export const ZApplicationListQuery = z.object({
  status: z.enum(APPLICATION_STATUSES).optional(),
  programme: z.enum(ASSISTANCE_PROGRAMMES).optional(),
  divisionId: z.coerce.number().int().positive().optional(),
  householdId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TApplicationListQuery = z.infer<typeof ZApplicationListQuery>;

export const ZTaskQuery = z.object({
  level: z.enum(TASK_LEVELS).default('all'),
  status: z.enum(TASK_STATUSES).default('open'),
  /** Only cases in this division's subtree (inside the caller's scope; 404 otherwise). */
  divisionId: z.coerce.number().int().positive().optional(),
  /** Evaluate on this date instead of today (China date). */
  asOf: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TTaskQuery = z.infer<typeof ZTaskQuery>;

export const ZPublicityListQuery = z.object({
  divisionId: z.coerce.number().int().positive().optional(),
  asOf: isoDate.optional(),
});

export const ZDocumentUpload = z
  .object({
    kind: z.enum(CASE_DOCUMENT_KINDS),
    fileName: z.string().trim().min(1).max(200),
    mimeType: z.enum(CASE_DOCUMENT_MIME_TYPES),
    contentBase64: z.string().min(1).max(8_000_000, '文件过大（上限5MB）'),
    /** Optional: checked against the uploaded content. */
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  })
  .strict();
export type TDocumentUpload = z.infer<typeof ZDocumentUpload>;

export const ZFileUpload = z.object({ fileName: z.string().trim().min(1).max(200), contentBase64: z.string().min(1) }).strict();
export type TFileUpload = z.infer<typeof ZFileUpload>;

export type TDeadlineView = {
  code: string;
  label: string;
  level: 'township' | 'county';
  triggeredOn: string;
  dueOn: string;
  completedOn: string | null;
  provisional: boolean;
  explanation: string;
};

export type TTaskItem = {
  applicationId: number;
  householdId: number;
  divisionId: number;
  divisionName: string;
  programme: string;
  applicationStatus: string;
  headName: string | null;
  deadline: TDeadlineView;
  status: 'overdue' | 'due-soon' | 'on-track';
  remainingWorkingDays: number;
  overdueWorkingDays: number;
};
