import type { TCountyAllocation, TMilestone, TPlanTable, TScheduleLine, TScheduleRow, TSourceNote } from '@mz/shared';

import {
  collapseWhitespace,
  expectCellTexts,
  parseNumberCell,
  printedText,
  readLineCells,
  requireCell,
  requireOffset,
  sourceNote,
  spanText,
  type TextCell,
} from './seed-text.parser';

// 002 文山州 programme boxes 专栏2–5: county-by-year schedules. One cell per line; each box is
// read between its title and the first line after it.

/** The eight counties (cities) of 文山州 as named in 002. */
export const WENSHAN_COUNTIES = ['文山市', '砚山县', '西畴县', '麻栗坡县', '马关县', '丘北县', '广南县', '富宁县'] as const;

const COUNTY_PATTERN = new RegExp(
  [
    ...WENSHAN_COUNTIES,
    // Short forms (「砚山、广南、麻栗坡三县」); 「文山」 only when not part of 文山州/文山市.
    ...WENSHAN_COUNTIES.map((county) => (county === '文山市' ? '文山(?![州市])' : county.slice(0, -1))),
  ].join('|'),
  'gu',
);

type Box = { boxId: string; prefix: string; endPhrase: string };

const BOX_2: Box = { boxId: '002-B2', prefix: '专栏2', endPhrase: '3.完善残疾人福利体系' };
const BOX_3: Box = { boxId: '002-B3', prefix: '专栏3', endPhrase: '4.完善区划地名管理服务体系' };
const BOX_4: Box = { boxId: '002-B4', prefix: '专栏4', endPhrase: '2.完善殡葬服务体系' };
const BOX_5: Box = { boxId: '002-B5', prefix: '专栏5', endPhrase: '健全完善基本殡葬服务制度' };

const FUNERAL_COLUMNS = ['殡仪馆', '经营性公墓', '乡镇级农村公益性公墓', '骨灰堂建设'] as const;

export function parseSeed002Schedules(source: string): { rows: TScheduleRow[]; tables: TPlanTable[] } {
  const boxes = [readBox2(source), readBox3(source), readBox4(source), readBox5(source)];
  return {
    rows: boxes.flatMap((box) => box.rows),
    tables: boxes.map((box) => ({
      tableId: box.boxId,
      title: box.title,
      kind: 'schedule' as const,
      rowCount: box.rows.length,
    })),
  };
}

type BoxContent = { boxId: string; title: string; cells: TextCell[] };

function readBoxCells(source: string, box: Box): BoxContent {
  const start = requireOffset(source, `\n${box.prefix}`) + 1;
  const end = requireOffset(source, box.endPhrase, start);
  const [titleCell, ...cells] = readLineCells(source, start, end);
  if (titleCell === undefined) {
    throw new Error(`${box.boxId}: empty box`);
  }
  return { boxId: box.boxId, title: titleCell.text.slice(box.prefix.length), cells };
}

/** 专栏2 实施儿童福利和保护项目推进计划: 序号 | 完成时间 | 主要内容 | 数量 | 详细指标 | 百分比(%). */
function readBox2(source: string): { boxId: string; title: string; rows: TScheduleRow[] } {
  const { boxId, title, cells } = readBoxCells(source, BOX_2);
  const header = ['序号', '完成时间', '主要内容', '数量', '详细指标', '百分比(%)'];
  expectCellTexts(cells.slice(0, header.length), header, boxId);
  const rows: TScheduleRow[] = [];
  let index = header.length;
  let rowNumber: string | null = null;
  let content: TextCell | null = null;
  while (index < cells.length) {
    const first = requireCell(cells, index, boxId);
    if (/^\d+$/.test(first.text)) {
      rowNumber = first.text;
      content = requireCell(cells, index + 2, boxId);
      rows.push(box2Row(boxId, title, rowNumber, requireCell(cells, index + 1, boxId), content, cells, index + 3));
      index += 6;
    } else if (/^\d{4}年$/.test(first.text) && content !== null) {
      rows.push(box2Row(boxId, title, rowNumber, first, content, cells, index + 1));
      index += 4;
    } else {
      throw new Error(`${boxId}: unexpected cell 「${first.text}」`);
    }
  }
  return { boxId, title, rows };
}

