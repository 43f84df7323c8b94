// Parameter set per county and effective period, mirroring the parameter registry (rules doc §8) and
// the conventions of §10. All amounts are integer fen; all multiples/ratios are basis points.
import { addMonthsToYearMonth, type IsoDate } from './calendar-date';
import type { AreaType, IncomeKind, VehicleKind } from './inputs';
import { BASIS_POINTS_ONE, type BasisPoints, type Fen, type RoundingMode } from './money';

export type ByArea<T> = Record<AreaType, T>;

/** A limit per capita, either as a multiple of the monthly 低保标准 S or as a fixed amount. */
export type AmountLimit = { basis: 'standard-months'; months: number } | { basis: 'fixed'; amountFen: Fen };

export type PropertyRuleSet = {
  /** Per-capita financial assets must be ≤ this (§10.2: "不超过"). */
  financialAssetsPerCapita: AmountLimit;
  vehicles: {
    /** At most this many non-exempt vehicles … */
    maxCount: number;
    /** … each valued at most this; null = no value limit. */
    maxValueFen: Fen | null;
    exemptKinds: readonly VehicleKind[];
  };
  /** At most this many non-exempt houses; null = not tested. */
  maxHouses: number | null;
  /** A member's business that employs others disqualifies (common local rule). */
  businessEmployingOthersDisqualifies: boolean;
};

import type { CareTier, TParameterValues } from '@mz/shared';
export { CARE_TIERS, type CareTier } from '@mz/shared'; // 全自理 / 半护理 / 全护理

export const REVIEW_CLASS_RULES = ['either', 'both'] as const;
/** Half-yearly review when the household has unstable income and/or a member able to work (57号 Art. 31). */
export type ReviewClassRule = (typeof REVIEW_CLASS_RULES)[number];

export type DibaoSupplementCondition =
  | 'severe-disability' // 一、二级 (and 三级智力/精神) 残疾
  | 'major-illness'
  | 'aged-70-plus'
  | 'preschool-child'
  | 'student';
/** 分类施保: fixed monthly add-on per qualifying counted member (57号 Art. 27; local). */
export type DibaoSupplementRule = {
  condition: DibaoSupplementCondition;
  amountFen: Fen;
  label: string;
};

/**
 * 分档 (57号 Art. 23): one tier of a tiered 低保 amount. Tiers are tried in order; a household falls in the
 * first whose per-capita income is strictly below `maxIncomeShare` × S (null = every remaining household,
 * required of the last tier) and is paid `amountPerPersonFen` per counted member per month.
 */
export type DibaoBenefitTier = {
  code: string;
  label: string;
  maxIncomeShare: BasisPoints | null;
  amountPerPersonFen: Fen;
};

export type SocialAssistanceParameters = {
  /** Version id shown in the case file next to every figure. */
  id: string;
  /** 6-digit county code (GB/T 2260). */
  countyCode: string;
  effectiveFrom: IsoDate;
  /** Inclusive; null = open. */
  effectiveTo: IsoDate | null;
  /** 低保标准 S, per person per month. */
  dibaoStandardFen: ByArea<Fen>;
  /** 低保边缘 line = multiple × S (national "一般" 1.5). */
  marginalIncomeMultiple: BasisPoints;
  income: {
    /** Months before the application averaged at intake (§10.10). */
    periodMonths: number;
    /** Per employed member: min(rate × net wage, cap × S); null = no deduction. */
    employmentCostDeduction: { rate: BasisPoints; capOfStandard: BasisPoints } | null;
    /** 57号 Art. 13(四): extra kinds excluded by a prefecture-level or higher government. */
    locallyExcludedKinds: readonly IncomeKind[];
    /** 特困 income (43号 Art. 6) lists fewer exclusions; kinds added here are excluded for 特困 too. */
    extremePovertyExtraExcludedKinds: readonly IncomeKind[];
    /** 57号 Art. 13(三) names 2021–2025 only (§9 open point 2): a parameter, not a date check. */
    excludeCentralBasicPension: boolean;
    /** The central basic part of 城乡居民养老金 per month. */
    centralBasicPensionMonthlyFen: Fen;
    /** 单人户: exempt support from siblings and parents aged 60+ (2022通知 §一(一), "可以视情"). */
    singlePersonExemptSupportFromSiblingsAndElderlyParents: boolean;
    /**
     * 推定收入 (rules doc §1.3, local, e.g. 莆田): a member of working age with full labour capacity who
     * refuses work without a valid reason is counted this monthly income (the local minimum wage) in
     * 低保 and 低保边缘 assessments; absent or null = no imputation (default).
     */
    imputedIncomeForRefusedEmployment?: { monthlyFen: Fen } | null;
  };
  household: {
    /** 义务兵 excluded from the member count (湖南, 吉林市, 咸阳). */
    excludeConscripts: boolean;
  };
  property: {
    dibao: PropertyRuleSet;
    marginal: PropertyRuleSet;
    extremePoverty: PropertyRuleSet;
    /** "符合低收入家庭财产状况规定" for obligors (43号 Art. 8). */
    lowIncomeObligor: PropertyRuleSet;
    rigidExpenditure: PropertyRuleSet;
    temporaryAssistance: PropertyRuleSet;
  };
  dibao: {
    rounding: RoundingMode;
    minimumMonthlyBenefitFen: Fen | null;
    supplements: readonly DibaoSupplementRule[];
    singlePersonBenefitMode: 'gap' | 'full-standard';
    /** 分档 tiers; absent, null or empty = 补差 (S × n − I), the national default. */
    benefitTiers?: readonly DibaoBenefitTier[] | null;
    /** 渐退期 months (≤ 6 nationally), amount unchanged (§10.6); null = no 渐退. */
    gradualExitMonths: number | null;
    reviewClassRule: ReviewClassRule;
    /** Working age for "member able to work": [from, to) in years. */
    workingAge: { from: number; to: number };
  };
  reviewIntervalMonths: { stable: number; unstable: number; extremePoverty: number };
  extremePoverty: {
    basicLivingStandardFen: ByArea<Fen>;
    careStandardFen: Record<CareTier, Fen>;
    /** 16 (43号 Art. 5(二) text) or 18 (2020意见 item 5; default). */
    minorAgeLimit: 16 | 18;
    /** 黑龙江: rural 特困 in 集中供养 are paid at the urban standard. */
    centralisedRuralPaidAtUrbanStandard: boolean;
  };
  /** 上年人均可支配收入, per year. */
  perCapitaDisposableIncomePrevYearFen: Fen;
  rigidExpenditure: {
    /** Rigid spending / 12-month income compared with this ratio. */
    ratio: BasisPoints;
    comparison: 'greater' | 'greater-or-equal';
    /** 生活支出 valued as S × n × months (§7.0 design choice). */
    livingExpenseMonths: number;
    validityMonths: number;
  };
  temporaryAssistance: {
    /** 支出型 per-capita amount k × S with min ≤ k ≤ max; k > max → 一事一议. */
    expenditureMultiple: { minMonths: number; maxMonths: number; allowHalfSteps: boolean };
    /** A township approves on its own up to this household total per occasion (§10.9). */
    townshipApprovalLimit: AmountLimit;
    /** Same applicant and event helped once per calendar year unless the county finds special reasons. */
    oncePerYearPerEvent: boolean;
    /** 先行救助: working days to complete the paperwork afterwards (local; §9 open point 6). */
    advanceCompletionWorkingDays: number;
    rounding: RoundingMode;
  };
};

