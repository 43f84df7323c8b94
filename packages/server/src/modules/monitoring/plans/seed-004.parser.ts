import type { TCompletionRow, TPrintedNumber, TSourceNote } from '@mz/shared';

import { narrativeTargetDraft, type IndicatorDraft } from './plan-register.rules';
import { finishDrafts, type SeedContent, twoDigits } from './seed-content';
import {
  type DigitRunConstraints,
  sourceSpan,
  type StrippedView,
  stripChunkMarkers,
  type DigitRunReading,
  matchOnce,
  parseAttribute,
  printedText,
  readDigitRun,
  requireGroup,
  requireOffset,
  sourceNote,
  splitNameAndUnit,
} from './seed-text.parser';

// 004 厦门市: a .docx flattened into 47 lines, each starting with a page-chunk marker 「N、」
// that is sometimes inserted inside a word (「农村\n19、五保供养人数」). Table cells run together:
// 「城市低保享受人数(万人)1.00.758预期性」. Rows are read on the text without chunk markers: the
// spec names every row's name exactly as printed; the reader takes the unit, the digit run and the
// attribute that follow it and splits the run with `readDigitRun`. Each row must start where the
// previous one ended and the last row must end the table, so a row missing from the spec fails.
// Printed values are the source spans (a chunk marker inside a span is kept).

const COMPLETION_TABLE_ID = '004-T1';
const INDICATOR_TABLE_ID = '004-T2';
const NARRATIVE_TABLE_ID = '004-N';
const COMPLETION_TITLE = '表1:“十三五”期间主要指标完成情况';
const COMPLETION_HEADER = '指标名称2020年目标值2020年实际值指标属性';
const INDICATOR_TITLE = '表2:“十四五”期间民政事业发展主要指标';
const INDICATOR_HEADER = '序号主要指标单位2020年2025年目标值指标属性';

type RowSpec = {
  /** The row's name as printed, without chunk markers (with 「(unit)」 in 表1, after the row number in 表2). */
  anchor: string;
  /** Narrative phrases of 004 that state one of the row's values. */
  confirmedBy?: readonly string[];
};

const COMPLETION_ROWS: readonly RowSpec[] = [
  { anchor: '城市低保享受人数(万人)' },
  { anchor: '农村低保享受人数(万人)' },
  { anchor: '城乡医疗救助人数(万人)' },
  { anchor: '每万人社会组织(个)', confirmedBy: ['每万名常住人口拥有社会组织17.2个'] },
  { anchor: '农村五保供养人数(万人)' },
  { anchor: '农村五保集中供养率(%)', confirmedBy: ['生活不能自理特困人员集中供养率达到71.9%'] },
  { anchor: '农村敬老院(所)' },
  { anchor: '老年福利机构床位数(张)' },
  { anchor: '每千名老人拥有养老床位占有率()', confirmedBy: ['每千名户籍老年人养老床位数达41张'] },
  { anchor: '市级福利中心(个)' },
  { anchor: '区级福利中心(个)' },
  { anchor: '城乡社区居家养老服务站(中心)数(个)', confirmedBy: ['居家社区养老服务站387个'] },
  { anchor: '社区工作站(个)' },
  { anchor: '社区便民服务网点数(个)' },
  { anchor: '社会组织培育发展(个)', confirmedBy: ['全市共登记备案社会组织7391家'] },
  { anchor: '社会工作者人才队伍数(人)', confirmedBy: ['全市社会工作专业人才8234人'] },
  { anchor: '五年累计发行福利彩票量(亿元)' },
  { anchor: '救助管理站(个)' },
  { anchor: '殡仪馆数(个)' },
  { anchor: '殡葬火化率(%)', confirmedBy: ['全市火化率保持100%'] },
  { anchor: '城乡骨灰存放设施覆盖率(%)' },
];

