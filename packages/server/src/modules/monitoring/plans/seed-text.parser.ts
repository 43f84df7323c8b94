import type { IndicatorAttribute, TIndicatorTarget, TPrintedNumber, TPrintedText, TSourceNote } from '@mz/shared';

// Readers for the seed plan texts. Every value keeps the exact text it was read from
// (`printed`, a verbatim substring of the seed) next to its parsed form.

/** A non-blank line of the seed, trimmed, with the offset of the trimmed text. */
export type TextCell = { text: string; offset: number; end: number };

const TRIMMABLE = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g;

/** Non-blank lines between two offsets; table cells in 001/002 are one line each. */
export function readLineCells(source: string, from = 0, to = source.length): TextCell[] {
  const cells: TextCell[] = [];
  let lineStart = from;
  while (lineStart < to) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > to ? to : newline;
    const line = source.slice(lineStart, lineEnd);
    const leading = line.length - line.replace(/^[\s\u00a0\u3000]+/, '').length;
    const text = line.replace(TRIMMABLE, '');
    if (text.length > 0) {
      cells.push({ text, offset: lineStart + leading, end: lineStart + leading + text.length });
    }
    lineStart = lineEnd + 1;
  }
  return cells;
}

/** 000 prints table cells as lines ending in 「 |」 or 「 | |」; the marker is not part of the value. */
export function stripCellMarkers(cell: TextCell): TextCell {
  const text = cell.text.replace(/(\s*\|)+$/, '');
  return { text, offset: cell.offset, end: cell.offset + text.length };
}

/** Offset of `phrase` at or after `from`; throws when the seed does not contain it. */
export function requireOffset(source: string, phrase: string, from = 0): number {
  const offset = source.indexOf(phrase, from);
  if (offset === -1) {
    throw new Error(`Seed text does not contain 「${phrase}」 after offset ${from}`);
  }
  return offset;
}

/** The text between two cells inclusive, exactly as printed (line breaks kept). */
export function spanText(source: string, first: TextCell, last: TextCell): string {
  return source.slice(first.offset, last.end);
}

/** Display form: whitespace and line breaks dropped (the digest's quoting convention). */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

export function printedText(printed: string, text = printed): TPrintedText {
  return { printed, text };
}

export function sourceNote(kind: TSourceNote['kind'], printed: string | null, message: string): TSourceNote {
  return { kind, printed, message };
}

// ---------------------------------------------------------------------------------------------
// Numbers, targets, attributes

const BLANK_MARKERS = new Set(['—', '-', '－', '–', '']);
const NUMBER_CELL = /^(?:(?<scope>[^:：\d]+)[:：])?(?<comparator>≥|>|≤|<)?(?<value>\d+(?:\.\d+)?)(?<unit>%|‰)?$/u;

/** A baseline or result cell: 「58」, 「64%」, 「城市:13.5」, 「—」, 「-」. */
export function parseNumberCell(printed: string): TPrintedNumber {
  if (BLANK_MARKERS.has(printed)) {
    return { printed, value: null, unit: null, scope: null, isBlank: true };
  }
  const match = NUMBER_CELL.exec(printed);
  const groups = match?.groups;
  if (groups === undefined || groups['value'] === undefined || groups['comparator'] !== undefined) {
    throw new Error(`Not a number cell: 「${printed}」`);
  }
  return {
    printed,
    value: Number(groups['value']),
    unit: groups['unit'] ?? null,
    scope: groups['scope'] ?? null,
    isBlank: false,
  };
}

export type ParsedTargetCell = { target: TIndicatorTarget; unit: string | null };

const RELATIVE_GROWTH_CELL = /^不低于(?<reference>.*上年度.+增速)$/u;
const NUMERIC_TARGET_CELL = /^(?<comparator>≥|>|≤|<)?(?<value>\d+(?:\.\d+)?)(?<unit>%|‰)?$/u;

