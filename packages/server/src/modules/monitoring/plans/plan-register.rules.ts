import type {
  Direction,
  TCascadeLink,
  TPlanIndicator,
  TPlanTarget,
  TPrintedNumber,
  TPrintedText,
  TSourceNote,
  TargetSource,
  ValueKind,
} from '@mz/shared';

import { parseAttribute, sourceNote } from './seed-text.parser';

// Turns an indicator row read from a seed into a register entry: attribute, value kind, ratio
// factor and direction are derived from the printed cells by the rules below.

export type IndicatorDraft = {
  code: string;
  seedId: string;
  tableId: string;
  source: TargetSource;
  position: number;
  rowNumber: string | null;
  category: TPrintedText | null;
  name: TPrintedText;
  unit: string | null;
  /** Null when the source states no attribute (003). */
  printedAttribute: string | null;
  baselineYear: number | null;
  baseline: TPrintedNumber | null;
  targets: TPlanTarget[];
  notes: TSourceNote[];
};

/**
 * The one target a plan states in its text rather than in a table (正文目标): the only row of the
 * plan's narrative table, with no category, attribute or baseline and one implicit 「≥」 target.
 */
export function narrativeTargetDraft(spec: {
  code: string;
  seedId: string;
  tableId: string;
  name: TPrintedText;
  unit: string;
  target: { year: number; printed: string; value: number };
  notes?: TSourceNote[];
}): IndicatorDraft {
  const { code, seedId, tableId, name, unit, target } = spec;
  return {
    code,
    seedId,
    tableId,
    source: 'narrative',
    position: 1,
    rowNumber: null,
    category: null,
    name,
    unit,
    printedAttribute: null,
    baselineYear: null,
    baseline: null,
    targets: [
      {
        year: target.year,
        printed: target.printed,
        target: { kind: 'gte', value: target.value, isImplicit: true },
        unit,
        source: 'narrative',
      },
    ],
    notes: spec.notes ?? [],
  };
}

export function finishIndicator(draft: IndicatorDraft, cascade: TCascadeLink): TPlanIndicator {
  const notes = [...draft.notes];
  let attribute: TPlanIndicator['attribute'] = null;
  if (draft.printedAttribute === null) {
    notes.push(sourceNote('attribute_not_stated', null, '原文未标注约束性/预期性。'));
  } else {
    const parsed = parseAttribute(draft.printedAttribute);
    attribute = parsed.attribute;
    if (parsed.note !== null) {
      notes.push(parsed.note);
    }
  }
  if (draft.baseline?.isBlank === true && draft.baseline.printed !== '') {
    notes.push(sourceNote('blank_baseline', draft.baseline.printed, `基期值印为「${draft.baseline.printed}」（空缺）。`));
  }
  if (draft.baseline?.scope !== null && draft.baseline?.scope !== undefined) {
    notes.push(
      sourceNote('partial_baseline', draft.baseline.printed, `基期值印为「${draft.baseline.printed}」，仅含${draft.baseline.scope}口径。`),
    );
  }
  for (const target of draft.targets) {
    const isWorded = !isBareNumber(target.printed);
    if ((target.target.kind === 'gte' || target.target.kind === 'lte') && target.target.isImplicit === true && isWorded) {
      notes.push(
        sourceNote(
          'implicit_comparator',
          target.printed,
          `目标「${target.printed}」未标比较符，按“达到”读作${target.target.kind === 'gte' ? '≥' : '≤'}${target.target.value}。`,
        ),
      );
    }
  }
  const valueKind = inferValueKind(draft.name.text, draft.unit, draft.targets);
  return {
    code: draft.code,
    seedId: draft.seedId,
    tableId: draft.tableId,
    source: draft.source,
    position: draft.position,
    rowNumber: draft.rowNumber,
    category: draft.category,
    name: draft.name,
    unit: draft.unit,
    valueKind,
    ratioFactor: inferRatioFactor(draft.name.text, draft.unit, valueKind, draft.targets),
    direction: inferDirection(draft.baseline, draft.targets),
    attribute,
    printedAttribute: draft.printedAttribute,
    baselineYear: draft.baselineYear,
    baseline: draft.baseline,
    targets: draft.targets,
    cascade,
    notes,
  };
}

/**
 * - a 「不低于…增速」 target or a name about 低保标准 (标准/標準) → `level`;
 * - %, ‰ or a per-capita/per-household name (每百户, 每千名, 每万名) → `ratio`;
 * - anything else → `count`.
 */
export function inferValueKind(name: string, unit: string | null, targets: readonly TPlanTarget[]): ValueKind {
  if (targets.some((target) => target.target.kind === 'qualitative')) {
    return 'qualitative';
  }
  if (targets.some((target) => target.target.kind === 'relative_growth') || /标准|標準/u.test(name)) {
    return 'level';
  }
  if (unit === '%' || unit === '‰' || /^每/u.test(name)) {
    return 'ratio';
  }
  return 'count';
}

/** value = numerator / denominator × factor. */
export function inferRatioFactor(name: string, unit: string | null, valueKind: ValueKind, targets: readonly TPlanTarget[]): number | null {
  if (valueKind === 'count' || valueKind === 'qualitative') {
    return null;
  }
  if (targets.some((target) => target.target.kind === 'relative_growth')) {
    return null;
  }
  if (/^每百[户戶]/u.test(name)) {
    return 100;
  }
  if (/^每千名/u.test(name)) {
    return 1000;
  }
  if (/^每[万萬](名|人)/u.test(name)) {
    return 10000;
  }
  if (unit === '%') {
    return 100;
  }
  if (unit === '‰') {
    return 1000;
  }
  return null;
}

/** ≤/< targets decrease; a target equal to the baseline is kept; everything else increases. */
export function inferDirection(baseline: TPrintedNumber | null, targets: readonly TPlanTarget[]): Direction {
  const last = targets[targets.length - 1]?.target;
  if (last === undefined) {
    return 'increase';
  }
  if (last.kind === 'lte' || last.kind === 'lt') {
    return 'decrease';
  }
  const isNumeric = last.kind === 'gte' || last.kind === 'gt' || last.kind === 'eq' || last.kind === 'at_least';
  if (isNumeric && baseline?.value !== null && baseline?.value !== undefined && baseline.value === last.value) {
    return 'maintain';
  }
  return 'increase';
}

/** 「75」, 「100%」, 「0.20」: a number as printed in a table cell, without comparator or words. */
export function isBareNumber(printed: string): boolean {
  return /^\d+(?:\.\d+)?(?:%|‰)?$/u.test(printed);
}
