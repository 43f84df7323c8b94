import type {
  Direction,
  IndicatorAttribute,
  ProgressStatus,
  TargetVerdict,
  TIndicatorTarget,
  TimeProgressVerdict,
  TObservation,
  TProgressMeasure,
  TTargetEvaluation,
  TTimeProgress,
  TYearValue,
  ValueKind,
} from '@mz/shared';
import { formatNumber } from '../rules/number-format.rules';
import { measureProgress } from '../rules/progress-measure.rules';
import { projectCompound, projectLinear, type Projection } from '../rules/projection.rules';
import { evaluateTarget } from '../rules/target.rules';
import { assessTimeProgress, DEFAULT_TIME_PROGRESS_CUT_OFFS, type TimeProgressCutOffs } from '../rules/time-progress.rules';

// One verdict per indicator × division × year, from the rolled-up sums of that division: the
// target test with the plan's comparator, 时序进度, the Open SDG progress measure and projections to
// the plan's target year. Pure: plain data in, the verdict with every input it used out.

export type IndicatorSpec = {
  id: number;
  code: string;
  valueKind: ValueKind;
  ratioFactor: number | null;
  unitScale: number;
  unit: string | null;
  direction: Direction;
  attribute: IndicatorAttribute | null;
  baselineYear: number | null;
  baselineValue: number | null;
  /** All targets, ascending by year (interim first, final last). */
  targets: { year: number; target: TIndicatorTarget; printed: string }[];
  planBaseYear: number;
  planTargetYear: number;
};

/** Σ over every stored row in a division's subtree for one year (see verdicts.repository). */
export type YearSums = {
  year: number;
  units: number;
  num: number | null;
  den: number | null;
  val: number | null;
  numW: number | null;
  w: number | null;
  denW: number | null;
  w2: number | null;
  refW: number | null;
  wRef: number | null;
  hasDemo: boolean;
};

export type VerdictRow = {
  indicatorId: number;
  year: number;
  /** 0 = the whole year; 1–4 = at the end of that quarter. */
  quarter: number;
  value: number | null;
  expectedValue: number | null;
  targetVerdict: TargetVerdict;
  scheduleVerdict: TimeProgressVerdict | null;
  progressStatus: ProgressStatus;
  progressScore: number | null;
  isBinding: boolean;
  isLagging: boolean;
  hasDemo: boolean;
  inputs: Record<string, unknown>;
  result: {
    target: TTargetEvaluation;
    timeProgress: TTimeProgress | null;
    progress: TProgressMeasure | null;
    projections: { linear: Projection; compound: Projection } | null;
    reasons: string[];
  };
};

const div = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);

export const isGrowthIndicator = (spec: Pick<IndicatorSpec, 'targets'>) => spec.targets.some((t) => t.target.kind === 'relative_growth');

/** The level of a division (weighted mean level, own growth excluded): used by growth indicators. */
const levelOf = (s: YearSums) => div(s.numW, s.w);

/** Display value of a division-year from its sums, in the indicator's printed unit. */
export const valueOfSums = (spec: IndicatorSpec, s: YearSums, previous?: YearSums): number | null => {
  switch (spec.valueKind) {
    case 'ratio':
      return s.den === null || s.den === 0 || s.num === null ? null : (s.num * (spec.ratioFactor ?? 1)) / s.den;
    case 'count':
      return s.val === null ? null : s.val / spec.unitScale;
    case 'qualitative':
      return s.val === null ? null : s.val >= s.units ? 1 : 0;
    case 'level': {
      if (isGrowthIndicator(spec)) {
        const now = levelOf(s);
        const before = previous ? levelOf(previous) : null;
        return now === null || before === null || before === 0 ? null : (now / before - 1) * 100;
      }
      if (spec.ratioFactor === null) return levelOf(s);
      const ratio = div(levelOf(s), div(s.denW, s.w2));
      return ratio === null ? null : ratio * spec.ratioFactor;
    }
  }
};

