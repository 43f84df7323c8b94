import type { TSourceNote } from '@mz/shared';

import { narrativeTargetDraft, type IndicatorDraft } from './plan-register.rules';
import { finishDrafts, type SeedContent, twoDigits } from './seed-content';
import {
  expectCellTexts,
  matchAllWithOffsets,
  matchOnce,
  parseNumberCell,
  parseTargetCell,
  printedText,
  readLineCells,
  requireCell,
  requireGroup,
  requireOffset,
  sourceNote,
  stripCellMarkers,
  type TextCell,
  yearIn,
} from './seed-text.parser';

// 000 广西 (summary of the plan): table cells are lines ending in 「 |」; a category cell
// (类别) precedes the first row of each category; rows are numbered 「1.」…「16.」 inside the name.

const TABLE_ID = '000-T1';
const NARRATIVE_TABLE_ID = '000-N';
const TABLE_HEADER = ['类别', '主要指标', '单位', '2020年 实际值', '2025年 目标值', '指标 属性'] as const;
const NUMBERED_NAME = /^(?<number>\d+)\.(?<name>.+)$/u;

export function parseSeed000(source: string): SeedContent {
  const tableStart = requireOffset(source, '类别 |');
  const tableEnd = requireOffset(source, '\n●', tableStart);
  const cells = readLineCells(source, tableStart, tableEnd).map(stripCellMarkers);
  expectCellTexts(cells.slice(0, TABLE_HEADER.length), TABLE_HEADER, TABLE_ID);

  const baselineYear = yearIn(TABLE_HEADER[3]);
  const targetYear = yearIn(TABLE_HEADER[4]);
  const drafts: IndicatorDraft[] = [];
  let category: TextCell | null = null;
  let index = TABLE_HEADER.length;
  while (index < cells.length) {
    const first = requireCell(cells, index, TABLE_ID);
    if (!NUMBERED_NAME.test(first.text)) {
      category = first;
      index += 1;
      continue;
    }
    const cell = (column: number) => requireCell(cells, index + column, TABLE_ID);
    const nameCell = cell(0);
    const unitCell = cell(1);
    const baselineCell = cell(2);
    const targetCell = cell(3);
    const attributeCell = cell(4);
    const numbered = matchOnce(nameCell.text, NUMBERED_NAME);
    const position = drafts.length + 1;
    const rowNumber = requireGroup(numbered, 'number').text;
    if (rowNumber !== String(position)) {
      throw new Error(`${TABLE_ID}: expected row ${position}, found 「${nameCell.text}」`);
    }
    const parsedTarget = parseTargetCell(targetCell.text);
    drafts.push({
      code: `GX${twoDigits(position)}`,
      seedId: '000',
      tableId: TABLE_ID,
      source: 'table',
      position,
      rowNumber,
      category: category === null ? null : printedText(category.text),
      name: printedText(requireGroup(numbered, 'name').text),
      unit: unitCell.text,
      printedAttribute: attributeCell.text,
      baselineYear,
      baseline: parseNumberCell(baselineCell.text),
      targets: [{ year: targetYear, printed: targetCell.text, target: parsedTarget.target, unit: unitCell.text, source: 'table' }],
      notes: [],
    });
    index += 5;
  }
  drafts.push(readCommunityWorkerTarget(source));

  const duplicateNumbering = readDuplicateHeadingNumbers(source);
  return {
    title: null,
    issuer: null,
    documentNumber: null,
    issuedOn: null,
    publishedOn: null,
    periodStartYear: 2021,
    periodEndYear: 2025,
    periodPrinted: '“十四五”',
    baseYear: baselineYear,
    baseYearPrinted: TABLE_HEADER[3],
    targetYear,
    targetYearPrinted: TABLE_HEADER[4],
    tables: [
      { tableId: TABLE_ID, title: null, kind: 'fourteenth_indicators', rowCount: drafts.length - 1 },
      { tableId: NARRATIVE_TABLE_ID, title: null, kind: 'narrative_targets', rowCount: 1 },
    ],
    indicators: finishDrafts(drafts),
    completionRows: [],
    schedules: [],
    notes: [
      sourceNote('summary_document', null, '文本为规划摘要：无标题、印发机关和日期，十三五回顾无数据，指标表无表名，无监测评估章节。'),
      ...duplicateNumbering,
    ],
  };
}

/** Sub-headings 「N、」 of the task part (before 十大工程) whose number repeats. */
function readDuplicateHeadingNumbers(source: string): TSourceNote[] {
  const projectsStart = requireOffset(source, '四、“十四五”规划十大工程');
  const headings = matchAllWithOffsets(source.slice(0, projectsStart), /^(?<number>\d+)、.+$/mu);
  const numbers = headings.map((heading) => requireGroup(heading, 'number').text);
  return headings
    .filter((heading, index) => numbers.filter((number) => number === numbers[index]).length > 1)
    .map((heading) =>
      sourceNote(
        'numbering_as_printed',
        heading.whole.text,
        `小标题编号「${requireGroup(heading, 'number').text}、」重复出现：「${heading.whole.text}」。`,
      ),
    );
}

/** 「力争到2025年实现每万名城镇常住人口拥有城市社区工作者达到18人」. */
function readCommunityWorkerTarget(source: string): IndicatorDraft {
  const match = matchOnce(source, /到(?<year>\d{4})年实现(?<name>每万名城镇常住人口拥有城市社区工作者)(?<target>达到(?<value>\d+)人)/u);
  return narrativeTargetDraft({
    code: 'GXT01',
    seedId: '000',
    tableId: NARRATIVE_TABLE_ID,
    name: printedText(requireGroup(match, 'name').text),
    unit: '人',
    target: {
      year: Number(requireGroup(match, 'year').text),
      printed: requireGroup(match, 'target').text,
      value: Number(requireGroup(match, 'value').text),
    },
  });
}
