import type { TIndicatorTarget, TPlanTarget, TSourceNote } from '@mz/shared';

import type { IndicatorDraft } from './plan-register.rules';
import { finishDrafts, type SeedContent } from './seed-content';
import {
  countPinyinGlosses,
  type StrippedView,
  matchAllWithOffsets,
  matchOnce,
  type PatternMatch,
  printedText,
  requireGroup,
  sourceNote,
  sourceSpan,
  stripPinyinGlosses,
} from './seed-text.parser';

// 003 開平市: a policy interpretation (政策解读) in traditional characters with pinyin glosses
// after some characters (「業(yè)」). There is no table: targets are sentences of Q2. Each row of
// the spec names the sentence pattern (matched on the text without glosses) and how to read the
// target; printed values are the source spans, glosses included.

const TABLE_ID = '003-P';

type ComparatorReading = 'relative_growth' | 'at_least' | 'reach';

type ProseTargetSpec = {
  code: string;
  /** Matched on the gloss-stripped text; groups: name, target, value (numeric), year (optional). */
  pattern: RegExp;
  reading: ComparatorReading;
  unit: string;
  /** Year used when the sentence carries none (「“十四五”期間」 is garbled in the source). */
  fallbackYear?: number;
};

const PROSE_TARGETS: readonly ProseTargetSpec[] = [
  {
    code: 'KP01',
    pattern: /(?<garbled>\?!笆奈濉逼陂g),(?<name>城鄉低保標準年度增速)(?<target>不低于(?<reference>居民上年度人均消費支出增速))/u,
    reading: 'relative_growth',
    unit: '%',
    fallbackYear: 2025,
  },
  {
    code: 'KP02',
    pattern: /到(?<year>\d{4})年,(?<name>農村低保月人均補差最低標準占城鎮低保月人均補差最低標準)的(?<target>(?<value>\d+)%以上)/u,
    reading: 'at_least',
    unit: '%',
  },
  {
    code: 'KP03',
    pattern: /(?<year>\d{4})年實現全市(?<name>養老機構護理型養老床位占比)(?<target>不低于(?<value>\d+)%)/u,
    reading: 'at_least',
    unit: '%',
  },
  {
    code: 'KP04',
    pattern:
      /(?<year>\d{4})年實現全市養老機構護理型養老床位占比不低于\d+%,(?<name>生活不能自理特困人員集中供養率)(?<target>不低于(?<value>\d+)%)/u,
    reading: 'at_least',
    unit: '%',
  },
  {
    code: 'KP05',
    pattern: /到(?<year>\d{4})年底,(?<name>鄉鎮\(街道\)未成年人保護工作站覆蓋率)(?<target>達到(?<value>\d+)%以上)/u,
    reading: 'at_least',
    unit: '%',
  },
  {
    code: 'KP06',
    pattern: /到(?<year>\d{4})年底,(?<name>每百戶居民擁有的城鄉社區綜合服務設施建筑面積)(?<target>達到(?<value>\d+)平方米)/u,
    reading: 'reach',
    unit: '平方米',
  },
  {
    code: 'KP07',
    pattern:
      /到(?<year>\d{4})年底,每百戶居民擁有的城鄉社區綜合服務設施建筑面積達到\d+平方米,實現(?<name>每萬名城鎮常住人口擁有社區工作者數量)(?<target>達到(?<value>\d+)人)/u,
    reading: 'reach',
    unit: '人',
  },
];

