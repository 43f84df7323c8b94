// Who counts as a 共同生活家庭成员 (rules doc §1.1) and the countable monthly income (§1.3).
import { ageOn } from '@mz/shared';
import { monthsInRange, type IsoDate } from './calendar-date';
import { reason, type DecisionReason } from './decision';
import {
  REFUSED_EMPLOYMENT_VALID_REASON_LABELS,
  type Disability,
  type ExclusionStatus,
  type HouseholdMember,
  type IncomeItem,
  type IncomeKind,
  type IncomePeriod,
  type Relation,
} from './inputs';
import { applyBasisPoints, divideRoundHalfUp, formatYuan, perCapita, type Fen } from './money';
import type { SocialAssistanceParameters } from './parameters';

export const ADULT_AGE = 18;

const RELATION_LABELS: Record<Relation, string> = {
  self: '申请人',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  grandparent: '祖父母/外祖父母',
  grandchild: '孙子女/外孙子女',
  sibling: '兄弟姐妹',
  'child-in-law': '儿媳/女婿',
  'parent-in-law': '公婆/岳父母',
  other: '其他亲属',
};

const EXCLUSION_LABELS: Record<ExclusionStatus, string> = {
  imprisoned: '在监狱内服刑',
  'compulsory-drug-rehabilitation': '在戒毒所强制隔离戒毒',
  'declared-missing': '被宣告失踪',
  'clergy-away-3-years': '连续三年以上脱离家庭独立生活的宗教教职人员',
  conscript: '服义务兵役',
  'provincial-other': '属省级民政部门认定的其他不计入人员',
};

export const INCOME_KIND_LABELS: Record<IncomeKind, string> = {
  wage: '工资性收入',
  'business-net': '经营净收入',
  'property-net': '财产净收入',
  pension: '离退休金',
  'resident-pension': '城乡居民基本养老金',
  'support-received': '赡养（抚养、扶养）费',
  'unemployment-benefit': '失业保险金',
  'survivor-allowance': '遗属补助金',
  compensation: '赔偿收入',
  'regular-gift': '经常性捐赠收入',
  'social-insurance-benefit': '社会保险待遇',
  'preferential-pension': '优待抚恤金',
  'family-planning-reward': '计划生育奖励与扶助金',
  scholarship: '奖学金',
  'bravery-award': '见义勇为等奖励性补助',
  'social-assistance': '社会救助款物',
  'disability-living-subsidy': '困难残疾人生活补贴',
  'severe-disability-care-subsidy': '重度残疾人护理补贴',
  'old-age-allowance': '高龄津贴',
  other: '其他收入',
  'support-paid': '赡养支出',
};

/** 57号 Art. 13 excluded items (1) and (2); item (3), the central basic pension, is handled separately. */
const DIBAO_NATIONAL_EXCLUDED: readonly IncomeKind[] = [
  'preferential-pension',
  'family-planning-reward',
  'scholarship',
  'bravery-award',
  'social-assistance',
];
/** 43号 Art. 6: 基本医疗保险等社会保险, 优待抚恤金, 高龄津贴 (and the central basic pension). */
const EXTREME_POVERTY_NATIONAL_EXCLUDED: readonly IncomeKind[] = ['social-insurance-benefit', 'preferential-pension', 'old-age-allowance'];

/** 重度残疾: grade 1–2 of any category, or grade 3 intellectual/mental (57号 Art. 8(一); 43号 Art. 8(四)). */
export const isSeverelyDisabled = (disability: Disability | null | undefined): boolean =>
  disability !== null &&
  disability !== undefined &&
  (disability.grade <= 2 || (disability.grade === 3 && (disability.category === 'intellectual' || disability.category === 'mental')));

const hasSupportDuty = (member: HouseholdMember): boolean =>
  member.hasSupportDuty ?? ['self', 'spouse', 'child', 'parent'].includes(member.relation);

export type MemberDetermination = {
  counted: HouseholdMember[];
  notCounted: HouseholdMember[];
  reasons: DecisionReason[];
};

