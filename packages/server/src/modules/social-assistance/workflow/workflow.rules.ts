// The statutory workflow of an assistance case as pure functions (rules doc §4): which action is
// allowed in which status, the guards each transition must pass, the next step, and the statutory
// clocks each step starts or stops. Dates are plain YYYY-MM-DD strings; `today` is passed in.
import type { ApplicationStatus, AssistanceProgramme } from '@mz/shared';
import { HOLIDAY_NOTICES } from '../rules/holiday-calendar.data';
import {
  addWorkingDays,
  buildWorkingDayCalendar,
  computeDeadline,
  computePublicityPeriod,
  type PublicityPeriod,
  type TimeLimitCode,
} from '../rules/working-days.rules';
import { formatChineseDate, type IsoDate } from '../rules/calendar-date';

export const WORKFLOW_ACTIONS = [
  'supplement',
  'accept',
  'investigate',
  'request-verification',
  'preliminary-review',
  'start-publicity',
  'record-objection',
  'handle-objection',
  'submit-to-county',
  'county-check',
  'decide',
  'township-decide',
  'serve-notice',
  'withdraw',
  'pay-advance',
  'complete-advance',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

const LIVE: readonly ApplicationStatus[] = [
  'submitted',
  'accepted',
  'investigating',
  'preliminary-reviewed',
  'in-publicity',
  'county-review',
];

/** Statuses in which each action may be taken. */
export const ALLOWED_FROM: Record<WorkflowAction, readonly ApplicationStatus[]> = {
  supplement: ['submitted'],
  accept: ['submitted'],
  investigate: ['accepted', 'investigating'],
  'request-verification': ['accepted', 'investigating'],
  'preliminary-review': ['investigating'],
  'start-publicity': ['preliminary-reviewed'],
  'record-objection': ['in-publicity'],
  'handle-objection': ['in-publicity'],
  'submit-to-county': ['in-publicity'],
  'county-check': ['county-review'],
  decide: ['county-review'],
  'township-decide': ['in-publicity'],
  'serve-notice': ['approved', 'refused'],
  withdraw: LIVE,
  // 临时救助 先行救助 (§4.5 紧急程序): paid before verification and publicity, completed afterwards.
  'pay-advance': ['submitted', 'accepted', 'investigating'],
  'complete-advance': LIVE,
};

/** What the guards look at: a snapshot of the case. */
export type CaseState = {
  programme: AssistanceProgramme;
  status: ApplicationStatus;
  appliedOn: IsoDate;
  acceptedOn: IsoDate | null;
  outstandingItems: readonly string[];
  commitmentSigned: boolean;
  authorisationSigned: boolean;
  investigatedOn: IsoDate | null;
  investigatorCount: number;
  pendingVerifications: number;
  preliminaryOn: IsoDate | null;
  publicity: PublicityPeriod | null;
  openObjections: number;
  submittedToCountyOn: IsoDate | null;
  separateRegistration: boolean;
  spotCheckRequired: boolean;
  countyHomeVisitOn: IsoDate | null;
  countySpotCheckOn: IsoDate | null;
  decidedOn: IsoDate | null;
  noticeServedOn: IsoDate | null;
  /** 先行救助 paid on this date (临时救助 急难型), its paperwork due and completed. */
  advancePaidOn: IsoDate | null;
  advanceDueOn: IsoDate | null;
  advanceCompletedOn: IsoDate | null;
};

/** Inputs of one action that the guards need. */
export type ActionInput = {
  on: IsoDate;
  today: IsoDate;
  investigators?: readonly string[];
  visitedOn?: IsoDate;
  opinion?: 'recommend-approve' | 'recommend-refuse';
  /** Result of the pure eligibility rules at this step. */
  eligible?: boolean;
  note?: string;
  decision?: 'approve' | 'refuse';
  reasonText?: string;
  delegated?: boolean;
  objectionReceivedOn?: IsoDate;
  /** 先行救助 amount and the township direct-approval limit it must stay within. */
  advanceAmountFen?: number;
  advanceLimitFen?: number;
};

export type Verdict =
  | { ok: true; to: ApplicationStatus }
  | { ok: false; kind: 'invalid-transition' | 'blocked' | 'no-authorisation' | 'not-delegated'; reasons: string[] };

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** A 先行救助 whose paperwork is not yet completed blocks the decision that accounts for it. */
const advanceOpen = (state: CaseState): string[] =>
  state.advancePaidOn !== null && state.advanceCompletedOn === null
    ? [`先行救助手续尚未补齐（应于${state.advanceDueOn ?? ''}前补办说明及签字盖章），补齐后方可作出决定`]
    : [];

const dateGuards = (input: ActionInput, earliest: IsoDate | null, label: string): string[] => [
  ...(input.on > input.today ? [`办理日期${input.on}不能晚于今天${input.today}`] : []),
  ...(earliest !== null && input.on < earliest ? [`${label}（${input.on}）不能早于${earliest}`] : []),
];

/** Decide whether `action` may be taken now, and into which status it leads. */
export const evaluateAction = (state: CaseState, action: WorkflowAction, input: ActionInput): Verdict => {
  if (!ALLOWED_FROM[action].includes(state.status)) {
    return { ok: false, kind: 'invalid-transition', reasons: [`当前环节（${state.status}）不能执行“${ACTION_LABELS[action]}”`] };
  }
  const blocked = (reasons: string[], to: ApplicationStatus): Verdict =>
    reasons.length > 0 ? { ok: false, kind: 'blocked', reasons } : { ok: true, to };
  switch (action) {
    case 'supplement':
      return blocked(dateGuards(input, state.appliedOn, '补正日期'), 'submitted');
    case 'accept':
      return blocked(
        [
          ...dateGuards(input, state.appliedOn, '受理日期'),
          ...(state.outstandingItems.length > 0
            ? [`申请材料尚缺：${state.outstandingItems.join('、')}（已一次性告知，补齐后方可受理）`]
            : []),
          ...(state.commitmentSigned ? [] : ['申请人尚未签署承诺书']),
          ...(state.authorisationSigned ? [] : ['申请家庭尚未签署家庭经济状况核对授权书']),
        ],
        'accepted',
      );
    case 'investigate': {
      const distinct = new Set((input.investigators ?? []).map((n) => n.trim())).size;
      return blocked(
        [
          ...dateGuards(input, state.acceptedOn, '调查日期'),
          ...(distinct < 2 ? ['入户调查应由至少两名工作人员进行（57号 第十六条）'] : []),
          ...(input.visitedOn !== undefined && state.acceptedOn !== null && input.visitedOn < state.acceptedOn
            ? ['入户日期不能早于受理日期']
            : []),
          ...(input.visitedOn !== undefined && input.visitedOn > input.today ? ['入户日期不能晚于今天'] : []),
        ],
        'investigating',
      );
    }
    case 'request-verification':
      if (!state.authorisationSigned) {
        return { ok: false, kind: 'no-authorisation', reasons: ['未签署核对授权书，不能发起家庭经济状况核对'] };
      }
      return blocked(dateGuards(input, state.acceptedOn, '核对申请日期'), state.status === 'accepted' ? 'investigating' : state.status);
    case 'preliminary-review':
      return blocked(
        [
          ...dateGuards(input, state.investigatedOn, '初审日期'),
          ...(state.investigatedOn === null || state.investigatorCount < 2 ? ['尚未完成两人以上的入户调查'] : []),
          ...(state.pendingVerifications > 0 ? [`还有${state.pendingVerifications}项核对结果未返回`] : []),
          ...(input.opinion === 'recommend-approve' && input.eligible === false
            ? ['按救助规则测算不符合条件，不能提出同意的初审意见（见测算理由）']
            : []),
          ...(input.opinion === 'recommend-refuse' && !input.note ? ['提出不同意的初审意见时须写明理由'] : []),
        ],
        'preliminary-reviewed',
      );
    case 'start-publicity':
      return blocked(dateGuards(input, state.preliminaryOn, '公示开始日期'), 'in-publicity');
    case 'record-objection': {
      const p = state.publicity;
      const received = input.objectionReceivedOn ?? input.on;
      return blocked(
        [
          ...(received > input.today ? ['异议受理日期不能晚于今天'] : []),
          ...(p !== null && (received < p.firstDay || received > p.lastDay) ? [`异议应在公示期内（${p.firstDay}至${p.lastDay}）提出`] : []),
        ],
        'in-publicity',
      );
    }
    case 'handle-objection':
      return blocked(dateGuards(input, input.objectionReceivedOn ?? null, '异议处理日期'), 'in-publicity');
    case 'submit-to-county':
    case 'township-decide': {
      const p = state.publicity;
      const reasons = [
        ...dateGuards(input, state.preliminaryOn, '办理日期'),
        ...(p === null ? ['尚未公示'] : input.on < p.nextStepFrom ? [`公示期至${p.lastDay}届满，${p.nextStepFrom}起方可进入下一环节`] : []),
        ...(state.openObjections > 0 ? [`公示期间有${state.openObjections}件异议尚未处理`] : []),
      ];
      if (action === 'submit-to-county') return blocked(reasons, 'county-review');
      if (input.delegated !== true) return { ok: false, kind: 'not-delegated', reasons: ['本县未将审核确认权限下放乡镇（街道）'] };
      if (state.separateRegistration) reasons.push('单独登记备案的申请须报县级民政部门入户核查并审核确认');
      return blocked([...reasons, ...advanceOpen(state), ...decisionGuards(input)], input.decision === 'approve' ? 'approved' : 'refused');
    }
    case 'county-check':
      return blocked(dateGuards(input, state.submittedToCountyOn, '核查日期'), 'county-review');
    case 'decide':
      return blocked(
        [
          ...dateGuards(input, state.submittedToCountyOn, '确认日期'),
          ...(state.separateRegistration && state.countyHomeVisitOn === null
            ? ['单独登记备案的申请，县级须先入户核查（57号 第二十条）']
            : []),
          ...(state.spotCheckRequired && state.countySpotCheckOn === null && state.countyHomeVisitOn === null
            ? ['本件已列入特困人员县级抽查（不低于30%），须先完成抽查']
            : []),
          ...advanceOpen(state),
          ...decisionGuards(input),
        ],
        input.decision === 'approve' ? 'approved' : 'refused',
      );
    case 'serve-notice':
      return blocked(
        [...dateGuards(input, state.decidedOn, '送达日期'), ...(state.noticeServedOn !== null ? ['决定通知已送达'] : [])],
        state.status,
      );
    case 'withdraw':
      return blocked(dateGuards(input, state.appliedOn, '撤回日期'), 'withdrawn');
    case 'pay-advance':
      return blocked(
        [
          ...(state.programme !== 'temporary-assistance' ? ['先行救助仅适用于急难型临时救助'] : []),
          ...(state.advancePaidOn !== null ? [`本案已于${state.advancePaidOn}先行救助，不能重复发放`] : []),
          ...dateGuards(input, state.appliedOn, '先行救助日期'),
          ...(input.advanceAmountFen !== undefined && input.advanceLimitFen !== undefined && input.advanceAmountFen > input.advanceLimitFen
            ? [
                `先行救助金额${yuan(input.advanceAmountFen)}元超过乡镇（街道）直接审批限额${yuan(input.advanceLimitFen)}元，超出部分应按一般程序报县级审批`,
              ]
            : []),
        ],
        state.status,
      );
    case 'complete-advance':
      return blocked(
        [
          ...(state.advancePaidOn === null ? ['本案没有先行救助，无需补办手续'] : []),
          ...(state.advanceCompletedOn !== null ? [`先行救助手续已于${state.advanceCompletedOn}补齐`] : []),
          ...dateGuards(input, state.advancePaidOn, '补办日期'),
        ],
        state.status,
      );
  }
};

const decisionGuards = (input: ActionInput): string[] => [
  ...(input.decision === 'approve' && input.eligible === false ? ['按确认日的救助规则测算不符合条件，不能确认给予救助（见测算理由）'] : []),
  ...(input.decision === 'refuse' && !input.reasonText ? ['不予确认时须书面说明理由'] : []),
];

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  supplement: '补正材料',
  accept: '受理',
  investigate: '入户调查',
  'request-verification': '申请家庭经济状况核对',
  'preliminary-review': '乡镇初审',
  'start-publicity': '公示',
  'record-objection': '登记公示异议',
  'handle-objection': '处理公示异议',
  'submit-to-county': '报送县级审核',
  'county-check': '县级入户核查/抽查',
  decide: '县级审核确认',
  'township-decide': '乡镇（街道）审核确认（权限下放）',
  'serve-notice': '送达决定通知',
  withdraw: '撤回申请',
  'pay-advance': '先行救助（急难型临时救助）',
  'complete-advance': '补办先行救助手续',
};

