import { z } from 'zod';
import { validateCitizenId } from '../validators/citizen-id';
import {
  ADL_ITEMS,
  AREA_TYPES,
  ASSISTANCE_PROGRAMMES,
  CARE_MODES,
  DISABILITY_CATEGORIES,
  EMPLOYMENT_REFUSALS,
  EMPLOYMENT_STATUSES,
  EXCLUSION_STATUSES,
  FINANCIAL_ASSET_KINDS,
  HOUSEHOLD_STATUSES,
  INCOME_KINDS,
  LABOUR_CAPACITIES,
  OBLIGOR_RELATIONS,
  RELATIONS,
  STUDENT_STAGES,
  SUPPORT_PAYERS,
  VEHICLE_KINDS,
} from './social-assistance.codes';

// Contracts of the household registry (户籍 vs 共同生活, members, obligors, income, property, changes).

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
const fen = z.number().int('金额以分为单位，应为整数').min(0).max(1_000_000_000_00);
const text = (max: number) => z.string().trim().max(max);

/** 公民身份号码 with check digit (GB 11643); normalised to upper-case X. */
export const ZCitizenId = z.string().transform((value, ctx) => {
  const result = validateCitizenId(value);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.message, params: { code: result.code } });
    return z.NEVER;
  }
  return result.value;
});

export const ZDisability = z.object({
  category: z.enum(DISABILITY_CATEGORIES),
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  certificateNo: text(40).optional(),
});

export const ZMemberAttributes = z.object({
  name: z.string().trim().min(1, '请填写姓名').max(40),
  relation: z.enum(RELATIONS),
  /** 共同生活的家庭成员 (57号 Art. 7); false for persons only on the hukou book. */
  livesTogether: z.boolean().default(true),
  hasSupportDuty: z.boolean().optional(),
  exclusion: z.enum(EXCLUSION_STATUSES).nullable().optional(),
  disability: ZDisability.nullable().optional(),
  hasMajorIllness: z.boolean().default(false),
  labourCapacity: z.enum(LABOUR_CAPACITIES).optional(),
  selfCareFailedItems: z.array(z.enum(ADL_ITEMS)).max(6).default([]),
  careMode: z.enum(CARE_MODES).nullable().optional(),
  employment: z.enum(EMPLOYMENT_STATUSES),
  student: z
    .object({ stage: z.enum(STUDENT_STAGES), fullTime: z.boolean() })
    .nullable()
    .optional(),
  cannotLiveIndependently: z.boolean().default(false),
  /** 拒绝就业 as recorded by the caseworker (local 推定收入, rules doc §1.3); null = none. */
  employmentRefusal: z.enum(EMPLOYMENT_REFUSALS).nullable().optional(),
});
export const ZMemberInput = ZMemberAttributes.extend({ citizenId: ZCitizenId }).strict();
export type TMemberInput = z.infer<typeof ZMemberInput>;
export const ZMemberUpdate = ZMemberAttributes.omit({ relation: true }).strict();
export type TMemberUpdate = z.infer<typeof ZMemberUpdate>;

const householdFields = {
  /** Village/community (or township) the household belongs to. */
  divisionId: z.number().int().positive(),
  areaType: z.enum(AREA_TYPES),
  address: z.string().trim().min(1, '请填写家庭住址').max(200),
  hukouAddress: text(200).nullable().optional(),
  residenceAddress: text(200).nullable().optional(),
  residencePermit: z.boolean().default(false),
  /** 与经办人员或村（居）委会成员有近亲属关系 → 单独登记备案 (57号 Art. 11). */
  separateRegistration: z.boolean().default(false),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/, '电话号码格式不正确')
    .nullable()
    .optional(),
};

export const ZHouseholdCreate = z
  .object({ ...householdFields, members: z.array(ZMemberInput).min(1, '至少登记一名家庭成员').max(30) })
  .strict()
  .superRefine((value, ctx) => {
    const heads = value.members.filter((m) => m.relation === 'self').length;
    if (heads !== 1) ctx.addIssue({ code: 'custom', path: ['members'], message: `家庭成员中应有且只有一名户主（当前${heads}名）` });
    const seen = new Map<string, number>();
    value.members.forEach((m, i) => {
      const first = seen.get(m.citizenId);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['members', i, 'citizenId'], message: `与第${first + 1}名成员的公民身份号码重复` });
      } else seen.set(m.citizenId, i);
    });
  });
export type THouseholdCreate = z.infer<typeof ZHouseholdCreate>;

export const ZHouseholdUpdate = z
  .object({
    version: z.number().int().positive(),
    areaType: householdFields.areaType.optional(),
    address: householdFields.address.optional(),
    hukouAddress: householdFields.hukouAddress,
    residenceAddress: householdFields.residenceAddress,
    residencePermit: z.boolean().optional(),
    separateRegistration: z.boolean().optional(),
    phone: householdFields.phone,
  })
  .strict();
export type THouseholdUpdate = z.infer<typeof ZHouseholdUpdate>;

