import {
  AppError,
  describeCutOffs,
  TARGET_VERDICTS,
  TIME_PROGRESS_VERDICTS,
  type AggregationMethod,
  type DivisionLevel,
  type TChildRow,
  type TDrillDown,
  type TIndicatorDetail,
  type TPlanOverview,
  type TVerdictSummary,
} from '@mz/shared';
import type { Database } from '../../../db/database';
import type { CallContext } from '../../../platform/http/context';
import { findAncestors, findSubtreeAsOf } from '../../../core/division/division.repository';
import { findDeviationNotes } from '../collection/values.repository';
import { divisionRef, planSummary, requirePlan, resolveDivision, type DivisionInPlan } from '../monitoring.access';
import {
  findIndicator,
  findIndicators,
  findInterimTargets,
  findCascadeLinks,
  type IndicatorRow,
  type PlanRow,
} from '../register/register.repository';
import { rollUpCount, rollUpLevel, rollUpRatio } from '../rules/aggregation.rules';
import type { Projection } from '../rules/projection.rules';
import { aggregationDescription, isGrowthIndicator, valueOfSums, type YearSums } from '../verdicts/verdict.rules';
import { findOverviewVerdicts, findVerdicts, rolledUpSums, type SumsRow } from '../verdicts/verdicts.repository';
import { cutOffsOf, specOf } from '../verdicts/verdicts.service';
import { byConcern, latestQuarters, overviewIndicator, verdictSummary } from './verdict-view';

// Dashboards: plan overview, indicator detail (series + table by child division), drill-down
// nation → province → prefecture → county. Every list puts binding (约束性) lagging indicators first.

/** The annual verdicts of the year shown and each 季报 indicator's latest quarterly verdict, by indicator. */
const overviewVerdicts = async (db: Database, filter: Parameters<typeof findOverviewVerdicts>[1]) => {
  const rows = await findOverviewVerdicts(db, filter);
  return {
    annual: rows.filter((v) => v.quarter === 0),
    quarters: new Map(rows.filter((v) => v.quarter > 0).map((v) => [v.plan_indicator_id, v])),
  };
};

export const overview = async (
  db: Database,
  ctx: CallContext,
  planId: number,
  query: { divisionId?: number | undefined; year?: number | undefined },
): Promise<TPlanOverview> => {
  const plan = await requirePlan(db, ctx, planId);
  const division = await resolveDivision(db, ctx, plan, query.divisionId);
  const indicators = await findIndicators(db, plan.id);
  const { annual: verdicts, quarters } = await overviewVerdicts(db, {
    planId: plan.id,
    indicatorIds: indicators.map((i) => i.id),
    divisionId: division.id,
    year: query.year,
  });
  const year = query.year ?? verdicts[0]?.year ?? null;
  const items = byConcern(
    indicators.map((indicator) => {
      const v = verdicts.find((x) => x.plan_indicator_id === indicator.id);
      return overviewIndicator(indicator, summaryOf(v), summaryOf(quarters.get(indicator.id)));
    }),
  );
  const byTargetVerdict = Object.fromEntries(TARGET_VERDICTS.map((k) => [k, 0])) as TPlanOverview['counts']['byTargetVerdict'];
  const bySchedule = Object.fromEntries([...TIME_PROGRESS_VERDICTS, 'none'].map((k) => [k, 0])) as TPlanOverview['counts']['bySchedule'];
  for (const item of items) {
    if (!item.latest) continue;
    byTargetVerdict[item.latest.targetVerdict] += 1;
    bySchedule[item.latest.scheduleVerdict ?? 'none'] += 1;
  }
  return {
    plan: planSummary(plan),
    division: divisionRef(division),
    year,
    counts: {
      byTargetVerdict,
      bySchedule,
      bindingLagging: items.filter((i) => i.isBindingLagging).length,
      noData: items.filter((i) => !i.latest).length,
    },
    hasDemoData: verdicts.some((v) => v.has_demo),
    cutOffs: await cutOffsOf(db, plan.id),
    indicators: items,
  };
};