export const aggregationDescription = (spec: IndicatorSpec, s: YearSums): string => {
  switch (spec.valueKind) {
    case 'ratio':
      return `Σ分子/Σ分母×${spec.ratioFactor ?? 1}（${s.units}个填报单位，分子${formatNumber(s.num ?? 0)}，分母${formatNumber(s.den ?? 0)}）`;
    case 'count':
      return `求和（${s.units}个填报单位，合计${formatNumber(s.val ?? 0)}${spec.unitScale !== 1 ? `，÷${spec.unitScale}折算` : ''}）`;
    case 'qualitative':
      return `${s.units}个填报单位全部实现才计为实现`;
    case 'level':
      return (
        `按保障人数加权平均：Σ(标准×人数)/Σ人数（${s.units}个填报单位，总人数${formatNumber(s.w ?? 0)}）` +
        (spec.ratioFactor !== null && !isGrowthIndicator(spec) ? '，分子、分母各自加权平均后相除' : '')
      );
  }
};

const observationOf = (spec: IndicatorSpec, target: TIndicatorTarget, s: YearSums | undefined, series: YearSums[]): TObservation | null => {
  if (target.kind === 'relative_growth') {
    const own = series.flatMap((x) => (levelOf(x) === null ? [] : [{ year: x.year, value: levelOf(x) as number }]));
    const reference = series.flatMap((x) => (div(x.refW, x.wRef) === null ? [] : [{ year: x.year, value: div(x.refW, x.wRef) as number }]));
    return { kind: 'growth_comparison', own, reference };
  }
  if (!s) return null;
  if (target.kind === 'cumulative') {
    return { kind: 'series', points: series.flatMap((x) => (x.val === null ? [] : [{ year: x.year, value: x.val / spec.unitScale }])) };
  }
  if (spec.valueKind === 'qualitative') return s.val === null ? null : { kind: 'qualitative', isAchieved: s.val >= s.units };
  if (spec.valueKind === 'ratio') {
    return s.num === null || s.den === null ? null : { kind: 'ratio', numerator: s.num, denominator: s.den, factor: spec.ratioFactor ?? 1 };
  }
  if (spec.valueKind === 'level' && spec.ratioFactor !== null) {
    const numerator = levelOf(s);
    const denominator = div(s.denW, s.w2);
    return numerator === null || denominator === null ? null : { kind: 'ratio', numerator, denominator, factor: spec.ratioFactor };
  }
  const value = valueOfSums(spec, s);
  return value === null ? null : { kind: 'value', value };
};

const NUMERIC_KINDS = new Set(['gte', 'gt', 'eq', 'lte', 'lt', 'at_least']);

/** The target that governs year `year`: the first one due in or after it (interim before final). */
export const governingTarget = (spec: IndicatorSpec, year: number) => {
  const last = spec.targets[spec.targets.length - 1];
  if (!last) throw new Error(`indicator ${spec.code} has no target`);
  return spec.targets.find((t) => t.year >= year) ?? last;
};

export type EvaluateSeriesInput = {
  spec: IndicatorSpec;
  /** The plan's own division: the printed baseline and count targets apply only here. */
  isPlanDivision: boolean;
  /** Sums of this division, any order; one per year with data. */
  sums: YearSums[];
  cutOffs?: TimeProgressCutOffs;
};

/** Annual values of a division's series and the baseline its verdicts start from. */
const seriesBasis = (spec: IndicatorSpec, isPlanDivision: boolean, annual: YearSums[]) => {
  const sums = [...annual].sort((a, b) => a.year - b.year);
  const values: TYearValue[] = sums.flatMap((s, i) => {
    const value = valueOfSums(spec, s, sums[i - 1]?.year === s.year - 1 ? sums[i - 1] : undefined);
    return value === null ? [] : [{ year: s.year, value }];
  });
  const printedBaseline = isPlanDivision && spec.baselineValue !== null && !isGrowthIndicator(spec);
  const baselineYear = spec.baselineYear ?? spec.planBaseYear;
  const baseline = printedBaseline
    ? { year: baselineYear, value: spec.baselineValue, source: 'printed' as const }
    : { year: baselineYear, value: values.find((v) => v.year === baselineYear)?.value ?? null, source: 'observed' as const };
  return { sums, values, printedBaseline, baseline };
};