/** The next expected step, stored with the case for lists and task queues. */
export const currentStep = (
  state: Pick<CaseState, 'status' | 'outstandingItems' | 'pendingVerifications' | 'investigatedOn' | 'openObjections' | 'noticeServedOn'>,
): string => {
  switch (state.status) {
    case 'submitted':
      return state.outstandingItems.length > 0 ? 'supplement' : 'accept';
    case 'accepted':
      return 'investigate';
    case 'investigating':
      return state.pendingVerifications > 0 ? 'await-verification' : state.investigatedOn === null ? 'investigate' : 'preliminary-review';
    case 'preliminary-reviewed':
      return 'start-publicity';
    case 'in-publicity':
      return state.openObjections > 0 ? 'handle-objection' : 'submit-to-county';
    case 'county-review':
      return 'decide';
    case 'approved':
    case 'refused':
      return state.noticeServedOn === null ? 'serve-notice' : 'closed';
    case 'withdrawn':
      return 'closed';
  }
};

// ---------------------------------------------------------------------------------------------
// Clocks

/** Years with a published holiday notice; later years are counted Monday–Friday and marked provisional. */
const PUBLISHED_YEARS = new Set(HOLIDAY_NOTICES.map((n) => n.year));
const FALLBACK_YEARS = Array.from({ length: 101 }, (_, i) => 2000 + i).filter((y) => !PUBLISHED_YEARS.has(y));
export const WORKFLOW_CALENDAR = buildWorkingDayCalendar([
  ...HOLIDAY_NOTICES,
  ...FALLBACK_YEARS.map((year) => ({ year, source: '尚未发布节假日安排：暂按周一至周五计算', holidays: [], adjustedWorkingDays: [] })),
]);

