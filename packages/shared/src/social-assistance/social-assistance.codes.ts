// Closed code lists of social assistance (社会救助). Each is an `as const` array, its union type and a
// Chinese label map. The server's pure rules (rules/*.ts) import these lists; they define none of their own.

export const ASSISTANCE_PROGRAMMES = ['dibao', 'extreme-poverty', 'marginal-family', 'rigid-expenditure', 'temporary-assistance'] as const;
export type AssistanceProgramme = (typeof ASSISTANCE_PROGRAMMES)[number];
export const ASSISTANCE_PROGRAMME_LABELS = {
  dibao: '最低生活保障',
  'extreme-poverty': '特困人员救助供养',
  'marginal-family': '低保边缘家庭',
  'rigid-expenditure': '刚性支出困难家庭',
  'temporary-assistance': '临时救助',
} as const satisfies Record<AssistanceProgramme, string>;

export const AREA_TYPES = ['urban', 'rural'] as const;
export type AreaType = (typeof AREA_TYPES)[number];
export const AREA_TYPE_LABELS = { urban: '城市', rural: '农村' } as const satisfies Record<AreaType, string>;

/** Relation to the head of household (与户主关系). */
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
export const RELATION_LABELS = {
  self: '户主',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  grandparent: '祖父母/外祖父母',
  grandchild: '孙子女/外孙子女',
  sibling: '兄弟姐妹',
  'child-in-law': '儿媳/女婿',
  'parent-in-law': '公婆/岳父母',
  other: '其他',
} as const satisfies Record<Relation, string>;

export const EXCLUSION_STATUSES = [
  'imprisoned',
  'compulsory-drug-rehabilitation',
  'declared-missing',
  'clergy-away-3-years',
  'conscript',
  'provincial-other',
] as const;
export type ExclusionStatus = (typeof EXCLUSION_STATUSES)[number];
export const EXCLUSION_STATUS_LABELS = {
  imprisoned: '在监狱内服刑',
  'compulsory-drug-rehabilitation': '强制隔离戒毒',
  'declared-missing': '宣告失踪',
  'clergy-away-3-years': '脱离家庭三年以上的宗教教职人员',
  conscript: '义务兵',
  'provincial-other': '省级民政部门认定的其他人员',
} as const satisfies Record<ExclusionStatus, string>;

export const DISABILITY_CATEGORIES = ['visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental', 'multiple'] as const;
export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number];
export const DISABILITY_CATEGORY_NAMES = {
  visual: '视力',
  hearing: '听力',
  speech: '言语',
  physical: '肢体',
  intellectual: '智力',
  mental: '精神',
  multiple: '多重',
} as const satisfies Record<DisabilityCategory, string>;
export const DISABILITY_GRADES = [1, 2, 3, 4] as const;
export const DISABILITY_GRADE_LABELS = { 1: '一级', 2: '二级', 3: '三级', 4: '四级' } as const;

export const LABOUR_CAPACITIES = ['full', 'partial', 'none'] as const;
export type LabourCapacity = (typeof LABOUR_CAPACITIES)[number];
export const LABOUR_CAPACITY_LABELS = {
  full: '有劳动能力',
  partial: '部分丧失劳动能力',
  none: '完全丧失劳动能力',
} as const satisfies Record<LabourCapacity, string>;

export const EMPLOYMENT_STATUSES = ['employed', 'flexible', 'registered-unemployed', 'unemployed', 'retired', 'not-working'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];
export const EMPLOYMENT_STATUS_LABELS = {
  employed: '就业',
  flexible: '灵活就业',
  'registered-unemployed': '登记失业',
  unemployed: '失业',
  retired: '退休',
  'not-working': '未就业',
} as const satisfies Record<EmploymentStatus, string>;

/** 拒绝就业 (rules doc §1.3, local 推定收入): recorded refusal of suitable work, without or with a valid reason. */
export const REFUSED_EMPLOYMENT_VALID_REASONS = ['caring-for-disabled-or-ill', 'caring-for-child-under-3', 'pregnant-or-nursing'] as const;
export type RefusedEmploymentValidReason = (typeof REFUSED_EMPLOYMENT_VALID_REASONS)[number];
export const REFUSED_EMPLOYMENT_VALID_REASON_LABELS = {
  'caring-for-disabled-or-ill': '需照料重度残疾或重病家庭成员',
  'caring-for-child-under-3': '需照料3周岁以下婴幼儿',
  'pregnant-or-nursing': '处于孕期或哺乳期',
} as const satisfies Record<RefusedEmploymentValidReason, string>;
export const EMPLOYMENT_REFUSALS = ['no-valid-reason', ...REFUSED_EMPLOYMENT_VALID_REASONS] as const;
export type EmploymentRefusal = (typeof EMPLOYMENT_REFUSALS)[number];
export const EMPLOYMENT_REFUSAL_LABELS = {
  'no-valid-reason': '无正当理由拒绝就业',
  'caring-for-disabled-or-ill': '未就业（照料重度残疾或重病家庭成员）',
  'caring-for-child-under-3': '未就业（照料3周岁以下婴幼儿）',
  'pregnant-or-nursing': '未就业（孕期或哺乳期）',
} as const satisfies Record<EmploymentRefusal, string>;