/**
 * A target cell of an indicator table: 「≥55」, 「>30」, 「75」, 「100%」,
 * 「不低于居民上年度人均消费支出增速」. A bare number is read as ≥ (every table indicator in the
 * seeds is an increasing one) and flagged `isImplicit`.
 */
export function parseTargetCell(printed: string): ParsedTargetCell {
  const growth = RELATIVE_GROWTH_CELL.exec(printed)?.groups;
  if (growth?.['reference'] !== undefined) {
    return {
      target: { kind: 'relative_growth', reference: growth['reference'], referenceLagYears: 1 },
      unit: null,
    };
  }
  const numeric = NUMERIC_TARGET_CELL.exec(printed)?.groups;
  if (numeric?.['value'] === undefined) {
    throw new Error(`Not a target cell: 「${printed}」`);
  }
  const value = Number(numeric['value']);
  const unit = numeric['unit'] ?? null;
  switch (numeric['comparator']) {
    case '≥':
      return { target: { kind: 'gte', value }, unit };
    case '>':
      return { target: { kind: 'gt', value }, unit };
    case '≤':
      return { target: { kind: 'lte', value }, unit };
    case '<':
      return { target: { kind: 'lt', value }, unit };
    default:
      return { target: { kind: 'gte', value, isImplicit: true }, unit };
  }
}

export type ParsedAttribute = { attribute: IndicatorAttribute; note: TSourceNote | null };

/** 「约束性」/「预期性」, plus the misprints found in the seeds, each kept as a note. */
export function parseAttribute(printed: string): ParsedAttribute {
  switch (printed) {
    case '约束性':
      return { attribute: 'binding', note: null };
    case '预期性':
      return { attribute: 'expected', note: null };
    case '约束':
      return {
        attribute: 'binding',
        note: sourceNote('attribute_as_printed', printed, '属性印为「约束」（缺“性”字），按约束性载入。'),
      };
    case '预期值':
      return {
        attribute: 'expected',
        note: sourceNote('attribute_as_printed', printed, '属性印为「预期值」，按预期性载入。'),
      };
    default:
      throw new Error(`Unknown indicator attribute 「${printed}」`);
  }
}

/** 「救助对象审核认定准确率(%)」 → name and unit; 「()」 gives an empty unit. */
export function splitNameAndUnit(printed: string): { name: string; unit: string | null } {
  const match = /^(?<name>.+?)\((?<unit>[^()]*)\)$/u.exec(printed)?.groups;
  if (match?.['name'] === undefined) {
    return { name: printed, unit: null };
  }
  return { name: match['name'], unit: match['unit'] ?? null };
}

// ---------------------------------------------------------------------------------------------
// Views without inserted material: pinyin glosses (003) and page-chunk markers (004)

const PINYIN_GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu;
const CHUNK_MARKER = /\n\d+、/gu;

export type StrippedView = {
  /** The text without the inserted material. */
  text: string;
  /** Offset in the source of the character at `index` of `text` (source length at the end). */
  toSourceOffset: (index: number) => number;
  /** Glosses belong to the character before them; chunk markers belong to nothing. */
  isAttachedToPrevious: boolean;
};

/** The source with every match of `pattern` (global) removed, and a map back to the source. */
export function stripMatches(source: string, pattern: RegExp, isAttachedToPrevious: boolean): StrippedView {
  const sourceOffsets: number[] = [];
  let text = '';
  let cursor = 0;
  for (const match of source.matchAll(pattern)) {
    for (let index = cursor; index < match.index; index += 1) {
      sourceOffsets.push(index);
    }
    text += source.slice(cursor, match.index);
    cursor = match.index + match[0].length;
  }
  for (let index = cursor; index < source.length; index += 1) {
    sourceOffsets.push(index);
  }
  text += source.slice(cursor);
  return {
    text,
    toSourceOffset: (index) => sourceOffsets[index] ?? source.length,
    isAttachedToPrevious,
  };
}

