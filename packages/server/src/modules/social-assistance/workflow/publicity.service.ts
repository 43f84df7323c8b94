import { AppError } from '@mz/shared';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { ZObjection, ZObjectionHandling, ZPublicityListQuery, ZPublicityStart, ZSubmitToCounty } from '@mz/shared';
import type { CallContext } from '../../../platform/http/context';
import { withinScope } from '../../../platform/scope/scope';
import { json, todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import * as repo from './workflow.repository';
import type { TimeLimitCode } from '../rules/working-days.rules';
import { deadlineOnObjection, deadlineOnSubmitToCounty, plan, publicityPeriod, requiresSpotCheck } from './workflow.rules';
import { runStep } from './workflow.step';

// 公示 (7 calendar days in the village or community), objections and their handling (re-investigation
// or 民主评议), and sending the case to the county afterwards (rules doc §4.3, §4.4).

export const startPublicity = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: z.infer<typeof ZPublicityStart>) =>
  runStep(deps, ctx, id, 'start-publicity', { on: input.startsOn, note: input.note }, async ({ trx, app }) => {
    const period = publicityPeriod(input.startsOn);
    // After an upheld objection the case is publicised again (重新公示, 57号 Art. 19; 43号 Art. 15).
    const superseded = await trx
      .selectFrom('publicity')
      .select(['id'])
      .where('application_id', '=', app.id)
      .where('status', '=', 'superseded')
      .orderBy('id', 'desc')
      .execute();
    const round = superseded.length + 1;
    const previousPublicityId = superseded[0]?.id ?? null;
    const row = await trx
      .insertInto('publicity')
      .values({
        province_code: app.province_code,
        application_id: app.id,
        division_id: app.division_id,
        first_day: period.firstDay,
        last_day: period.lastDay,
        next_step_from: period.nextStepFrom,
        location: input.location,
        created_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return {
      data: { publicityId: row.id, ...period, location: input.location, round, previousPublicityId },
      result: { id, publicityId: row.id, ...period, round, previousPublicityId },
    };
  });

export const recordObjection = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: z.infer<typeof ZObjection>) =>
  runStep(deps, ctx, id, 'record-objection', { on: input.receivedOn, objectionReceivedOn: input.receivedOn }, async ({ trx, app }) => {
    const publicity = await repo.currentPublicity(trx, app.id);
    if (!publicity) throw new AppError('SOCIAL_ASSISTANCE_INVALID_TRANSITION', '尚未公示');
    const row = await trx
      .insertInto('publicity_objection')
      .values({
        province_code: app.province_code,
        publicity_id: publicity.id,
        application_id: app.id,
        division_id: app.division_id,
        received_on: input.receivedOn,
        objector: input.objector ?? null,
        content: input.content,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const deadline = deadlineOnObjection(app.programme as never, input.receivedOn);
    return { deadlines: deadline ? [deadline] : [], data: { objectionId: row.id }, result: { id, objectionId: row.id } };
  });

/**
 * Handle an objection: dismissed → the 公示 continues; upheld → the case goes back to investigation
 * (re-investigate, new 初审 opinion, a new 7-day 公示), the current 公示 is superseded, and the case
 * becomes a special case: its overall limit is the longer one (2022通知 §四(一): objections are
 * special cases, 45 working days). For 特困 the 15-working-day clock for the new township opinion
 * started when the objection was received runs on until the new 初审 (43号 Art. 15).
 */
export const handleObjection = (
  deps: SocialAssistanceDeps,
  ctx: CallContext,
  id: number,
  objectionId: number,
  input: z.infer<typeof ZObjectionHandling>,
) => {
  let receivedOn = '';
  return runStep(
    deps,
    ctx,
    id,
    'handle-objection',
    { on: input.on },
    async ({ trx, app }) => {
      await trx
        .updateTable('publicity_objection')
        .set({
          status: 'handled',
          outcome: input.outcome,
          handling: input.handling,
          democratic_review: input.democraticReview ? json(input.democraticReview) : null,
          handled_on: input.on,
          handled_by: ctx.actor.userId,
        })
        .where('id', '=', objectionId)
        .execute();
      const upheld = input.outcome === 'upheld';
      let extended: { code: string; dueOn: string }[] = [];
      if (upheld) {
        await trx
          .updateTable('publicity')
          .set({ status: 'superseded' })
          .where('application_id', '=', app.id)
          .where('status', '=', 'running')
          .execute();
        extended = await repo.extendOverallDeadlines(trx, app.id, (d) =>
          plan(d.code as TimeLimitCode, d.level as 'township' | 'county', d.triggered_on, true),
        );
      }
      return {
        ...(upheld
          ? {
              status: 'investigating' as const,
              patch: {
                investigated_on: null,
                investigation: null,
                preliminary_on: null,
                preliminary_opinion: null,
                eligible: null,
                special_case: true,
                ...(extended[0] ? { overall_due_on: extended[0].dueOn } : {}),
              },
            }
          : {}),
        // An upheld objection's 15-working-day clock runs on until the new 初审 opinion.
        completes: upheld ? [] : ['EXTREME_POVERTY_OBJECTION_OPINION'],
        data: { objectionId, outcome: input.outcome, democraticReview: input.democraticReview ?? null, extendedDeadlines: extended },
        result: { id, objectionId, outcome: input.outcome, extendedDeadlines: extended },
      };
    },
    async ({ trx, app }) => {
      const objection = await trx
        .selectFrom('publicity_objection')
        .select(['status', 'received_on'])
        .where('id', '=', objectionId)
        .where('application_id', '=', app.id)
        .executeTakeFirst();
      if (!objection) throw new AppError('NOT_FOUND', '异议记录不存在');
      if (objection.status !== 'open') throw new AppError('INVALID_STATE', '该异议已处理');
      receivedOn = objection.received_on;
      return { objectionReceivedOn: receivedOn };
    },
  );
};

export const submitToCounty = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: z.infer<typeof ZSubmitToCounty>) =>
  runStep(deps, ctx, id, 'submit-to-county', input, async ({ trx, app }) => {
    await trx
      .updateTable('publicity')
      .set({ status: 'completed' })
      .where('application_id', '=', app.id)
      .where('status', '=', 'running')
      .execute();
    let spotCheck = false;
    if (app.programme === 'extreme-poverty') {
      const county = await repo.countyOf(trx, app.division_id);
      const counts = county ? await repo.spotCheckCounts(trx, county.id, input.on.slice(0, 4)) : { submitted: 0, selected: 0 };
      spotCheck = requiresSpotCheck(counts.submitted, counts.selected);
    }
    return {
      patch: { submitted_to_county_on: input.on, spot_check_required: spotCheck },
      deadlines: [deadlineOnSubmitToCounty(app.programme as never, input.on)],
      data: { spotCheckRequired: spotCheck },
      result: { id, spotCheckRequired: spotCheck },
    };
  });

/** Running or recent 公示 in scope, for the printable village notice: name, members, amount; no ID numbers. */
export const listPublicities = async (deps: SocialAssistanceDeps, ctx: CallContext, query: z.infer<typeof ZPublicityListQuery>) => {
  const asOf = query.asOf ?? todayOf(deps);
  let q = deps.db
    .selectFrom('publicity as p')
    .innerJoin('assistance_application as a', (j) =>
      j.onRef('a.id', '=', 'p.application_id').onRef('a.province_code', '=', 'p.province_code'),
    )
    .innerJoin('division as d', 'd.id', 'p.division_id')
    .leftJoin('household_member as m', (j) =>
      j.onRef('m.id', '=', 'a.applicant_member_id').onRef('m.province_code', '=', 'a.province_code'),
    )
    .select([
      'p.id',
      'p.application_id',
      'p.first_day',
      'p.last_day',
      'p.location',
      'p.status',
      'd.name as division_name',
      'a.programme',
      'a.preliminary_opinion',
      'm.name as applicant_name',
      sql<number>`(a.assessment->>'amountFen')::bigint`.as('amount_fen'),
      sql<number>`(select count(*) from household_member hm where hm.household_id = a.household_id and hm.valid_to is null and hm.lives_together)`.as(
        'member_count',
      ),
    ])
    .where((eb) => withinScope(eb.ref('p.division_id'), ctx.scope))
    .where('p.status', '<>', 'superseded')
    .where('p.first_day', '<=', asOf)
    .where('p.last_day', '>=', asOf);
  if (query.divisionId !== undefined) {
    const root = query.divisionId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('division_closure as dc')
          .select('dc.depth')
          .where('dc.ancestor_id', '=', root)
          .whereRef('dc.descendant_id', '=', 'p.division_id'),
      ),
    );
  }
  const items = await q.orderBy('d.code').orderBy('p.first_day').execute();
  return {
    asOf,
    items: items.map((i) => ({
      ...i,
      amount_fen: i.amount_fen === null ? null : Number(i.amount_fen),
      member_count: Number(i.member_count),
    })),
  };
};