function box2Row(
  boxId: string,
  title: string,
  rowNumber: string | null,
  deadline: TextCell,
  content: TextCell,
  cells: readonly TextCell[],
  quantityIndex: number,
): TScheduleRow {
  const year = yearOf(deadline.text);
  const detail = requireCell(cells, quantityIndex + 1, boxId);
  return {
    boxId,
    boxTitle: title,
    rowNumber,
    deadlinePrinted: deadline.text,
    year,
    column: null,
    content: printedText(content.text),
    quantity: parseNumberCell(requireCell(cells, quantityIndex, boxId).text),
    percent: parseNumberCell(requireCell(cells, quantityIndex + 2, boxId).text),
    lines: [readScheduleLine(detail.text, year)],
    notes: [],
  };
}

/** 专栏3 “十、百、千、万”工程: 序号 | 完成时间 | 数量 | 主要内容 | 详细指标 (cells span lines). */
function readBox3(source: string): { boxId: string; title: string; rows: TScheduleRow[] } {
  const { boxId, title, cells } = readBoxCells(source, BOX_3);
  const header = ['序号', '完成', '时间', '数量', '主要内容', '详细指标'];
  expectCellTexts(cells.slice(0, header.length), header, boxId);
  const rows: TScheduleRow[] = [];
  let index = header.length;
  while (index < cells.length) {
    const numberCell = requireCell(cells, index, boxId);
    if (numberCell.text !== String(rows.length + 1)) {
      throw new Error(`${boxId}: expected row ${rows.length + 1}, found 「${numberCell.text}」`);
    }
    index += 1;
    const deadlineCells = readDeadlineCells(cells, index, boxId);
    index += deadlineCells.length;
    const quantityCell = requireCell(cells, index, boxId);
    index += 1;
    const contentCells = takeWhile(cells, index, (cell) => !/^\d+\./.test(cell.text));
    index += contentCells.length;
    const detailCells = takeWhile(cells, index, (cell) => /^\d+\./.test(cell.text));
    index += detailCells.length;

    const firstDeadline = deadlineCells[0];
    const lastDeadline = deadlineCells[deadlineCells.length - 1];
    const firstContent = contentCells[0];
    const lastContent = contentCells[contentCells.length - 1];
    if (firstDeadline === undefined || lastDeadline === undefined || firstContent === undefined || lastContent === undefined) {
      throw new Error(`${boxId}: row ${numberCell.text} lacks a deadline or content`);
    }
    const deadlinePrinted = spanText(source, firstDeadline, lastDeadline);
    const year = yearOf(lastDeadline.text === '年底' ? firstDeadline.text : lastDeadline.text);
    const contentPrinted = spanText(source, firstContent, lastContent);
    const lines = detailCells.map((cell) => readScheduleLine(cell.text, year));
    rows.push({
      boxId,
      boxTitle: title,
      rowNumber: numberCell.text,
      deadlinePrinted,
      year,
      column: null,
      content: printedText(contentPrinted, collapseWhitespace(contentPrinted)),
      quantity: parseNumberCell(quantityCell.text),
      percent: null,
      lines,
      notes: [...deadlineNotes(deadlinePrinted, year), ...allocationNotes(lines)],
    });
  }
  return { boxId, title, rows };
}

/** 专栏4 婚姻登记场所标准化项目推进计划: a year cell followed by numbered milestone lines. */
function readBox4(source: string): { boxId: string; title: string; rows: TScheduleRow[] } {
  const { boxId, title, cells } = readBoxCells(source, BOX_4);
  expectCellTexts(cells.slice(0, 1), ['项目名称'], boxId);
  const project = requireCell(cells, 1, boxId);
  const rows: TScheduleRow[] = [];
  let index = 2;
  while (index < cells.length) {
    const yearCell = requireCell(cells, index, boxId);
    if (!/^\d{4}年$/.test(yearCell.text)) {
      throw new Error(`${boxId}: expected a year, found 「${yearCell.text}」`);
    }
    const year = yearOf(yearCell.text);
    const detailCells = takeWhile(cells, index + 1, (cell) => /^\d+\./.test(cell.text));
    rows.push({
      boxId,
      boxTitle: title,
      rowNumber: null,
      deadlinePrinted: yearCell.text,
      year,
      column: null,
      content: printedText(project.text),
      quantity: null,
      percent: null,
      lines: detailCells.map((cell) => readScheduleLine(cell.text, year)),
      notes: [],
    });
    index += 1 + detailCells.length;
  }
  return { boxId, title, rows };
}