const INDICATOR_ROWS: readonly RowSpec[] = [
  { anchor: '1城乡低保标准占当地上年度居民月人均生活消费支出的比例', confirmedBy: ['由26%逐步提高到30%以上'] },
  { anchor: '2镇(街)未成年人保护工作站覆盖率' },
  { anchor: '3区级未成年人保护机构覆盖率' },
  { anchor: '4社会组织与老区村“阳光1+1”覆盖率' },
  {
    anchor: '5每千名常住老年人养老床位数',
    confirmedBy: ['常住老年人养老床位数达31.4张', '每千名常住老年人养老床位不少于40张'],
  },
  { anchor: '6养老机构护理型床位占比', confirmedBy: ['养老机构护理型床位占比达到70%以上'] },
  { anchor: '7每千名老年人拥有养老机构护理型床位数' },
  { anchor: '8家庭养老床位数' },
  { anchor: '9镇(街)范围具备综合功能的养老服务机构覆盖率' },
  { anchor: '10每百户居民拥有的社区服务设施建筑面积' },
  { anchor: '11福利彩票销售网点数' },
  { anchor: '12社会工作专业人才占总人口比例' },
  { anchor: '13志愿服务站点在社区综合服务设施中的覆盖率' },
  { anchor: '14社会组织数量', confirmedBy: ['全市共登记备案社会组织7391家'] },
  { anchor: '15获得3A以上评估等级的市级社会组织占本级社会组织比例' },
  { anchor: '16节地生态安葬率' },
  { anchor: '17区级公益性安葬(放)设施覆盖率' },
  { anchor: '18查明身份信息流浪乞讨受助人员接送返回率' },
  { anchor: '19婚姻登记“跨省通办”实施率' },
];

type ReadRow = {
  spec: RowSpec;
  /** The row from name to attribute, as printed (chunk markers kept). */
  printedRow: string;
  printedName: string;
  unit: string | null;
  /** The digit run as printed, and the printed spans of the values it is read as. */
  run: string;
  printedValues: string[];
  reading: DigitRunReading;
  printedAttribute: string;
};

type RowReaderOptions = {
  readsUnitAfterName: boolean;
  constraintsFor: (unit: string | null) => DigitRunConstraints;
};

export function parseSeed004(source: string): SeedContent {
  const view = stripChunkMarkers(source);
  const completionStart = requireOffset(view.text, `${COMPLETION_TITLE}${COMPLETION_HEADER}`) + COMPLETION_TITLE.length;
  const completionEnd = requireOffset(view.text, '第二节 发展机遇', completionStart);
  const completionRows = readRows(source, view, COMPLETION_ROWS, completionStart + COMPLETION_HEADER.length, completionEnd, {
    readsUnitAfterName: false,
    constraintsFor: (unit) => ({ isNonDecreasing: false, maxValue: unit === '%' ? 100 : null, allowsSingleValue: false }),
  }).map((row, index) => toCompletionRow(source, row, index + 1));

  const indicatorStart = requireOffset(view.text, `${INDICATOR_TITLE}${INDICATOR_HEADER}`) + INDICATOR_TITLE.length;
  const indicatorEnd = requireOffset(view.text, '第二章 提升基本民生保障水平', indicatorStart);
  const indicatorRows = readRows(source, view, INDICATOR_ROWS, indicatorStart + INDICATOR_HEADER.length, indicatorEnd, {
    readsUnitAfterName: true,
    constraintsFor: (unit) => ({ isNonDecreasing: true, maxValue: unit === '%' ? 100 : null, allowsSingleValue: true }),
  });
  const drafts = indicatorRows.map((row, index) => toIndicatorDraft(source, row, index + 1));
  drafts.push(readCentralizedSupportTarget(source));

  const baseYearOffset = indicatorStart + '序号主要指标单位'.length;
  const targetYearOffset = baseYearOffset + '2020年'.length;
  const targetYearPrinted = sourceSpan(source, view, targetYearOffset, targetYearOffset + '2025年目标值'.length);
  const title = matchOnce(source, /^1、(?<title>厦门市“十四五”.+?专项规划)目\s*录/mu);
  const period = matchOnce(source, /规划期为(?<start>\d{4})-(?<end>\d{4})年/u);
  const lastWords = matchOnce(source, /村民委员会成员中女性比例在现有基础上稳步提$/u);
  return {
    title: printedText(requireGroup(title, 'title').text),
    issuer: null,
    documentNumber: null,
    issuedOn: null,
    publishedOn: null,
    periodStartYear: Number(requireGroup(period, 'start').text),
    periodEndYear: Number(requireGroup(period, 'end').text),
    periodPrinted: period.whole.text,
    baseYear: 2020,
    baseYearPrinted: sourceSpan(source, view, baseYearOffset, baseYearOffset + '2020年'.length),
    targetYear: Number(requireGroup(period, 'end').text),
    targetYearPrinted,
    tables: [
      { tableId: COMPLETION_TABLE_ID, title: COMPLETION_TITLE, kind: 'thirteenth_completion', rowCount: completionRows.length },
      { tableId: INDICATOR_TABLE_ID, title: INDICATOR_TITLE, kind: 'fourteenth_indicators', rowCount: indicatorRows.length },
      { tableId: NARRATIVE_TABLE_ID, title: null, kind: 'narrative_targets', rowCount: 1 },
    ],
    indicators: finishDrafts(drafts),
    completionRows,
    schedules: [],
    notes: [
      sourceNote(
        'flattened_split',
        null,
        '原文为55页docx拉平后的文本：表格单元格首尾相接（名称、单位、两个数值、属性之间无分隔），' +
          '并插入“1、”至“47、”分页标记；数值按行规格读取并拆分，见各行注记。',
      ),
      sourceNote('chunk_marker_inside', targetYearPrinted, `表2表头「2025年目标值」中插入了分页标记（印为「${targetYearPrinted}」）。`),
      sourceNote(
        'truncated_document',
        lastWords.whole.text,
        '文本在第三章第一节句中截断（「…稳步提」）；第三章其余各节、第四至七章' + '（含第七章第五节“建立规划实施监测评估机制”）缺失。',
      ),
    ],
  };
}