export const STUDENT_STAGES = [
  'preschool',
  'primary',
  'junior-middle',
  'senior-high',
  'secondary-vocational',
  'junior-college',
  'undergraduate',
  'postgraduate',
] as const;
export type StudentStage = (typeof STUDENT_STAGES)[number];
export const STUDENT_STAGE_LABELS = {
  preschool: '学前',
  primary: '小学',
  'junior-middle': '初中',
  'senior-high': '普通高中',
  'secondary-vocational': '中职',
  'junior-college': '专科',
  undergraduate: '本科',
  postgraduate: '研究生',
} as const satisfies Record<StudentStage, string>;

export const INCOME_KINDS = [
  'wage',
  'business-net',
  'property-net',
  'pension',
  'resident-pension',
  'support-received',
  'unemployment-benefit',
  'survivor-allowance',
  'compensation',
  'regular-gift',
  'social-insurance-benefit',
  'preferential-pension',
  'family-planning-reward',
  'scholarship',
  'bravery-award',
  'social-assistance',
  'disability-living-subsidy',
  'severe-disability-care-subsidy',
  'old-age-allowance',
  'other',
  'support-paid',
] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

export const SUPPORT_PAYERS = ['sibling', 'parent-aged-60-plus', 'other'] as const;
export type SupportPayer = (typeof SUPPORT_PAYERS)[number];

export const FINANCIAL_ASSET_KINDS = ['deposit', 'securities', 'fund', 'commercial-insurance', 'claim', 'internet-finance'] as const;
export type FinancialAssetKind = (typeof FINANCIAL_ASSET_KINDS)[number];
export const VEHICLE_KINDS = ['car', 'motorcycle', 'disability-mobility', 'agricultural', 'commercial'] as const;
export type VehicleKind = (typeof VEHICLE_KINDS)[number];
export const PROPERTY_KINDS = [...FINANCIAL_ASSET_KINDS, 'vehicle', 'house', 'business'] as const;
export type PropertyKind = (typeof PROPERTY_KINDS)[number];

export const OBLIGOR_RELATIONS = ['spouse', 'child', 'parent', 'grandparent', 'sibling', 'other'] as const;
export type ObligorRelation = (typeof OBLIGOR_RELATIONS)[number];

export const ADL_ITEMS = ['eating', 'dressing', 'getting-in-out-of-bed', 'toileting', 'indoor-walking', 'bathing'] as const;
export type AdlItem = (typeof ADL_ITEMS)[number];
export const CARE_MODES = ['dispersed', 'centralised'] as const;
export type CareMode = (typeof CARE_MODES)[number];
export const CARE_TIERS = ['self-care', 'partial-care', 'full-care'] as const;
export type CareTier = (typeof CARE_TIERS)[number];
/** 照料护理等级 (43号 Art. 21–22). */
export const CARE_TIER_LABELS = {
  'self-care': '全自理',
  'partial-care': '半护理',
  'full-care': '全护理',
} as const satisfies Record<CareTier, string>;
export const ROUNDING_MODES = ['yuan-half-up', 'yuan-up', 'yuan-down', 'fen'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

export const HOUSEHOLD_STATUSES = ['active', 'closed'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];
export const HOUSEHOLD_STATUS_LABELS = { active: '正常', closed: '已注销' } as const satisfies Record<HouseholdStatus, string>;

export const HOUSEHOLD_CHANGE_KINDS = ['add-member', 'remove-member', 'change-head', 'split', 'merge'] as const;
export type HouseholdChangeKind = (typeof HOUSEHOLD_CHANGE_KINDS)[number];
export const HOUSEHOLD_CHANGE_KIND_LABELS = {
  'add-member': '增加成员',
  'remove-member': '减少成员',
  'change-head': '变更户主',
  split: '分户',
  merge: '合户',
} as const satisfies Record<HouseholdChangeKind, string>;
export const HOUSEHOLD_CHANGE_STATUSES = ['pending', 'applied', 'rejected'] as const;
export type HouseholdChangeStatus = (typeof HOUSEHOLD_CHANGE_STATUSES)[number];

export const APPLICATION_CHANNELS = ['counter', 'online'] as const;
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number];
export const APPLICATION_CHANNEL_LABELS = { counter: '窗口申请', online: '网上申请' } as const satisfies Record<ApplicationChannel, string>;