/** Apply 57号 Art. 7: spouse, minor children, dependent adult children, co-resident obligors; minus exclusions. */
export const determineHouseholdMembers = (
  members: readonly HouseholdMember[],
  asOf: IsoDate,
  params: SocialAssistanceParameters,
): MemberDetermination => {
  const counted: HouseholdMember[] = [];
  const notCounted: HouseholdMember[] = [];
  const reasons: DecisionReason[] = [];
  for (const member of members) {
    const age = ageOn(member.birthDate, asOf);
    const label = `${member.name}（${RELATION_LABELS[member.relation]}，${age}岁）`;
    const inputs = { memberId: member.id, relation: member.relation, age };
    const exclusion = member.exclusion ?? null;
    if (exclusion !== null && (exclusion !== 'conscript' || params.household.excludeConscripts)) {
      notCounted.push(member);
      reasons.push(
        reason('MEMBER_EXCLUDED_STATUS', `${label}${EXCLUSION_LABELS[exclusion]}，不计入共同生活家庭成员`, {
          ...inputs,
          exclusion,
        }),
      );
      continue;
    }
    const basis = membershipBasis(member, age);
    if (basis === null) {
      notCounted.push(member);
      reasons.push(
        reason(
          'MEMBER_NOT_IN_HOUSEHOLD',
          `${label}不属于配偶、未成年子女或不能独立生活的成年子女，且${member.livesWithApplicant ? '与申请人无法定赡养、扶养、抚养义务关系' : '未与申请人长期共同居住'}，不计入共同生活家庭成员`,
          {
            ...inputs,
            livesWithApplicant: member.livesWithApplicant,
            hasSupportDuty: hasSupportDuty(member),
          },
        ),
      );
      continue;
    }
    counted.push(member);
    reasons.push(reason('MEMBER_COUNTED', `${label}${basis}，计入共同生活家庭成员`, inputs));
  }
  return { counted, notCounted, reasons };
};

const membershipBasis = (member: HouseholdMember, age: number): string | null => {
  if (member.relation === 'self') {
    return '为申请人';
  }
  if (member.relation === 'spouse') {
    return '为配偶';
  }
  if (member.relation === 'child') {
    if (age < ADULT_AGE) {
      return '为未成年子女';
    }
    const student = member.student ?? null;
    if (student !== null && student.fullTime && student.stage !== 'postgraduate') {
      return '为在校接受全日制本科及以下学历教育的成年子女';
    }
    if (member.cannotLiveIndependently === true) {
      return '为不能独立生活的成年子女';
    }
  }
  if (member.livesWithApplicant && hasSupportDuty(member)) {
    return '与申请人有法定赡养、扶养、抚养义务关系且长期共同居住';
  }
  return null;
};

export const INCOME_PROGRAMMES = ['dibao', 'extreme-poverty'] as const;
/** Which exclusion list applies: 低保/低保边缘 (57号 Art. 13) or 特困 (43号 Art. 6). */
export type IncomeProgramme = (typeof INCOME_PROGRAMMES)[number];

export type MemberIncome = {
  memberId: string;
  /** Countable monthly income after exclusions and deductions (may be negative with support paid out). */
  countedFen: Fen;
  excludedFen: Fen;
  netWageFen: Fen;
  employmentCostDeductionFen: Fen;
};

export type IncomeAssessment = {
  memberCount: number;
  memberIds: string[];
  /** I: countable household monthly income, never below 0. */
  monthlyIncomeFen: Fen;
  /** For display only (rounded); comparisons use monthlyIncomeFen and memberCount. */
  perCapitaFen: Fen;
  members: MemberIncome[];
  reasons: DecisionReason[];
};

export type AssessIncomeOptions = {
  /** The unit assessed: the counted household, or one person for 单人户 / 特困. */
  members: readonly HouseholdMember[];
  items: readonly IncomeItem[];
  period: IncomePeriod;
  /** Monthly S, for the cap of the employment-cost deduction. */
  standardFen: Fen;
  params: SocialAssistanceParameters;
  programme: IncomeProgramme;
  /** 单人户: apply the support exemption of 2022通知 §一(一) when the parameter allows it. */
  isSinglePersonUnit?: boolean;
  /** Date of the assessment, for the working-age test of 推定收入 (default: end of the income period). */
  asOf?: IsoDate;
};

