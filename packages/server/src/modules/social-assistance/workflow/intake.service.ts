import { AppError, ASSISTANCE_PROGRAMME_LABELS, type TApplicationCreate, type TInvestigation, type TPreliminaryReview } from '@mz/shared';
import type { z } from 'zod';
import { inTransaction } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import type { ZAccept, ZSupplementMaterials, ZWithdraw } from '@mz/shared';
import { describeConflicts } from '../registry/registry.duplicates';
import * as registry from '../registry/registry.repository';
import { requireHousehold } from '../registry/registry.service';
import { assertNotFuture, json, todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import { countySettingFor } from '../parameters/parameters.service';
import { assessCase } from './assessment';
import * as repo from './workflow.repository';
import { deadlinesOnAccept } from './workflow.rules';
import { runStep } from './workflow.step';

// 申请 → 受理 → 家庭经济状况调查 → 乡镇初审 (rules doc §4.1–4.3), and withdrawal.

const PERSON_PROGRAMMES = ['extreme-poverty'];

export const createApplication = (deps: SocialAssistanceDeps, ctx: CallContext, input: TApplicationCreate) =>
  inTransaction(deps.db, async (trx) => {
    const today = todayOf(deps);
    assertNotFuture(input.appliedOn, today, 'appliedOn', '申请日期');
    const household = await requireHousehold(trx, ctx, input.householdId, { active: true });
    const members = await registry.findMembers(trx, household.id);
    const applicant = members.find((m) => m.id === input.applicantMemberId);
    if (!applicant) {
      throw new AppError('VALIDATION_FAILED', '申请人应为本家庭的现有成员', [
        { path: 'applicantMemberId', code: 'NOT_A_MEMBER', message: '申请人应为本家庭的现有成员' },
      ]);
    }
    if (!applicant.lives_together) {
      throw new AppError('VALIDATION_FAILED', '申请人应为共同生活的家庭成员', [
        { path: 'applicantMemberId', code: 'NOT_LIVING_TOGETHER', message: '申请人应为共同生活的家庭成员' },
      ]);
    }
    const persons = PERSON_PROGRAMMES.includes(input.programme) ? [applicant] : members.filter((m) => m.lives_together);
    const conflicts = await repo.liveCasesOfPersons(
      trx,
      persons.map((m) => m.citizen_id),
      input.programme,
    );
    if (conflicts.length > 0) {
      const details = await describeConflicts(
        trx,
        ctx.actor,
        conflicts.map((c) => ({
          citizenId: c.citizen_id,
          name: c.name,
          householdId: c.household_id,
          divisionId: c.division_id,
          divisionName: c.division_name,
        })),
        () => 'householdId',
      );
      const message = `${ASSISTANCE_PROGRAMME_LABELS[input.programme]}已有在办申请：${details.map((d) => d.message.replace('登记为共同生活成员', '有在办申请')).join('；')}`;
      throw new AppError('SOCIAL_ASSISTANCE_DUPLICATE_PERSON', message, details);
    }
    const recipients = await registry.findRecipients(trx, household.id);
    const receiving = recipients.find(
      (r) =>
        r.programme === input.programme &&
        r.status !== 'stopped' &&
        input.programme !== 'temporary-assistance' &&
        (r.member_id === null || r.member_id === applicant.id),
    );
    if (receiving) {
      throw new AppError(
        'SOCIAL_ASSISTANCE_DUPLICATE_PERSON',
        `该家庭（人员）正在享受${ASSISTANCE_PROGRAMME_LABELS[input.programme]}，不能重复申请`,
      );
    }
    const missing = input.missingItems.map((item) => ({ item, notifiedOn: input.appliedOn, receivedOn: null }));
    const app = await trx
      .insertInto('assistance_application')
      .values({
        province_code: household.province_code,
        household_id: household.id,
        division_id: household.division_id,
        programme: input.programme,
        channel: input.channel,
        status: 'submitted',
        current_step: missing.length > 0 ? 'supplement' : 'accept',
        applicant_member_id: applicant.id,
        entrusted_by: input.entrustedBy ?? null,
        applied_on: input.appliedOn,
        commitment_signed: input.commitmentSigned,
        authorisation_signed: input.authorisationSigned,
        missing_items: json(missing),
        special_case: input.specialCase,
        separate_registration: household.separate_registration,
        county_checks: json([]),
        created_by: ctx.actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await repo.insertEvent(trx, app, {
      action: 'apply',
      from: null,
      to: 'submitted',
      on: input.appliedOn,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
      note: input.note,
      data: {
        channel: input.channel,
        oneTimeNotice: missing.map((m) => m.item),
        commitmentSigned: input.commitmentSigned,
        authorisationSigned: input.authorisationSigned,
      },
    });
    await recordAudit(trx, ctx.audit, {
      action: 'ASSISTANCE_APPLICATION_CREATED',
      entity: 'assistance_application',
      entityId: app.id,
      divisionId: app.division_id,
      after: {
        householdId: household.id,
        programme: app.programme,
        channel: app.channel,
        appliedOn: app.applied_on,
        missingItems: missing.map((m) => m.item),
      },
    });
    return { id: app.id, status: app.status, currentStep: app.current_step, oneTimeNotice: missing.map((m) => m.item) };
  });

export const supplementMaterials = (
  deps: SocialAssistanceDeps,
  ctx: CallContext,
  id: number,
  input: z.infer<typeof ZSupplementMaterials>,
) =>
  runStep(deps, ctx, id, 'supplement', input, async ({ app }) => {
    const missing = (app.missing_items as repo.MissingItem[]).map((m) =>
      m.receivedOn === null && input.receivedItems.includes(m.item) ? { ...m, receivedOn: input.on } : m,
    );
    return {
      patch: {
        missing_items: json(missing),
        ...(input.commitmentSigned === undefined ? {} : { commitment_signed: input.commitmentSigned }),
        ...(input.authorisationSigned === undefined ? {} : { authorisation_signed: input.authorisationSigned }),
      },
      data: { received: input.receivedItems, outstanding: missing.filter((m) => m.receivedOn === null).map((m) => m.item) },
      result: { id, outstanding: missing.filter((m) => m.receivedOn === null).map((m) => m.item) },
    };
  });

export const acceptApplication = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: z.infer<typeof ZAccept>) =>
  runStep(deps, ctx, id, 'accept', input, async ({ trx, app }) => {
    const setting = await countySettingFor(trx, app.division_id);
    const deadlines = deadlinesOnAccept(app.programme as never, input.on, {
      special: app.special_case,
      delegated: setting.delegateApproval,
    });
    const overall = deadlines.find((d) => d.code.endsWith('OVERALL') || d.code.endsWith('OVERALL_DELEGATED'));
    return {
      patch: { accepted_on: input.on, overall_due_on: overall?.dueOn ?? null },
      deadlines,
      data: { deadlines: deadlines.map((d) => ({ code: d.code, dueOn: d.dueOn })) },
      result: { id, deadlines },
    };
  });

export const recordInvestigation = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: TInvestigation) =>
  runStep(
    deps,
    ctx,
    id,
    'investigate',
    { on: input.on, investigators: input.investigators, visitedOn: input.homeVisit.visitedOn, note: input.note },
    async () => ({
      patch: { investigation: json({ ...input, recordedBy: ctx.actor.userId }), investigated_on: input.homeVisit.visitedOn },
      data: { investigators: input.investigators, visitedOn: input.homeVisit.visitedOn },
      result: { id },
    }),
  );

export const preliminaryReview = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: TPreliminaryReview) => {
  let assessment: Awaited<ReturnType<typeof assessCase>> | undefined;
  return runStep(
    deps,
    ctx,
    id,
    'preliminary-review',
    { on: input.on, opinion: input.opinion, note: input.note },
    async () => {
      if (!assessment) throw new Error('assessment missing');
      return {
        patch: {
          preliminary_opinion: input.opinion,
          preliminary_on: input.on,
          assessment: json(assessment),
          eligible: assessment.eligible,
          parameter_id: assessment.parameterId,
        },
        data: { opinion: input.opinion, eligible: assessment.eligible, amountFen: assessment.amountFen, outcome: assessment.outcome },
        result: { id, opinion: input.opinion, assessment },
      };
    },
    async ({ trx, app }) => {
      assessment = await assessCase(trx, app, app.division_id, input.on, { rigid: input.rigid, temporary: input.temporary });
      return { eligible: assessment.eligible };
    },
  );
};

export const withdrawApplication = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: z.infer<typeof ZWithdraw>) =>
  runStep(deps, ctx, id, 'withdraw', { on: input.on, note: input.reason }, async () => ({
    completes: null,
    data: { reason: input.reason },
    result: { id, status: 'withdrawn' },
  }));
