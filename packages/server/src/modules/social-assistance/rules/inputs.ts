// Plain input data for the rules (rules doc §1). Loaded by the service from the case; no I/O here.
import type { IsoDate, YearMonth } from './calendar-date';
import type { Fen } from './money';
import {
  DISABILITY_CATEGORY_NAMES,
  type RefusedEmploymentValidReason,
  type AreaType,
  type DisabilityCategory,
  type EmploymentStatus,
  type ExclusionStatus,
  type FinancialAssetKind,
  type IncomeKind,
  type LabourCapacity,
  type Relation,
  type StudentStage,
  type SupportPayer,
  type VehicleKind,
} from '@mz/shared';

// Code lists shared with the web and the contracts (@mz/shared, the one definition).
export {
  AREA_TYPES, // 城市 / 农村: selects which standard applies
  DISABILITY_CATEGORIES,
  EMPLOYMENT_STATUSES,
  EXCLUSION_STATUSES, // not a 共同生活家庭成员 (57号 Art. 7 second paragraph; local)
  FINANCIAL_ASSET_KINDS,
  INCOME_KINDS,
  LABOUR_CAPACITIES, // 有 / 部分丧失 / 完全丧失
  RELATIONS, // 与申请人关系
  STUDENT_STAGES,
  SUPPORT_PAYERS,
  VEHICLE_KINDS,
  REFUSED_EMPLOYMENT_VALID_REASONS,
  REFUSED_EMPLOYMENT_VALID_REASON_LABELS,
  type RefusedEmploymentValidReason,
  type AreaType,
  type DisabilityCategory,
  type EmploymentStatus,
  type ExclusionStatus,
  type FinancialAssetKind,
  type IncomeKind,
  type LabourCapacity,
  type Relation,
  type StudentStage,
  type SupportPayer,
  type VehicleKind,
} from '@mz/shared';

export const DISABILITY_CATEGORY_LABELS: Record<DisabilityCategory, string> = DISABILITY_CATEGORY_NAMES;
export const DISABILITY_GRADES = [1, 2, 3, 4] as const;
export type DisabilityGrade = (typeof DISABILITY_GRADES)[number];
/** 残疾人证: category and grade (一级 … 四级). */
export type Disability = { category: DisabilityCategory; grade: DisabilityGrade };

export const STUDENT_STAGE_LABELS: Record<StudentStage, string> = {
  preschool: '学前教育',
  primary: '小学',
  'junior-middle': '初中',
  'senior-high': '普通高中',
  'secondary-vocational': '中等职业学校',
  'junior-college': '专科',
  undergraduate: '本科',
  postgraduate: '研究生',
};
export type StudentStatus = { stage: StudentStage; fullTime: boolean };

export type HouseholdMember = {
  id: string;
  name: string;
  birthDate: IsoDate;
  relation: Relation;
  /** 长期共同居住 with the applicant. */
  livesWithApplicant: boolean;
  /**
   * 法定赡养、扶养、抚养义务关系 with the applicant's household (57号 Art. 7(四)). When omitted it is derived:
   * spouse, children and parents have one; other relatives only when the caseworker records it (民法典).
   */
  hasSupportDuty?: boolean;
  exclusion?: ExclusionStatus | null;
  disability?: Disability | null;
  /** 当地有关部门认定的重特大疾病. */
  hasMajorIllness?: boolean;
  /** When omitted: 'none' for severe disability, otherwise 'full'. */
  labourCapacity?: LabourCapacity;
  employment: EmploymentStatus;
  student?: StudentStatus | null;
  /** Adult child who cannot live independently for reasons other than study (57号 Art. 7(三)). */
  cannotLiveIndependently?: boolean;
  /**
   * 拒绝就业: the caseworker recorded that the member turned down suitable work (rules doc §1.3, 莆田),
   * with the valid reason if there was one (null = no valid reason).
   */
  refusedEmployment?: { validReason: RefusedEmploymentValidReason | null } | null;
};

/** 拒绝就业 as recorded on the member (null = none recorded) → the rules' refusedEmployment. */
export const toRefusedEmployment = (code: string | null | undefined): HouseholdMember['refusedEmployment'] =>
  code === null || code === undefined ? null : { validReason: code === 'no-valid-reason' ? null : (code as RefusedEmploymentValidReason) };

export type Household = {
  id: string;
  area: AreaType;
  members: readonly HouseholdMember[];
  /** 核对授权书 signed by the members (57号 Art. 9(三)). */
  authorisationSigned: boolean;
  /** Caseworker's finding that income is unstable (收入来源不固定, 57号 Art. 31). */
  incomeIsUnstable?: boolean;
};

export type IncomeItem = {
  memberId: string;
  kind: IncomeKind;
  month: YearMonth;
  amountFen: Fen;
  /** Wage only: personal income tax + personal social-insurance contributions withheld. */
  withheldFen?: Fen;
  /** support-received only: who pays (for the 单人户 exemption, 2022通知 §一(一)). */
  payer?: SupportPayer;
};

/** Income reference period, both months inclusive (§10.10). */
export type IncomePeriod = { from: YearMonth; to: YearMonth };

/** Exemption of an item needed for production and life, decided by the caseworker (57号 Art. 14). */
export type PropertyExemption = { reason: string };

export type PropertyItem =
  | { kind: FinancialAssetKind; ownerId: string; valueFen: Fen; exemption?: PropertyExemption }
  | {
      kind: 'vehicle';
      ownerId: string;
      vehicleKind: VehicleKind;
      valueFen: Fen;
      exemption?: PropertyExemption;
    }
  | { kind: 'house'; ownerId: string; floorAreaM2: number; exemption?: PropertyExemption }
  | {
      kind: 'business';
      ownerId: string;
      /** 雇佣他人从事经营性活动. */
      employsOthers: boolean;
      exemption?: PropertyExemption;
    };

/** The 12-month spending of a household, by 刚性办法 Art. 5 category (生活支出 is valued by parameter). */
export type RigidSpending = {
  medicalFen: Fen;
  educationFen: Fen;
  disabilityRehabilitationFen: Fen;
  otherFen: Fen;
};
