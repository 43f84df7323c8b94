import { ageOn } from '@mz/shared';
import type { GenHousehold } from '../../../../bench/generator/households';
import { addDays, nextMonthOf, type IsoDate, type SocialAssistanceParameters } from '../social-assistance.rules';
import {
  deadlineOnDecision,
  deadlineOnSubmitToCounty,
  deadlineOnVerificationRequest,
  deadlinesOnAccept,
  type PlannedDeadline,
} from '../workflow/workflow.rules';

// Pure: the demo applications (one per workflow state, several programmes) and department events of
// the demo caseload, dated relative to today so their statutory clocks are live (due soon, overdue,
// done), with the deadlines the workflow rules plan for each step already taken.

type Programme = 'dibao' | 'extreme-poverty' | 'marginal-family' | 'temporary-assistance';
type Status =
  | 'submitted'
  | 'accepted'
  | 'investigating'
  | 'preliminary-reviewed'
  | 'in-publicity'
  | 'county-review'
  | 'approved'
  | 'refused'
  | 'withdrawn';

const STEP: Record<Status, string> = {
  submitted: 'accept',
  accepted: 'investigate',
  investigating: 'preliminary-review',
  'preliminary-reviewed': 'start-publicity',
  'in-publicity': 'submit-to-county',
  'county-review': 'decide',
  approved: 'closed',
  refused: 'closed',
  withdrawn: 'closed',
};

export type DemoDeadline = PlannedDeadline & { completedOn: IsoDate | null };
export type DemoApplication = {
  householdId: number;
  divisionId: number;
  programme: Programme;
  status: Status;
  step: string;
  applicantId: number | null;
  appliedOn: IsoDate;
  acceptedOn: IsoDate | null;
  investigatedOn: IsoDate | null;
  opinion: string | null;
  preliminaryOn: IsoDate | null;
  submittedOn: IsoDate | null;
  decision: 'approve' | 'refuse' | null;
  decidedOn: IsoDate | null;
  amountFen: number | null;
  paymentStartMonth: string | null;
  refusalReason: string | null;
  noticeDueOn: IsoDate | null;
  parameterId: number | null;
  deadlines: DemoDeadline[];
  publicity: { firstDay: IsoDate; lastDay: IsoDate; nextStepFrom: IsoDate; location: string } | null;
};

type Ref = { id: number; division_id: number; head_member_id: number | null };

/** Which households get which application: [programme, status, pool]. */
const PLAN: readonly [Programme, Status, 'free' | 'dibao' | 'extreme-poverty'][] = [
  ['dibao', 'submitted', 'free'],
  ['dibao', 'accepted', 'free'],
  ['dibao', 'investigating', 'free'],
  ['dibao', 'preliminary-reviewed', 'free'],
  ['dibao', 'in-publicity', 'free'],
  ['dibao', 'county-review', 'free'],
  ['dibao', 'approved', 'dibao'],
  ['dibao', 'refused', 'free'],
  ['dibao', 'withdrawn', 'free'],
  ['extreme-poverty', 'accepted', 'free'],
  ['extreme-poverty', 'county-review', 'free'],
  ['extreme-poverty', 'approved', 'extreme-poverty'],
  ['marginal-family', 'preliminary-reviewed', 'free'],
  ['temporary-assistance', 'submitted', 'free'],
  ['temporary-assistance', 'approved', 'free'],
  ['temporary-assistance', 'approved', 'free'],
];

const done = (deadlines: readonly PlannedDeadline[], on: IsoDate | null, codes?: readonly string[]): DemoDeadline[] =>
  deadlines.map((d) => ({ ...d, completedOn: on !== null && (codes === undefined || codes.includes(d.code)) ? on : null }));