function readRows(
  source: string,
  view: StrippedView,
  specs: readonly RowSpec[],
  start: number,
  end: number,
  options: RowReaderOptions,
): ReadRow[] {
  const rows: ReadRow[] = [];
  let cursor = start;
  for (const spec of specs) {
    if (!view.text.startsWith(spec.anchor, cursor)) {
      throw new Error(`004: expected row 「${spec.anchor}」, found 「${view.text.slice(cursor, cursor + 20)}」`);
    }
    const afterName = cursor + spec.anchor.length;
    const cell = /^(?<unit>%|张|个|平方米)?(?<run>[\d.]+)(?<attribute>预期性|约束性)/du.exec(view.text.slice(afterName));
    const run = cell?.groups?.['run'];
    const runRange = cell?.indices?.groups?.['run'];
    const attributeRange = cell?.indices?.groups?.['attribute'];
    if (cell === null || run === undefined || runRange === undefined || attributeRange === undefined) {
      throw new Error(`004: no values after 「${spec.anchor}」`);
    }
    const printedUnit = cell.groups?.['unit'] ?? null;
    if (printedUnit !== null && !options.readsUnitAfterName) {
      throw new Error(`004: unexpected unit after 「${spec.anchor}」`);
    }
    const unit = options.readsUnitAfterName ? printedUnit : splitNameAndUnit(spec.anchor).unit;
    const reading = readDigitRun(run, options.constraintsFor(unit));
    const runStart = afterName + runRange[0];
    let valueStart = runStart;
    const printedValues = reading.values.map((value) => {
      const printed = sourceSpan(source, view, valueStart, valueStart + value.length);
      valueStart += value.length;
      return printed;
    });
    const rowEnd = afterName + cell[0].length;
    rows.push({
      spec,
      printedRow: sourceSpan(source, view, cursor, rowEnd),
      printedName: sourceSpan(source, view, cursor, afterName),
      unit,
      run: sourceSpan(source, view, runStart, afterName + runRange[1]),
      printedValues,
      reading,
      printedAttribute: sourceSpan(source, view, afterName + attributeRange[0], afterName + attributeRange[1]),
    });
    cursor = rowEnd;
  }
  if (view.text.slice(cursor, end).trim() !== '') {
    throw new Error(`004: text left after the last row: 「${view.text.slice(cursor, end)}」`);
  }
  return rows;
}

function toCompletionRow(source: string, row: ReadRow, position: number): TCompletionRow {
  const { name, unit } = splitNameAndUnit(row.spec.anchor);
  const [planned, actual] = row.printedValues;
  const [plannedValue, actualValue] = row.reading.values;
  if (planned === undefined || actual === undefined || plannedValue === undefined || actualValue === undefined) {
    throw new Error(`004 表1: row 「${row.spec.anchor}」 must have two values`);
  }
  const attribute = parseAttribute(row.printedAttribute);
  const notes = [
    ...rowNotes(source, row, `2020年目标值${planned}、2020年实际值${actual}`),
    ...(attribute.note === null ? [] : [attribute.note]),
  ];
  if (unit === '') {
    notes.push(sourceNote('unit_as_printed', row.printedName, `单位印为空括号「()」（${row.spec.anchor}）。`));
  }
  return {
    code: `XMC${twoDigits(position)}`,
    seedId: '004',
    tableId: COMPLETION_TABLE_ID,
    position,
    rowNumber: null,
    name: printedText(row.printedName, name),
    unit,
    baseYear: null,
    baseValue: null,
    plannedValue: numberOf(planned, plannedValue),
    actualValue: numberOf(actual, actualValue),
    attribute: attribute.attribute,
    printedAttribute: row.printedAttribute,
    completion: null,
    printedCompletion: null,
    notes,
  };
}

