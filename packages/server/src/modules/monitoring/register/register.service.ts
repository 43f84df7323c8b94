import { fileURLToPath } from 'node:url';
import {
  AppError,
  type AggregationMethod,
  type IndicatorAttribute,
  type PlanLevel,
  type ReportingFrequency,
  type TCascadeMatrix,
  type TIndicatorTarget,
  type TMonitoringPlanSummary,
  type TMonitoringSourceNote,
  type TPlanIndicator,
  type TPlanRegister,
  type TSeedPlan,
  type ValueKind,
} from '@mz/shared';
import { inTransaction, type Database } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { planSummary, requirePlan } from '../monitoring.access';
import { buildCascadeMatrix } from '../plans/cascade-matrix.rules';
import { loadSeedPlans } from '../plans/load-seed-plans';
import * as repo from './register.repository';

// The plan register: loaded once from the seed texts at bootstrap (idempotent), read by every page.

/** packages/server/seeds/plans: the five seed texts shipped with the server. */
export const SEED_PLAN_DIR = fileURLToPath(new URL('../../../../seeds/plans/', import.meta.url));

/** Loads the plans not yet in the register; returns how many were loaded (0 when all are there). */
export const loadPlanRegister = async (db: Database, seedDir = SEED_PLAN_DIR) => {
  const loaded = await repo.loadedSeedIds(db);
  const plans = (await loadSeedPlans(seedDir)).filter((p) => !loaded.includes(p.seedId));
  if (plans.length === 0) return 0;
  return inTransaction(db, async (trx) => {
    const count = await repo.insertRegister(trx, plans);
    await recordAudit(
      trx,
      { actor: null, permission: 'monitoring:manage', requestId: 'bootstrap' },
      {
        action: 'MONITORING_PLAN_REGISTER_LOADED',
        entity: 'monitoring_plan',
        after: plans.map((p) => ({
          seedId: p.seedId,
          indicators: p.indicators.length,
          completionRows: p.completionRows.length,
          schedules: p.schedules.length,
        })),
      },
    );
    return count;
  });
};

export const listPlans = async (db: Database, ctx: CallContext): Promise<TMonitoringPlanSummary[]> =>
  (await repo.listPlans(db, ctx.scope)).map(planSummary);

export const getPlan = async (db: Database, ctx: CallContext, planId: number): Promise<TPlanRegister> => {
  const plan = await requirePlan(db, ctx, planId);
  const indicators = await repo.findIndicators(db, plan.id);
  const ids = indicators.map((i) => i.id);
  const [interim, links, completion, schedules, allocations] = [
    await repo.findInterimTargets(db, ids),
    await repo.findCascadeLinks(db, ids),
    await repo.findCompletionRows(db, plan.id),
    await repo.findScheduleItems(db, plan.id),
    await repo.findScheduleAllocations(db, plan.id),
  ];
  return {
    ...planSummary(plan),
    documentKind: plan.document_kind,
    issuedOn: plan.issued_on,
    notes: plan.notes as TMonitoringSourceNote[],
    tables: plan.tables as TPlanRegister['tables'],
    indicators: indicators.map((i) => ({
      id: i.id,
      code: i.code,
      tableId: i.table_id,
      source: i.source,
      rowNumber: i.row_number,
      category: i.category,
      name: i.name,
      namePrinted: i.name_printed,
      unit: i.unit,
      inputUnit: i.input_unit,
      valueKind: i.value_kind as ValueKind,
      ratioFactor: i.ratio_factor,
      direction: i.direction,
      attribute: i.attribute as IndicatorAttribute | null,
      printedAttribute: i.printed_attribute,
      aggregationMethod: i.aggregation_method as AggregationMethod,
      reportingLevel: i.reporting_level,
      reportingFrequency: i.reporting_frequency as ReportingFrequency,
      baseline: { year: i.baseline_year, value: i.baseline_value, printed: i.baseline_printed },
      target: { year: i.target_year, value: i.target_value, printed: i.target_printed, comparator: i.comparator as TIndicatorTarget },
      interimTargets: interim
        .filter((t) => t.plan_indicator_id === i.id)
        .map((t) => ({ year: t.year, value: t.value, printed: t.printed, comparator: t.target as TIndicatorTarget })),
      cascade: links
        .filter((l) => l.plan_indicator_id === i.id)
        .map((l) => ({ kind: l.kind, nationalCode: l.national_code, localConcept: l.local_concept, note: l.note })),
      notes: i.notes as TMonitoringSourceNote[],
    })),
    completionRows: completion.map((r) => ({
      code: r.code,
      tableId: r.table_id,
      rowNumber: r.row_number,
      name: r.name,
      unit: r.unit,
      baseYear: r.base_year,
      basePrinted: r.base_printed,
      plannedPrinted: r.planned_printed,
      actualPrinted: r.actual_printed,
      attribute: r.attribute,
      printedAttribute: r.printed_attribute,
      completion: r.completion,
      printedCompletion: r.printed_completion,
      notes: r.notes as TMonitoringSourceNote[],
    })),
    schedules: schedules.map((s) => ({
      id: s.id,
      boxId: s.box_id,
      boxTitle: s.box_title,
      rowNumber: s.row_number,
      deadlinePrinted: s.deadline_printed,
      year: s.year,
      column: s.column_name,
      content: s.content,
      quantityPrinted: s.quantity_printed,
      percentPrinted: s.percent_printed,
      lines: s.lines as Record<string, unknown>[],
      notes: s.notes as TMonitoringSourceNote[],
      allocations: allocations
        .filter((a) => a.schedule_item_id === s.id)
        .map((a) => ({ year: a.year, county: a.county_name, divisionId: a.division_id, divisionCode: a.division_code, count: a.count })),
    })),
  };
};