/** Monthly S for the area. */
export const dibaoStandard = (params: SocialAssistanceParameters, area: AreaType): Fen => params.dibaoStandardFen[area];

/** Resolve an AmountLimit against a monthly standard. */
export const resolveAmountLimit = (limit: AmountLimit, standardFen: Fen): Fen =>
  limit.basis === 'fixed' ? limit.amountFen : Math.round(limit.months * standardFen);

/** The parameter set in force for a county on a date; throws when none or several match. */
export const selectParameters = (
  registry: readonly SocialAssistanceParameters[],
  countyCode: string,
  asOf: IsoDate,
): SocialAssistanceParameters => {
  const matches = registry.filter(
    (p) => p.countyCode === countyCode && p.effectiveFrom <= asOf && (p.effectiveTo === null || asOf <= p.effectiveTo),
  );
  const [only, ...rest] = matches;
  if (only === undefined) {
    throw new RangeError(`no social-assistance parameters for county ${countyCode} on ${asOf}`);
  }
  if (rest.length > 0) {
    throw new RangeError(`overlapping social-assistance parameters for county ${countyCode} on ${asOf}`);
  }
  return only;
};

/** The `periodMonths` months before the month of application (§7.0 / §10.10). */
export const incomePeriodBeforeApplication = (applicationDate: IsoDate, periodMonths: number): { from: string; to: string } => {
  const applicationMonth = applicationDate.slice(0, 7);
  return {
    from: addMonthsToYearMonth(applicationMonth, -periodMonths),
    to: addMonthsToYearMonth(applicationMonth, -1),
  };
};

/** An exact fraction, e.g. ¼ of the minimum wage. */
export type Fraction = { numerator: number; denominator: number };

const ceilToYuan = (numerator: number, denominator: number): Fen => Math.ceil(numerator / (denominator * 100)) * 100;

/**
 * Derive 特困 standards the way provinces publish them (§3.3), rounding up to the yuan:
 * basic = ⌈multiple × S⌉ (1.3 × 788 = 1,024.4 → 1,025); care tier = ⌈minimum wage × share⌉.
 */
export const deriveExtremePovertyStandards = (options: {
  dibaoStandardFen: Fen;
  basicMultiple: BasisPoints;
  minimumWageFen: Fen;
  careShares: Record<CareTier, Fraction>;
}): { basicLivingFen: Fen; careStandardFen: Record<CareTier, Fen> } => {
  const careOf = (tier: CareTier): Fen => {
    const share = options.careShares[tier];
    return ceilToYuan(options.minimumWageFen * share.numerator, share.denominator);
  };
  return {
    basicLivingFen: ceilToYuan(options.dibaoStandardFen * options.basicMultiple, BASIS_POINTS_ONE),
    careStandardFen: {
      'self-care': careOf('self-care'),
      'partial-care': careOf('partial-care'),
      'full-care': careOf('full-care'),
    },
  };
};

// Compile-time check: values accepted by the shared parameter contract can be used as the rules'
// parameter set (a drift between the two fails `tsc`).
type Assert<T extends true> = T;
export type ParameterContractMatches = Assert<
  [TParameterValues] extends [Omit<SocialAssistanceParameters, 'id' | 'countyCode' | 'effectiveFrom' | 'effectiveTo'>] ? true : false
>;
