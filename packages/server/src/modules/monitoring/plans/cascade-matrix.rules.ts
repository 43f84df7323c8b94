import type { CascadeLinkKind, IndicatorAttribute, PlanLevel, TPlanIndicator, TSeedPlan, TargetSource } from '@mz/shared';

import {
  type AttributeStrength,
  compareAttributeStrength,
  compareTargetStrength,
  type TargetStrength,
} from '../rules/target-strength.rules';
import { LOCAL_CONCEPTS } from './cascade-links';

// The cross-plan matrix (seeds-digest §7.1): for each national indicator, which local plans
// adopted it, how (same / decomposed / proxy), with what target and attribute, and whether the
// local target is weaker than the national one. Local-only concepts shared by several plans
// (节地生态安葬率, 特困人员集中供养率) close the matrix.

export type CascadeAdoption = {
  seedId: string;
  level: PlanLevel;
  indicatorCode: string;
  linkKind: CascadeLinkKind;
  name: string;
  source: TargetSource;
  baselinePrinted: string | null;
  targets: { year: number; printed: string }[];
  attribute: IndicatorAttribute | null;
  printedAttribute: string | null;
  targetStrength: TargetStrength;
  attributeStrength: AttributeStrength;
  isWeakerThanNational: boolean;
  reasons: string[];
};

export type CascadeMatrixRow = {
  /** National code (N01…N15, NT01) or local concept key (L01, L02). */
  conceptKey: string;
  conceptName: string;
  national: TPlanIndicator | null;
  adoptions: CascadeAdoption[];
};

export function buildCascadeMatrix(plans: readonly TSeedPlan[]): CascadeMatrixRow[] {
  const nationalPlan = plans.find((plan) => plan.level === 'national');
  if (nationalPlan === undefined) {
    throw new Error('The plan register has no national plan');
  }
  const localPlans = plans.filter((plan) => plan !== nationalPlan);
  const nationalRows = nationalPlan.indicators.map((national) => ({
    conceptKey: national.code,
    conceptName: national.name.text,
    national,
    adoptions: localPlans.flatMap((plan) =>
      plan.indicators
        .filter((indicator) => indicator.cascade.nationalCodes.includes(national.code))
        .map((indicator) => toAdoption(plan, indicator, national)),
    ),
  }));
  const localRows = LOCAL_CONCEPTS.map((concept) => ({
    conceptKey: concept.key,
    conceptName: concept.name,
    national: null,
    adoptions: localPlans.flatMap((plan) =>
      plan.indicators
        .filter((indicator) => indicator.cascade.localConcept === concept.key)
        .map((indicator) => toAdoption(plan, indicator, null)),
    ),
  }));
  return [...nationalRows, ...localRows];
}

/** Compact cell text in the style of the digest matrix: 「44.28→≥55 (约束性)」. */
export function formatCascadeCell(cell: {
  baselinePrinted: string | null;
  targets: readonly { year: number; printed: string }[];
  printedAttribute: string | null;
}): string {
  const targets =
    cell.targets.length === 1
      ? (cell.targets[0]?.printed ?? '')
      : cell.targets.map((target) => `${target.printed} (${target.year})`).join(', ');
  const baseline = cell.baselinePrinted === null || cell.baselinePrinted === '' ? '' : `${cell.baselinePrinted}→`;
  const attribute = cell.printedAttribute === null ? '' : ` (${cell.printedAttribute})`;
  return `${baseline}${targets}${attribute}`;
}

function toAdoption(plan: TSeedPlan, indicator: TPlanIndicator, national: TPlanIndicator | null): CascadeAdoption {
  const comparison = national === null ? null : compareWithNational(indicator, national);
  return {
    seedId: plan.seedId,
    level: plan.level,
    indicatorCode: indicator.code,
    linkKind: indicator.cascade.kind,
    name: indicator.name.text,
    source: indicator.source,
    baselinePrinted: indicator.baseline?.printed ?? null,
    targets: indicator.targets.map((target) => ({ year: target.year, printed: target.printed })),
    attribute: indicator.attribute,
    printedAttribute: indicator.printedAttribute,
    targetStrength: comparison?.targetStrength ?? 'not_comparable',
    attributeStrength: comparison?.attributeStrength ?? 'unknown',
    isWeakerThanNational: comparison !== null && (comparison.targetStrength === 'weaker' || comparison.attributeStrength === 'weaker'),
    reasons: comparison?.reasons ?? [],
  };
}

function compareWithNational(
  indicator: TPlanIndicator,
  national: TPlanIndicator,
): { targetStrength: TargetStrength; attributeStrength: AttributeStrength; reasons: string[] } {
  const reasons: string[] = [];
  const kind = indicator.cascade.kind;
  const attributeStrength =
    kind === 'same' || kind === 'decomposed' ? compareAttributeStrength(indicator.attribute, national.attribute) : 'unknown';
  if (attributeStrength === 'weaker') {
    reasons.push(`属性为${indicator.printedAttribute ?? ''}，全国为${national.printedAttribute ?? ''}，约束力弱于全国。`);
  }
  if (kind !== 'same') {
    reasons.push(kind === 'decomposed' ? '分解指标：地方数量是全国总量的一部分，目标不直接比较。' : '替代指标：口径不同，目标不直接比较。');
    return { targetStrength: 'not_comparable', attributeStrength, reasons };
  }
  const nationalTarget = national.targets[national.targets.length - 1];
  const localTarget = indicator.targets.find((target) => target.year === nationalTarget?.year);
  if (nationalTarget === undefined || localTarget === undefined) {
    reasons.push('地方无与全国同年的目标，目标不直接比较。');
    return { targetStrength: 'not_comparable', attributeStrength, reasons };
  }
  if (localTarget.unit !== nationalTarget.unit) {
    reasons.push(`单位不同（${localTarget.unit ?? '无'}/${nationalTarget.unit ?? '无'}），目标不直接比较。`);
    return { targetStrength: 'not_comparable', attributeStrength, reasons };
  }
  const targetStrength = compareTargetStrength(localTarget.target, nationalTarget.target);
  const relation = { weaker: '弱于', equal: '等同于', stronger: '强于', not_comparable: '无法直接比较' }[targetStrength];
  reasons.push(`${nationalTarget.year}年地方目标「${localTarget.printed}」${relation}全国目标「${nationalTarget.printed}」。`);
  return { targetStrength, attributeStrength, reasons };
}