/** Statuses of a case still in progress, in the statutory order of steps (rules doc §4). */
export const LIVE_APPLICATION_STATUSES = [
  'submitted',
  'accepted',
  'investigating',
  'preliminary-reviewed',
  'in-publicity',
  'county-review',
] as const;
/** Case status: the live ones, then the outcomes. */
export const APPLICATION_STATUSES = [...LIVE_APPLICATION_STATUSES, 'approved', 'refused', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS = {
  submitted: '已申请待受理',
  accepted: '已受理',
  investigating: '家庭经济状况调查中',
  'preliminary-reviewed': '乡镇已初审',
  'in-publicity': '公示中',
  'county-review': '县级审核确认中',
  approved: '已确认救助',
  refused: '不予确认',
  withdrawn: '已撤回',
} as const satisfies Record<ApplicationStatus, string>;

export const PRELIMINARY_OPINIONS = ['recommend-approve', 'recommend-refuse'] as const;
export type PreliminaryOpinion = (typeof PRELIMINARY_OPINIONS)[number];
export const DECISIONS = ['approve', 'refuse'] as const;
export type Decision = (typeof DECISIONS)[number];
export const OBJECTION_OUTCOMES = ['dismissed', 'upheld'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];
export const COUNTY_CHECK_KINDS = ['home-visit', 'spot-check'] as const;
export type CountyCheckKind = (typeof COUNTY_CHECK_KINDS)[number];
export const NOTICE_METHODS = ['in-person', 'mail', 'electronic'] as const;

/** Departments answering 家庭经济状况核对 requests (rules doc §6.2). */
export const DEPARTMENTS = [
  'public-security',
  'vehicle-registry',
  'human-resources',
  'housing',
  'real-estate',
  'market-regulation',
  'tax',
  'housing-fund',
  'bank',
  'medical-insurance',
  'disabled-federation',
  'civil-affairs',
] as const;
export type Department = (typeof DEPARTMENTS)[number];
export const DEPARTMENT_LABELS = {
  'public-security': '公安（户籍）',
  'vehicle-registry': '公安交管（车辆）',
  'human-resources': '人社（社保、就业）',
  housing: '住建（住房保障）',
  'real-estate': '不动产登记',
  'market-regulation': '市场监管（市场主体）',
  tax: '税务',
  'housing-fund': '住房公积金',
  bank: '银行（存款、理财）',
  'medical-insurance': '医保',
  'disabled-federation': '残联',
  'civil-affairs': '民政（婚姻、殡葬）',
} as const satisfies Record<Department, string>;

/** What a department record says (one row of an imported department file). */
export const DEPARTMENT_RECORD_KINDS = [
  'hukou',
  'death',
  'vehicle',
  'deposit',
  'securities',
  'real-estate',
  'business',
  'pension',
  'unemployment-benefit',
  'employment',
  'social-insurance',
  'tax',
  'housing-fund',
  'medical-expense',
  'disability',
  'marriage',
] as const;
export type DepartmentRecordKind = (typeof DEPARTMENT_RECORD_KINDS)[number];
export const DEPARTMENT_RECORD_KIND_LABELS = {
  hukou: '户籍',
  death: '死亡注销',
  vehicle: '机动车',
  deposit: '存款',
  securities: '证券理财',
  'real-estate': '不动产',
  business: '市场主体',
  pension: '养老金',
  'unemployment-benefit': '失业保险金',
  employment: '就业登记',
  'social-insurance': '社保缴费',
  tax: '纳税',
  'housing-fund': '公积金缴存',
  'medical-expense': '医疗费用',
  disability: '残疾人证',
  marriage: '婚姻登记',
} as const satisfies Record<DepartmentRecordKind, string>;

export const VERIFICATION_RESULTS = ['hit', 'none', 'failed'] as const;
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number];

export const CASE_DOCUMENT_KINDS = [
  'application-form',
  'commitment',
  'authorisation',
  'id-copy',
  'home-visit',
  'verification-report',
  'publicity',
  'notice',
  'other',
] as const;
export type CaseDocumentKind = (typeof CASE_DOCUMENT_KINDS)[number];
export const CASE_DOCUMENT_KIND_LABELS = {
  'application-form': '申请书',
  commitment: '承诺书',
  authorisation: '核对授权书',
  'id-copy': '身份证明',
  'home-visit': '入户调查记录',
  'verification-report': '核对报告',
  publicity: '公示材料',
  notice: '决定通知书',
  other: '其他材料',
} as const satisfies Record<CaseDocumentKind, string>;
/** Accepted upload types (no executable or archive formats). */
export const CASE_DOCUMENT_MIME_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain',
] as const;
export const CASE_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

export const TASK_LEVELS = ['township', 'county', 'all'] as const;
export type TaskLevel = (typeof TASK_LEVELS)[number];
export const TASK_STATUSES = ['overdue', 'due-soon', 'open'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const IMPORT_MAX_BYTES = 60 * 1024 * 1024;