export const assessIncome = (options: AssessIncomeOptions): IncomeAssessment => {
  const { params } = options;
  const months = monthsInRange(options.period.from, options.period.to);
  const excluded = new Set<IncomeKind>(
    options.programme === 'dibao'
      ? [...DIBAO_NATIONAL_EXCLUDED, ...params.income.locallyExcludedKinds]
      : [...EXTREME_POVERTY_NATIONAL_EXCLUDED, ...params.income.extremePovertyExtraExcludedKinds],
  );
  const periodText = `${options.period.from}至${options.period.to}共${months.length}个月月均`;
  const reasons: DecisionReason[] = [];
  const members: MemberIncome[] = [];
  const average = (items: readonly IncomeItem[], pick: (item: IncomeItem) => number): Fen =>
    divideRoundHalfUp(
      items.reduce((sum, item) => sum + pick(item), 0),
      months.length,
    );

  for (const member of options.members) {
    const own = options.items.filter((i) => i.memberId === member.id && months.includes(i.month));
    const result: MemberIncome = {
      memberId: member.id,
      countedFen: 0,
      excludedFen: 0,
      netWageFen: 0,
      employmentCostDeductionFen: 0,
    };
    const kinds = [...new Set(own.map((i) => i.kind))];
    for (const kind of kinds) {
      const ofKind = own.filter((i) => i.kind === kind);
      const amount = average(ofKind, (i) => i.amountFen);
      const inputs = { memberId: member.id, kind, monthlyAverageFen: amount };
      const who = `${member.name}的${INCOME_KIND_LABELS[kind]}（${periodText}${formatYuan(amount)}元）`;
      if (excluded.has(kind)) {
        result.excludedFen += amount;
        reasons.push(reason('INCOME_EXCLUDED', `${who}属于不计入家庭收入的项目，不计入`, inputs));
      } else if (kind === 'resident-pension' && params.income.excludeCentralBasicPension) {
        const central = Math.min(amount, params.income.centralBasicPensionMonthlyFen);
        result.excludedFen += central;
        result.countedFen += amount - central;
        reasons.push(
          reason(
            'INCOME_CENTRAL_BASIC_PENSION_EXCLUDED',
            `${who}中，中央确定的基础养老金${formatYuan(central)}元不计入，计入${formatYuan(amount - central)}元`,
            { ...inputs, centralBasicPensionFen: central },
          ),
        );
      } else if (kind === 'wage') {
        addWage(result, ofKind, member.name, periodText, options, average, reasons);
      } else if (kind === 'support-paid') {
        result.countedFen -= amount;
        reasons.push(reason('INCOME_TRANSFER_OUTGOING_DEDUCTED', `${who}作为转移性支出，从收入中扣减`, inputs));
      } else if (kind === 'support-received' && isExemptSupport(ofKind, options)) {
        result.excludedFen += amount;
        reasons.push(reason('INCOME_SUPPORT_EXEMPTED', `${who}来自兄弟姐妹或60周岁以上父母，单人户审核时豁免`, inputs));
      } else {
        result.countedFen += amount;
        reasons.push(reason('INCOME_COUNTED', `${who}计入家庭收入`, inputs));
      }
    }
    imputeRefusedEmployment(result, member, options, reasons);
    members.push(result);
  }
  const ids = new Set(options.members.map((m) => m.id));
  const outsiders = [...new Set(options.items.filter((i) => !ids.has(i.memberId)).map((i) => i.memberId))];
  if (outsiders.length > 0) {
    reasons.push(
      reason('INCOME_EXCLUDED', '非共同生活家庭成员（或单人户以外家庭成员）的收入不计入', {
        memberIds: outsiders,
      }),
    );
  }
  const total = Math.max(
    0,
    members.reduce((sum, m) => sum + m.countedFen, 0),
  );
  const count = options.members.length;
  const pc = count > 0 ? perCapita(total, count) : 0;
  reasons.push(
    reason('INCOME_HOUSEHOLD_TOTAL', `共同生活家庭成员${count}人，家庭月收入${formatYuan(total)}元，月人均收入${formatYuan(pc)}元`, {
      memberCount: count,
      monthlyIncomeFen: total,
      perCapitaFen: pc,
      periodFrom: options.period.from,
      periodTo: options.period.to,
    }),
  );
  return {
    memberCount: count,
    memberIds: [...ids],
    monthlyIncomeFen: total,
    perCapitaFen: pc,
    members,
    reasons,
  };
};