/**
 * 专栏5 殡葬改革项目推进计划: 殡仪馆 | 经营性公墓 | 乡镇级农村公益性公墓 | 骨灰堂建设 per year.
 * Some years print only three cells; each cell is assigned to a column by its content.
 */
function readBox5(source: string): { boxId: string; title: string; rows: TScheduleRow[] } {
  const { boxId, title, cells } = readBoxCells(source, BOX_5);
  expectCellTexts(cells.slice(0, 5), ['项目名称', ...FUNERAL_COLUMNS], boxId);
  const rows: TScheduleRow[] = [];
  let index = 5;
  while (index < cells.length) {
    const yearCell = requireCell(cells, index, boxId);
    if (!/^\d{4}$/.test(yearCell.text)) {
      throw new Error(`${boxId}: expected a year, found 「${yearCell.text}」`);
    }
    const year = Number(yearCell.text);
    const contentCells = takeWhile(cells, index + 1, (cell) => !/^\d{4}$/.test(cell.text));
    const columns = contentCells.map((cell) => funeralColumnOf(cell.text));
    const columnIndexes = columns.map((column) => FUNERAL_COLUMNS.indexOf(column));
    const isOrdered = columnIndexes.every((columnIndex, position) => position === 0 || columnIndex > (columnIndexes[position - 1] ?? -1));
    if (!isOrdered) {
      throw new Error(`${boxId}: cells of ${year} do not follow the column order`);
    }
    const missing = FUNERAL_COLUMNS.filter((column) => !columns.includes(column));
    contentCells.forEach((cell, position) => {
      const column = columns[position] ?? null;
      rows.push({
        boxId,
        boxTitle: title,
        rowNumber: null,
        deadlinePrinted: yearCell.text,
        year,
        column,
        content: column === null ? null : printedText(column),
        quantity: null,
        percent: null,
        lines: splitNumberedItems(cell.text).map((line) => readScheduleLine(line, year)),
        notes:
          position === 0 && missing.length > 0
            ? [
                sourceNote(
                  'missing_cell',
                  yearCell.text,
                  `${year}年只印${contentCells.length}个单元格，缺「${missing.join('」「')}」栏；其余单元格按内容归栏。`,
                ),
              ]
            : [],
      });
    });
    index += 1 + contentCells.length;
  }
  return { boxId, title, rows };
}

function funeralColumnOf(text: string): (typeof FUNERAL_COLUMNS)[number] {
  if (text.includes('骨灰堂')) {
    return '骨灰堂建设';
  }
  if (text.includes('经营性公墓')) {
    return '经营性公墓';
  }
  if (text.includes('殡仪馆')) {
    return '殡仪馆';
  }
  if (text.includes('公墓')) {
    return '乡镇级农村公益性公墓';
  }
  throw new Error(`专栏5: cannot assign 「${text}」 to a column`);
}

/** 「1.完成…。 2.协助…。」 → the numbered items as printed. */
function splitNumberedItems(text: string): string[] {
  return text.split(/\s+(?=\d+\.)/u);
}

// ---------------------------------------------------------------------------------------------
// Lines

export function readScheduleLine(printed: string, rowYear: number | null): TScheduleLine {
  const lineYear = /到(?<year>\d{4})年/u.exec(printed)?.groups?.['year'];
  const subtotal = /小计(?<value>\d+)(?<unit>家|个)/u.exec(printed);
  return {
    printed,
    year: lineYear === undefined ? rowYear : Number(lineYear),
    counties: [...new Set(countiesIn(printed))],
    allocations: readAllocations(printed),
    subtotal:
      subtotal?.groups?.['value'] === undefined
        ? null
        : {
            printed: subtotal[0],
            value: Number(subtotal.groups['value']),
            unit: subtotal.groups['unit'] ?? null,
            scope: null,
            isBlank: false,
          },
    milestones: readMilestones(printed),
  };
}

function countiesIn(text: string): string[] {
  return [...text.matchAll(COUNTY_PATTERN)].map((match) => toFullCountyName(match[0]));
}