/** Children of a division as they stood at the end of `year` (effective-dated tree), with level and hasChildren. */
const childrenAsOf = async (db: Database, division: DivisionInPlan, year: number | null) => {
  const date = year === null ? new Date().toISOString().slice(0, 10) : `${year}-12-31`;
  const tree = (await findSubtreeAsOf(db, division.id, date)).filter((d) => d.depth === 1);
  if (tree.length === 0) return [];
  const rows = await db
    .selectFrom('division as d')
    .select([
      'd.id',
      'd.level',
      (eb) =>
        eb
          .exists(eb.selectFrom('division as c').select('c.id').whereRef('c.parent_id', '=', 'd.id').where('c.valid_to', 'is', null))
          .as('has_children'),
    ])
    .where(
      'd.id',
      'in',
      tree.map((t) => t.divisionId),
    )
    .execute();
  return tree.map((t) => {
    const row = rows.find((r) => r.id === t.divisionId);
    return {
      id: t.divisionId,
      code: t.code,
      name: t.name,
      level: (row?.level ?? 'county') as DivisionLevel,
      hasChildren: Boolean(row?.has_children),
    };
  });
};

/** Where the rows of a series point came from: one source, or 'mixed' (computed beside other rows). */
const seriesSource = (s: SumsRow): 'computed' | 'mixed' | 'demo' | 'reported' =>
  s.computedUnits === s.units ? 'computed' : s.computedUnits > 0 ? 'mixed' : s.hasDemo ? 'demo' : 'reported';

const ownOrNull = (s: SumsRow | undefined, key: 'num' | 'den' | 'w') => (s ? s[key] : null);

const projectionValue = (p: Projection | undefined) => (p?.kind === 'projected' ? p.value : null);

export const indicatorDetail = async (
  db: Database,
  ctx: CallContext,
  indicatorId: number,
  query: { divisionId?: number | undefined; year?: number | undefined },
): Promise<TIndicatorDetail> => {
  const indicator = await findIndicator(db, indicatorId);
  if (!indicator) throw new AppError('NOT_FOUND', '指标不存在');
  const plan = await requirePlan(db, ctx, indicator.plan_id);
  const division = await resolveDivision(db, ctx, plan, query.divisionId);
  const spec = specOf(indicator, plan);
  const verdicts = await findVerdicts(db, { indicatorIds: [indicator.id], divisionIds: [division.id] });
  const sums = (await rolledUpSums(db, { indicatorIds: [indicator.id], target: { divisionIds: [division.id] } })).sort(
    (a, b) => a.year - b.year,
  );
  const year = query.year ?? verdicts[verdicts.length - 1]?.year ?? null;
  const children = await childTable(db, plan, indicator, division, year);
  const latest = verdicts.find((v) => v.year === year) ?? verdicts[verdicts.length - 1];
  const projections =
    (latest?.result as { projections?: { linear: Projection; compound: Projection } | null } | undefined)?.projections ?? null;
  const interim = await findInterimTargets(db, [indicator.id]);
  const links = await findCascadeLinks(db, [indicator.id]);
  const notes = await findDeviationNotes(db, [indicator.id], [division.id]);
  const sumsOfYear = sums.find((s) => s.year === year);
  const quarterly = await findVerdicts(db, { indicatorIds: [indicator.id], divisionIds: [division.id], quarterly: true });
  const quarterSums =
    indicator.reporting_frequency === 'quarterly'
      ? await rolledUpSums(db, { indicatorIds: [indicator.id], target: { divisionIds: [division.id] }, quarter: 'quarters' })
      : [];
  return {
    indicator: {
      ...overviewIndicator(indicator, summaryOf(latest), summaryOf(latestQuarters(quarterly, query.year).get(indicator.id))),
      valueKind: spec.valueKind,
      ratioFactor: spec.ratioFactor,
      direction: spec.direction,
      baseline: {
        year: indicator.baseline_year ?? plan.base_year,
        value: indicator.baseline_value === null ? null : Number(indicator.baseline_value),
        printed: indicator.baseline_printed,
      },
      interimTargets: interim.map((t) => ({ year: t.year, value: t.value === null ? null : Number(t.value), printed: t.printed })),
      finalTarget: {
        year: indicator.target_year,
        value: indicator.target_value === null ? null : Number(indicator.target_value),
        printed: indicator.target_printed,
      },
      notes: indicator.notes as { kind: string; printed: string | null; message: string }[],
      cascade: {
        kind: links[0]?.kind ?? 'local_only',
        nationalCodes: links.flatMap((l) => (l.national_code ? [l.national_code] : [])),
        note: links[0]?.note ?? null,
      },
    },
    division: divisionRef(division),
    series: sums.map((s, i) => {
      const v = verdicts.find((x) => x.year === s.year);
      return {
        year: s.year,
        value: valueOfSums(spec, s, sums[i - 1]?.year === s.year - 1 ? sums[i - 1] : undefined),
        numerator: s.num,
        denominator: s.den,
        units: s.units,
        source: seriesSource(s),
        isComputed: s.units > 0 && s.computedUnits === s.units,
        verdict: summaryOf(v),
      };
    }),
    quarters: quarterSums
      .sort((a, b) => a.year - b.year || a.quarter - b.quarter)
      .map((s) => ({
        year: s.year,
        quarter: s.quarter,
        value: valueOfSums(spec, s),
        units: s.units,
        verdict: summaryOf(quarterly.find((v) => v.year === s.year && v.quarter === s.quarter)),
      })),
    projection: {
      linear: projectionValue(projections?.linear),
      compound: projectionValue(projections?.compound),
      toYear: plan.target_year,
    },
    aggregation:
      children.aggregation ??
      (sumsOfYear
        ? { method: indicator.aggregation_method as AggregationMethod, description: aggregationDescription(spec, sumsOfYear) }
        : null),
    scheduleMethod: describeCutOffs(await cutOffsOf(db, plan.id)),
    year,
    children: children.rows,
    deviationNotes: notes.map((n) => ({ year: n.year, text: n.text, updatedAt: new Date(n.updated_at).toISOString() })),
  };
};

