// 临时救助 (rules doc §2.6 eligibility, §3.4 amount, §4.5 procedure and approval level, §10.8–9).
import { formatChineseDate, yearOf, type IsoDate } from './calendar-date';
import { hasNoFailure, reason, type DecisionReason } from './decision';
import type { AreaType, PropertyItem } from './inputs';
import { formatYuan, perCapita, roundAmount, type Fen } from './money';
import { dibaoStandard, resolveAmountLimit, type SocialAssistanceParameters } from './parameters';
import { assessProperty } from './property.rules';
import { addWorkingDays } from './working-days.rules';

export const APPROVAL_LEVELS = ['township', 'county', 'county-coordination'] as const; // 乡镇 / 县级 / 县级协调机制一事一议
export type ApprovalLevel = (typeof APPROVAL_LEVELS)[number];

export const TEMPORARY_OUTCOMES = ['approve', 'refuse', 'case-by-case'] as const;
export type TemporaryOutcome = (typeof TEMPORARY_OUTCOMES)[number];

/** An earlier temporary-assistance grant, for the once-per-year rule. */
export type PriorAssistance = { eventKey: string; grantedOn: IsoDate; amountFen: Fen };

type RepeatOptions = {
  eventKey: string;
  priorAssistance: readonly PriorAssistance[];
  /** The county found special circumstances that allow a repeat (local rule). */
  countySpecialCircumstances?: boolean;
};

export type TemporaryAssistanceDecision = {
  programme: 'temporary-assistance';
  type: 'emergency' | 'expenditure';
  outcome: TemporaryOutcome;
  eligible: boolean;
  amountFen: Fen;
  approvalLevel: ApprovalLevel;
  /** 先行救助 paid before verification and publicity (急难型 only). */
  advanceAmountFen: Fen;
  /** The paperwork of an advance must be completed by this date. */
  completionDueOn: IsoDate | null;
  reasons: DecisionReason[];
};

const townshipLimit = (params: SocialAssistanceParameters, area: AreaType): Fen =>
  resolveAmountLimit(params.temporaryAssistance.townshipApprovalLimit, dibaoStandard(params, area));

const repeatReasons = (options: RepeatOptions, asOf: IsoDate, params: SocialAssistanceParameters): DecisionReason[] => {
  if (!params.temporaryAssistance.oncePerYearPerEvent) {
    return [];
  }
  const earlier = options.priorAssistance.filter(
    (p) => p.eventKey === options.eventKey && yearOf(p.grantedOn) === yearOf(asOf) && p.grantedOn <= asOf,
  );
  const first = earlier[0];
  if (first === undefined) {
    return [];
  }
  const inputs = {
    eventKey: options.eventKey,
    earlierGrantedOn: first.grantedOn,
    earlierAmountFen: first.amountFen,
  };
  return [
    options.countySpecialCircumstances === true
      ? reason(
          'TEMP_REPEAT_SPECIAL_CIRCUMSTANCES',
          `同一事由已于${formatChineseDate(first.grantedOn)}获得临时救助，县级认定有特殊情况，可再次救助`,
          inputs,
        )
      : reason(
          'TEMP_REPEAT_SAME_EVENT',
          `同一事由已于${formatChineseDate(first.grantedOn)}获得临时救助${formatYuan(first.amountFen)}元，同一年度内不再重复救助`,
          inputs,
        ),
  ];
};

const approvalReason = (amount: Fen, limit: Fen): { level: ApprovalLevel; reason: DecisionReason } => {
  const inputs = { amountFen: amount, townshipLimitFen: limit };
  return amount <= limit
    ? {
        level: 'township',
        reason: reason(
          'TEMP_APPROVAL_TOWNSHIP',
          `救助金额${formatYuan(amount)}元不超过乡镇审批限额${formatYuan(limit)}元，由乡镇（街道）审批并报县级备案`,
          inputs,
        ),
      }
    : {
        level: 'county',
        reason: reason(
          'TEMP_APPROVAL_COUNTY',
          `救助金额${formatYuan(amount)}元超过乡镇审批限额${formatYuan(limit)}元，经乡镇审核、公示后报县级民政部门审批`,
          inputs,
        ),
      };
};

export const EMERGENCY_EVENT_KINDS = [
  'fire',
  'traffic-accident',
  'other-accident',
  'sudden-serious-illness',
  'natural-disaster',
  'other',
] as const;
export type EmergencyEventKind = (typeof EMERGENCY_EVENT_KINDS)[number];

export type EmergencyAssistanceInput = RepeatOptions & {
  event: { kind: EmergencyEventKind; occurredOn: IsoDate; description: string };
  basicLivingSeverelyAffected: boolean;
  /** Other schemes cannot cover the need in time. */
  otherSchemesCannotCoverNow: boolean;
  applicant: { hukouLocal: boolean; hasLocalResidencePermit: boolean };
  area: AreaType;
  /** Amount decided by the township or county. */
  amountFen: Fen;
  /** Pay first (先行救助), complete verification, 民主评议 and publicity afterwards. */
  advance: boolean;
  /** Payment date (the decision date for an ordinary procedure). */
  asOf: IsoDate;
  params: SocialAssistanceParameters;
};

