import {
  AppError,
  SUBMISSION_STATUS_LABELS,
  TIME_PROGRESS_VERDICT_LABELS,
  TARGET_VERDICT_LABELS,
  type DivisionLevel,
  type PlanLevel,
  type ReviewLevel,
  type SubmissionAction,
  type SubmissionStatus,
  type TSubmission,
  type TSubmissionDetail,
  type TSubmissionList,
} from '@mz/shared';
import { inTransaction, type Database } from '../../../db/database';
import { scopeRoots } from '../../../platform/auth/actor';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { findDeviationNotes, findSubmission } from '../collection/values.repository';
import { requireDivisionInPlan, requirePlan } from '../monitoring.access';
import { findIndicators } from '../register/register.repository';
import { findVerdicts, provinceCodeOf } from '../verdicts/verdicts.repository';
import * as repo from './signoff.repository';
import { approveTransition, isFinal, isLocked, returnTransition, reviewChain, submitTransition, type Transition } from './signoff.rules';

// Use cases of the sign-off chain. Every step is audited in the same transaction as its change.

const view = (row: repo.SubmissionRow, reviewable: Set<string>): TSubmission => {
  const status = row.status as SubmissionStatus;
  const next = row.next_review_level as ReviewLevel | null;
  return {
    id: row.id,
    planId: row.plan_id,
    planSeedId: row.seed_id,
    planTitle: row.plan_title,
    division: { id: row.division_id, code: row.division_code, name: row.division_name, level: row.division_level as DivisionLevel },
    year: row.year,
    status,
    statusLabel: SUBMISSION_STATUS_LABELS[status],
    nextReviewLevel: next,
    finalLevel: row.final_level as ReviewLevel,
    isLocked: isLocked(status),
    isFinal: isFinal(status, row.final_level as ReviewLevel),
    returnReason: row.return_reason,
    submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
    lastActionAt: new Date(row.last_action_at).toISOString(),
    canReview: next !== null && reviewable.has(`${row.division_id}:${next}`),
  };
};

const viewOne = async (db: Database, row: repo.SubmissionRow, reviewRoots: number[]) =>
  view(row, await repo.reviewableLevels(db, reviewRoots, [row.division_id]));

const must = (t: Transition) => {
  if (!t.ok) throw new AppError('INVALID_STATE', t.reason);
  return t;
};

export const submit = (db: Database, ctx: CallContext, planId: number, body: { divisionId: number; year: number }) =>
  inTransaction(db, async (trx) => {
    const plan = await requirePlan(trx, ctx, planId);
    const division = await requireDivisionInPlan(trx, ctx, plan, body.divisionId);
    const existing = await findSubmission(trx, plan.id, division.id, body.year);
    const chain = reviewChain(division.level, plan.level as PlanLevel);
    const t = must(submitTransition((existing?.status as SubmissionStatus | undefined) ?? null, chain));
    if ((await repo.countOwnValues(trx, plan.id, division.id, body.year)) === 0) {
      throw new AppError('INVALID_STATE', `${division.name}${body.year}年度尚未填报任何数据，不能报送`);
    }
    const indicators = await findIndicators(trx, plan.id);
    const lagging = (
      await findVerdicts(trx, { indicatorIds: indicators.map((i) => i.id), divisionIds: [division.id], year: body.year })
    ).filter((v) => v.is_lagging);
    const notes = await findDeviationNotes(
      trx,
      lagging.map((v) => v.plan_indicator_id),
      [division.id],
      body.year,
    );
    const missing = lagging.filter((v) => !notes.some((n) => n.plan_indicator_id === v.plan_indicator_id && n.text.trim() !== ''));
    if (missing.length > 0) {
      throw new AppError(
        'MONITORING_DEVIATION_NOTE_REQUIRED',
        `有${missing.length}项指标进度滞后或未达标，请先填写偏离说明再报送`,
        missing.map((v) => {
          const indicator = indicators.find((i) => i.id === v.plan_indicator_id);
          const verdict = v.schedule_verdict
            ? TIME_PROGRESS_VERDICT_LABELS[v.schedule_verdict as keyof typeof TIME_PROGRESS_VERDICT_LABELS]
            : TARGET_VERDICT_LABELS[v.target_verdict as keyof typeof TARGET_VERDICT_LABELS];
          return {
            path: `indicators.${indicator?.code ?? v.plan_indicator_id}`,
            code: 'DEVIATION_NOTE_REQUIRED',
            message: `${indicator?.name ?? ''}（${verdict}）：请填写偏离说明`,
          };
        }),
      );
    }
    const now = new Date();
    const fromStatus = existing?.status ?? 'draft';
    let id: number;
    if (existing) {
      id = existing.id;
      await repo.updateSubmission(trx, id, {
        status: t.status,
        next_review_level: t.nextReviewLevel,
        return_reason: null,
        last_actor_id: ctx.actor.userId,
        submitted_by: ctx.actor.userId,
        submitted_at: now,
      });
    } else {
      const finalLevel = chain[chain.length - 1] as ReviewLevel;
      id = (
        await repo.insertSubmission(trx, {
          province_code: provinceCodeOf(division.code),
          plan_id: plan.id,
          division_id: division.id,
          year: body.year,
          status: t.status,
          next_review_level: t.nextReviewLevel,
          final_level: finalLevel,
          submitted_by: ctx.actor.userId,
          submitted_at: now,
          last_actor_id: ctx.actor.userId,
        })
      ).id;
    }
    await repo.insertEvent(trx, {
      province_code: provinceCodeOf(division.code),
      submission_id: id,
      action: 'submit',
      from_status: fromStatus,
      to_status: t.status,
      review_level: null,
      reason: null,
      actor_id: ctx.actor.userId,
    });
    await recordAudit(trx, ctx.audit, {
      action: 'MONITORING_SUBMITTED',
      entity: 'monitoring_submission',
      entityId: id,
      divisionId: division.id,
      before: { status: fromStatus },
      after: { status: t.status, plan: plan.seed_id, year: body.year, chain },
    });
    const row = await repo.findSubmissionById(trx, id, { roots: [division.id] });
    if (!row) throw new AppError('INTERNAL');
    return viewOne(trx, row, scopeRoots(ctx.actor, 'monitoring:review'));
  });