/** The table by child division for one indicator and year, and the parent's aggregate by the pure roll-up rule. */
const childTable = async (db: Database, plan: PlanRow, indicator: IndicatorRow, division: DivisionInPlan, year: number | null) => {
  const children = await childrenAsOf(db, division, year);
  if (year === null || children.length === 0) return { rows: [] as TChildRow[], aggregation: null };
  const spec = specOf(indicator, plan);
  const ids = children.map((c) => c.id);
  const sums = await rolledUpSums(db, { indicatorIds: [indicator.id], target: { divisionIds: ids }, years: [year, year - 1] });
  const verdicts = await findVerdicts(db, { indicatorIds: [indicator.id], divisionIds: ids, year });
  const rows: TChildRow[] = children.map((child) => {
    const s = sums.find((x) => x.divisionId === child.id && x.year === year);
    const prev = sums.find((x) => x.divisionId === child.id && x.year === year - 1);
    const v = verdicts.find((x) => x.division_id === child.id);
    return {
      division: child,
      value: s ? valueOfSums(spec, s, prev) : null,
      numerator: ownOrNull(s, 'num'),
      denominator: ownOrNull(s, 'den'),
      weight: ownOrNull(s, 'w'),
      verdict: v ? verdictSummary(v) : null,
    };
  });
  const reported = sums.filter((s) => s.year === year);
  let aggregation: { method: AggregationMethod; description: string } | null = null;
  if (spec.valueKind === 'ratio') {
    const a = rollUpRatio({
      children: children.map((c) => ({
        unitCode: c.code,
        numerator: find(reported, c.id)?.num ?? null,
        denominator: find(reported, c.id)?.den ?? null,
      })),
      factor: spec.ratioFactor ?? 1,
    });
    aggregation = { method: a.method, description: describe(a.methodDescription, a.missingUnits, children) };
  } else if (spec.valueKind === 'count') {
    const a = rollUpCount({
      children: children.map((c) => ({
        unitCode: c.code,
        value: valueOrNull(find(reported, c.id), (s) => (s.val === null ? null : s.val / spec.unitScale)),
      })),
    });
    aggregation = { method: a.method, description: describe(a.methodDescription, a.missingUnits, children) };
  } else if (spec.valueKind === 'level' && spec.ratioFactor === null && !isGrowthIndicator(spec)) {
    const a = rollUpLevel({
      children: children.map((c) => ({
        unitCode: c.code,
        level: valueOrNull(find(reported, c.id), (s) => valueOfSums(spec, s)),
        weight: find(reported, c.id)?.w ?? null,
      })),
      method: 'recipient_weighted_mean',
    });
    aggregation = { method: a.method, description: describe(a.methodDescription, a.missingUnits, children) };
  }
  return { rows: byConcernRows(rows, indicator), aggregation };
};

