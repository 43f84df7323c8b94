import { narrativeTargetDraft, type IndicatorDraft } from './plan-register.rules';
import { finishDrafts, type SeedContent, twoDigits } from './seed-content';
import {
  expectCellTexts,
  isoDateOf,
  matchOnce,
  parseTargetCell,
  printedText,
  readLineCells,
  requireCell,
  requireGroup,
  requireOffset,
  sourceNote,
  yearIn,
} from './seed-text.parser';

// 001 national plan (民政部 国家发展和改革委员会): one cell per line. The indicator table has
// 序号 | 指标 | 单位 | 2025年目标值 | 属性 and no baseline or category column.

const TABLE_ID = '001-T1';
const NARRATIVE_TABLE_ID = '001-N';
const TABLE_TITLE = '“十四五”时期民政事业主要发展指标';
const TABLE_HEADER = ['序号', '指标', '单位', '2025年目标值', '属性'] as const;
const CELLS_PER_ROW = 5;

export function parseSeed001(source: string): SeedContent {
  const titleOffset = requireOffset(source, TABLE_TITLE);
  const tableEnd = requireOffset(source, '第二章', titleOffset);
  const cells = readLineCells(source, titleOffset, tableEnd).slice(1);
  expectCellTexts(cells.slice(0, TABLE_HEADER.length), TABLE_HEADER, TABLE_ID);
  const rowCells = cells.slice(TABLE_HEADER.length);
  if (rowCells.length % CELLS_PER_ROW !== 0) {
    throw new Error(`${TABLE_ID}: ${rowCells.length} cells do not make whole rows`);
  }

  const targetYear = yearIn(TABLE_HEADER[3]);
  const drafts: IndicatorDraft[] = [];
  for (let index = 0; index < rowCells.length; index += CELLS_PER_ROW) {
    const position = index / CELLS_PER_ROW + 1;
    const cell = (column: number) => requireCell(rowCells, index + column, TABLE_ID);
    if (cell(0).text !== String(position)) {
      throw new Error(`${TABLE_ID}: expected row ${position}, found 「${cell(0).text}」`);
    }
    const targetPrinted = cell(3).text;
    const parsedTarget = parseTargetCell(targetPrinted);
    drafts.push({
      code: `N${twoDigits(position)}`,
      seedId: '001',
      tableId: TABLE_ID,
      source: 'table',
      position,
      rowNumber: cell(0).text,
      category: null,
      name: printedText(cell(1).text),
      unit: cell(2).text,
      printedAttribute: cell(4).text,
      baselineYear: null,
      baseline: null,
      targets: [{ year: targetYear, printed: targetPrinted, target: parsedTarget.target, unit: cell(2).text, source: 'table' }],
      notes: [],
    });
  }
  drafts.push(readCommunityWorkerTarget(source));

  const notice = matchOnce(source, /^(?<issuer>.+?)关于印发《(?<title>.+?)》的通知/u);
  const issuedOn = matchOnce(source, /\n(?<date>(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日)\n/u);
  const publishedOn = matchOnce(source, /发布时间:(?<date>\d{4}-\d{2}-\d{2})/u);
  const issuer = requireGroup(notice, 'issuer').text;
  const title = requireGroup(notice, 'title').text;
  return {
    title: printedText(title),
    issuer: printedText(issuer),
    documentNumber: null,
    issuedOn: { printed: requireGroup(issuedOn, 'date').text, date: isoDateOf(issuedOn) },
    publishedOn: { printed: publishedOn.whole.text, date: requireGroup(publishedOn, 'date').text },
    periodStartYear: 2021,
    periodEndYear: 2025,
    periodPrinted: '“十四五”',
    baseYear: 2020,
    baseYearPrinted: null,
    targetYear,
    targetYearPrinted: TABLE_HEADER[3],
    tables: [
      { tableId: TABLE_ID, title: TABLE_TITLE, kind: 'fourteenth_indicators', rowCount: rowCells.length / CELLS_PER_ROW },
      { tableId: NARRATIVE_TABLE_ID, title: null, kind: 'narrative_targets', rowCount: 1 },
    ],
    indicators: finishDrafts(drafts),
    completionRows: [],
    schedules: [],
    notes: [
      sourceNote(
        'no_baseline_column',
        TABLE_HEADER[3],
        '全国指标表只有「2025年目标值」一栏，无2020年基期值栏和类别栏；基期年按规划期（“十四五”）前一年取2020年。',
      ),
    ],
  };
}

/** 「推动实现每万名城镇常住人口拥有社区工作者18人」 (第三章, not in the table). */
function readCommunityWorkerTarget(source: string): IndicatorDraft {
  const match = matchOnce(source, /推动实现(?<name>每万名城镇常住人口拥有社区工作者)(?<target>(?<value>\d+)人)/u);
  const target = requireGroup(match, 'target').text;
  return narrativeTargetDraft({
    code: 'NT01',
    seedId: '001',
    tableId: NARRATIVE_TABLE_ID,
    name: printedText(requireGroup(match, 'name').text),
    unit: '人',
    target: { year: 2025, printed: target, value: Number(requireGroup(match, 'value').text) },
    notes: [sourceNote('target_year_not_stated', match.whole.text, '正文目标，未写年份，按规划目标年2025年。')],
  });
}