export type PlannedDeadline = {
  code: string;
  level: 'township' | 'county';
  label: string;
  triggeredOn: IsoDate;
  dueOn: IsoDate;
  provisional: boolean;
  explanation: string;
};

const provisional = (from: IsoDate, to: IsoDate) => {
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y += 1) if (!PUBLISHED_YEARS.has(y)) return true;
  return false;
};

export const plan = (code: TimeLimitCode, level: 'township' | 'county', triggeredOn: IsoDate, special = false): PlannedDeadline => {
  const d = computeDeadline({ code, triggeredOn, special, calendar: WORKFLOW_CALENDAR });
  const isProvisional = provisional(triggeredOn, d.dueOn);
  return {
    code,
    level,
    label: d.label,
    triggeredOn,
    dueOn: d.dueOn,
    provisional: isProvisional,
    explanation: isProvisional ? `${d.explanation}；所涉年度节假日安排尚未发布，暂按周一至周五计算，待发布后核对` : d.explanation,
  };
};

/** Clocks started by acceptance (受理). */
export const deadlinesOnAccept = (
  programme: AssistanceProgramme,
  acceptedOn: IsoDate,
  options: { special: boolean; delegated: boolean },
): PlannedDeadline[] => {
  if (programme === 'extreme-poverty') return [plan('EXTREME_POVERTY_TOWNSHIP_OPINION', 'township', acceptedOn)];
  const overall: TimeLimitCode =
    programme === 'rigid-expenditure' ? 'RIGID_OVERALL' : options.delegated ? 'DIBAO_OVERALL_DELEGATED' : 'DIBAO_OVERALL';
  return [
    plan('DIBAO_INVESTIGATION_START', 'township', acceptedOn),
    plan(overall, options.delegated ? 'township' : 'county', acceptedOn, options.special),
  ];
};

