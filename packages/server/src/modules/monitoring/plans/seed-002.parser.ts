import type { CompletionFlag, TCompletionRow, TPlanIndicator, TSourceNote } from '@mz/shared';

import { narrativeTargetDraft, type IndicatorDraft } from './plan-register.rules';
import { finishDrafts, type SeedContent, twoDigits } from './seed-content';
import { parseSeed002Schedules } from './seed-002-schedules.parser';
import {
  expectCellTexts,
  isoDateOf,
  matchOnce,
  parseAttribute,
  parseNumberCell,
  parseTargetCell,
  printedText,
  readLineCells,
  requireCell,
  requireGroup,
  requireOffset,
  sourceNote,
  spanText,
  splitNameAndUnit,
  yearIn,
} from './seed-text.parser';

// 002 文山州: one cell per line. 表1 is the 十三五 completion table (2015 base, 2020 result,
// 是否完成); 表2 holds the 十四五 indicators, one row unnumbered, with 「%」 inside the value cells.

const COMPLETION_TABLE_ID = '002-T1';
const INDICATOR_TABLE_ID = '002-T2';
const NARRATIVE_TABLE_ID = '002-N';
const COMPLETION_TITLE = '表1 “十三五”时期文山州民政事业主要发展指标完成情况';
const INDICATOR_TITLE = '表2 “十四五”时期文山州民政事业主要发展指标';
const COMPLETION_HEADER = ['序号', '主要指标', '2015年', '基础值', '2020年', '完成值', '属性', '是否', '完成'] as const;
const INDICATOR_HEADER = ['序号', '主要指标', '2020年', '实际值', '2025年', '目标值', '指标', '属性'] as const;

