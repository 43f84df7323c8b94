import {
  ADL_ITEMS,
  AREA_TYPE_LABELS,
  AREA_TYPES,
  APPLICATION_CHANNEL_LABELS,
  APPLICATION_CHANNELS,
  CASE_DOCUMENT_KIND_LABELS,
  CASE_DOCUMENT_KINDS,
  COUNTY_CHECK_KINDS,
  DEPARTMENT_LABELS,
  DEPARTMENTS,
  DISABILITY_CATEGORIES,
  DISABILITY_CATEGORY_NAMES,
  DISABILITY_GRADE_LABELS,
  DISABILITY_GRADES,
  EMPLOYMENT_STATUS_LABELS,
  EMPLOYMENT_STATUSES,
  EMPLOYMENT_REFUSAL_LABELS,
  EMPLOYMENT_REFUSALS,
  EXCLUSION_STATUS_LABELS,
  EXCLUSION_STATUSES,
  FINANCIAL_ASSET_KINDS,
  HOUSEHOLD_STATUS_LABELS,
  HOUSEHOLD_STATUSES,
  INCOME_KINDS,
  LABOUR_CAPACITIES,
  LABOUR_CAPACITY_LABELS,
  NOTICE_METHODS,
  OBJECTION_OUTCOMES,
  OBLIGOR_RELATIONS,
  PAYMENT_LINE_KIND_LABELS,
  PAYMENT_LINE_KINDS,
  PAYMENT_LINE_STATUS_LABELS,
  PAYMENT_LINE_STATUSES,
  PAYMENT_ROLL_STATUS_LABELS,
  PAYMENT_ROLL_STATUSES,
  PRELIMINARY_OPINIONS,
  RELATION_LABELS,
  RELATIONS,
  STUDENT_STAGE_LABELS,
  STUDENT_STAGES,
  SUPPORT_PAYERS,
  VEHICLE_KINDS,
  DECISIONS,
  CARE_MODES,
} from '@mz/shared';
import { labelOf, saText } from './social-assistance.i18n';

// Select options of the code lists (values from @mz/shared, Chinese labels from there or from this
// feature's catalogue).

type Option<T extends string | number = string> = { value: T; label: string };
const from = <T extends string>(codes: readonly T[], labels: Readonly<Record<string, string>>): Option<T>[] =>
  codes.map((value) => ({ value, label: labelOf(labels, value) }));

const L = saText.labels;

export const AREA_OPTIONS = from(AREA_TYPES, AREA_TYPE_LABELS);
export const RELATION_OPTIONS = from(RELATIONS, RELATION_LABELS);
export const EMPLOYMENT_OPTIONS = from(EMPLOYMENT_STATUSES, EMPLOYMENT_STATUS_LABELS);
export const DISABILITY_CATEGORY_OPTIONS = from(DISABILITY_CATEGORIES, DISABILITY_CATEGORY_NAMES);
export const DISABILITY_GRADE_OPTIONS: Option<number>[] = DISABILITY_GRADES.map((g) => ({ value: g, label: DISABILITY_GRADE_LABELS[g] }));
export const STUDENT_STAGE_OPTIONS = from(STUDENT_STAGES, STUDENT_STAGE_LABELS);
export const LABOUR_OPTIONS = from(LABOUR_CAPACITIES, LABOUR_CAPACITY_LABELS);
export const EXCLUSION_OPTIONS = from(EXCLUSION_STATUSES, EXCLUSION_STATUS_LABELS);
export const EMPLOYMENT_REFUSAL_OPTIONS = from(EMPLOYMENT_REFUSALS, EMPLOYMENT_REFUSAL_LABELS);
export const ADL_OPTIONS = from(ADL_ITEMS, L.adl);
export const CARE_MODE_OPTIONS = from(CARE_MODES, L.careMode);
export const HOUSEHOLD_STATUS_OPTIONS = from(HOUSEHOLD_STATUSES, HOUSEHOLD_STATUS_LABELS);
export const INCOME_KIND_OPTIONS = from(INCOME_KINDS, L.incomeKind);
export const SUPPORT_PAYER_OPTIONS = from(SUPPORT_PAYERS, L.supportPayer);
export const PROPERTY_KIND_OPTIONS = from([...FINANCIAL_ASSET_KINDS, 'vehicle', 'house', 'business'], L.propertyKind);
export const VEHICLE_KIND_OPTIONS = from(VEHICLE_KINDS, L.vehicleKind);
export const OBLIGOR_RELATION_OPTIONS = from(OBLIGOR_RELATIONS, L.obligorRelation);
export const CHANNEL_OPTIONS = from(APPLICATION_CHANNELS, APPLICATION_CHANNEL_LABELS);
export const DEPARTMENT_OPTIONS = from(DEPARTMENTS, DEPARTMENT_LABELS);
export const OPINION_OPTIONS = from(PRELIMINARY_OPINIONS, L.opinion);
export const DECISION_OPTIONS = from(DECISIONS, L.decision);
export const OBJECTION_OUTCOME_OPTIONS = from(OBJECTION_OUTCOMES, L.objectionOutcome);
export const COUNTY_CHECK_OPTIONS = from(COUNTY_CHECK_KINDS, L.countyCheckKind);
export const NOTICE_METHOD_OPTIONS = from(NOTICE_METHODS, L.noticeMethod);
export const DOCUMENT_KIND_OPTIONS = from(CASE_DOCUMENT_KINDS, CASE_DOCUMENT_KIND_LABELS);
export const ROLL_STATUS_OPTIONS = from(PAYMENT_ROLL_STATUSES, PAYMENT_ROLL_STATUS_LABELS);
export const LINE_STATUS_OPTIONS = from(PAYMENT_LINE_STATUSES, PAYMENT_LINE_STATUS_LABELS);
export const LINE_KIND_OPTIONS = from(PAYMENT_LINE_KINDS, PAYMENT_LINE_KIND_LABELS);

/** Departments asked by default for a 低保-type case: banks, vehicles, real estate, social insurance, business, tax. */
export const DEFAULT_DEPARTMENTS = ['public-security', 'vehicle-registry', 'human-resources', 'real-estate', 'market-regulation', 'bank'];

export const OBLIGOR_FLAG_OPTIONS = [
  { value: 'deceased', label: saText.obligor.deceased },
  { value: 'isDibao', label: saText.obligor.isDibao },
  { value: 'isExtremePoverty', label: saText.obligor.isExtremePoverty },
  { value: 'noCivilCapacity', label: saText.obligor.noCivilCapacity },
  { value: 'declaredMissing', label: saText.obligor.declaredMissing },
  { value: 'imprisoned', label: saText.obligor.imprisoned },
];