const find = (sums: SumsRow[], divisionId: number) => sums.find((s) => s.divisionId === divisionId);
const valueOrNull = (s: YearSums | undefined, f: (s: YearSums) => number | null) => (s ? f(s) : null);

const describe = (method: string, missing: string[], children: { code: string; name: string }[]) =>
  missing.length === 0
    ? method
    : `${method}；未填报：${missing.map((code) => children.find((c) => c.code === code)?.name ?? code).join('、')}（不计入分子分母，结果为部分汇总）`;

const byConcernRows = (rows: TChildRow[], indicator: IndicatorRow) =>
  byConcern(
    rows.map((r) => ({ ...r, latest: r.verdict, isBindingLagging: indicator.attribute === 'binding' && r.verdict?.isLagging === true })),
  ).map(({ latest: _latest, isBindingLagging: _b, ...r }) => r);

export const drillDown = async (
  db: Database,
  ctx: CallContext,
  planId: number,
  divisionId: number,
  query: { year?: number | undefined; indicatorId?: number | undefined },
): Promise<TDrillDown> => {
  const plan = await requirePlan(db, ctx, planId);
  const division = await resolveDivision(db, ctx, plan, divisionId);
  const all = await findIndicators(db, plan.id);
  const indicators = query.indicatorId === undefined ? all : all.filter((i) => i.id === query.indicatorId);
  if (indicators.length === 0) throw new AppError('NOT_FOUND', '该规划没有此指标');
  const ids = indicators.map((i) => i.id);
  const { annual: own, quarters } = await overviewVerdicts(db, {
    planId: plan.id,
    indicatorIds: ids,
    divisionId: division.id,
    year: query.year,
  });
  const year = query.year ?? own[0]?.year ?? null;
  const children = await childrenAsOf(db, division, year);
  const columns = byConcern(
    indicators.map((i) => overviewIndicator(i, summaryOf(own.find((v) => v.plan_indicator_id === i.id)), summaryOf(quarters.get(i.id)))),
  );
  const childVerdicts = year === null ? [] : await findVerdicts(db, { indicatorIds: ids, divisionIds: children.map((c) => c.id), year });
  const sums =
    year === null ? [] : await rolledUpSums(db, { indicatorIds: ids, target: { divisionIds: children.map((c) => c.id) }, years: [year] });
  return {
    plan: planSummary(plan),
    division: divisionRef(division),
    ancestors: breadcrumb(await findAncestors(db, division.id), plan.division_id, ctx.scope.roots),
    year,
    indicators: columns,
    children: children.map((child) => {
      const cells = columns.map((col) => {
        const v = childVerdicts.find((x) => x.division_id === child.id && x.plan_indicator_id === col.id);
        const s = sums.find((x) => x.divisionId === child.id && x.indicatorId === col.id);
        return {
          indicatorId: col.id,
          value: v ? (summaryOf(v)?.value ?? null) : null,
          units: s?.units ?? 0,
          numerator: s?.num ?? null,
          denominator: s?.den ?? null,
          verdict: summaryOf(v),
        };
      });
      return {
        division: child,
        cells,
        laggingCount: cells.filter((c) => c.verdict?.isLagging).length,
        bindingLaggingCount: cells.filter(
          (c) => c.verdict?.isLagging && columns.find((col) => col.id === c.indicatorId)?.attribute === 'binding',
        ).length,
      };
    }),
  };
};

const summaryOf = (v: Parameters<typeof verdictSummary>[0] | undefined): TVerdictSummary | null => (v ? verdictSummary(v) : null);

/** Ancestors (top down) that lie in the plan's territory and in the caller's scope: the drill-up path. */
const breadcrumb = (chain: { id: number; code: string; name: string; level: string }[], planDivisionId: number | null, roots: number[]) => {
  let inPlan = false;
  let inScope = false;
  return chain.flatMap((a) => {
    inPlan ||= a.id === planDivisionId;
    inScope ||= roots.includes(a.id);
    return inPlan && inScope ? [divisionRef(a)] : [];
  });
};
