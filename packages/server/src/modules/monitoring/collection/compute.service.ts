import { inTransaction, type Database } from '../../../db/database';
import { AppError } from '@mz/shared';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { requireDivisionInPlan, requirePlan } from '../monitoring.access';
import { findAllPlans, findIndicators, type IndicatorRow } from '../register/register.repository';
import { provinceCodeOf } from '../verdicts/verdicts.repository';
import { recomputeVerdicts } from '../verdicts/verdicts.service';
import { INDICATOR_SOURCES, type IndicatorCount, type IndicatorSource } from './indicator-sources';
import {
  deleteComputedOrDemo,
  deleteDemoAround,
  deleteForRefresh,
  divisionsInside,
  findLockedSubmissionAround,
  latestEnteredYear,
  upsertValues,
  type ValueRowInput,
} from './values.repository';
import { computedSources } from './values.service';

// Runs the business modules' indicator sources for one plan, division subtree and year: their rows
// are stored with source 'computed' (replacing the earlier computed, demo or hand-entered rows of the
// same cell; demo rows of a computed indicator are cleared in the subtree and above it), then the
// verdicts of the whole plan territory are recomputed.
//
// When computed values are recomputed (records changing does NOT recompute by itself — no
// per-request recompute of the nation):
//   1. on demand: POST …/compute (数据采集「按业务数据计算」), for a division subtree and a year;
//   2. at every start-up (seed/bootstrap.ts → refreshComputedIndicators): every plan, every year from
//      its base year to its latest year with entered/imported/demo values (to the current year in a
//      plan without any), wherever the business records yield values (e.g. the 文山市 demo caseload);
//      a year without any record changes nothing. Restart the server (or run 1.) to pick up records
//      changed since.

type ComputedSources = Map<number, IndicatorSource>;

/** The value rows of one year from the sources, kept to the divisions inside `rootId`'s subtree. */
const computedRows = async (
  trx: Database,
  input: { rootId: number; year: number; computed: ComputedSources; indicators: IndicatorRow[]; enteredBy: number | null },
  cache?: Map<string, IndicatorCount[]>,
) => {
  const { year } = input;
  const period = { year, quarter: 0, periodEnd: `${year}-12-31` };
  const rows: ValueRowInput[] = [];
  const summary: { indicator: string; source: string; rows: number }[] = [];
  for (const [indicatorId, source] of input.computed) {
    const key = `${source.code}:${year}`;
    const counts = cache?.get(key) ?? (await source.compute(trx, period));
    cache?.set(key, counts);
    // Only divisions inside the requested subtree (and so inside the plan and the caller's scope).
    const codeOf = await divisionsInside(trx, input.rootId, counts);
    const kept = counts.filter((c) => codeOf.has(c.divisionId));
    for (const c of kept) {
      rows.push({
        province_code: provinceCodeOf(codeOf.get(c.divisionId) ?? '00'),
        plan_indicator_id: indicatorId,
        division_id: c.divisionId,
        year,
        quarter: 0,
        numerator: c.numerator ?? null,
        denominator: c.denominator ?? null,
        value: c.value ?? null,
        weight: c.weight ?? null,
        denominator_weight: c.denominatorWeight ?? null,
        reference_value: c.referenceValue ?? null,
        source: 'computed',
        note: source.label,
        entered_by: input.enteredBy,
      });
    }
    summary.push({
      indicator: input.indicators.find((i) => i.id === indicatorId)?.code ?? String(indicatorId),
      source: source.code,
      rows: kept.length,
    });
  }
  return { rows, summary };
};

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
    // Submitted or approved data is locked: a recompute never rewrites it (the reviewer returns it first).
    const locked = await findLockedSubmissionAround(trx, plan.id, body.year, division.id);
    if (locked) {
      throw new AppError(
        'INVALID_STATE',
        `${locked.name}${body.year}年度数据已报送或已审核，已锁定，不能按业务数据重新计算；如需重算请由审核人退回`,
      );
    }
    const indicators = await findIndicators(trx, plan.id);
    const computed = await computedSources(trx, indicators, sources);
    const { rows, summary } = await computedRows(trx, {
      rootId: division.id,
      year: body.year,
      computed,
      indicators,
      enteredBy: ctx.actor.userId,
    });
    const computedIds = [...computed.keys()];
    const withRows = [...new Set(rows.map((r) => r.plan_indicator_id))];
    // The run replaces the earlier computed (and demo) rows of the year in the subtree, and demo rows of
    // an indicator it computes never stay beside computed ones (no mixed roll-ups, any year).
    const replaced = await deleteComputedOrDemo(trx, computedIds, division.id, body.year);
    const demoCleared = await deleteDemoAround(trx, withRows, division.id);
    await upsertValues(trx, rows);
    await recordAudit(trx, ctx.audit, {
      action: 'MONITORING_VALUES_COMPUTED',
      entity: 'monitoring_indicator_value',
      entityId: `${plan.seed_id}:${division.code}:${body.year}`,
      divisionId: division.id,
      after: { indicators: summary, replacedRows: replaced, demoRowsCleared: demoCleared },
    });
    const touched = indicators.filter((i) => computed.has(i.id));
    if (touched.length > 0) await recomputeVerdicts(trx, { plan, indicators: touched });
    return { year: body.year, computedIndicators: summary, availableSources: sources.map((s) => ({ code: s.code, label: s.label })) };
  });

