import {
  AppError,
  SUBMISSION_STATUS_LABELS,
  type FormRowReadOnlyKind,
  type IndicatorAttribute,
  type ReportingFrequency,
  type ReviewLevel,
  type SubmissionStatus,
  type TCollectionForm,
  type TDeviationNoteResult,
  type TMonitoringDeviationNote,
  type ValueKind,
  type ValueSource,
} from '@mz/shared';
import { inTransaction, type Database } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { divisionRef, planSummary, requireDivisionInPlan, requirePlan } from '../monitoring.access';
import { findIndicators } from '../register/register.repository';
import { isLocked } from '../signoff/signoff.rules';
import { verdictSummary } from '../dashboards/verdict-view';
import { findVerdicts, provinceCodeOf, rolledUpSums } from '../verdicts/verdicts.repository';
import { specOf } from '../verdicts/verdicts.service';
import { valueOfSums } from '../verdicts/verdict.rules';
import { inputFieldsOf, rowValue } from './validation.rules';
import * as repo from './values.repository';
import { assertUnlocked, computedSources, forValidation } from './values.service';

// The entry form of one plan × division × year: what to fill, what is already there, what is
// locked (submitted, computed by a business system, or filled at another level) and why.

export const getForm = async (
  db: Database,
  ctx: CallContext,
  planId: number,
  query: { divisionId: number; year: number; quarter: number },
): Promise<TCollectionForm> => {
  const plan = await requirePlan(db, ctx, planId);
  const division = await requireDivisionInPlan(db, ctx, plan, query.divisionId);
  // A quarter's form lists the 季报 indicators only; annual ones are entered for the whole year.
  const indicators = (await findIndicators(db, plan.id)).filter((i) => query.quarter === 0 || i.reporting_frequency === 'quarterly');
  const ids = indicators.map((i) => i.id);
  const own = await repo.findOwnValues(db, ids, division.id, [query.year, query.year - 1], query.quarter);
  const conflicts = await repo.findLevelConflicts(db, ids, division.id, query.year, query.quarter);
  const computed = await computedSources(db, indicators);
  const sums = await rolledUpSums(db, {
    indicatorIds: ids,
    target: { divisionIds: [division.id] },
    years: [query.year],
    quarter: query.quarter,
  });
  const verdicts = (
    await findVerdicts(db, { indicatorIds: ids, divisionIds: [division.id], year: query.year, quarterly: query.quarter > 0 })
  ).filter((v) => v.quarter === query.quarter);
  const notes = await repo.findDeviationNotes(db, ids, [division.id], query.year);
  const submission = await repo.findSubmission(db, plan.id, division.id, query.year);
  const locked = submission !== undefined && isLocked(submission.status);
  return {
    plan: planSummary(plan),
    division: divisionRef(division),
    year: query.year,
    quarter: query.quarter,
    submission: submission
      ? {
          id: submission.id,
          status: submission.status as SubmissionStatus,
          statusLabel: SUBMISSION_STATUS_LABELS[submission.status as SubmissionStatus],
          nextReviewLevel: submission.next_review_level as ReviewLevel | null,
          returnReason: submission.return_reason,
        }
      : null,
    locked,
    indicators: indicators.map((indicator) => {
      const v = forValidation(indicator, plan);
      const current = own.find((r) => r.plan_indicator_id === indicator.id && r.year === query.year);
      const previous = own.find((r) => r.plan_indicator_id === indicator.id && r.year === query.year - 1);
      const conflict = conflicts.find((c) => c.indicatorId === indicator.id);
      const source = computed.get(indicator.id);
      const sum = sums.find((s) => s.indicatorId === indicator.id);
      const verdict = verdicts.find((x) => x.plan_indicator_id === indicator.id);
      // Values are entered at the lowest reporting level and rolled up: where units below this
      // division reported, its figure is their roll-up (read-only); indicators nobody below reports
      // (the division's own) stay open.
      const readOnlyKind: FormRowReadOnlyKind | null = locked
        ? 'locked'
        : source || current?.source === 'computed'
          ? 'computed'
          : conflict?.isBelow
            ? 'rolled_up'
            : conflict
              ? 'reported_above'
              : null;
      const blockedReason =
        readOnlyKind === 'locked'
          ? '本年度数据已报送或已审核，已锁定'
          : readOnlyKind === 'computed'
            ? `系统计算：由业务数据自动计算（${source?.label ?? '业务数据'}），不能手工填报`
            : readOnlyKind === 'rolled_up'
              ? `由下级${sum?.units ?? ''}个填报单位（${conflict?.divisionName ?? ''}${(sum?.units ?? 0) > 1 ? '等' : ''}）填报后汇总，本级只读`
              : readOnlyKind === 'reported_above'
                ? `已在上级${conflict?.divisionName ?? ''}填报（同一数据只能在一个层级填报）`
                : null;
      return {
        id: indicator.id,
        code: indicator.code,
        name: indicator.name,
        unit: indicator.unit,
        inputUnit: indicator.input_unit,
        valueKind: indicator.value_kind as ValueKind,
        attribute: indicator.attribute as IndicatorAttribute | null,
        reportingFrequency: indicator.reporting_frequency as ReportingFrequency,
        targetPrinted: indicator.target_printed,
        fields: inputFieldsOf(v),
        own: current
          ? {
              numerator: current.numerator,
              denominator: current.denominator,
              value: current.value,
              weight: current.weight,
              denominatorWeight: current.denominator_weight,
              referenceValue: current.reference_value,
              source: current.source as ValueSource,
              note: current.note,
              rowValue: rowValue(v, current),
              enteredAt: new Date(current.entered_at).toISOString(),
            }
          : null,
        previousValue: previous ? rowValue(v, previous) : null,
        rolledUp: sum ? { value: valueOfSums(specOf(indicator, plan), sum), units: sum.units } : null,
        entryAllowed: readOnlyKind === null,
        readOnlyKind,
        isComputed: source !== undefined || current?.source === 'computed',
        blockedReason,
        deviationNote: notes.find((n) => n.plan_indicator_id === indicator.id)?.text ?? null,
        verdict: verdict ? verdictSummary(verdict) : null,
      };
    }),
  };
};

