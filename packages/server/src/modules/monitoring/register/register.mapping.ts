import type {
  AggregationMethod,
  DivisionLevel,
  ReportingFrequency,
  TIndicatorTarget,
  TPlanIndicator,
  TPlanTarget,
  TSeedPlan,
  ValueKind,
} from '@mz/shared';

// Pure mapping of the parsed plan register (TSeedPlan, from plans/*) onto the register tables. Every
// printed text is kept next to its parsed form; source oddities stay in the `notes` jsonb.

export const json = (value: unknown): string => JSON.stringify(value ?? null);

/** 万人 / 万个 are entered as 人 / 个 and divided by 10 000 for display and targets. */
export const inputUnitOf = (unit: string | null, valueKind: ValueKind): { inputUnit: string | null; unitScale: number } => {
  if (valueKind === 'level') return { inputUnit: '元/人·月', unitScale: 1 };
  if (valueKind === 'ratio') return { inputUnit: null, unitScale: 1 };
  if (unit !== null && unit.startsWith('万') && unit.length > 1) return { inputUnit: unit.slice(1), unitScale: 10000 };
  return { inputUnit: unit, unitScale: 1 };
};

export const aggregationMethodOf = (valueKind: ValueKind): AggregationMethod => {
  switch (valueKind) {
    case 'ratio':
      return 'ratio_of_sums';
    case 'count':
      return 'sum';
    case 'level':
      return 'recipient_weighted_mean';
    case 'qualitative':
      return 'simple_mean';
  }
};

/** Lowest level at which values are entered: townships for a county plan, counties otherwise. */
export const reportingLevelOf = (plan: Pick<TSeedPlan, 'level'>, valueKind: ValueKind): DivisionLevel =>
  plan.level === 'county' && valueKind !== 'level' ? 'township' : 'county';

/** 季报 for stocks at the end of a period (ratios, 保障标准); counts and qualitative indicators are annual. */
export const reportingFrequencyOf = (valueKind: ValueKind): ReportingFrequency =>
  valueKind === 'ratio' || valueKind === 'level' ? 'quarterly' : 'annual';

export const numericValueOf = (target: TIndicatorTarget): number | null => {
  switch (target.kind) {
    case 'gte':
    case 'gt':
    case 'eq':
    case 'lte':
    case 'lt':
    case 'at_least':
    case 'cumulative':
      return target.value;
    case 'range':
    case 'qualitative':
    case 'relative_growth':
      return null;
  }
};

export const finalTargetOf = (indicator: Pick<TPlanIndicator, 'targets' | 'code'>): TPlanTarget => {
  const sorted = [...indicator.targets].sort((a, b) => a.year - b.year);
  const last = sorted[sorted.length - 1];
  if (!last) throw new Error(`indicator ${indicator.code} has no target`);
  return last;
};

export const interimTargetsOf = (indicator: Pick<TPlanIndicator, 'targets' | 'code'>): TPlanTarget[] => {
  const final = finalTargetOf(indicator);
  return indicator.targets.filter((t) => t !== final).sort((a, b) => a.year - b.year);
};

export const planRow = (plan: TSeedPlan, divisionId: number | null) => ({
  seed_id: plan.seedId,
  file_name: plan.fileName,
  level: plan.level,
  division_code: plan.divisionCode,
  division_id: divisionId,
  division_name: plan.divisionName,
  document_kind: plan.documentKind,
  title: plan.title?.text ?? null,
  title_printed: plan.title?.printed ?? null,
  issuer: plan.issuer?.text ?? null,
  issuer_printed: plan.issuer?.printed ?? null,
  document_number: plan.documentNumber?.text ?? null,
  issued_on: plan.issuedOn?.date ?? null,
  issued_on_printed: plan.issuedOn?.printed ?? null,
  published_on: plan.publishedOn?.date ?? null,
  period_start_year: plan.periodStartYear,
  period_end_year: plan.periodEndYear,
  period_printed: plan.periodPrinted,
  base_year: plan.baseYear,
  target_year: plan.targetYear,
  tables: json(plan.tables),
  notes: json(plan.notes),
});