/** TSeedPlan objects rebuilt from the stored register (enough for the cross-plan matrix). */
const rebuildPlans = async (db: Database): Promise<TSeedPlan[]> => {
  const plans = await repo.findAllPlans(db);
  const indicators = await repo.findAllIndicators(db);
  const links = await repo.findCascadeLinks(
    db,
    indicators.map((i) => i.id),
  );
  return plans.map((p) => ({
    seedId: p.seed_id,
    fileName: '',
    level: p.level as TSeedPlan['level'],
    divisionCode: p.division_code,
    divisionName: p.division_name,
    documentKind: p.document_kind as TSeedPlan['documentKind'],
    title: p.title === null ? null : { printed: p.title, text: p.title },
    issuer: null,
    documentNumber: null,
    issuedOn: null,
    publishedOn: null,
    periodStartYear: p.period_start_year,
    periodEndYear: p.period_end_year,
    periodPrinted: null,
    baseYear: p.base_year,
    baseYearPrinted: null,
    targetYear: p.target_year,
    targetYearPrinted: null,
    tables: [],
    completionRows: [],
    schedules: [],
    notes: [],
    indicators: indicators
      .filter((i) => i.plan_id === p.id)
      .map((i): TPlanIndicator => {
        const own = links.filter((l) => l.plan_indicator_id === i.id);
        return {
          code: i.code,
          seedId: p.seed_id,
          tableId: i.table_id,
          source: i.source as TPlanIndicator['source'],
          position: i.position,
          rowNumber: i.row_number,
          category: i.category === null ? null : { printed: i.category_printed ?? i.category, text: i.category },
          name: { printed: i.name_printed, text: i.name },
          unit: i.unit,
          valueKind: i.value_kind as TPlanIndicator['valueKind'],
          ratioFactor: i.ratio_factor === null ? null : Number(i.ratio_factor),
          direction: i.direction as TPlanIndicator['direction'],
          attribute: i.attribute as TPlanIndicator['attribute'],
          printedAttribute: i.printed_attribute,
          baselineYear: i.baseline_year,
          baseline: i.baseline as TPlanIndicator['baseline'],
          targets: i.targets as TPlanIndicator['targets'],
          cascade: {
            kind: (own[0]?.kind ?? 'local_only') as TPlanIndicator['cascade']['kind'],
            nationalCodes: own.flatMap((l) => (l.national_code === null ? [] : [l.national_code])),
            localConcept: own[0]?.local_concept ?? null,
            note: own[0]?.note ?? null,
          },
          notes: i.notes as TPlanIndicator['notes'],
        };
      }),
  }));
};

/** The cross-plan matrix (seeds-digest §7.1) from the stored register, limited to visible plans. */
export const cascadeMatrix = async (db: Database, ctx: CallContext): Promise<TCascadeMatrix> => {
  const visible = await repo.listPlans(db, ctx.scope);
  const plans = (await rebuildPlans(db)).filter((p) => visible.some((v) => v.seed_id === p.seedId));
  if (!plans.some((p) => p.level === 'national')) throw new AppError('NOT_FOUND', '全国规划不在您的可见范围内');
  const planIdOf = (seedId: string) => visible.find((v) => v.seed_id === seedId)?.id ?? null;
  return {
    plans: visible.map((p) => ({
      id: p.id,
      seedId: p.seed_id,
      title: p.title,
      level: p.level as PlanLevel,
      divisionName: p.division_name,
    })),
    rows: buildCascadeMatrix(plans).map((row) => ({
      conceptKey: row.conceptKey,
      conceptName: row.conceptName,
      national: row.national
        ? {
            code: row.national.code,
            name: row.national.name.text,
            unit: row.national.unit,
            targets: row.national.targets.map((t) => ({ year: t.year, printed: t.printed })),
            printedAttribute: row.national.printedAttribute,
            attribute: row.national.attribute,
          }
        : null,
      adoptions: row.adoptions.map((a) => ({ ...a, planId: planIdOf(a.seedId) })),
      weakerCount: row.adoptions.filter((a) => a.isWeakerThanNational).length,
    })),
  };
};