/** 急难型: sudden event + basic living seriously affected; no hukou or residence restriction. */
export const evaluateEmergencyAssistance = (input: EmergencyAssistanceInput): TemporaryAssistanceDecision => {
  const { params, asOf } = input;
  const reasons: DecisionReason[] = [];
  const eventOk = input.basicLivingSeverelyAffected && input.otherSchemesCannotCoverNow;
  const eventInputs = {
    eventKind: input.event.kind,
    occurredOn: input.event.occurredOn,
    basicLivingSeverelyAffected: input.basicLivingSeverelyAffected,
    otherSchemesCannotCoverNow: input.otherSchemesCannotCoverNow,
  };
  reasons.push(
    eventOk
      ? reason(
          'TEMP_EMERGENCY_EVENT_MET',
          `${formatChineseDate(input.event.occurredOn)}发生突发事件（${input.event.description}），基本生活陷入严重困难，需立即救助`,
          eventInputs,
        )
      : reason(
          'TEMP_EMERGENCY_EVENT_NOT_MET',
          '突发事件未导致基本生活严重困难，或其他救助制度能够及时覆盖，不符合急难型临时救助条件',
          eventInputs,
        ),
  );
  const { hukouLocal, hasLocalResidencePermit } = input.applicant;
  reasons.push(
    reason(
      'TEMP_PLACE_OF_EMERGENCY',
      `${hukouLocal ? '本地户籍' : hasLocalResidencePermit ? '非本地户籍、持本地居住证' : '非本地户籍'}，急难型临时救助由急难发生地受理，不受户籍和居住地限制`,
      { hukouLocal, hasLocalResidencePermit },
    ),
  );
  reasons.push(...repeatReasons(input, asOf, params));
  const amount = roundAmount(input.amountFen, params.temporaryAssistance.rounding);
  const limit = townshipLimit(params, input.area);
  const approval = approvalReason(amount, limit);
  const eligible = hasNoFailure(reasons);
  if (!eligible) {
    return {
      programme: 'temporary-assistance',
      type: 'emergency',
      outcome: 'refuse',
      eligible,
      amountFen: 0,
      approvalLevel: approval.level,
      advanceAmountFen: 0,
      completionDueOn: null,
      reasons,
    };
  }
  reasons.push(approval.reason);
  let advanceAmount = 0;
  let completionDueOn: IsoDate | null = null;
  if (input.advance) {
    advanceAmount = Math.min(amount, limit);
    const days = params.temporaryAssistance.advanceCompletionWorkingDays;
    completionDueOn = addWorkingDays(asOf, days);
    reasons.push(
      reason(
        'TEMP_ADVANCE_ASSISTANCE',
        `先行救助${formatYuan(advanceAmount)}元于${formatChineseDate(asOf)}发放（可先于核查报告和公示）；须在${days}个工作日内（${formatChineseDate(completionDueOn)}前）补齐救助对象、事由、金额登记及签字盖章手续${amount > advanceAmount ? `；其余${formatYuan(amount - advanceAmount)}元按一般程序报县级审批` : ''}`,
        {
          advanceAmountFen: advanceAmount,
          paidOn: asOf,
          completionDueOn,
          completionWorkingDays: days,
        },
      ),
    );
  }
  return {
    programme: 'temporary-assistance',
    type: 'emergency',
    outcome: 'approve',
    eligible,
    amountFen: amount,
    approvalLevel: approval.level,
    advanceAmountFen: advanceAmount,
    completionDueOn,
    reasons,
  };
};

export type ExpenditureAssistanceInput = RepeatOptions & {
  area: AreaType;
  memberIds: readonly string[];
  /** Household disposable income per month. */
  monthlyDisposableIncomeFen: Fen;
  totalIncome12MonthsFen: Fen;
  propertyItems: readonly PropertyItem[];
  /** Out-of-pocket necessary spending in the reference period (medical, education, …). */
  necessarySpendingFen: Fen;
  /** Per-capita amount = multiple × S, chosen by the caseworker with written reasons. */
  standardMultiple: number;
  multipleReason: string;
  asOf: IsoDate;
  params: SocialAssistanceParameters;
};