function toIndicatorDraft(source: string, row: ReadRow, position: number): IndicatorDraft {
  const anchor = /^(?<number>\d+)(?<name>.+)$/u.exec(row.spec.anchor)?.groups;
  const rowNumber = anchor?.['number'];
  const name = anchor?.['name'];
  if (rowNumber === undefined || name === undefined || rowNumber !== String(position)) {
    throw new Error(`004 表2: anchor 「${row.spec.anchor}」 is not row ${position}`);
  }
  const [first, second] = row.printedValues;
  const [firstValue, secondValue] = row.reading.values;
  if (first === undefined || firstValue === undefined) {
    throw new Error(`004 表2: row ${position} has no value`);
  }
  const baselinePrinted = second === undefined ? null : first;
  const targetPrinted = second ?? first;
  const targetValue = Number(secondValue ?? firstValue);
  const description =
    baselinePrinted === null ? `2025年目标值${targetPrinted}（2020年空缺）` : `2020年${baselinePrinted}、2025年目标值${targetPrinted}`;
  return {
    code: `XM${twoDigits(position)}`,
    seedId: '004',
    tableId: INDICATOR_TABLE_ID,
    source: 'table',
    position,
    rowNumber,
    category: null,
    name: printedText(row.printedName.replace(/^\d+/u, ''), name),
    unit: row.unit,
    printedAttribute: row.printedAttribute,
    baselineYear: 2020,
    baseline:
      baselinePrinted === null
        ? { printed: '', value: null, unit: null, scope: null, isBlank: true }
        : numberOf(baselinePrinted, firstValue),
    targets: [
      {
        year: 2025,
        printed: targetPrinted,
        target: { kind: 'gte', value: targetValue, isImplicit: true },
        unit: row.unit,
        source: 'table',
      },
    ],
    notes: rowNotes(source, row, description),
  };
}

/** Notes every 004 row carries: how the run was split, chunk markers, narrative confirmations. */
function rowNotes(source: string, row: ReadRow, description: string): TSourceNote[] {
  const notes: TSourceNote[] = [];
  const alternatives = row.reading.alternatives.map((values) => values.join('/')).join('、');
  switch (row.reading.basis) {
    case 'unique':
      notes.push(sourceNote('flattened_split', row.run, `「${row.run}」唯一可行的拆分：${description}。`));
      break;
    case 'most_plausible':
      notes.push(
        sourceNote('flattened_split', row.run, `「${row.run}」按数量级最接近的拆分读作${description}；其他拆分：${alternatives}。`),
      );
      break;
    case 'ambiguous':
      notes.push(
        sourceNote(
          'ambiguous_split',
          row.run,
          `「${row.run}」拆分有歧义：读作${description}，但${alternatives}的数量级更接近；载入前请核对原件。`,
        ),
      );
      break;
    case 'single':
      notes.push(sourceNote('single_value_row', row.run, `「${row.run}」只有一个数，按${description}读取。`));
      break;
  }
  if (row.printedRow.includes('\n')) {
    notes.push(
      sourceNote(
        'chunk_marker_inside',
        row.printedRow,
        `分页标记插在本行文字中（「${row.printedRow.replace(/\n/gu, '⏎')}」），读取时去掉，未缺字。`,
      ),
    );
  }
  for (const phrase of row.spec.confirmedBy ?? []) {
    requireOffset(source, phrase);
    const confirmed = row.reading.values.filter((value) => phrase.includes(value));
    if (confirmed.length === 0) {
      throw new Error(`004: 「${phrase}」 confirms none of ${row.reading.values.join('/')}`);
    }
    notes.push(sourceNote('narrative_confirms', phrase, `正文「${phrase}」印证${confirmed.join('、')}。`));
  }
  return notes;
}

/** 「实现有集中供养意愿的特困人员100%落实集中供养」 (第二章第一节). */
function readCentralizedSupportTarget(source: string): IndicatorDraft {
  const match = matchOnce(source, /实现(?<name>有集中供养意愿的特困人员)(?<target>(?<value>\d+)%落实集中供养)/u);
  return narrativeTargetDraft({
    code: 'XMT01',
    seedId: '004',
    tableId: NARRATIVE_TABLE_ID,
    name: printedText(requireGroup(match, 'name').text),
    unit: '%',
    target: { year: 2025, printed: requireGroup(match, 'target').text, value: Number(requireGroup(match, 'value').text) },
    notes: [sourceNote('target_year_not_stated', match.whole.text, '正文目标，未写年份，按规划期末2025年。')],
  });
}

function numberOf(printed: string, value: string): TPrintedNumber {
  return { printed, value: Number(value), unit: null, scope: null, isBlank: false };
}
