import { sql } from 'kysely';
import type { TRecalculation } from '@mz/shared';
import { inTransaction, type Trx } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { monthStart, requireCountyInScope, withCalendar } from '../operations.common';
import { parametersFor } from '../parameters/parameters.service';
import { addWorkingDays, type CareTier } from '../social-assistance.rules';
import { provinceOf, todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import * as repo from './dynamic.repository';
import { membersOf, toRulesMember } from './household-data';
import { RECALCULATED_PROGRAMMES, recalculateRecipient } from './recalculation.rules';

// "Recheck all households after a standard change" (rules doc §8): every active recipient of a county
// is re-evaluated with the pure rules under the parameter version in force from `fromMonth`, and new
// effective-dated amounts are written from that month only (until the version ends). Keyset batches
// of BATCH recipients: per batch two reads (recipients with their current amount; their members) and
// at most two writes (all changed amounts in ONE statement; reviews for recipients that no longer
// qualify in one more) — the round-trips grow with households / BATCH, never with households.
// One transaction: the whole county is re-calculated or nothing is.

export const BATCH = 4_000;

const loadBatch = (trx: Trx, countyId: number, province: string, from: string, afterId: number) =>
  sql<{
    id: number;
    household_id: number;
    division_id: number;
    programme: string;
    unit: string;
    area_type: 'urban' | 'rural';
    member_count: number;
    counted_income_fen: number;
    care_tier: CareTier | null;
    care_mode: string | null;
    amount_fen: number | null;
    standard_fen: number | null;
  }>`
    select r.id, r.household_id, r.division_id, r.programme, r.unit, r.area_type, r.member_count, r.counted_income_fen, r.care_tier, r.care_mode,
           ap.monthly_amount_fen as amount_fen, ap.standard_fen
    from assistance_recipient r
    left join lateral (
      select p.monthly_amount_fen, p.standard_fen from assistance_amount_period p
      where p.recipient_id = r.id and p.province_code = r.province_code and p.from_month <= ${from}::date and (p.to_month is null or p.to_month >= ${from}::date)
      order by p.from_month desc limit 1) ap on true
    where r.province_code = ${province} and r.id > ${afterId} and r.status = 'active'
      and r.programme in (${sql.join([...RECALCULATED_PROGRAMMES])})
      and (r.end_month is null or r.end_month >= ${from}::date)
      and exists (select 1 from division_closure dc where dc.ancestor_id = ${countyId} and dc.descendant_id = r.division_id)
    order by r.id
    limit ${BATCH}`
    .execute(trx)
    .then((r) => r.rows);

export const recalculateCounty = (deps: SocialAssistanceDeps, ctx: CallContext, input: TRecalculation) =>
  inTransaction(deps.db, async (trx) => {
    const started = Date.now();
    const county = await requireCountyInScope(trx, ctx.scope, input.divisionId);
    const province = provinceOf(county.code);
    const from = monthStart(input.fromMonth);
    const { id: parameterId, params } = await parametersFor(trx, county.id, from);
    const until = params.effectiveTo === null ? null : monthStart(params.effectiveTo);
    const reason = `标准调整：自${input.fromMonth}起按参数版本${parameterId}重新测算`;
    const today = todayOf(deps);
    const reviewDueOn = withCalendar(() => addWorkingDays(today, 10));
    let afterId = 0;
    let batches = 0;
    let recipients = 0;
    let changed = 0;
    let flagged = 0;
    for (;;) {
      const rows = await loadBatch(trx, county.id, province, from, afterId);
      if (rows.length === 0) break;
      batches += 1;
      recipients += rows.length;
      afterId = Number(rows[rows.length - 1]?.id);
      const members = await membersOf(trx, [...new Set(rows.map((r) => Number(r.household_id)))]);
      const results = rows.map((r) =>
        recalculateRecipient(
          {
            recipientId: Number(r.id),
            programme: r.programme,
            unit: r.unit,
            area: r.area_type,
            memberCount: r.member_count,
            countedIncomeFen: Number(r.counted_income_fen),
            careTier: r.care_tier,
            careMode: r.care_mode,
            currentAmountFen: Number(r.amount_fen ?? 0),
            currentStandardFen: Number(r.standard_fen ?? 0),
            members: (members.get(Number(r.household_id)) ?? []).map(toRulesMember),
          },
          params,
          from,
        ),
      );
      const writes = results
        .filter((x) => x.changed)
        .map((x) => ({ recipientId: x.recipientId, amountFen: x.amountFen, standardFen: x.standardFen }));
      await repo.writeAmountPeriods(trx, { province, from, until, parameterId, reason, rows: writes });
      changed += writes.length;
      const byId = new Map(rows.map((r) => [Number(r.id), r]));
      const reviews = results.flatMap((x) => {
        const r = byId.get(x.recipientId);
        if (x.flag === null || !r) return [];
        return [
          {
            province,
            divisionId: r.division_id,
            householdId: Number(r.household_id),
            recipientId: x.recipientId,
            source: 'system',
            kind: 'standard-change',
            description: x.flag,
            reportedOn: today,
            reviewDueOn,
            decision: { parameterId, fromMonth: input.fromMonth, standardFen: x.standardFen },
            dedupeKey: `standard-change:${from}`,
            createdBy: ctx.actor.userId,
          },
        ];
      });
      flagged += (await repo.insertChangeReports(trx, reviews)).length;
    }
    const elapsedMs = Date.now() - started;
    const run = await trx
      .insertInto('amount_recalculation')
      .values({
        province_code: province,
        division_id: county.id,
        from_month: from,
        until_month: until,
        parameter_id: parameterId,
        recipients,
        changed,
        flagged,
        batches,
        elapsed_ms: elapsedMs,
        run_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: 'AMOUNTS_RECALCULATED',
      entity: 'amount_recalculation',
      entityId: run.id,
      divisionId: county.id,
      after: { fromMonth: input.fromMonth, untilMonth: until?.slice(0, 7) ?? null, parameterId, recipients, changed, flagged, batches },
    });
    return {
      id: run.id,
      divisionId: county.id,
      fromMonth: input.fromMonth,
      untilMonth: until?.slice(0, 7) ?? null,
      parameterId,
      recipients,
      changed,
      flagged,
      batches,
      elapsedMs,
    };
  });