/** 003 adds a pinyin gloss after some characters (「業(yè)」); search the text without them. */
export function stripPinyinGlosses(source: string): StrippedView {
  return stripMatches(source, PINYIN_GLOSS, true);
}

/** 004 inserts page-chunk markers 「\n19、」, sometimes inside a word; search the text without them. */
export function stripChunkMarkers(source: string): StrippedView {
  return stripMatches(source, CHUNK_MARKER, false);
}

/** Number of pinyin glosses in a source. */
export function countPinyinGlosses(source: string): number {
  return [...source.matchAll(PINYIN_GLOSS)].length;
}

/**
 * The source text of a span of the view: inserted material inside the span is included; material
 * right after the last character only when it is attached to it (a gloss, not a chunk marker).
 */
export function sourceSpan(source: string, view: StrippedView, start: number, end: number): string {
  if (end <= start) {
    return '';
  }
  const sourceEnd = view.isAttachedToPrevious ? view.toSourceOffset(end) : view.toSourceOffset(end - 1) + 1;
  return source.slice(view.toSourceOffset(start), sourceEnd);
}

// ---------------------------------------------------------------------------------------------
// Flattened digit runs (004)

const PRINTED_NUMBER = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

export type DigitRunReading = {
  /** One value (single-value row) or two values, as printed. */
  values: string[];
  /** Other valid readings, best first. */
  alternatives: string[][];
  /**
   * `unique`: only one valid reading; `single`: no two-value reading passes the constraints;
   * `most_plausible`: chosen by format and magnitude; `ambiguous`: a reading with closer
   * magnitudes was rejected only because of its number format.
   */
  basis: 'unique' | 'single' | 'most_plausible' | 'ambiguous';
};

export type DigitRunConstraints = {
  /** The second value may not be below the first (targets of increasing indicators). */
  isNonDecreasing: boolean;
  /** Upper bound for both values (100 for percentages). */
  maxValue: number | null;
  /** Accept the whole run as one value when no two-value reading passes the constraints. */
  allowsSingleValue: boolean;
};

/** All ways to read a run such as 「1.00.758」 as two printed numbers. */
export function listDigitRunSplits(run: string): [string, string][] {
  const splits: [string, string][] = [];
  for (let index = 1; index < run.length; index += 1) {
    const first = run.slice(0, index);
    const second = run.slice(index);
    if (PRINTED_NUMBER.test(first) && PRINTED_NUMBER.test(second)) {
      splits.push([first, second]);
    }
  }
  return splits;
}

/**
 * Reads the run of two table cells that the flattening glued together (「2000013737」 →
 * 20000 | 13737). Readings are ranked by (1) number format: a figure with two or more decimals
 * ending in 0 (「7.010」) is unlikely as printed; (2) closeness of the two magnitudes.
 */
export function readDigitRun(run: string, constraints: DigitRunConstraints): DigitRunReading {
  const candidates = listDigitRunSplits(run).filter(([first, second]) => {
    const a = Number(first);
    const b = Number(second);
    const isWithinMax = constraints.maxValue === null || (a <= constraints.maxValue && b <= constraints.maxValue);
    return isWithinMax && (!constraints.isNonDecreasing || b >= a);
  });
  if (candidates.length === 0) {
    const isSingleAllowed =
      constraints.allowsSingleValue && PRINTED_NUMBER.test(run) && (constraints.maxValue === null || Number(run) <= constraints.maxValue);
    if (!isSingleAllowed) {
      throw new Error(`Cannot read the digit run 「${run}」`);
    }
    return { values: [run], alternatives: [], basis: 'single' };
  }
  const ranked = candidates
    .map((values) => ({ values, penalty: formatPenalty(values), distance: magnitudeDistance(values) }))
    .sort((a, b) => a.penalty - b.penalty || compareDistances(a.distance, b.distance));
  const [chosen, ...others] = ranked;
  if (chosen === undefined) {
    throw new Error(`Cannot read the digit run 「${run}」`);
  }
  const isAmbiguous = others.some((other) => other.distance < chosen.distance);
  return {
    values: [...chosen.values],
    alternatives: others.map((other) => [...other.values]),
    basis: others.length === 0 ? 'unique' : isAmbiguous ? 'ambiguous' : 'most_plausible',
  };
}