/** Verdicts for every year with data of one indicator in one division. */
export const evaluateIndicatorSeries = (input: EvaluateSeriesInput): VerdictRow[] => {
  const { spec, isPlanDivision } = input;
  const cutOffs = input.cutOffs ?? DEFAULT_TIME_PROGRESS_CUT_OFFS;
  const { sums, values, printedBaseline, baseline } = seriesBasis(spec, isPlanDivision, input.sums);
  const isSplitCount = spec.valueKind === 'count' && !isPlanDivision;

  return sums
    .filter((s) => s.year > spec.planBaseYear || !printedBaseline)
    .map((s) => {
      const governing = governingTarget(spec, s.year);
      const upTo = sums.filter((x) => x.year <= s.year);
      const observation = observationOf(spec, governing.target, s, upTo);
      const value = values.find((v) => v.year === s.year)?.value ?? null;
      const target: TTargetEvaluation = isSplitCount
        ? { verdict: 'not_applicable', actual: value, reasons: ['数量类指标的规划目标是全域总量，不分解到下级区划，不作达标判定。'] }
        : evaluateTarget({
            target: governing.target,
            targetYear: governing.year,
            asOfYear: s.year,
            observation,
            unit: spec.unit,
            attribute: spec.attribute,
          });
      const observed = values.filter((v) => v.year <= s.year && (!printedBaseline || v.year > baseline.year));
      const withBaseline =
        baseline.value === null || !printedBaseline ? observed : [{ year: baseline.year, value: baseline.value }, ...observed];
      const numericTarget =
        NUMERIC_KINDS.has(governing.target.kind) && !isSplitCount ? (governing.target as { value: number }).value : null;

      const timeProgress =
        numericTarget === null
          ? null
          : assessTimeProgress({
              baseline: { year: baseline.year, value: baseline.value },
              target: { year: governing.year, value: numericTarget },
              observations: values.filter((v) => v.year <= s.year),
              asOfYear: s.year,
              direction: spec.direction,
              cutOffs,
            });
      let progress: TProgressMeasure | null = null;
      if (numericTarget !== null || isGrowthIndicator(spec)) {
        const growthSeries = isGrowthIndicator(spec)
          ? upTo.flatMap((x) => (levelOf(x) === null ? [] : [{ year: x.year, value: levelOf(x) as number }]))
          : withBaseline;
        progress = measureProgress(growthSeries, {
          baseYear: isGrowthIndicator(spec) ? (growthSeries[0]?.year ?? baseline.year) : baseline.year,
          targetYear: governing.year,
          target: numericTarget,
          direction: spec.direction === 'decrease' ? 'decrease' : 'increase',
        });
      }
      const projections =
        withBaseline.length >= 2 && !isGrowthIndicator(spec)
          ? {
              linear: projectLinear({ points: withBaseline, toYear: spec.planTargetYear }),
              compound: projectCompound({ points: withBaseline, toYear: spec.planTargetYear }),
            }
          : null;
      const scheduleVerdict = timeProgress?.verdict ?? null;
      const isLagging = scheduleVerdict === 'lagging' || scheduleVerdict === 'seriously_lagging' || target.verdict === 'not_met';
      return {
        indicatorId: spec.id,
        year: s.year,
        quarter: 0,
        value,
        expectedValue: timeProgress?.expectedValue ?? null,
        targetVerdict: target.verdict,
        scheduleVerdict,
        progressStatus: progress?.status ?? 'not_available',
        progressScore: progress?.score ?? null,
        isBinding: spec.attribute === 'binding',
        isLagging,
        hasDemo: s.hasDemo,
        inputs: {
          code: spec.code,
          isPlanDivision,
          valueKind: spec.valueKind,
          unit: spec.unit,
          direction: spec.direction,
          attribute: spec.attribute,
          baseline,
          governingTarget: governing,
          finalTarget: spec.targets[spec.targets.length - 1],
          comparator: governing.target,
          observation,
          sums: s,
          series: withBaseline,
          aggregation: aggregationDescription(spec, s),
          cutOffs,
        },
        result: {
          target,
          timeProgress,
          progress,
          projections,
          reasons: [...target.reasons, ...(timeProgress?.reasons ?? [])],
        },
      };
    });
};

