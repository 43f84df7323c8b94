import { z } from 'zod';

import { INDICATOR_ATTRIBUTES, VALUE_KINDS } from '../monitoring/monitoring.codes';
import { REPORTING_FREQUENCIES, REVIEW_LEVELS, SUBMISSION_STATUSES, VALUE_INPUT_FIELDS, VALUE_SOURCES } from './monitoring-api.contract';
import { ZMonitoringDivisionRef, ZMonitoringPlanSummary, ZVerdictSummary } from './common.responses';
import { isoDateTime, nullableNumber } from './response-parts';

// Response shapes of /api/monitoring/…: the server returns exactly these (its services are typed
// with them, and a DB test parses a real response of every route), the web imports them.
// Here: data collection (the form, saving, Excel import, deviation notes) and sign-off.

// ---------------------------------------------------------------------------------------------
// Data collection

export const ZFormField = z.object({ field: z.enum(VALUE_INPUT_FIELDS), label: z.string() });
export type TFormField = z.infer<typeof ZFormField>;

const inputCells = Object.fromEntries(VALUE_INPUT_FIELDS.map((f) => [f, nullableNumber])) as Record<
  (typeof VALUE_INPUT_FIELDS)[number],
  typeof nullableNumber
>;

/**
 * Why a row of the form cannot be typed in: the period is locked (submitted), a business system
 * computes it, it is rolled up from lower reporting units (read-only, see `rolledUp`), or it is
 * reported at a higher level. null = entry allowed.
 */
export const FORM_ROW_READ_ONLY_KINDS = ['locked', 'computed', 'rolled_up', 'reported_above'] as const;
export type FormRowReadOnlyKind = (typeof FORM_ROW_READ_ONLY_KINDS)[number];

export const ZFormIndicator = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  inputUnit: z.string().nullable(),
  valueKind: z.enum(VALUE_KINDS),
  attribute: z.enum(INDICATOR_ATTRIBUTES).nullable(),
  reportingFrequency: z.enum(REPORTING_FREQUENCIES),
  targetPrinted: z.string(),
  fields: z.array(ZFormField),
  own: z
    .object({
      ...inputCells,
      source: z.enum(VALUE_SOURCES),
      note: z.string().nullable(),
      rowValue: nullableNumber,
      enteredAt: isoDateTime,
    })
    .nullable(),
  previousValue: nullableNumber,
  rolledUp: z.object({ value: nullableNumber, units: z.number() }).nullable(),
  entryAllowed: z.boolean(),
  /** Computed from business records (系统计算): read-only, whatever else applies. */
  isComputed: z.boolean(),
  readOnlyKind: z.enum(FORM_ROW_READ_ONLY_KINDS).nullable(),
  blockedReason: z.string().nullable(),
  deviationNote: z.string().nullable(),
  verdict: ZVerdictSummary.nullable(),
});
export type TFormIndicator = z.infer<typeof ZFormIndicator>;

export const ZFormSubmission = z.object({
  id: z.number(),
  status: z.enum(SUBMISSION_STATUSES),
  statusLabel: z.string(),
  nextReviewLevel: z.enum(REVIEW_LEVELS).nullable(),
  returnReason: z.string().nullable(),
});

export const ZCollectionForm = z.object({
  plan: ZMonitoringPlanSummary,
  division: ZMonitoringDivisionRef,
  year: z.number(),
  quarter: z.number(),
  submission: ZFormSubmission.nullable(),
  locked: z.boolean(),
  indicators: z.array(ZFormIndicator),
});
export type TCollectionForm = z.infer<typeof ZCollectionForm>;

export const ZSaveResult = z.object({
  saved: z.number(),
  cleared: z.number(),
  warnings: z.array(
    z.object({ indicatorCode: z.string(), field: z.string().optional(), code: z.string().optional(), message: z.string() }),
  ),
});
export type TSaveResult = z.infer<typeof ZSaveResult>;

export const ZImportResult = z.object({
  imported: z.number(),
  fileName: z.string(),
  sha256: z.string(),
  warnings: z.array(z.object({ row: nullableNumber, indicatorCode: z.string(), message: z.string() })),
});
export type TImportResult = z.infer<typeof ZImportResult>;

export const ZDeviationNoteResult = z.object({
  id: z.number(),
  indicatorId: z.number(),
  year: z.number(),
  text: z.string(),
  updatedAt: isoDateTime,
});
export type TDeviationNoteResult = z.infer<typeof ZDeviationNoteResult>;

// ---------------------------------------------------------------------------------------------
// Sign-off

export const ZSubmission = z.object({
  id: z.number(),
  planId: z.number(),
  planSeedId: z.string(),
  planTitle: z.string().nullable(),
  division: ZMonitoringDivisionRef,
  year: z.number(),
  status: z.enum(SUBMISSION_STATUSES),
  statusLabel: z.string(),
  nextReviewLevel: z.enum(REVIEW_LEVELS).nullable(),
  finalLevel: z.enum(REVIEW_LEVELS),
  isLocked: z.boolean(),
  isFinal: z.boolean(),
  returnReason: z.string().nullable(),
  submittedAt: isoDateTime.nullable(),
  lastActionAt: isoDateTime,
  canReview: z.boolean(),
});
export type TSubmission = z.infer<typeof ZSubmission>;

export const ZSubmissionList = z.object({ items: z.array(ZSubmission), total: z.number() });
export type TSubmissionList = z.infer<typeof ZSubmissionList>;

export const SUBMISSION_ACTIONS = ['submit', 'approve', 'return'] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];

export const ZSubmissionEvent = z.object({
  id: z.number(),
  action: z.enum(SUBMISSION_ACTIONS),
  fromStatus: z.enum(SUBMISSION_STATUSES),
  toStatus: z.enum(SUBMISSION_STATUSES),
  reviewLevel: z.enum(REVIEW_LEVELS).nullable(),
  reason: z.string().nullable(),
  at: isoDateTime,
  actorName: z.string().nullable(),
});
export type TSubmissionEvent = z.infer<typeof ZSubmissionEvent>;

export const ZSubmissionDetail = ZSubmission.extend({ events: z.array(ZSubmissionEvent) });
export type TSubmissionDetail = z.infer<typeof ZSubmissionDetail>;
