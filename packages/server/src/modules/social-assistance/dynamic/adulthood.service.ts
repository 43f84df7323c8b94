import { sql } from 'kysely';
import { inTransaction } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { requireCountyInScope, withCalendar } from '../operations.common';
import { parametersFor } from '../parameters/parameters.service';
import { addWorkingDays, evaluateExtremePovertyAdulthood, type AdlItem } from '../social-assistance.rules';
import { todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import * as repo from './dynamic.repository';
import { toRulesMember } from './household-data';

// 特困 termination trigger (rules doc §4.4, §10.7; 43号 Art. 24): a person supported as a minor who has
// turned 18 continues only while in compulsory education, 普通高中 or 中职. For every such 特困
// recipient of a county the pure rule decides; 'terminate' opens a review that the county decides
// with a 7-day 公示, 'continue' is recorded with its reasons. Each recipient is checked once.

export const runAdulthoodCheck = (deps: SocialAssistanceDeps, ctx: CallContext, input: { divisionId: number; asOf: string }) =>
  inTransaction(deps.db, async (trx) => {
    const county = await requireCountyInScope(trx, ctx.scope, input.divisionId);
    const asOf = input.asOf > todayOf(deps) ? todayOf(deps) : input.asOf;
    const { params } = await parametersFor(trx, county.id, asOf);
    const rows = await trx
      .selectFrom('assistance_recipient as r')
      .innerJoin('household_member as m', (j) => j.onRef('m.id', '=', 'r.member_id').onRef('m.province_code', '=', 'r.province_code'))
      .select([
        'r.id as recipient_id',
        'r.province_code',
        'r.division_id',
        'r.household_id',
        'r.area_type',
        'r.care_mode as recipient_care_mode',
        'm.id',
        'm.name',
        'm.birth_date',
        'm.relation',
        'm.lives_together',
        'm.has_support_duty',
        'm.exclusion',
        'm.disability_category',
        'm.disability_grade',
        'm.has_major_illness',
        'm.labour_capacity',
        'm.employment',
        'm.student_stage',
        'm.student_full_time',
        'm.cannot_live_independently',
        'm.employment_refusal',
        'm.self_care_failed_items',
      ])
      .where('r.programme', '=', 'extreme-poverty')
      .where('r.status', '=', 'active')
      .where('m.birth_date', '<=', sql<string>`(${asOf}::date - interval '18 years')::date`)
      .where('m.birth_date', '>', sql<string>`(${asOf}::date - interval '25 years')::date`)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('division_closure as dc')
            .select('dc.depth')
            .where('dc.ancestor_id', '=', county.id)
            .whereRef('dc.descendant_id', '=', 'r.division_id'),
        ),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('assistance_change_report as c')
              .select('c.id')
              .whereRef('c.recipient_id', '=', 'r.id')
              .where('c.dedupe_key', '=', 'adulthood'),
          ),
        ),
      )
      .execute();
    const dueOn = withCalendar(() => addWorkingDays(asOf, 10));
    const reports = rows.map((row) => {
      const member = toRulesMember(row);
      const decision = evaluateExtremePovertyAdulthood({
        applicant: {
          id: member.id,
          name: member.name,
          birthDate: member.birthDate,
          area: row.area_type as 'urban' | 'rural',
          disability: member.disability ?? null,
          student: member.student ?? null,
          careMode: (row.recipient_care_mode ?? 'dispersed') as 'dispersed',
          selfCare: { failedItems: row.self_care_failed_items as AdlItem[] },
        },
        asOf,
        params,
      });
      const terminate = decision.outcome === 'terminate';
      return {
        province: row.province_code,
        divisionId: row.division_id,
        householdId: row.household_id,
        recipientId: row.recipient_id,
        source: 'system',
        kind: 'adulthood',
        description: decision.reasons.map((r) => r.message).join('；') || `${member.name}已满18周岁`,
        reportedOn: asOf,
        reviewDueOn: dueOn,
        status: terminate ? 'open' : 'decided',
        proposedOutcome: terminate ? 'terminate' : null,
        outcome: terminate ? null : 'no-change',
        decision: {
          rule: 'evaluateExtremePovertyAdulthood',
          outcome: decision.outcome,
          stopFromMonth: decision.stopFromMonth,
          reasons: decision.reasons,
        },
        dedupeKey: 'adulthood',
        createdBy: ctx.actor.userId,
      };
    });
    const ids = await repo.insertChangeReports(trx, reports);
    const terminate = reports.filter((r) => r.proposedOutcome === 'terminate').length;
    await recordAudit(trx, ctx.audit, {
      action: 'EXTREME_POVERTY_ADULTHOOD_CHECKED',
      entity: 'assistance_change_report',
      entityId: null,
      divisionId: county.id,
      after: { asOf, checked: reports.length, terminate, continue: reports.length - terminate, reportIds: ids },
    });
    return { asOf, checked: reports.length, terminate, continue: reports.length - terminate, reportIds: ids };
  });
