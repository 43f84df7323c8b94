import { z } from 'zod';
import { INCOME_KINDS, ROUNDING_MODES, VEHICLE_KINDS } from './social-assistance.codes';

// The parameter registry (rules doc §8): the values of one parameter version. Amounts are integer fen,
// ratios and multiples integer basis points (10 000 = 1×). The server checks at compile time that this
// shape is the rules' `SocialAssistanceParameters` minus the version fields (id, county, period).

const fen = z.number().int().min(0).max(1_000_000_000_00);
const bp = z.number().int().min(0).max(1_000_000);
const byArea = z.object({ urban: fen, rural: fen });

export const ZAmountLimit = z.discriminatedUnion('basis', [
  z.object({ basis: z.literal('standard-months'), months: z.number().min(0).max(1200) }),
  z.object({ basis: z.literal('fixed'), amountFen: fen }),
]);

export const ZPropertyRuleSet = z.object({
  financialAssetsPerCapita: ZAmountLimit,
  vehicles: z.object({
    maxCount: z.number().int().min(0).max(10),
    maxValueFen: fen.nullable(),
    exemptKinds: z.array(z.enum(VEHICLE_KINDS)),
  }),
  maxHouses: z.number().int().min(0).max(20).nullable(),
  businessEmployingOthersDisqualifies: z.boolean(),
});

/** 分档 tiers (57号 Art. 23), in order; the last one takes every remaining household (maxIncomeShare null). */
export const ZDibaoBenefitTiers = z
  .array(
    z.object({
      code: z.string().trim().min(1).max(20),
      label: z.string().trim().min(1).max(40),
      /** Per-capita income strictly below this share of S (basis points); null = all remaining. */
      maxIncomeShare: bp.nullable(),
      amountPerPersonFen: fen,
    }),
  )
  .max(10)
  .refine((tiers) => tiers.length === 0 || tiers.at(-1)?.maxIncomeShare === null, {
    message: '分档的最后一档须不设收入上限，涵盖其余家庭',
  })
  .refine(
    (tiers) =>
      tiers.slice(0, -1).every((t, i) => {
        const previous = i === 0 ? -1 : (tiers[i - 1]?.maxIncomeShare ?? Number.POSITIVE_INFINITY);
        return t.maxIncomeShare !== null && t.maxIncomeShare > previous;
      }),
    {
      message: '分档的收入上限须逐档递增',
    },
  )
  .refine((tiers) => new Set(tiers.map((t) => t.code)).size === tiers.length, { message: '分档代码不能重复' });

export const ZParameterValues = z.object({
  dibaoStandardFen: byArea,
  marginalIncomeMultiple: bp,
  income: z.object({
    periodMonths: z.number().int().min(1).max(24),
    employmentCostDeduction: z.object({ rate: bp, capOfStandard: bp }).nullable(),
    locallyExcludedKinds: z.array(z.enum(INCOME_KINDS)),
    extremePovertyExtraExcludedKinds: z.array(z.enum(INCOME_KINDS)),
    excludeCentralBasicPension: z.boolean(),
    centralBasicPensionMonthlyFen: fen,
    singlePersonExemptSupportFromSiblingsAndElderlyParents: z.boolean(),
    /** 推定收入 for refusal to work without a valid reason (local minimum wage per month); null = off. */
    imputedIncomeForRefusedEmployment: z.object({ monthlyFen: fen }).nullable().optional(),
  }),
  household: z.object({ excludeConscripts: z.boolean() }),
  property: z.object({
    dibao: ZPropertyRuleSet,
    marginal: ZPropertyRuleSet,
    extremePoverty: ZPropertyRuleSet,
    lowIncomeObligor: ZPropertyRuleSet,
    rigidExpenditure: ZPropertyRuleSet,
    temporaryAssistance: ZPropertyRuleSet,
  }),
  dibao: z.object({
    rounding: z.enum(ROUNDING_MODES),
    minimumMonthlyBenefitFen: fen.nullable(),
    supplements: z.array(
      z.object({
        condition: z.enum(['severe-disability', 'major-illness', 'aged-70-plus', 'preschool-child', 'student']),
        amountFen: fen,
        label: z.string().min(1).max(40),
      }),
    ),
    singlePersonBenefitMode: z.enum(['gap', 'full-standard']),
    /** 分档 instead of 补差 when non-empty. */
    benefitTiers: ZDibaoBenefitTiers.nullable().optional(),
    gradualExitMonths: z.number().int().min(1).max(6).nullable(),
    reviewClassRule: z.enum(['either', 'both']),
    workingAge: z.object({ from: z.number().int().min(14).max(30), to: z.number().int().min(40).max(70) }),
  }),
  reviewIntervalMonths: z.object({
    stable: z.number().int().min(1).max(24),
    unstable: z.number().int().min(1).max(24),
    extremePoverty: z.number().int().min(1).max(24),
  }),
  extremePoverty: z.object({
    basicLivingStandardFen: byArea,
    careStandardFen: z.object({ 'self-care': fen, 'partial-care': fen, 'full-care': fen }),
    minorAgeLimit: z.union([z.literal(16), z.literal(18)]),
    centralisedRuralPaidAtUrbanStandard: z.boolean(),
  }),
  perCapitaDisposableIncomePrevYearFen: fen,
  rigidExpenditure: z.object({
    ratio: bp,
    comparison: z.enum(['greater', 'greater-or-equal']),
    livingExpenseMonths: z.number().int().min(0).max(24),
    validityMonths: z.number().int().min(1).max(24),
  }),
  temporaryAssistance: z.object({
    expenditureMultiple: z.object({
      minMonths: z.number().min(0).max(60),
      maxMonths: z.number().min(0).max(120),
      allowHalfSteps: z.boolean(),
    }),
    townshipApprovalLimit: ZAmountLimit,
    oncePerYearPerEvent: z.boolean(),
    advanceCompletionWorkingDays: z.number().int().min(1).max(60),
    rounding: z.enum(ROUNDING_MODES),
  }),
});
export type TParameterValues = z.infer<typeof ZParameterValues>;

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');

export const ZParameterCreate = z
  .object({
    /** County (or province / prefecture) the version applies to, with its subtree. */
    divisionId: z.number().int().positive(),
    validFrom: isoDate,
    note: z.string().trim().max(500).optional(),
    values: ZParameterValues,
  })
  .strict();
export type TParameterCreate = z.infer<typeof ZParameterCreate>;

export const ZParameterListQuery = z.object({ divisionId: z.coerce.number().int().positive().optional() });
export const ZParameterResolveQuery = z.object({ divisionId: z.coerce.number().int().positive(), date: isoDate });

export type TParameterVersion = {
  id: number;
  divisionId: number;
  divisionCode: string;
  divisionName: string;
  validFrom: string;
  validTo: string | null;
  note: string | null;
  values: TParameterValues;
  createdAt: string;
};

export const ZCountySetting = z
  .object({
    /** 审核确认权限下放乡镇（街道）. */
    delegateApproval: z.boolean(),
    /** A deadline is "due soon" when at most this many working days remain. */
    dueSoonWorkingDays: z.number().int().min(0).max(10),
  })
  .strict();
export type TCountySetting = z.infer<typeof ZCountySetting>;
