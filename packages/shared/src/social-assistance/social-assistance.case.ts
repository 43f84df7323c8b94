import { z } from 'zod';
import { CASE_DOCUMENT_MIME_TYPES, DEPARTMENTS } from './social-assistance.codes';

// Contracts around one case: the steps the caller may take now (computed by the server from the
// workflow rules), 临时救助 先行救助 (rules doc §4.5, E12), and the per-person signed 核对授权书 (§6.1).

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const note = z.string().trim().max(2000).optional();

/** One step of the case as the caller sees it now: allowed, or disabled with the reasons. */
export type TNextStep = {
  action: string;
  /** Chinese label of the step. */
  label: string;
  allowed: boolean;
  /** Why the step is disabled now (empty when allowed). */
  reasons: string[];
  /** The step cannot be undone: the web asks for confirmation first. */
  irreversible: boolean;
};
export type TNextSteps = { applicationId: number; today: string; steps: TNextStep[] };

export const EMERGENCY_EVENT_KINDS = [
  'fire',
  'traffic-accident',
  'other-accident',
  'sudden-serious-illness',
  'natural-disaster',
  'other',
] as const;
export type EmergencyEventKind = (typeof EMERGENCY_EVENT_KINDS)[number];
export const EMERGENCY_EVENT_KIND_LABELS = {
  fire: '火灾',
  'traffic-accident': '交通事故',
  'other-accident': '其他意外事件',
  'sudden-serious-illness': '突发重大疾病',
  'natural-disaster': '自然灾害',
  other: '其他特殊困难',
} as const satisfies Record<EmergencyEventKind, string>;

/** 急难型临时救助 先行救助: paid at once by the township within its direct-approval limit. */
export const ZAdvanceAssistance = z
  .object({
    /** Payment date. */
    on: isoDate,
    amountFen: z.number().int().min(1, '先行救助金额应大于0').max(100_000_000),
    event: z
      .object({
        kind: z.enum(EMERGENCY_EVENT_KINDS),
        occurredOn: isoDate,
        description: z.string().trim().min(1, '请填写急难事由').max(500),
      })
      .strict(),
    /** 现金 / 转账 / 实物 */
    method: z.enum(['cash', 'transfer', 'in-kind']),
    note,
  })
  .strict();
export type TAdvanceAssistance = z.infer<typeof ZAdvanceAssistance>;
export const ADVANCE_METHOD_LABELS = { cash: '现金', transfer: '转账', 'in-kind': '实物' } as const;

/** 补齐手续 after a 先行救助: the explanation and the signatures and stamps, within the deadline. */
export const ZAdvanceCompletion = z
  .object({
    on: isoDate,
    explanation: z.string().trim().min(1, '请填写先行救助情况说明').max(2000),
    /** Who signed and stamped the completed paperwork (经办人、审批人). */
    signedBy: z.array(z.string().trim().min(1).max(40)).min(1, '请填写签字人员').max(10),
  })
  .strict();
export type TAdvanceCompletion = z.infer<typeof ZAdvanceCompletion>;

/** A signed 家庭经济状况核对授权书 of one person: the scan (stored as a case document) and its signature metadata. */
export const ZAuthorisationCreate = z
  .object({
    /** Exactly one of memberId (a household member) or obligorId (a statutory obligor, 特困). */
    memberId: z.number().int().positive().optional(),
    obligorId: z.number().int().positive().optional(),
    signedOn: isoDate,
    /** Who signed: the person, or the guardian/agent for a person without civil capacity. */
    signerName: z.string().trim().min(1, '请填写签字人').max(40),
    signedAs: z.enum(['self', 'guardian', 'agent']),
    /** Departments the authorisation covers; all departments when omitted. */
    departments: z.array(z.enum(DEPARTMENTS)).min(1).max(12).optional(),
    validUntil: isoDate.nullable().optional(),
    document: z
      .object({
        fileName: z.string().trim().min(1).max(200),
        mimeType: z.enum(CASE_DOCUMENT_MIME_TYPES),
        contentBase64: z.string().min(1).max(8_000_000, '文件过大（上限5MB）'),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .optional(),
      })
      .strict(),
  })
  .strict()
  .refine((v) => (v.memberId === undefined) !== (v.obligorId === undefined), {
    path: ['memberId'],
    message: '请选择一名家庭成员或一名法定赡养（抚养、扶养）义务人',
  });
export type TAuthorisationCreate = z.infer<typeof ZAuthorisationCreate>;
/** 撤销核对授权书: the person withdrew consent (or the scan was wrong); it no longer covers any new 核对 request. */
export const ZAuthorisationRevoke = z
  .object({
    on: isoDate,
    reason: z.string().trim().min(1, '请填写撤销原因').max(500),
  })
  .strict();
export type TAuthorisationRevoke = z.infer<typeof ZAuthorisationRevoke>;
export const AUTHORISATION_SIGNED_AS_LABELS = { self: '本人签字', guardian: '监护人代签', agent: '受托人代签' } as const;