export function parseSeed003(source: string): SeedContent {
  const view = stripPinyinGlosses(source);
  const drafts = PROSE_TARGETS.map((spec, index) => readProseTarget(source, view, spec, index + 1));

  const title = matchAllWithOffsets(view.text, /《(?<title>開平市[^》]+)》/u)[0];
  if (title === undefined) {
    throw new Error('003: title not found');
  }
  const titleGroup = requireGroup(title, 'title');
  const period = matchAllWithOffsets(view.text, /“十四五”期間/u)[0];
  const targetYear = matchAllWithOffsets(view.text, /到2025年/u)[0];
  if (period === undefined || targetYear === undefined) {
    throw new Error('003: period or target year phrase not found');
  }
  const firstGloss = matchOnce(source, /^文件鏈接:關于印(?<gloss>發\(fā\))/mu);
  const secondGarble = matchOnce(view.text, /新時代(?<garbled>新\?lián\)斝伦鳛\?)/u);
  const garbledGroup = requireGroup(secondGarble, 'garbled');
  const simplified = matchAllWithOffsets(view.text, /不低于/u);
  const notes: TSourceNote[] = [
    sourceNote(
      'pinyin_gloss',
      requireGroup(firstGloss, 'gloss').text,
      `部分繁体字后附拼音注音（全文${countPinyinGlosses(source)}处，如「${requireGroup(firstGloss, 'gloss').text}」）；读取时去掉注音，原文保留在 printed。`,
    ),
    sourceNote(
      'garbled_text',
      spanOf(source, view, garbledGroup.offset, garbledGroup.text.length),
      `保障措施“政績考核”一句中「${garbledGroup.text}」为乱码，疑为“新担当新作为”。`,
    ),
    sourceNote('mixed_script', '不低于', `繁体文本中「不低于」为简体写法（共${simplified.length}处），按原文保留。`),
    sourceNote('no_baseline_column', null, '政策解读无指标表：无基期值、无约束性/预期性属性，目标取自第二问的表述。'),
  ];
  return {
    title: printedText(spanOf(source, view, titleGroup.offset, titleGroup.text.length), titleGroup.text),
    issuer: null,
    documentNumber: null,
    issuedOn: null,
    publishedOn: null,
    periodStartYear: 2021,
    periodEndYear: 2025,
    periodPrinted: spanOf(source, view, period.whole.offset, period.whole.text.length),
    baseYear: 2020,
    baseYearPrinted: null,
    targetYear: 2025,
    targetYearPrinted: spanOf(source, view, targetYear.whole.offset, targetYear.whole.text.length),
    tables: [{ tableId: TABLE_ID, title: null, kind: 'prose_targets', rowCount: drafts.length }],
    indicators: finishDrafts(drafts),
    completionRows: [],
    schedules: [],
    notes,
  };
}

function readProseTarget(source: string, view: StrippedView, spec: ProseTargetSpec, position: number): IndicatorDraft {
  const matches = matchAllWithOffsets(view.text, spec.pattern);
  const [first] = matches;
  if (first === undefined) {
    throw new Error(`003 ${spec.code}: sentence not found`);
  }
  const name = requireGroup(first, 'name');
  const notes: TSourceNote[] = [];
  const garbled = first.groups['garbled'];
  if (garbled !== undefined) {
    notes.push(
      sourceNote(
        'garbled_text',
        spanOf(source, view, garbled.offset, garbled.text.length),
        `句首「${garbled.text}」为乱码，据上下文应为「。“十四五”期間」；按规划期内逐年考核，目标年取2025年。`,
      ),
    );
  }
  return {
    code: spec.code,
    seedId: '003',
    tableId: TABLE_ID,
    source: 'prose',
    position,
    rowNumber: null,
    category: categoryOf(source, view, first),
    name: printedText(spanOf(source, view, name.offset, name.text.length), name.text),
    unit: spec.unit,
    printedAttribute: null,
    baselineYear: null,
    baseline: null,
    targets: matches.map((match) => readTarget(source, view, spec, match)),
    notes,
  };
}

function readTarget(source: string, view: StrippedView, spec: ProseTargetSpec, match: PatternMatch): TPlanTarget {
  const target = requireGroup(match, 'target');
  const year = match.groups['year'];
  if (year === undefined && spec.fallbackYear === undefined) {
    throw new Error(`003 ${spec.code}: no year in 「${match.whole.text}」`);
  }
  return {
    year: year === undefined ? (spec.fallbackYear ?? 0) : Number(year.text),
    printed: spanOf(source, view, target.offset, target.text.length),
    target: toTarget(spec, match),
    unit: spec.unit,
    source: 'prose',
  };
}

function toTarget(spec: ProseTargetSpec, match: PatternMatch): TIndicatorTarget {
  if (spec.reading === 'relative_growth') {
    return { kind: 'relative_growth', reference: requireGroup(match, 'reference').text, referenceLagYears: 1 };
  }
  const value = Number(requireGroup(match, 'value').text);
  return spec.reading === 'at_least' ? { kind: 'at_least', value } : { kind: 'gte', value, isImplicit: true };
}

/** The 五大體系 heading of the paragraph: 「一是進一步構建“大救助”體系」 → 大救助. */
function categoryOf(source: string, view: StrippedView, match: PatternMatch): ReturnType<typeof printedText> {
  const paragraphStart = view.text.lastIndexOf('\n', match.whole.offset) + 1;
  const heading = /“(?<category>大[^”]+)”/u.exec(view.text.slice(paragraphStart));
  const category = heading?.groups?.['category'];
  if (heading === null || category === undefined) {
    throw new Error(`003: no 五大體系 heading before 「${match.whole.text}」`);
  }
  const offset = paragraphStart + heading.index + 1;
  return printedText(spanOf(source, view, offset, category.length), category);
}

function spanOf(source: string, view: StrippedView, offset: number, length: number): string {
  return sourceSpan(source, view, offset, offset + length);
}