export function parseSeed002(source: string): SeedContent {
  const completionRows = readCompletionTable(source);
  const { drafts, targetYearPrinted } = readIndicatorTable(source);
  drafts.push(readMinorsProtectionTarget(source));
  const indicators = finishDrafts(drafts);
  const [annotatedCompletion, annotatedIndicators] = annotateCrossTableInconsistencies(source, completionRows, indicators);

  const header = matchOnce(source, /(?<number>文民发〔\d{4}〕\d+ 号) (?<date>(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日)印发/u);
  const issuer = matchOnce(source, /来源:(?<issuer>\S+?)\s/u);
  const baseYear = matchOnce(source, /基准年为(?<year>\d{4})年/u);
  const period = matchOnce(source, /规划期限为(?<start>\d{4})-(?<end>\d{4})年/u);
  const standardUnit = matchOnce(source, /提高到2020年的832元\/人·年/u);
  const { rows: schedules, tables: scheduleTables } = parseSeed002Schedules(source);
  return {
    title: printedText(requireTitle(source)),
    issuer: printedText(requireGroup(issuer, 'issuer').text),
    documentNumber: printedText(requireGroup(header, 'number').text),
    issuedOn: { printed: requireGroup(header, 'date').text, date: isoDateOf(header) },
    publishedOn: null,
    periodStartYear: Number(requireGroup(period, 'start').text),
    periodEndYear: Number(requireGroup(period, 'end').text),
    periodPrinted: period.whole.text,
    baseYear: Number(requireGroup(baseYear, 'year').text),
    baseYearPrinted: baseYear.whole.text,
    targetYear: yearIn(targetYearPrinted),
    targetYearPrinted,
    tables: [
      {
        tableId: COMPLETION_TABLE_ID,
        title: COMPLETION_TITLE,
        kind: 'thirteenth_completion',
        rowCount: annotatedCompletion.length,
      },
      {
        tableId: INDICATOR_TABLE_ID,
        title: INDICATOR_TITLE,
        kind: 'fourteenth_indicators',
        rowCount: annotatedIndicators.filter((indicator) => indicator.tableId === INDICATOR_TABLE_ID).length,
      },
      { tableId: NARRATIVE_TABLE_ID, title: null, kind: 'narrative_targets', rowCount: 1 },
      ...scheduleTables,
    ],
    indicators: annotatedIndicators,
    completionRows: annotatedCompletion,
    schedules,
    notes: [
      sourceNote(
        'unit_as_printed',
        standardUnit.whole.text,
        '十三五回顾中特困人员供养标准印为「832元/人·年」，前文同一标准以元/人·月计，单位疑误，按原文保留。',
      ),
    ],
  };
}

function requireTitle(source: string): string {
  const match = matchOnce(source, /^(?<title>文山州“十四五”.+规划)$/mu);
  return requireGroup(match, 'title').text;
}

function readCompletionTable(source: string): TCompletionRow[] {
  const titleOffset = requireOffset(source, COMPLETION_TITLE);
  const tableEnd = requireOffset(source, '(二)存在的问题', titleOffset);
  const cells = readLineCells(source, titleOffset, tableEnd).slice(1);
  expectCellTexts(cells.slice(0, COMPLETION_HEADER.length), COMPLETION_HEADER, COMPLETION_TABLE_ID);
  const rowCells = cells.slice(COMPLETION_HEADER.length);
  const baseYear = yearIn(COMPLETION_HEADER[2]);
  const rows: TCompletionRow[] = [];
  for (let index = 0; index < rowCells.length; index += 6) {
    const position = index / 6 + 1;
    const cell = (column: number) => requireCell(rowCells, index + column, COMPLETION_TABLE_ID);
    if (cell(0).text !== String(position)) {
      throw new Error(`${COMPLETION_TABLE_ID}: expected row ${position}, found 「${cell(0).text}」`);
    }
    const { name, unit } = splitNameAndUnit(cell(1).text);
    const attribute = parseAttribute(cell(4).text);
    const baseValue = parseNumberCell(cell(2).text);
    const notes: TSourceNote[] = attribute.note === null ? [] : [attribute.note];
    if (baseValue.isBlank) {
      notes.push(sourceNote('blank_baseline', baseValue.printed, `2015年基础值印为「${baseValue.printed}」（空缺）。`));
    }
    if (name.includes('全省')) {
      notes.push(sourceNote('region_as_printed', '全省', `州级表格的指标名印为「${cell(1).text}」，“全省”疑为“全州”。`));
    }
    rows.push({
      code: `WSC${twoDigits(position)}`,
      seedId: '002',
      tableId: COMPLETION_TABLE_ID,
      position,
      rowNumber: cell(0).text,
      name: printedText(cell(1).text, name),
      unit,
      baseYear,
      baseValue,
      plannedValue: null,
      actualValue: parseNumberCell(cell(3).text),
      attribute: attribute.attribute,
      printedAttribute: cell(4).text,
      completion: parseCompletionFlag(cell(5).text),
      printedCompletion: cell(5).text,
      notes,
    });
  }
  return rows;
}

function parseCompletionFlag(printed: string): CompletionFlag {
  switch (printed) {
    case '完成':
      return 'completed';
    case '未完成':
      return 'not_completed';
    case '-':
      return 'not_stated';
    default:
      throw new Error(`Unknown 是否完成 value 「${printed}」`);
  }
}

function readIndicatorTable(source: string): { drafts: IndicatorDraft[]; targetYearPrinted: string } {
  const titleOffset = requireOffset(source, INDICATOR_TITLE);
  const tableEnd = requireOffset(source, '四、主要任务', titleOffset);
  const cells = readLineCells(source, titleOffset, tableEnd).slice(1);
  const headerCells = cells.slice(0, INDICATOR_HEADER.length);
  expectCellTexts(headerCells, INDICATOR_HEADER, INDICATOR_TABLE_ID);
  const baselineYear = yearIn(requireCell(headerCells, 2, INDICATOR_TABLE_ID).text);
  const targetYearStart = requireCell(headerCells, 4, INDICATOR_TABLE_ID);
  const targetYearEnd = requireCell(headerCells, 5, INDICATOR_TABLE_ID);
  const targetYear = yearIn(targetYearStart.text);

  const drafts: IndicatorDraft[] = [];
  let index = INDICATOR_HEADER.length;
  let previousCode = '';
  while (index < cells.length) {
    const first = requireCell(cells, index, INDICATOR_TABLE_ID);
    const isNumbered = /^\d+$/.test(first.text);
    const offset = isNumbered ? 1 : 0;
    const cell = (column: number) => requireCell(cells, index + offset + column, INDICATOR_TABLE_ID);
    const nameCell = cell(0);
    const baseline = parseNumberCell(cell(1).text);
    const targetPrinted = cell(2).text;
    const parsedTarget = parseTargetCell(targetPrinted);
    const code = isNumbered ? `WS${twoDigits(Number(first.text))}` : `${previousCode}A`;
    const notes = isNumbered ? [] : [sourceNote('unnumbered_row', nameCell.text, `该行未编号，印在${previousCode}之后；编码取${code}。`)];
    const unit = parsedTarget.unit ?? baseline.unit;
    drafts.push({
      code,
      seedId: '002',
      tableId: INDICATOR_TABLE_ID,
      source: 'table',
      position: drafts.length + 1,
      rowNumber: isNumbered ? first.text : null,
      category: null,
      name: printedText(nameCell.text),
      unit,
      printedAttribute: cell(3).text,
      baselineYear,
      baseline,
      targets: [{ year: targetYear, printed: targetPrinted, target: parsedTarget.target, unit, source: 'table' }],
      notes,
    });
    previousCode = code;
    index += offset + 4;
  }
  return { drafts, targetYearPrinted: spanText(source, targetYearStart, targetYearEnd) };
}

/** 「到2025年,乡镇(街道)未成年人保护工作站或未成年人保护工作专干(每乡镇至少2人)实现全覆盖」. */
function readMinorsProtectionTarget(source: string): IndicatorDraft {
  const match = matchOnce(
    source,
    /到(?<year>\d{4})年,(?<name>乡镇\(街道\)未成年人保护工作站或未成年人保护工作专干\(每乡镇至少2人\))(?<target>实现全覆盖)/u,
  );
  return narrativeTargetDraft({
    code: 'WST01',
    seedId: '002',
    tableId: NARRATIVE_TABLE_ID,
    name: printedText(requireGroup(match, 'name').text),
    unit: '%',
    target: { year: Number(requireGroup(match, 'year').text), printed: requireGroup(match, 'target').text, value: 100 },
  });
}

/**
 * Notes that need both tables: 社会工作专业人才 1.2‰ (表1, 2020) vs 1.5% (表2, 2020);
 * 注册志愿者 2% vs 10.1%; and 表1 row 8 (2015 base 23) vs the narrative 「从2016年的12张」.
 */
function annotateCrossTableInconsistencies(
  source: string,
  completionRows: TCompletionRow[],
  indicators: TPlanIndicator[],
): [TCompletionRow[], TPlanIndicator[]] {
  const pairs = [
    { completionPrefix: '社会工作专业人才占', indicatorPrefix: '社会工作专业人才占', kind: 'unit_inconsistency' as const },
    { completionPrefix: '注册志愿者占居民人口比例', indicatorPrefix: '注册志愿者占居民人口比例', kind: 'value_inconsistency' as const },
  ];
  const completionNotes = new Map<string, TSourceNote[]>();
  const indicatorNotes = new Map<string, TSourceNote[]>();
  for (const pair of pairs) {
    const completion = completionRows.find((row) => row.name.text.startsWith(pair.completionPrefix));
    const indicator = indicators.find((row) => row.tableId === INDICATOR_TABLE_ID && row.name.text.startsWith(pair.indicatorPrefix));
    if (completion === undefined || indicator === undefined || indicator.baseline === null) {
      throw new Error(`002: cannot pair 表1/表2 rows for 「${pair.completionPrefix}」`);
    }
    const message =
      `表1「${completion.name.printed}」2020年完成值${completion.actualValue.printed}${completion.unit ?? ''}，` +
      `表2「${indicator.name.printed}」2020年实际值${indicator.baseline.printed}，前后不一致，均按原文保留。`;
    completionNotes.set(completion.code, [sourceNote(pair.kind, completion.name.printed, message)]);
    indicatorNotes.set(indicator.code, [sourceNote(pair.kind, indicator.baseline.printed, message)]);
  }
  const narrative = matchOnce(source, /全州每千名老人养老床位从2016年的12张增至2020年末的20.8张/u);
  const beds = completionRows.find((row) => row.name.text === '每千名老人拥有养老床位数');
  if (beds === undefined) {
    throw new Error('002: 表1 row 每千名老人拥有养老床位数 not found');
  }
  completionNotes.set(beds.code, [
    ...(completionNotes.get(beds.code) ?? []),
    sourceNote(
      'narrative_differs',
      narrative.whole.text,
      `表1 2015年基础值为${beds.baseValue?.printed ?? ''}张，正文称「${narrative.whole.text}」，起点不一致。`,
    ),
  ]);
  return [
    completionRows.map((row) => ({ ...row, notes: [...row.notes, ...(completionNotes.get(row.code) ?? [])] })),
    indicators.map((row) => ({ ...row, notes: [...row.notes, ...(indicatorNotes.get(row.code) ?? [])] })),
  ];
}
