import { monthEnd } from '../operations.common';
import type { MonitoredProgramme, MonitoringEvent, MonitoringSnapshot, StudentStage } from '../social-assistance.rules';

// Rows → the pure warning rules' inputs (rules doc §5.4): one household's snapshot (programmes,
// members, 12-month income, 刚性 validity and 渐退 end) and its department events.

export type SnapshotMemberRow = {
  id: number;
  name: string;
  birth_date: string;
  student_stage: string | null;
  student_full_time: boolean | null;
};
export type SnapshotRecipientRow = {
  programme: string;
  member_id: number | null;
  status: string;
  end_month: string | null;
  counted_income_fen: number;
};
export type EventRow = {
  id: number;
  kind: string;
  member_id: number | null;
  occurred_on: string;
  amount_fen: number | null;
  disability_category: string | null;
  disability_grade: number | null;
  diagnosis: string | null;
  on_local_list: boolean | null;
  student_stage: string | null;
  description: string | null;
};

export const buildSnapshot = (input: {
  householdId: number;
  members: readonly SnapshotMemberRow[];
  recipients: readonly SnapshotRecipientRow[];
  flags: readonly string[];
  /** Σ income items of the last 12 months; null when none are recorded. */
  income12MonthsFen: number | null;
}): MonitoringSnapshot => {
  const programmes = [...new Set([...input.recipients.map((r) => r.programme), ...input.flags])] as MonitoredProgramme[];
  const dibao = input.recipients.find((r) => r.programme === 'dibao');
  const rigid = input.recipients.find((r) => r.programme === 'rigid-expenditure' && r.end_month !== null);
  const exiting = input.recipients.find((r) => r.status === 'gradual-exit' && r.end_month !== null);
  return {
    householdId: String(input.householdId),
    programmes,
    members: input.members.map((m) => ({
      id: String(m.id),
      name: m.name,
      birthDate: m.birth_date,
      student: m.student_stage ? { stage: m.student_stage as StudentStage, fullTime: m.student_full_time ?? true } : null,
      programmes: input.recipients.filter((r) => r.member_id === m.id).map((r) => r.programme as MonitoredProgramme),
    })),
    // Without recorded income items the assessed monthly income of a 低保 household stands in.
    income12MonthsFen: input.income12MonthsFen ?? (dibao ? Number(dibao.counted_income_fen) * 12 : 0),
    rigidValidUntil: rigid?.end_month ? monthEnd(rigid.end_month) : null,
    gradualExitEndsOn: exiting?.end_month ? monthEnd(exiting.end_month) : null,
  };
};

/** A department event as the rules read it; null for a member-level event without a matched member. */
export const toMonitoringEvent = (e: EventRow): MonitoringEvent | null => {
  const memberId = e.member_id === null ? null : String(e.member_id);
  const occurredOn = e.occurred_on;
  if (e.kind === 'disaster-victim') return { kind: 'disaster-victim', occurredOn, description: e.description ?? '受灾' };
  if (memberId === null) return null;
  switch (e.kind) {
    case 'medical-settlement':
      return { kind: 'medical-settlement', memberId, occurredOn, outOfPocketFen: Number(e.amount_fen ?? 0) };
    case 'disability-certificate':
      if (!e.disability_category || !e.disability_grade) return null;
      return {
        kind: 'disability-certificate',
        memberId,
        occurredOn,
        disability: { category: e.disability_category, grade: e.disability_grade } as never,
      };
    case 'major-illness-diagnosis':
      return { kind: 'major-illness-diagnosis', memberId, occurredOn, diagnosis: e.diagnosis ?? '', onLocalList: e.on_local_list ?? true };
    case 'unemployment-registration':
    case 'death':
    case 'employment':
    case 'social-insurance-contribution':
      return { kind: e.kind, memberId, occurredOn };
    case 'vehicle-registration':
    case 'real-estate-registration':
    case 'business-registration':
      return { kind: e.kind, memberId, occurredOn, description: e.description ?? '' };
    case 'school-enrolment':
      return e.student_stage ? { kind: 'school-enrolment', memberId, occurredOn, stage: e.student_stage as StudentStage } : null;
    default:
      return null;
  }
};

/** The de-duplication key of a warning: one task per household, trigger, member and date. */
export const warningKey = (w: { code: string; memberId: string | null; dueOn: string | null; triggeredOn: string }) =>
  `${w.code}|${w.memberId ?? ''}|${w.dueOn ?? w.triggeredOn}`;