export const saveDeviationNote = (
  db: Database,
  ctx: CallContext,
  planId: number,
  body: TMonitoringDeviationNote,
): Promise<TDeviationNoteResult> =>
  inTransaction(db, async (trx) => {
    const plan = await requirePlan(trx, ctx, planId);
    const division = await requireDivisionInPlan(trx, ctx, plan, body.divisionId);
    const indicator = (await findIndicators(trx, plan.id)).find((i) => i.id === body.indicatorId);
    if (!indicator) throw new AppError('NOT_FOUND', '该规划没有此指标');
    await assertUnlocked(trx, plan.id, division.id, body.year);
    const before = (await repo.findDeviationNotes(trx, [indicator.id], [division.id], body.year))[0];
    const saved = await repo.upsertDeviationNote(trx, {
      province_code: provinceCodeOf(division.code),
      plan_indicator_id: indicator.id,
      division_id: division.id,
      year: body.year,
      text: body.text,
      author_id: ctx.actor.userId,
    });
    await recordAudit(trx, ctx.audit, {
      action: 'MONITORING_DEVIATION_NOTE_SAVED',
      entity: 'monitoring_deviation_note',
      entityId: saved.id,
      divisionId: division.id,
      before: before ? { text: before.text } : null,
      after: { indicator: indicator.code, year: body.year, text: body.text },
    });
    return {
      id: saved.id,
      indicatorId: indicator.id,
      year: body.year,
      text: saved.text,
      updatedAt: new Date(saved.updated_at).toISOString(),
    };
  });