/** One application per plan entry, on distinct households taken in generation order. */
export const demoApplications = (
  generated: readonly GenHousehold[],
  householdOf: ReadonlyMap<string, Ref>,
  today: IsoDate,
  params: SocialAssistanceParameters,
): DemoApplication[] => {
  const used = new Set<string>();
  const take = (pool: 'free' | 'dibao' | 'extreme-poverty') =>
    generated.find(
      (h) =>
        !used.has(h.key) &&
        householdOf.has(h.key) &&
        (pool === 'free' ? h.recipient === null : h.recipient?.programme === pool && h.recipient.status === 'active'),
    );
  const day = (n: number) => addDays(today, -n);
  const apps: DemoApplication[] = [];
  for (const [programme, status, pool] of PLAN) {
    const h = take(pool);
    if (!h) continue;
    used.add(h.key);
    const ref = householdOf.get(h.key) as Ref;
    const base: DemoApplication = {
      householdId: ref.id,
      divisionId: ref.division_id,
      programme,
      status,
      step: STEP[status],
      applicantId: ref.head_member_id,
      appliedOn: day(1),
      acceptedOn: null,
      investigatedOn: null,
      opinion: null,
      preliminaryOn: null,
      submittedOn: null,
      decision: null,
      decidedOn: null,
      amountFen: null,
      paymentStartMonth: null,
      refusalReason: null,
      noticeDueOn: null,
      parameterId: null,
      deadlines: [],
      publicity: null,
    };
    const onAccept = (acceptedOn: IsoDate) => deadlinesOnAccept(programme, acceptedOn, { special: false, delegated: false });
    const investigation = ['DIBAO_INVESTIGATION_START', 'EXTREME_POVERTY_TOWNSHIP_OPINION'];
    switch (status) {
      case 'submitted':
        break;
      case 'accepted':
        apps.push({ ...base, appliedOn: day(6), acceptedOn: day(5), deadlines: done(onAccept(day(5)), null) });
        continue;
      case 'investigating':
        apps.push({
          ...base,
          appliedOn: day(14),
          acceptedOn: day(13),
          deadlines: [...done(onAccept(day(13)), day(10), investigation), ...done([deadlineOnVerificationRequest(day(10))], null)],
        });
        continue;
      case 'preliminary-reviewed':
      case 'in-publicity':
        apps.push({
          ...base,
          appliedOn: day(30),
          acceptedOn: day(29),
          investigatedOn: day(22),
          opinion: 'recommend-approve',
          preliminaryOn: day(4),
          deadlines: done(onAccept(day(29)), day(25), investigation),
          publicity:
            status === 'in-publicity'
              ? { firstDay: day(2), lastDay: addDays(today, 4), nextStepFrom: addDays(today, 5), location: '村（居）委会公开栏（演示）' }
              : null,
        });
        continue;
      case 'county-review':
        apps.push({
          ...base,
          appliedOn: day(45),
          acceptedOn: day(44),
          investigatedOn: day(38),
          opinion: 'recommend-approve',
          preliminaryOn: day(20),
          submittedOn: day(6),
          deadlines: [...done(onAccept(day(44)), day(40), investigation), ...done([deadlineOnSubmitToCounty(programme, day(6))], null)],
        });
        continue;
      case 'approved':
      case 'refused': {
        const decidedOn = status === 'approved' ? day(12) : day(1);
        const notice = deadlineOnDecision(programme, decidedOn, status === 'approved' ? 'approve' : 'refuse');
        const temporary = programme === 'temporary-assistance';
        const amount = status === 'refused' ? null : temporary ? 2 * params.dibaoStandardFen.urban : (h.recipient?.amountFen ?? null);
        apps.push({
          ...base,
          appliedOn: day(70),
          acceptedOn: day(69),
          investigatedOn: day(60),
          opinion: status === 'approved' ? 'recommend-approve' : 'recommend-refuse',
          preliminaryOn: day(45),
          submittedOn: day(30),
          decision: status === 'approved' ? 'approve' : 'refuse',
          decidedOn,
          amountFen: amount,
          paymentStartMonth: status === 'approved' && !temporary ? nextMonthOf(decidedOn) : null,
          refusalReason: status === 'refused' ? '经核查，家庭月人均收入不低于当地低保标准（演示数据）' : null,
          noticeDueOn: notice.dueOn,
          deadlines: [...done(onAccept(day(69)), day(30)), ...done([notice], status === 'approved' ? day(10) : null)],
        });
        continue;
      }
      case 'withdrawn':
        apps.push({ ...base, appliedOn: day(20), acceptedOn: day(19), deadlines: done(onAccept(day(19)), day(15)) });
        continue;
    }
    apps.push(base);
  }
  return apps;
};

export type DemoEvent = {
  department: string;
  kind: string;
  citizenId: string;
  name: string;
  occurredOn: IsoDate;
  diagnosis: string | null;
  onLocalList: boolean | null;
  householdId: number;
  divisionId: number;
};

/** A few department events on demo members (重特大疾病确诊, 失业登记) for the low-income warnings. */
export const demoEvents = (generated: readonly GenHousehold[], householdOf: ReadonlyMap<string, Ref>, today: IsoDate): DemoEvent[] => {
  const events: DemoEvent[] = [];
  const add = (
    programme: string,
    pickMember: (m: GenHousehold['members'][number]) => boolean,
    event: Pick<DemoEvent, 'department' | 'kind' | 'diagnosis' | 'onLocalList'>,
    daysAgo: number,
    skip = 0,
  ) => {
    const candidates = generated.filter(
      (h) => h.recipient?.programme === programme && householdOf.has(h.key) && h.members.some(pickMember),
    );
    const h = candidates[skip];
    const member = h?.members.find(pickMember);
    if (!h || !member) return;
    const ref = householdOf.get(h.key) as Ref;
    events.push({
      ...event,
      citizenId: member.citizenId,
      name: member.name,
      occurredOn: addDays(today, -daysAgo),
      householdId: ref.id,
      divisionId: ref.division_id,
    });
  };
  const workingAge = (m: GenHousehold['members'][number]) => ageOn(m.birthDate, today) >= 18 && ageOn(m.birthDate, today) < 60;
  add('dibao', workingAge, { department: 'human-resources', kind: 'unemployment-registration', diagnosis: null, onLocalList: null }, 8);
  add(
    'marginal-family',
    () => true,
    { department: 'medical-insurance', kind: 'major-illness-diagnosis', diagnosis: '恶性肿瘤（演示）', onLocalList: true },
    5,
  );
  add(
    'dibao',
    (m) => ageOn(m.birthDate, today) >= 60,
    { department: 'medical-insurance', kind: 'major-illness-diagnosis', diagnosis: '尿毒症（演示）', onLocalList: true },
    3,
    1,
  );
  add(
    'marginal-family',
    workingAge,
    { department: 'human-resources', kind: 'unemployment-registration', diagnosis: null, onLocalList: null },
    12,
    1,
  );
  return events;
};