function formatPenalty(values: readonly string[]): number {
  return values.filter((value) => /\.\d+0$/.test(value)).length;
}

function compareDistances(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function magnitudeDistance([first, second]: readonly string[]): number {
  const a = Number(first);
  const b = Number(second);
  if (a === 0 && b === 0) {
    return 0;
  }
  if (a === 0 || b === 0) {
    return Number.POSITIVE_INFINITY;
  }
  return Math.abs(Math.log10(a) - Math.log10(b));
}

// ---------------------------------------------------------------------------------------------
// Pattern matches with offsets

export type MatchedSpan = { text: string; offset: number };
export type PatternMatch = { whole: MatchedSpan; groups: Readonly<Record<string, MatchedSpan>> };

/** Every match of `pattern` (named groups with their offsets). */
export function matchAllWithOffsets(source: string, pattern: RegExp): PatternMatch[] {
  const flags = new Set([...pattern.flags, 'g', 'd']);
  const global = new RegExp(pattern.source, [...flags].join(''));
  return [...source.matchAll(global)].map((match) => {
    const groups: Record<string, MatchedSpan> = {};
    for (const [name, range] of Object.entries(match.indices?.groups ?? {})) {
      const text = match.groups?.[name];
      if (range !== undefined && text !== undefined) {
        groups[name] = { text, offset: range[0] };
      }
    }
    return { whole: { text: match[0], offset: match.index }, groups };
  });
}

/** The single match of `pattern`; throws when the seed has none or several. */
export function matchOnce(source: string, pattern: RegExp): PatternMatch {
  const matches = matchAllWithOffsets(source, pattern);
  const [match] = matches;
  if (match === undefined || matches.length > 1) {
    throw new Error(`Expected exactly one match of ${String(pattern)}, found ${matches.length}`);
  }
  return match;
}

/** A named group of a match; throws when the group did not take part. */
export function requireGroup(match: PatternMatch, name: string): MatchedSpan {
  const group = match.groups[name];
  if (group === undefined) {
    throw new Error(`Group ${name} missing in 「${match.whole.text}」`);
  }
  return group;
}

/** Throws unless the cells read exactly as expected (table headers). */
export function expectCellTexts(cells: readonly TextCell[], expected: readonly string[], context: string): void {
  const actual = cells.map((cell) => cell.text);
  if (actual.length !== expected.length || actual.some((text, index) => text !== expected[index])) {
    throw new Error(`${context}: expected cells ${expected.join(' | ')}, found ${actual.join(' | ')}`);
  }
}

/** The cell at `index`; throws when the table ends early. */
export function requireCell(cells: readonly TextCell[], index: number, context: string): TextCell {
  const cell = cells[index];
  if (cell === undefined) {
    throw new Error(`${context}: table ends before cell ${index}`);
  }
  return cell;
}

/** yyyy-mm-dd from a match with groups y, m and d (「2021年5月24日」). */
export function isoDateOf(match: PatternMatch): string {
  const year = requireGroup(match, 'y').text;
  const month = requireGroup(match, 'm').text.padStart(2, '0');
  const day = requireGroup(match, 'd').text.padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** The four-digit year in a header such as 「2025年目标值」; throws when there is none. */
export function yearIn(text: string): number {
  const year = /(?<year>\d{4})年/u.exec(text)?.groups?.['year'];
  if (year === undefined) {
    throw new Error(`No year in 「${text}」`);
  }
  return Number(year);
}
