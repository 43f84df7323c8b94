import { z } from 'zod';

import { AGGREGATION_METHODS, INDICATOR_ATTRIBUTES, PLAN_LEVELS, VALUE_KINDS } from '../monitoring/monitoring.codes';
import { ZIndicatorTarget } from '../monitoring/monitoring.contract';
import { REPORTING_FREQUENCIES, ZTimeProgressCutOffs } from './monitoring-api.contract';
import { ZMonitoringPlanSummary } from './common.responses';
import { isoDateTime, nullableNumber, ZNote, ZPrintedTarget } from './response-parts';

// Response shapes of /api/monitoring/…: the server returns exactly these (its services are typed
// with them, and a DB test parses a real response of every route), the web imports them.
// Here: the plan register, the cross-plan matrix and a plan's 时序进度 cut-offs.

// ---------------------------------------------------------------------------------------------
// Plan register and cross-plan matrix

export const ZPlanRegisterIndicator = z.object({
  id: z.number(),
  code: z.string(),
  tableId: z.string(),
  source: z.string(),
  rowNumber: z.string().nullable(),
  category: z.string().nullable(),
  name: z.string(),
  namePrinted: z.string(),
  unit: z.string().nullable(),
  inputUnit: z.string().nullable(),
  valueKind: z.enum(VALUE_KINDS),
  ratioFactor: nullableNumber,
  direction: z.string(),
  attribute: z.enum(INDICATOR_ATTRIBUTES).nullable(),
  printedAttribute: z.string().nullable(),
  aggregationMethod: z.enum(AGGREGATION_METHODS),
  reportingLevel: z.string().nullable(),
  reportingFrequency: z.enum(REPORTING_FREQUENCIES),
  baseline: z.object({ year: nullableNumber, value: nullableNumber, printed: z.string().nullable() }),
  target: ZPrintedTarget.extend({ comparator: ZIndicatorTarget }),
  interimTargets: z.array(ZPrintedTarget.extend({ comparator: ZIndicatorTarget })),
  cascade: z.array(
    z.object({ kind: z.string(), nationalCode: z.string().nullable(), localConcept: z.string().nullable(), note: z.string().nullable() }),
  ),
  notes: z.array(ZNote),
});
export type TPlanRegisterIndicator = z.infer<typeof ZPlanRegisterIndicator>;

export const ZPlanRegister = ZMonitoringPlanSummary.extend({
  documentKind: z.string(),
  issuedOn: z.string().nullable(),
  notes: z.array(ZNote),
  tables: z.array(z.object({ kind: z.string(), title: z.string().nullable(), tableId: z.string(), rowCount: z.number() })),
  indicators: z.array(ZPlanRegisterIndicator),
  completionRows: z.array(
    z.object({
      code: z.string(),
      tableId: z.string(),
      rowNumber: z.string().nullable(),
      name: z.string(),
      unit: z.string().nullable(),
      baseYear: nullableNumber,
      basePrinted: z.string().nullable(),
      plannedPrinted: z.string().nullable(),
      actualPrinted: z.string(),
      attribute: z.string().nullable(),
      printedAttribute: z.string().nullable(),
      completion: z.string().nullable(),
      printedCompletion: z.string().nullable(),
      notes: z.array(ZNote),
    }),
  ),
  schedules: z.array(
    z.object({
      id: z.number(),
      boxId: z.string(),
      boxTitle: z.string(),
      rowNumber: z.string().nullable(),
      deadlinePrinted: z.string().nullable(),
      year: nullableNumber,
      column: z.string().nullable(),
      content: z.string().nullable(),
      quantityPrinted: z.string().nullable(),
      percentPrinted: z.string().nullable(),
      /** The parsed schedule lines (TScheduleLine of the register). */
      lines: z.array(z.record(z.string(), z.unknown())),
      notes: z.array(ZNote),
      allocations: z.array(
        z.object({
          year: nullableNumber,
          county: z.string(),
          divisionId: nullableNumber,
          divisionCode: z.string().nullable(),
          count: z.number(),
        }),
      ),
    }),
  ),
});
export type TPlanRegister = z.infer<typeof ZPlanRegister>;

export const TARGET_STRENGTHS = ['weaker', 'equal', 'stronger', 'not_comparable'] as const;
export type TargetStrength = (typeof TARGET_STRENGTHS)[number];
export const ATTRIBUTE_STRENGTHS = ['weaker', 'equal', 'stronger', 'unknown'] as const;
export type AttributeStrength = (typeof ATTRIBUTE_STRENGTHS)[number];

const ZYearPrinted = z.object({ year: z.number(), printed: z.string() });

export const ZCascadeAdoption = z.object({
  seedId: z.string(),
  planId: nullableNumber,
  level: z.enum(PLAN_LEVELS),
  indicatorCode: z.string(),
  linkKind: z.string(),
  name: z.string(),
  source: z.string(),
  baselinePrinted: z.string().nullable(),
  targets: z.array(ZYearPrinted),
  attribute: z.enum(INDICATOR_ATTRIBUTES).nullable(),
  printedAttribute: z.string().nullable(),
  targetStrength: z.enum(TARGET_STRENGTHS).nullable(),
  attributeStrength: z.enum(ATTRIBUTE_STRENGTHS).nullable(),
  isWeakerThanNational: z.boolean(),
  reasons: z.array(z.string()),
});
export type TCascadeAdoption = z.infer<typeof ZCascadeAdoption>;

export const ZCascadeRow = z.object({
  conceptKey: z.string(),
  conceptName: z.string(),
  national: z
    .object({
      code: z.string(),
      name: z.string(),
      unit: z.string().nullable(),
      targets: z.array(ZYearPrinted),
      printedAttribute: z.string().nullable(),
      attribute: z.enum(INDICATOR_ATTRIBUTES).nullable(),
    })
    .nullable(),
  adoptions: z.array(ZCascadeAdoption),
  weakerCount: z.number(),
});
export type TCascadeRow = z.infer<typeof ZCascadeRow>;

export const ZCascadeMatrix = z.object({
  plans: z.array(
    z.object({ id: z.number(), seedId: z.string(), title: z.string().nullable(), level: z.enum(PLAN_LEVELS), divisionName: z.string() }),
  ),
  rows: z.array(ZCascadeRow),
});
export type TCascadeMatrix = z.infer<typeof ZCascadeMatrix>;

// ---------------------------------------------------------------------------------------------
// 时序进度 cut-offs of a plan

export const ZPlanCutOffs = z.object({
  planId: z.number(),
  cutOffs: ZTimeProgressCutOffs,
  /** True while the plan uses the platform defaults (no stored setting). */
  isDefault: z.boolean(),
  /** The method as printed in reports (「完成进度÷时间进度≥110%为超额完成……」). */
  method: z.string(),
  updatedAt: isoDateTime.nullable(),
  updatedBy: z.string().nullable(),
  /** Verdicts recomputed by the change (PUT only). */
  recomputed: z.number().optional(),
});
export type TPlanCutOffs = z.infer<typeof ZPlanCutOffs>;