export type QuarterSums = YearSums & { quarter: number };

/**
 * Verdicts at the end of every quarter with data (季报 indicators): 时序进度 with the elapsed share
 * of the period at the quarter end, against the target governing that year and the same baseline as
 * the annual verdicts (earlier years' annual values serve as a substitute baseline). The target test
 * itself is annual: a quarter's target verdict is 待评估. Growth indicators (年度增速) and split counts
 * have no quarterly verdict.
 */
export const evaluateQuarterSeries = (input: EvaluateSeriesInput & { quarters: QuarterSums[] }): VerdictRow[] => {
  const { spec, isPlanDivision } = input;
  if (isGrowthIndicator(spec) || (spec.valueKind === 'count' && !isPlanDivision)) return [];
  const cutOffs = input.cutOffs ?? DEFAULT_TIME_PROGRESS_CUT_OFFS;
  const { values, baseline } = seriesBasis(spec, isPlanDivision, input.sums);
  return [...input.quarters]
    .sort((a, b) => a.year - b.year || a.quarter - b.quarter)
    .filter((q) => q.quarter >= 1 && q.quarter <= 4 && q.year > baseline.year)
    .map((q) => {
      const governing = governingTarget(spec, q.year);
      const value = valueOfSums(spec, q);
      const numericTarget = NUMERIC_KINDS.has(governing.target.kind) ? (governing.target as { value: number }).value : null;
      const timeProgress =
        numericTarget === null || value === null
          ? null
          : assessTimeProgress({
              baseline: { year: baseline.year, value: baseline.value },
              target: { year: governing.year, value: numericTarget },
              observations: [...values.filter((v) => v.year < q.year), { year: q.year, value }],
              asOfYear: q.year,
              asOfQuarter: q.quarter,
              direction: spec.direction,
              cutOffs,
            });
      const target: TTargetEvaluation = {
        verdict: 'pending',
        actual: value,
        reasons: [`${q.year}年第${q.quarter}季度值仅测算时序进度，是否达标以年度值判定。`],
      };
      const scheduleVerdict = timeProgress?.verdict ?? null;
      return {
        indicatorId: spec.id,
        year: q.year,
        quarter: q.quarter,
        value,
        expectedValue: timeProgress?.expectedValue ?? null,
        targetVerdict: target.verdict,
        scheduleVerdict,
        progressStatus: 'not_available',
        progressScore: null,
        isBinding: spec.attribute === 'binding',
        isLagging: scheduleVerdict === 'lagging' || scheduleVerdict === 'seriously_lagging',
        hasDemo: q.hasDemo,
        inputs: {
          code: spec.code,
          isPlanDivision,
          quarter: q.quarter,
          valueKind: spec.valueKind,
          direction: spec.direction,
          baseline,
          governingTarget: governing,
          sums: q,
          aggregation: aggregationDescription(spec, q),
          cutOffs,
        },
        result: {
          target,
          timeProgress,
          progress: null,
          projections: null,
          reasons: [...(timeProgress?.reasons ?? []), ...target.reasons],
        },
      };
    });
};