export const deadlineOnVerificationRequest = (requestedOn: IsoDate) => plan('DIBAO_VERIFICATION_START', 'county', requestedOn);

export const deadlineOnObjection = (programme: AssistanceProgramme, receivedOn: IsoDate): PlannedDeadline | null =>
  programme === 'extreme-poverty' ? plan('EXTREME_POVERTY_OBJECTION_OPINION', 'township', receivedOn) : null;

export const deadlineOnSubmitToCounty = (programme: AssistanceProgramme, submittedOn: IsoDate) =>
  plan(programme === 'extreme-poverty' ? 'EXTREME_POVERTY_COUNTY_REVIEW' : 'DIBAO_COUNTY_REVIEW', 'county', submittedOn);

/** Written notice of the decision, delivered via the township (refusal: statutory 3 working days). */
export const deadlineOnDecision = (programme: AssistanceProgramme, decidedOn: IsoDate, decision: 'approve' | 'refuse'): PlannedDeadline => {
  if (decision === 'refuse') {
    return plan(programme === 'extreme-poverty' ? 'EXTREME_POVERTY_REFUSAL_NOTICE' : 'DIBAO_REFUSAL_NOTICE', 'township', decidedOn);
  }
  const dueOn = addWorkingDays(decidedOn, 3, WORKFLOW_CALENDAR);
  const isProvisional = provisional(decidedOn, dueOn);
  return {
    code: 'APPROVAL_NOTICE',
    level: 'township',
    label: '送达救助确认通知书',
    triggeredOn: decidedOn,
    dueOn,
    provisional: isProvisional,
    explanation: `自${formatChineseDate(decidedOn)}作出确认决定起3个工作日内送达确认通知书（本平台约定，参照不予确认的告知时限；当日不计入，法定节假日不计，调休上班日计入），截止${formatChineseDate(dueOn)}`,
  };
};