export const indicatorRow = (plan: TSeedPlan, planId: number, indicator: TPlanIndicator) => {
  const final = finalTargetOf(indicator);
  const { inputUnit, unitScale } = inputUnitOf(indicator.unit, indicator.valueKind);
  return {
    plan_id: planId,
    code: indicator.code,
    table_id: indicator.tableId,
    source: indicator.source,
    position: indicator.position,
    row_number: indicator.rowNumber,
    category: indicator.category?.text ?? null,
    category_printed: indicator.category?.printed ?? null,
    name: indicator.name.text,
    name_printed: indicator.name.printed,
    unit: indicator.unit,
    input_unit: inputUnit,
    unit_scale: unitScale,
    value_kind: indicator.valueKind,
    ratio_factor: indicator.ratioFactor,
    direction: indicator.direction,
    attribute: indicator.attribute,
    printed_attribute: indicator.printedAttribute,
    aggregation_method: aggregationMethodOf(indicator.valueKind),
    reporting_level: reportingLevelOf(plan, indicator.valueKind),
    reporting_frequency: reportingFrequencyOf(indicator.valueKind),
    baseline_year: indicator.baselineYear,
    baseline_value: indicator.baseline?.value ?? null,
    baseline_printed: indicator.baseline?.printed ?? null,
    baseline: indicator.baseline === null ? null : json(indicator.baseline),
    comparator_kind: final.target.kind,
    comparator: json(final.target),
    target_year: final.year,
    target_value: numericValueOf(final.target),
    target_printed: final.printed,
    target_unit: final.unit,
    targets: json(indicator.targets),
    notes: json(indicator.notes),
  };
};

export const cascadeRows = (indicatorId: number, indicator: TPlanIndicator) => {
  const { kind, nationalCodes, localConcept, note } = indicator.cascade;
  const codes: (string | null)[] = nationalCodes.length > 0 ? nationalCodes : [null];
  return codes.map((code) => ({
    plan_indicator_id: indicatorId,
    kind,
    national_code: code,
    local_concept: localConcept,
    note,
  }));
};

export const completionRowsOf = (plan: TSeedPlan, planId: number) =>
  plan.completionRows.map((row) => ({
    plan_id: planId,
    code: row.code,
    table_id: row.tableId,
    position: row.position,
    row_number: row.rowNumber,
    name: row.name.text,
    name_printed: row.name.printed,
    unit: row.unit,
    base_year: row.baseYear,
    base_printed: row.baseValue?.printed ?? null,
    base_value: row.baseValue?.value ?? null,
    planned_printed: row.plannedValue?.printed ?? null,
    planned_value: row.plannedValue?.value ?? null,
    actual_printed: row.actualValue.printed,
    actual_value: row.actualValue.value,
    attribute: row.attribute,
    printed_attribute: row.printedAttribute,
    completion: row.completion,
    printed_completion: row.printedCompletion,
    notes: json(row.notes),
  }));

export const scheduleRowsOf = (plan: TSeedPlan, planId: number) =>
  plan.schedules.map((row, index) => ({
    plan_id: planId,
    position: index + 1,
    box_id: row.boxId,
    box_title: row.boxTitle,
    row_number: row.rowNumber,
    deadline_printed: row.deadlinePrinted,
    year: row.year,
    column_name: row.column,
    content: row.content?.text ?? null,
    content_printed: row.content?.printed ?? null,
    quantity: row.quantity?.value ?? null,
    quantity_printed: row.quantity?.printed ?? null,
    percent: row.percent?.value ?? null,
    percent_printed: row.percent?.printed ?? null,
    lines: json(row.lines),
    notes: json(row.notes),
  }));

/** County × year counts of every schedule line (「文山市、马关县各建立2个」), duplicates kept as printed. */
export const allocationsOf = (plan: TSeedPlan) =>
  plan.schedules.flatMap((row, index) =>
    row.lines.flatMap((line, lineIndex) =>
      line.allocations.map((allocation, position) => ({
        schedulePosition: index + 1,
        lineIndex,
        position,
        year: line.year ?? row.year,
        countyName: allocation.county,
        count: allocation.count,
        printed: line.printed,
      })),
    ),
  );