const lastDayOfMonth = (month: string): IsoDate => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/**
 * 推定收入 (rules doc §1.3, local): a working-age member with full labour capacity who refused work
 * without a valid reason is counted the local minimum wage — in place of a lower wage of their own,
 * never on top of it (counted = max(own net counted income, imputed)). 低保 and 低保边缘 only.
 */
const imputeRefusedEmployment = (
  result: MemberIncome,
  member: HouseholdMember,
  options: AssessIncomeOptions,
  reasons: DecisionReason[],
): void => {
  const rule = options.params.income.imputedIncomeForRefusedEmployment ?? null;
  const refusal = member.refusedEmployment ?? null;
  if (rule === null || refusal === null || options.programme !== 'dibao') return;
  const asOf = options.asOf ?? lastDayOfMonth(options.period.to);
  const age = ageOn(member.birthDate, asOf);
  const { from, to } = options.params.dibao.workingAge;
  const capacity = member.labourCapacity ?? (isSeverelyDisabled(member.disability) ? 'none' : 'full');
  if (age < from || age >= to || capacity !== 'full') return;
  if (refusal.validReason !== null) {
    reasons.push(
      reason(
        'INCOME_NOT_IMPUTED_VALID_REASON',
        `${member.name}未就业，因${REFUSED_EMPLOYMENT_VALID_REASON_LABELS[refusal.validReason]}，属正当理由，不推定收入`,
        { memberId: member.id, validReason: refusal.validReason },
      ),
    );
    return;
  }
  const before = result.countedFen;
  if (before >= rule.monthlyFen) return;
  result.countedFen = rule.monthlyFen;
  reasons.push(
    reason(
      'INCOME_IMPUTED_REFUSED_EMPLOYMENT',
      `${member.name}${age}周岁、有劳动能力，无正当理由拒绝就业，按当地最低工资标准推定月收入${formatYuan(rule.monthlyFen)}元（原计入${formatYuan(before)}元）`,
      { memberId: member.id, age, imputedFen: rule.monthlyFen, countedBeforeFen: before },
    ),
  );
};

const isExemptSupport = (items: readonly IncomeItem[], options: AssessIncomeOptions): boolean =>
  options.isSinglePersonUnit === true &&
  options.params.income.singlePersonExemptSupportFromSiblingsAndElderlyParents &&
  items.every((i) => i.payer === 'sibling' || i.payer === 'parent-aged-60-plus');

/** Net wage = gross − withheld tax and social insurance; minus the employment-cost deduction (低保 only). */
const addWage = (
  result: MemberIncome,
  items: readonly IncomeItem[],
  name: string,
  periodText: string,
  options: AssessIncomeOptions,
  average: (items: readonly IncomeItem[], pick: (item: IncomeItem) => number) => Fen,
  reasons: DecisionReason[],
): void => {
  const net = average(items, (i) => i.amountFen - (i.withheldFen ?? 0));
  const gross = average(items, (i) => i.amountFen);
  const rule = options.programme === 'dibao' ? options.params.income.employmentCostDeduction : null;
  result.netWageFen = net;
  const inputs = { memberId: result.memberId, kind: 'wage', grossWageFen: gross, netWageFen: net };
  if (rule === null || net <= 0) {
    result.countedFen += net;
    reasons.push(
      reason(
        'INCOME_COUNTED',
        `${name}的工资性收入（${periodText}应发${formatYuan(gross)}元，扣除个人所得税和个人社保缴费后${formatYuan(net)}元）计入家庭收入`,
        inputs,
      ),
    );
    return;
  }
  const share = applyBasisPoints(net, rule.rate);
  const cap = applyBasisPoints(options.standardFen, rule.capOfStandard);
  const deduction = Math.min(share, cap);
  result.employmentCostDeductionFen = deduction;
  result.countedFen += net - deduction;
  reasons.push(
    reason(
      'INCOME_EMPLOYMENT_COST_DEDUCTED',
      `${name}的工资性收入扣除个人所得税和个人社保缴费后为${formatYuan(net)}元；就业成本扣减取“净工资×${rule.rate / 100}%（${formatYuan(share)}元）”与“上限${formatYuan(cap)}元”中的较小者，扣减${formatYuan(deduction)}元，计入${formatYuan(net - deduction)}元`,
      {
        ...inputs,
        deductionRateBp: rule.rate,
        deductionCapFen: cap,
        deductionFen: deduction,
        countedFen: net - deduction,
      },
    ),
  );
};