const requireSubmission = async (db: Database, ctx: CallContext, id: number) => {
  const row = await repo.findSubmissionById(db, id, ctx.scope);
  if (!row) throw new AppError('NOT_FOUND', '报送记录不存在或不在您的管辖范围内');
  return row;
};

const review =
  (action: 'approve' | 'return') => (db: Database, ctx: CallContext, id: number, body: { reason?: string; comment?: string | undefined }) =>
    inTransaction(db, async (trx) => {
      const row = await requireSubmission(trx, ctx, id);
      const status = row.status as SubmissionStatus;
      const level = row.next_review_level as ReviewLevel | null;
      const chain = reviewChain(row.division_level as DivisionLevel, row.plan_level as PlanLevel);
      const t = must(action === 'approve' ? approveTransition(status, level, chain) : returnTransition(status, level));
      if (level === null || !(await repo.reviewerCovers(trx, ctx.scope.roots, row.division_id, level))) {
        throw new AppError('MONITORING_WRONG_REVIEW_LEVEL', `该报送当前待${levelLabel(level)}审核，您不是该环节的审核人`);
      }
      if (row.submitted_by === ctx.actor.userId) throw new AppError('INVALID_STATE', '不能审核本人报送的数据');
      const reason = action === 'return' ? (body.reason ?? null) : (body.comment ?? null);
      await repo.updateSubmission(trx, row.id, {
        status: t.status,
        next_review_level: t.nextReviewLevel,
        return_reason: action === 'return' ? reason : null,
        last_actor_id: ctx.actor.userId,
      });
      await repo.insertEvent(trx, {
        province_code: row.province_code,
        submission_id: row.id,
        action,
        from_status: status,
        to_status: t.status,
        review_level: level,
        reason,
        actor_id: ctx.actor.userId,
      });
      await recordAudit(trx, ctx.audit, {
        action: action === 'approve' ? 'MONITORING_APPROVED' : 'MONITORING_RETURNED',
        entity: 'monitoring_submission',
        entityId: row.id,
        divisionId: row.division_id,
        before: { status },
        after: { status: t.status, reviewLevel: level, reason },
      });
      const updated = await requireSubmission(trx, ctx, id);
      return viewOne(trx, updated, ctx.scope.roots);
    });

export const approve = review('approve');
export const returnSubmission = review('return');

const levelLabel = (level: ReviewLevel | null) =>
  level === null ? '' : { county: '县级', prefecture: '州（市）级', province: '省级' }[level];

export const getSubmission = async (db: Database, ctx: CallContext, id: number): Promise<TSubmissionDetail> => {
  const row = await requireSubmission(db, ctx, id);
  const events = await repo.findEvents(db, row.id);
  return {
    ...(await viewOne(db, row, scopeRoots(ctx.actor, 'monitoring:review'))),
    events: events.map((e) => ({
      id: e.id,
      action: e.action as SubmissionAction,
      fromStatus: e.from_status as SubmissionStatus,
      toStatus: e.to_status as SubmissionStatus,
      reviewLevel: e.review_level as ReviewLevel | null,
      reason: e.reason,
      at: new Date(e.at).toISOString(),
      actorName: e.actor_name,
    })),
  };
};

export const listSubmissions = async (
  db: Database,
  ctx: CallContext,
  planId: number,
  query: { divisionId?: number | undefined; year?: number | undefined; status?: string | undefined },
): Promise<TSubmissionList> => {
  const plan = await requirePlan(db, ctx, planId);
  if (query.divisionId !== undefined) await requireDivisionInPlan(db, ctx, plan, query.divisionId);
  const rows = await repo.listSubmissions(
    db,
    { planId: plan.id, underDivisionId: query.divisionId, year: query.year, status: query.status },
    ctx.scope,
  );
  const reviewable = await repo.reviewableLevels(db, scopeRoots(ctx.actor, 'monitoring:review'), [
    ...new Set(rows.map((r) => r.division_id)),
  ]);
  const items = rows.map((row) => view(row, reviewable));
  return { items, total: items.length };
};