function toFullCountyName(name: string): string {
  return WENSHAN_COUNTIES.find((county) => county === name || county.slice(0, -1) === name) ?? name;
}

/**
 * 「文山市、马关县各建立2个,砚山县…各建1个」 → one allocation per county named. A group of
 * counties printed without a quantity takes the quantity of the next group (专栏3, 2025年).
 */
function readAllocations(text: string): TCountyAllocation[] {
  const allocations: TCountyAllocation[] = [];
  let pending: string[] = [];
  for (const clause of text.split(/[,，;；。]/u)) {
    const counties = [...clause.matchAll(COUNTY_PATTERN)]
      .filter((match) => WENSHAN_COUNTIES.some((county) => county === match[0]))
      .map((match) => match[0]);
    if (counties.length === 0) {
      continue;
    }
    const count = /各(?:建立|建|培育)?(?<count>\d+)(?:个|家)/u.exec(clause)?.groups?.['count'];
    if (count === undefined) {
      pending = [...pending, ...counties];
      continue;
    }
    for (const county of [...pending, ...counties]) {
      allocations.push({ county, count: Number(count) });
    }
    pending = [];
  }
  return allocations;
}

function readMilestones(text: string): TMilestone[] {
  return [...text.matchAll(/(?<label>墓区绿化率)达(?<value>\d+(?:\.\d+)?)(?<unit>%)/gu)].map((match) => ({
    label: match.groups?.['label'] ?? '',
    printed: match[0],
    value: Number(match.groups?.['value']),
    unit: match.groups?.['unit'] ?? '',
  }));
}

function deadlineNotes(deadlinePrinted: string, year: number | null): TSourceNote[] {
  if (year === null || year <= 2025) {
    return [];
  }
  return [
    sourceNote(
      'deadline_as_printed',
      deadlinePrinted,
      `完成时间印为「${collapseWhitespace(deadlinePrinted)}」，晚于规划期末（2025年），按原文保留。`,
    ),
  ];
}

/** Duplicated county names and allocations that do not add up to the printed 小计. */
function allocationNotes(lines: readonly TScheduleLine[]): TSourceNote[] {
  const notes: TSourceNote[] = [];
  for (const line of lines) {
    const names = line.allocations.map((allocation) => allocation.county);
    const duplicates = [...new Set(names.filter((name, position) => names.indexOf(name) !== position))];
    if (duplicates.length === 0 || line.subtotal === null) {
      continue;
    }
    const printedSum = line.allocations.reduce((sum, allocation) => sum + allocation.count, 0);
    const firstOnlySum = line.allocations
      .filter((allocation, position) => names.indexOf(allocation.county) === position)
      .reduce((sum, allocation) => sum + allocation.count, 0);
    notes.push(
      sourceNote(
        'duplicate_entry',
        line.printed,
        `${line.year ?? ''}年所列县(市)中${duplicates.join('、')}重复出现：逐项相加为${printedSum}，` +
          `与「${line.subtotal.printed}」不符；重复者只计一次为${firstOnlySum}。`,
      ),
    );
  }
  return notes;
}

/** 「2021」「-」「2022」 or 「2026」「年底」 or a single year. */
function readDeadlineCells(cells: readonly TextCell[], index: number, boxId: string): TextCell[] {
  const year = requireCell(cells, index, boxId);
  if (!/^\d{4}$/.test(year.text)) {
    throw new Error(`${boxId}: expected a deadline year, found 「${year.text}」`);
  }
  const next = requireCell(cells, index + 1, boxId);
  if (next.text === '年底') {
    return [year, next];
  }
  if (next.text === '-') {
    return [year, next, requireCell(cells, index + 2, boxId)];
  }
  return [year];
}

function takeWhile(cells: readonly TextCell[], from: number, predicate: (cell: TextCell) => boolean): TextCell[] {
  const taken: TextCell[] = [];
  for (let index = from; index < cells.length; index += 1) {
    const cell = cells[index];
    if (cell === undefined || !predicate(cell)) {
      break;
    }
    taken.push(cell);
  }
  return taken;
}

function yearOf(text: string): number | null {
  const match = /(?<year>\d{4})/u.exec(text)?.groups?.['year'];
  return match === undefined ? null : Number(match);
}