/**
 * Start-up refresh (seed/bootstrap.ts): every plan's computed indicators for every year from its base
 * year to its latest year with values (see the header), from whatever business records exist, each
 * plan in one transaction with one audit row (actor: system) and one verdict recompute. Set-based per
 * year; the sources run once per code and year, whatever the number of plans. Returns the rows stored.
 */
export const refreshComputedIndicators = async (db: Database, options: { now?: Date; sources?: readonly IndicatorSource[] } = {}) => {
  const sources = options.sources ?? INDICATOR_SOURCES;
  const currentYear = (options.now ?? new Date()).getFullYear();
  const cache = new Map<string, IndicatorCount[]>();
  let stored = 0;
  for (const plan of await findAllPlans(db)) {
    const rootId = plan.division_id;
    if (rootId === null) continue;
    stored += await inTransaction(db, async (trx) => {
      const indicators = await findIndicators(trx, plan.id);
      const computed = await computedSources(trx, indicators, sources);
      if (computed.size === 0) return 0;
      const computedIds = [...computed.keys()];
      const years: { year: number; rows: number }[] = [];
      let changed = 0;
      let planRows = 0;
      // Never opens a reporting year by itself (the overviews show the latest year with data): up to
      // the latest year with entered, imported or demo values, or to this year in a plan without any.
      const lastYear = Math.min(plan.target_year, (await latestEnteredYear(trx, plan.id)) ?? currentYear);
      for (let year = plan.base_year; year <= lastYear; year += 1) {
        // A year with any submitted/approved unit is left as it is (locked data never changes at start-up).
        if (await findLockedSubmissionAround(trx, plan.id, year, rootId)) continue;
        const { rows } = await computedRows(trx, { rootId, year, computed, indicators, enteredBy: null }, cache);
        const units = [...new Set(rows.map((r) => r.division_id))];
        changed += await deleteForRefresh(trx, computedIds, rootId, year, units);
        if (rows.length === 0) continue;
        changed += await deleteDemoAround(trx, [...new Set(rows.map((r) => r.plan_indicator_id))], units);
        await upsertValues(trx, rows);
        years.push({ year, rows: rows.length });
        planRows += rows.length;
      }
      if (changed === 0 && planRows === 0) return 0;
      await recordAudit(
        trx,
        { actor: null, permission: 'monitoring:manage', requestId: 'bootstrap' },
        {
          action: 'MONITORING_VALUES_COMPUTED',
          entity: 'monitoring_indicator_value',
          entityId: `${plan.seed_id}:startup`,
          divisionId: rootId,
          after: { trigger: 'startup', years, rowsRemoved: changed },
        },
      );
      await recomputeVerdicts(trx, { plan, indicators: indicators.filter((i) => computed.has(i.id)) });
      return planRows;
    });
  }
  return stored;
};
