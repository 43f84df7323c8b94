// Plain input data for the rules (rules doc §1). Loaded by the service from the case; no I/O here.
import type { IsoDate, YearMonth } from './calendar-date';
import type { Fen } from './money';

/** 城市 / 农村: selects which standard applies. */
export const AREA_TYPES = ['urban', 'rural'] as const;
export type AreaType = (typeof AREA_TYPES)[number];

/** Relation to the applicant (与申请人关系). */
export const RELATIONS = [
  'self',
  'spouse',
  'child',
  'parent',
  'grandparent',
  'grandchild',
  'sibling',
  'child-in-law',
  'parent-in-law',
  'other',
] as const;
export type Relation = (typeof RELATIONS)[number];

/** Reasons a person on the hukou book is not a 共同生活家庭成员 (57号 Art. 7 second paragraph; local). */
export const EXCLUSION_STATUSES = [
  'imprisoned', // 在监狱内服刑
  'compulsory-drug-rehabilitation', // 强制隔离戒毒
  'declared-missing', // 宣告失踪
  'clergy-away-3-years', // 连续三年以上脱离家庭独立生活的宗教教职人员
  'conscript', // 义务兵 (local: excluded only where the parameter says so)
  'provincial-other', // 省级民政部门认定的其他人员
] as const;
export type ExclusionStatus = (typeof EXCLUSION_STATUSES)[number];

export const DISABILITY_CATEGORIES = [
  'visual', // 视力
  'hearing', // 听力
  'speech', // 言语
  'physical', // 肢体
  'intellectual', // 智力
  'mental', // 精神
  'multiple', // 多重
] as const;
export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number];
export const DISABILITY_CATEGORY_LABELS: Record<DisabilityCategory, string> = {
  visual: '视力',
  hearing: '听力',
  speech: '言语',
  physical: '肢体',
  intellectual: '智力',
  mental: '精神',
  multiple: '多重',
};
export const DISABILITY_GRADES = [1, 2, 3, 4] as const;
export type DisabilityGrade = (typeof DISABILITY_GRADES)[number];
/** 残疾人证: category and grade (一级 … 四级). */
export type Disability = { category: DisabilityCategory; grade: DisabilityGrade };

export const LABOUR_CAPACITIES = ['full', 'partial', 'none'] as const; // 有 / 部分丧失 / 完全丧失
export type LabourCapacity = (typeof LABOUR_CAPACITIES)[number];

export const EMPLOYMENT_STATUSES = [
  'employed',
  'flexible', // 灵活就业
  'registered-unemployed', // 登记失业
  'unemployed',
  'retired',
  'not-working', // not in the labour force (child, student, care duties …)
] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

export const STUDENT_STAGES = [
  'preschool', // 学前
  'primary', // 小学
  'junior-middle', // 初中
  'senior-high', // 普通高中
  'secondary-vocational', // 中职
  'junior-college', // 专科
  'undergraduate', // 本科
  'postgraduate', // 研究生
] as const;
export type StudentStage = (typeof STUDENT_STAGES)[number];
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
};

export type Household = {
  id: string;
  area: AreaType;
  members: readonly HouseholdMember[];
  /** 核对授权书 signed by the members (57号 Art. 9(三)). */
  authorisationSigned: boolean;
  /** Caseworker's finding that income is unstable (收入来源不固定, 57号 Art. 31). */
  incomeIsUnstable?: boolean;
};

export const INCOME_KINDS = [
  'wage', // 工资性收入: amount = gross, withheldFen = personal income tax + personal social insurance
  'business-net', // 经营净收入 (already net of costs, depreciation, production taxes)
  'property-net', // 财产净收入: interest, dividends, rent, 土地流转租金
  'pension', // 离退休金 (enterprise / public-sector pensions)
  'resident-pension', // 城乡居民基本养老金 in full (the central basic part is taken out by the rules)
  'support-received', // 赡养费 / 抚养费 / 扶养费 received
  'unemployment-benefit', // 失业保险金
  'survivor-allowance', // 遗属补助金
  'compensation', // 赔偿收入
  'regular-gift', // 经常性接受捐赠
  'social-insurance-benefit', // other social-insurance payments (excluded for 特困, 43号 Art. 6)
  'preferential-pension', // 优待抚恤金
  'family-planning-reward', // 计划生育奖励与扶助金
  'scholarship', // 奖学金
  'bravery-award', // 见义勇为等奖励性补助
  'social-assistance', // 政府发放的各类社会救助款物
  'disability-living-subsidy', // 困难残疾人生活补贴
  'severe-disability-care-subsidy', // 重度残疾人护理补贴
  'old-age-allowance', // 高龄津贴
  'other',
  'support-paid', // 赡养支出 paid out: a transfer outgoing, subtracted (57号 Art. 13(四))
] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

export const SUPPORT_PAYERS = ['sibling', 'parent-aged-60-plus', 'other'] as const;
export type SupportPayer = (typeof SUPPORT_PAYERS)[number];

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

export const FINANCIAL_ASSET_KINDS = [
  'deposit', // 存款
  'securities', // 有价证券
  'fund', // 基金
  'commercial-insurance', // 商业保险
  'claim', // 债权
  'internet-finance', // 互联网金融资产
] as const;
export type FinancialAssetKind = (typeof FINANCIAL_ASSET_KINDS)[number];

export const VEHICLE_KINDS = [
  'car',
  'motorcycle',
  'disability-mobility',
  'agricultural',
  'commercial',
] as const;
export type VehicleKind = (typeof VEHICLE_KINDS)[number];

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