/** Which clocks an action stops (completed on the action's date). */
export const COMPLETES: Partial<Record<WorkflowAction, readonly string[]>> = {
  investigate: ['DIBAO_INVESTIGATION_START'],
  'preliminary-review': ['EXTREME_POVERTY_TOWNSHIP_OPINION', 'EXTREME_POVERTY_OBJECTION_OPINION'],
  decide: ['DIBAO_COUNTY_REVIEW', 'EXTREME_POVERTY_COUNTY_REVIEW', 'DIBAO_OVERALL', 'DIBAO_OVERALL_DELEGATED', 'RIGID_OVERALL'],
  'township-decide': ['DIBAO_OVERALL', 'DIBAO_OVERALL_DELEGATED', 'RIGID_OVERALL'],
  'serve-notice': ['DIBAO_REFUSAL_NOTICE', 'EXTREME_POVERTY_REFUSAL_NOTICE', 'APPROVAL_NOTICE'],
  'complete-advance': ['TEMP_ADVANCE_COMPLETION'],
};

/**
 * 先行救助 paperwork (说明、签字盖章) due `days` working days after the payment (local parameter,
 * rules doc §9 open point 6; the day of payment is not counted, §10.4).
 */
export const deadlineOnAdvance = (paidOn: IsoDate, days: number): PlannedDeadline => {
  const dueOn = addWorkingDays(paidOn, days, WORKFLOW_CALENDAR);
  const isProvisional = provisional(paidOn, dueOn);
  return {
    code: 'TEMP_ADVANCE_COMPLETION',
    level: 'township',
    label: '补办先行救助手续',
    triggeredOn: paidOn,
    dueOn,
    provisional: isProvisional,
    explanation: `自${formatChineseDate(paidOn)}先行救助起${days}个工作日内补齐救助对象、事由、金额登记及签字盖章手续（本地参数；当日不计入，法定节假日不计，调休上班日计入），截止${formatChineseDate(dueOn)}${isProvisional ? '；所涉年度节假日安排尚未发布，暂按周一至周五计算' : ''}`,
  };
};

/** 公示 of 7 calendar days starting on `startsOn` (rules doc §10.5). */
export const publicityPeriod = (startsOn: IsoDate): PublicityPeriod => computePublicityPeriod(startsOn, 7);

/**
 * 特困 county spot checks of at least `ratio` (basis points, 3 000 = 30 %): select this case when the
 * cases selected so far would otherwise fall below the ratio once it is counted.
 */
export const requiresSpotCheck = (submittedBefore: number, selectedBefore: number, ratio = 3_000): boolean =>
  selectedBefore * 10_000 < ratio * (submittedBefore + 1);