/** 支出型 (2018意见 §二(一)): pc disposable < PCDI/12, property OK, spending beyond capacity (§10.8). */
export const evaluateExpenditureAssistance = (input: ExpenditureAssistanceInput): TemporaryAssistanceDecision => {
  const { params, asOf } = input;
  const n = input.memberIds.length;
  const standard = dibaoStandard(params, input.area);
  const pcdi = params.perCapitaDisposableIncomePrevYearFen;
  const reasons: DecisionReason[] = [];

  // pc disposable < PCDI / 12  ⇔  income × 12 < PCDI × n
  const incomeInputs = {
    monthlyDisposableIncomeFen: input.monthlyDisposableIncomeFen,
    memberCount: n,
    pcdiAnnualFen: pcdi,
  };
  const pcText = `家庭月人均可支配收入${formatYuan(perCapita(input.monthlyDisposableIncomeFen, n))}元`;
  const monthlyPcdi = `上年月人均可支配收入${formatYuan(perCapita(pcdi, 12))}元`;
  reasons.push(
    input.monthlyDisposableIncomeFen * 12 < pcdi * n
      ? reason('TEMP_INCOME_BELOW_PCDI', `${pcText}低于${monthlyPcdi}`, incomeInputs)
      : reason('TEMP_INCOME_NOT_BELOW_PCDI', `${pcText}不低于${monthlyPcdi}`, incomeInputs),
  );
  const property = assessProperty({
    items: input.propertyItems,
    ownerIds: input.memberIds,
    memberCount: n,
    standardFen: standard,
    rules: params.property.temporaryAssistance,
    label: '临时救助',
  });
  reasons.push(...property.reasons);
  reasons.push(
    property.passed
      ? reason('TEMP_PROPERTY_WITHIN_LIMITS', '家庭财产状况符合临时救助财产条件')
      : reason('TEMP_PROPERTY_OVER_LIMITS', '家庭财产状况不符合临时救助财产条件'),
  );
  const spendingInputs = {
    necessarySpendingFen: input.necessarySpendingFen,
    totalIncome12MonthsFen: input.totalIncome12MonthsFen,
  };
  reasons.push(
    input.necessarySpendingFen > input.totalIncome12MonthsFen
      ? reason(
          'TEMP_SPENDING_BEYOND_CAPACITY',
          `个人自付必需支出${formatYuan(input.necessarySpendingFen)}元超过申请前12个月家庭总收入${formatYuan(input.totalIncome12MonthsFen)}元，超出家庭承受能力`,
          spendingInputs,
        )
      : reason(
          'TEMP_SPENDING_WITHIN_CAPACITY',
          `个人自付必需支出${formatYuan(input.necessarySpendingFen)}元未超过申请前12个月家庭总收入${formatYuan(input.totalIncome12MonthsFen)}元`,
          spendingInputs,
        ),
  );
  reasons.push(...repeatReasons(input, asOf, params));

  const rules = params.temporaryAssistance.expenditureMultiple;
  const k = input.standardMultiple;
  const stepOk = rules.allowHalfSteps ? Number.isInteger(k * 2) : Number.isInteger(k);
  const multipleInputs = {
    standardMultiple: k,
    minMonths: rules.minMonths,
    maxMonths: rules.maxMonths,
    allowHalfSteps: rules.allowHalfSteps,
  };
  if (!stepOk || k < rules.minMonths) {
    reasons.push(
      reason(
        'TEMP_MULTIPLE_NOT_ALLOWED',
        `救助倍数${k}不符合规定：应为${rules.minMonths}至${rules.maxMonths}之间的${rules.allowHalfSteps ? '整数或半数' : '整数'}`,
        multipleInputs,
      ),
    );
  }
  const perCapitaAmount = roundAmount(Math.round(k * standard), params.temporaryAssistance.rounding);
  const amount = perCapitaAmount * n;
  const cap = rules.maxMonths * standard * n;
  const eligible = hasNoFailure(reasons);
  if (!eligible) {
    return {
      programme: 'temporary-assistance',
      type: 'expenditure',
      outcome: 'refuse',
      eligible,
      amountFen: 0,
      approvalLevel: 'township',
      advanceAmountFen: 0,
      completionDueOn: null,
      reasons,
    };
  }
  reasons.push(
    reason(
      'TEMP_AMOUNT_MULTIPLE_OF_STANDARD',
      `按${k}个月低保标准确定人均救助金额：${k}×${formatYuan(standard)}元＝${formatYuan(perCapitaAmount)}元，家庭${n}人合计${formatYuan(amount)}元（上限${rules.maxMonths}×${formatYuan(standard)}元×${n}人＝${formatYuan(cap)}元）；理由：${input.multipleReason}`,
      {
        ...multipleInputs,
        standardFen: standard,
        perCapitaAmountFen: perCapitaAmount,
        memberCount: n,
        amountFen: amount,
        capFen: cap,
      },
    ),
  );
  if (k > rules.maxMonths) {
    reasons.push(
      reason(
        'TEMP_CASE_BY_CASE',
        `救助倍数${k}超过${rules.maxMonths}个月低保标准，提交县级困难群众基本生活保障工作协调机制一事一议`,
        multipleInputs,
      ),
    );
    return {
      programme: 'temporary-assistance',
      type: 'expenditure',
      outcome: 'case-by-case',
      eligible,
      amountFen: amount,
      approvalLevel: 'county-coordination',
      advanceAmountFen: 0,
      completionDueOn: null,
      reasons,
    };
  }
  const approval = approvalReason(amount, townshipLimit(params, input.area));
  reasons.push(approval.reason);
  return {
    programme: 'temporary-assistance',
    type: 'expenditure',
    outcome: 'approve',
    eligible,
    amountFen: amount,
    approvalLevel: approval.level,
    advanceAmountFen: 0,
    completionDueOn: null,
    reasons,
  };
};
