import { sql } from 'kysely';
import { inTransaction, type Database } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { requireDivisionInPlan, requirePlan } from '../monitoring.access';
import { findIndicators } from '../register/register.repository';
import { recomputeVerdicts } from '../verdicts/verdicts.service';
import { INDICATOR_SOURCES, type IndicatorSource } from './indicator-sources';
import { upsertValues, type ValueRowInput } from './values.repository';
import { computedSources } from './values.service';

// Runs the business modules' indicator sources for one plan, division subtree and year: their rows
// are stored with source 'computed' (replacing hand-entered or demo rows of the same cell), then the
// verdicts of the whole plan territory are recomputed.

export const runComputedIndicators = (
  db: Database,
  ctx: CallContext,
  planId: number,
  body: { divisionId: number; year: number },
  sources: readonly IndicatorSource[] = INDICATOR_SOURCES,
) =>
  inTransaction(db, async (trx) => {
    const plan = await requirePlan(trx, ctx, planId);
    const division = await requireDivisionInPlan(trx, ctx, plan, body.divisionId);
    const indicators = await findIndicators(trx, plan.id);
    const computed = await computedSources(trx, indicators, sources);
    const period = { year: body.year, quarter: 0, periodEnd: `${body.year}-12-31` };
    const rows: ValueRowInput[] = [];
    const summary: { indicator: string; source: string; rows: number }[] = [];
    for (const [indicatorId, source] of computed) {
      const counts = await source.compute(trx, period);
      if (counts.length === 0) continue;
      // Only divisions inside the requested subtree (and so inside the plan and the caller's scope).
      const inside = await sql<{ id: number; code: string }>`select d.id, d.code from division d
        join division_closure c on c.descendant_id = d.id and c.ancestor_id = ${division.id}
        where d.id in (${sql.join(counts.map((c) => c.divisionId))})`.execute(trx);
      const codeOf = new Map(inside.rows.map((r) => [r.id, r.code]));
      const kept = counts.filter((c) => codeOf.has(c.divisionId));
      for (const c of kept) {
        const code = codeOf.get(c.divisionId) ?? '00';
        rows.push({
          province_code: /^0+$/.test(code) ? '00' : code.slice(0, 2),
          plan_indicator_id: indicatorId,
          division_id: c.divisionId,
          year: body.year,
          quarter: 0,
          numerator: c.numerator ?? null,
          denominator: c.denominator ?? null,
          value: c.value ?? null,
          weight: c.weight ?? null,
          denominator_weight: c.denominatorWeight ?? null,
          reference_value: c.referenceValue ?? null,
          source: 'computed',
          note: source.label,
          entered_by: ctx.actor.userId,
        });
      }
      summary.push({
        indicator: indicators.find((i) => i.id === indicatorId)?.code ?? String(indicatorId),
        source: source.code,
        rows: kept.length,
      });
    }
    await upsertValues(trx, rows);
    await recordAudit(trx, ctx.audit, {
      action: 'MONITORING_VALUES_COMPUTED',
      entity: 'monitoring_indicator_value',
      entityId: `${plan.seed_id}:${division.code}:${body.year}`,
      divisionId: division.id,
      after: summary,
    });
    const touched = indicators.filter((i) => rows.some((r) => r.plan_indicator_id === i.id));
    if (touched.length > 0) await recomputeVerdicts(trx, { plan, indicators: touched });
    return { year: body.year, computedIndicators: summary, availableSources: sources.map((s) => ({ code: s.code, label: s.label })) };
  });