export const ZHouseholdSearchQuery = z.object({
  /** Member name, prefix match. */
  name: z.string().trim().min(1).max(40).optional(),
  /** Exact 公民身份号码. */
  citizenId: z.string().trim().max(18).optional(),
  divisionId: z.coerce.number().int().positive().optional(),
  status: z.enum(HOUSEHOLD_STATUSES).optional(),
  programme: z.enum(ASSISTANCE_PROGRAMMES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type THouseholdSearchQuery = z.infer<typeof ZHouseholdSearchQuery>;

export const HOUSEHOLD_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type HouseholdExportFormat = (typeof HOUSEHOLD_EXPORT_FORMATS)[number];
/** 家庭档案导出: the list's filters (no paging) and the file format. */
export const ZHouseholdExportQuery = ZHouseholdSearchQuery.omit({ page: true, pageSize: true }).extend({
  format: z.enum(HOUSEHOLD_EXPORT_FORMATS).default('csv'),
});
export type THouseholdExportQuery = z.infer<typeof ZHouseholdExportQuery>;

export const ZObligorInput = z
  .object({
    /** Member the obligor supports (赡养/抚养/扶养); null = the household. */
    supportsMemberId: z.number().int().positive().nullable().optional(),
    name: z.string().trim().min(1).max(40),
    citizenId: ZCitizenId.nullable().optional(),
    relation: z.enum(OBLIGOR_RELATIONS),
    birthDate: isoDate,
    address: text(200).nullable().optional(),
    deceased: z.boolean().default(false),
    annualIncomeFen: fen.default(0),
    /** Agreed or court-ordered support paid to the household per month. */
    monthlySupportFen: fen.default(0),
    financialAssetsFen: fen.default(0),
    isExtremePoverty: z.boolean().default(false),
    isDibao: z.boolean().default(false),
    disability: ZDisability.nullable().optional(),
    noCivilCapacity: z.boolean().default(false),
    declaredMissing: z.boolean().default(false),
    imprisoned: z.boolean().default(false),
    provincialIncapacityCase: text(200).nullable().optional(),
  })
  .strict();
export type TObligorInput = z.infer<typeof ZObligorInput>;

export const ZIncomeItemInput = z
  .object({
    memberId: z.number().int().positive(),
    kind: z.enum(INCOME_KINDS),
    month: yearMonth,
    amountFen: fen,
    withheldFen: fen.default(0),
    payer: z.enum(SUPPORT_PAYERS).nullable().optional(),
    note: text(200).optional(),
  })
  .strict();
export const ZIncomeItemsInput = z.object({ items: z.array(ZIncomeItemInput).min(1).max(500) }).strict();
export type TIncomeItemInput = z.infer<typeof ZIncomeItemInput>;

const exemption = text(200).nullable().optional();
export const ZPropertyItemInput = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.enum(FINANCIAL_ASSET_KINDS),
      ownerMemberId: z.number().int().positive(),
      valueFen: fen,
      description: text(200).optional(),
      exemptionReason: exemption,
    })
    .strict(),
  z
    .object({
      kind: z.literal('vehicle'),
      ownerMemberId: z.number().int().positive(),
      vehicleKind: z.enum(VEHICLE_KINDS),
      valueFen: fen,
      description: text(200).optional(),
      exemptionReason: exemption,
    })
    .strict(),
  z
    .object({
      kind: z.literal('house'),
      ownerMemberId: z.number().int().positive(),
      floorAreaM2: z.number().min(0).max(100_000),
      description: text(200).optional(),
      exemptionReason: exemption,
    })
    .strict(),
  z
    .object({
      kind: z.literal('business'),
      ownerMemberId: z.number().int().positive(),
      employsOthers: z.boolean(),
      description: text(200).optional(),
      exemptionReason: exemption,
    })
    .strict(),
]);
export type TPropertyItemInput = z.infer<typeof ZPropertyItemInput>;

const changeBase = { reason: z.string().trim().min(1, '请填写变更原因').max(500), effectiveOn: isoDate };
export const ZHouseholdChangeRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('add-member'), ...changeBase, member: ZMemberInput }).strict(),
  z.object({ kind: z.literal('remove-member'), ...changeBase, memberId: z.number().int().positive() }).strict(),
  z
    .object({
      kind: z.literal('change-head'),
      ...changeBase,
      newHeadMemberId: z.number().int().positive(),
      /** Relations of the other members to the new head. */
      relations: z.array(z.object({ memberId: z.number().int().positive(), relation: z.enum(RELATIONS) })).default([]),
    })
    .strict(),
  z
    .object({
      kind: z.literal('split'),
      ...changeBase,
      memberIds: z.array(z.number().int().positive()).min(1),
      newHeadMemberId: z.number().int().positive(),
      divisionId: z.number().int().positive().optional(),
      address: z.string().trim().min(1).max(200),
      relations: z.array(z.object({ memberId: z.number().int().positive(), relation: z.enum(RELATIONS) })).default([]),
    })
    .strict(),
  z
    .object({
      kind: z.literal('merge'),
      ...changeBase,
      /** The household merged into this one (closed afterwards). */
      fromHouseholdId: z.number().int().positive(),
      relations: z.array(z.object({ memberId: z.number().int().positive(), relation: z.enum(RELATIONS) })).default([]),
    })
    .strict(),
]);
export type THouseholdChangeRequest = z.infer<typeof ZHouseholdChangeRequest>;
export const ZChangeDecision = z.object({ note: text(500).optional() }).strict();

export type TMemberView = {
  id: number;
  citizenId: string;
  masked: boolean;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  relation: string;
  livesTogether: boolean;
  exclusion: string | null;
  disability: { category: string; grade: number; certificateNo: string | null } | null;
  hasMajorIllness: boolean;
  labourCapacity: string | null;
  selfCareFailedItems: string[];
  careMode: string | null;
  employment: string;
  student: { stage: string; fullTime: boolean } | null;
  cannotLiveIndependently: boolean;
  employmentRefusal: string | null;
  hasSupportDuty: boolean | null;
  validFrom: string;
  validTo: string | null;
};

export type THouseholdSummary = {
  id: number;
  divisionId: number;
  divisionName: string;
  areaType: string;
  address: string;
  status: string;
  headName: string | null;
  headCitizenIdMasked: string | null;
  memberCount: number;
  programmes: string[];
};
