import { AppError, type TCaseDetail } from '@mz/shared';
import type { Selectable } from 'kysely';
import type { CallContext } from '../../../platform/http/context';
import { iso } from '../operations.common';
import { evaluateDeadlineStatus } from '../rules/working-days.rules';
import { todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import type {
  ApplicationEventTable,
  PublicityObjectionTable,
  PublicityTable,
  VerificationRequestTable,
  VerificationResponseTable,
} from '../social-assistance.tables';
import { findAuthorisations, type AuthorisationRow } from '../verification/authorisation.repository';
import { authorisationGaps } from '../verification/authorisation.service';
import { deadlineView } from './queries.service';
import * as repo from './workflow.repository';
import { WORKFLOW_CALENDAR } from './workflow.rules';

// The case file (审批案卷) as the shared camelCase contract TCaseDetail: the case row, its events,
// clocks with their status today, 核对 requests and answers, 公示 and objections, documents, signed
// 核对授权书 per person and the 先行救助. Rows are mapped here, field by field.

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

const eventOf = (e: Selectable<ApplicationEventTable>): TCaseDetail['events'][number] => ({
  id: Number(e.id),
  action: e.action,
  fromStatus: e.from_status,
  toStatus: e.to_status,
  onDate: e.on_date,
  at: iso(e.at) ?? '',
  actorId: e.actor_id,
  actorName: e.actor_name,
  note: e.note,
  data: e.data,
});

const requestOf = (
  r: Selectable<VerificationRequestTable>,
  responses: Selectable<VerificationResponseTable>[],
): TCaseDetail['verifications'][number] => ({
  id: Number(r.id),
  department: r.department,
  status: r.status,
  requestedOn: r.requested_on,
  dueOn: r.due_on,
  respondedOn: r.responded_on,
  responses: responses
    .filter((x) => Number(x.request_id) === Number(r.id))
    .map((x) => ({
      id: Number(x.id),
      department: x.department,
      adapter: x.adapter,
      result: x.result,
      findings: (x.findings ?? []) as unknown[],
      differences: (x.differences ?? []) as unknown[],
      respondedOn: x.responded_on,
    })),
});

const publicityOf = (
  p: Selectable<PublicityTable>,
  objections: Selectable<PublicityObjectionTable>[],
): TCaseDetail['publicities'][number] => ({
  id: Number(p.id),
  firstDay: p.first_day,
  lastDay: p.last_day,
  nextStepFrom: p.next_step_from,
  location: p.location,
  status: p.status,
  objections: objections
    .filter((o) => Number(o.publicity_id) === Number(p.id))
    .map((o) => ({
      id: Number(o.id),
      receivedOn: o.received_on,
      objector: o.objector,
      content: o.content,
      status: o.status,
      outcome: o.outcome,
      handling: o.handling,
      democraticReview: o.democratic_review as TCaseDetail['publicities'][number]['objections'][number]['democraticReview'],
      handledOn: o.handled_on,
    })),
});

const authorisationOf = (a: AuthorisationRow): TCaseDetail['authorisations'][number] => ({
  id: Number(a.id),
  memberId: num(a.member_id),
  obligorId: num(a.obligor_id),
  personName: a.person_name,
  signerName: a.signer_name,
  signedAs: a.signed_as,
  signedOn: a.signed_on,
  departments: a.departments,
  validUntil: a.valid_until,
  revokedOn: a.revoked_on,
  revokeReason: a.revoke_reason,
  source: a.source,
  documentId: num(a.document_id),
  fileName: a.file_name,
  sha256: a.sha256,
});

export const getCaseFile = async (deps: SocialAssistanceDeps, ctx: CallContext, id: number): Promise<TCaseDetail> => {
  const db = deps.db;
  const app = await repo.findApplication(db, id, ctx.scope);
  if (!app) throw new AppError('NOT_FOUND', '救助申请不存在或不在您的管辖范围内');
  const today = todayOf(deps);
  const [events, deadlines, requests, responses, publicities, objections, documents, authorisations, gaps] = await Promise.all([
    db.selectFrom('application_event').selectAll().where('application_id', '=', id).orderBy('id').execute(),
    repo.findDeadlines(db, id),
    db.selectFrom('verification_request').selectAll().where('application_id', '=', id).orderBy('id').execute(),
    db.selectFrom('verification_response').selectAll().where('application_id', '=', id).orderBy('id').execute(),
    db.selectFrom('publicity').selectAll().where('application_id', '=', id).orderBy('id').execute(),
    db.selectFrom('publicity_objection').selectAll().where('application_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('case_document')
      .select(['id', 'kind', 'file_name', 'mime_type', 'size_bytes', 'sha256', 'uploaded_by', 'uploaded_at'])
      .where('application_id', '=', id)
      .orderBy('id')
      .execute(),
    findAuthorisations(db, app.household_id),
    authorisationGaps(db, app, today),
  ]);
  return {
    id: Number(app.id),
    householdId: Number(app.household_id),
    divisionId: app.division_id,
    programme: app.programme,
    channel: app.channel,
    status: app.status,
    currentStep: app.current_step,
    applicantMemberId: Number(app.applicant_member_id),
    entrustedBy: app.entrusted_by,
    appliedOn: app.applied_on,
    acceptedOn: app.accepted_on,
    commitmentSigned: app.commitment_signed,
    authorisationSigned: app.authorisation_signed,
    missingItems: (app.missing_items ?? []) as TCaseDetail['missingItems'],
    specialCase: app.special_case,
    separateRegistration: app.separate_registration,
    spotCheckRequired: app.spot_check_required,
    investigation: app.investigation,
    investigatedOn: app.investigated_on,
    preliminaryOpinion: app.preliminary_opinion,
    preliminaryOn: app.preliminary_on,
    assessment: app.assessment,
    eligible: app.eligible,
    submittedToCountyOn: app.submitted_to_county_on,
    countyChecks: (app.county_checks ?? []) as unknown[],
    decision: app.decision,
    decidedOn: app.decided_on,
    decisionLevel: app.decision_level,
    amountFen: num(app.amount_fen),
    paymentStartMonth: app.payment_start_month,
    reasons: app.reasons as unknown[] | null,
    refusalReason: app.refusal_reason,
    noticeDueOn: app.notice_due_on,
    noticeServedOn: app.notice_served_on,
    overallDueOn: app.overall_due_on,
    advance:
      app.advance_amount_fen === null || app.advance_paid_on === null
        ? null
        : {
            amountFen: Number(app.advance_amount_fen),
            paidOn: app.advance_paid_on,
            dueOn: app.advance_due_on,
            completedOn: app.advance_completed_on,
            record: app.advance as Record<string, unknown> | null,
          },
    version: app.version,
    events: events.map(eventOf),
    deadlines: deadlines.map((d) => ({
      ...deadlineView(d),
      ...evaluateDeadlineStatus({ dueOn: d.due_on, now: today, completedOn: d.completed_on, calendar: WORKFLOW_CALENDAR }),
    })),
    verifications: requests.map((r) => requestOf(r, responses)),
    publicities: publicities.map((p) => publicityOf(p, objections)),
    documents: documents.map((d) => ({
      id: Number(d.id),
      kind: d.kind,
      fileName: d.file_name,
      mimeType: d.mime_type,
      sizeBytes: d.size_bytes,
      sha256: d.sha256,
      uploadedBy: d.uploaded_by,
      uploadedAt: iso(d.uploaded_at) ?? '',
    })),
    authorisations: authorisations.map(authorisationOf),
    missingAuthorisations: gaps.missing,
  };
};
