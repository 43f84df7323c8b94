import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ReportData, ReportRow } from './reports.service';

// The report as a .docx in 公文 layout (GB/T 9704-2012): A4; margins top 37 mm, bottom 35 mm, left
// 28 mm, right 26 mm; title 方正小标宋简体 二号 centred; body 仿宋_GB2312 三号, fixed 28-pt line
// spacing, first line indented two characters; headings 一、(黑体) （一）(楷体) 1. （1）; page
// numbers 「— 1 —」 in 宋体 四号 at the bottom centre.

/** Millimetres to twips, rounded (docx's helper truncates: 37 mm would become 2097). */
const mm = (value: number) => Math.round((value * 1440) / 25.4);

const FONT = { title: '方正小标宋简体', body: '仿宋_GB2312', h1: '黑体', h2: '楷体_GB2312', number: '宋体' };
const SIZE = { title: 44, body: 32, table: 21, footer: 28 }; // half-points: 二号 22pt, 三号 16pt, 五号 10.5pt, 四号 14pt
const LINE = { line: 560, lineRule: LineRuleType.EXACT }; // 28 pt

const font = (name: string) => ({
  ascii: name === FONT.body ? 'Times New Roman' : name,
  eastAsia: name,
  hAnsi: name === FONT.body ? 'Times New Roman' : name,
});

const run = (text: string, options: { font?: string; size?: number; bold?: boolean; colour?: string } = {}) =>
  new TextRun({
    text,
    font: font(options.font ?? FONT.body),
    size: options.size ?? SIZE.body,
    bold: options.bold ?? false,
    ...(options.colour ? { color: options.colour } : {}),
  });

const body = (text: string | TextRun[], indent = true) =>
  new Paragraph({
    children: typeof text === 'string' ? [run(text)] : text,
    spacing: LINE,
    indent: indent ? { firstLine: 640 } : {},
    alignment: AlignmentType.JUSTIFIED,
  });

const heading1 = (text: string) => new Paragraph({ children: [run(text, { font: FONT.h1 })], spacing: LINE, indent: { firstLine: 640 } });
const heading2 = (text: string) => new Paragraph({ children: [run(text, { font: FONT.h2 })], spacing: LINE, indent: { firstLine: 640 } });
const heading3 = (text: string) => new Paragraph({ children: [run(text, { bold: true })], spacing: LINE, indent: { firstLine: 640 } });

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cn = (n: number) => CHINESE_NUMERALS[n - 1] ?? String(n);

const cell = (text: string, options: { header?: boolean; highlight?: boolean; width?: number } = {}) =>
  new TableCell({
    children: [
      new Paragraph({
        children: [run(text, { size: SIZE.table, bold: options.header ?? false, ...(options.highlight ? { colour: 'C00000' } : {}) })],
        alignment: AlignmentType.CENTER,
      }),
    ],
    verticalAlign: VerticalAlign.CENTER,
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
    ...(options.header ? { shading: { fill: 'D9D9D9', type: ShadingType.CLEAR, color: 'auto' } } : {}),
  });

const HEADERS: [string, number][] = [
  ['序号', 5],
  ['指标', 27],
  ['单位', 7],
  ['属性', 8],
  ['基期值', 9],
  ['本期值', 11],
  ['目标值', 12],
  ['达标判定', 10],
  ['时序进度', 11],
];

export const indicatorTable = (rows: ReportRow[], year: number) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: HEADERS.map(([h, w]) => cell(h === '本期值' ? `${year}年值` : h, { header: true, width: w })),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: [
              cell(String(r.index)),
              cell(r.name, { highlight: r.isBindingLagging }),
              cell(r.unit ?? ''),
              cell(r.attributeLabel),
              cell(r.baselineText),
              cell(r.valueText),
              cell(r.targetText),
              cell(r.targetVerdictText),
              cell(r.scheduleText, { highlight: r.isLagging }),
            ],
          }),
      ),
    ],
  });

const analysisSections = (rows: ReportRow[]) => {
  const groups: [string, ReportRow[]][] = [
    ['约束性指标', rows.filter((r) => r.attributeLabel === '约束性')],
    ['预期性指标', rows.filter((r) => r.attributeLabel === '预期性')],
    ['未标注属性的指标', rows.filter((r) => r.attributeLabel !== '约束性' && r.attributeLabel !== '预期性')],
  ];
  return groups
    .filter(([, list]) => list.length > 0)
    .flatMap(([label, list], g) => [
      heading3(`${g + 1}.${label}`),
      ...list.flatMap((r, k) => [
        body([run(`（${k + 1}）`), run(r.narrative)]),
        ...(r.deviationNote ? [body([run('偏离说明：', { bold: true }), run(r.deviationNote)])] : []),
      ]),
    ]);
};

const NEXT_STEPS: Record<ReportData['kind'], string> = {
  annual:
    '结合年度工作部署和绩效考核要求，对进度滞后的指标逐项分析原因、明确责任单位和完成时限，下一年度重点推进约束性指标落实，确保规划目标如期实现。',
  midterm:
    '结合国家、省、州（市）内外发展环境的新变化新要求，重点评估规划实施进展情况及存在问题，对难以如期完成的指标研究提出推进措施，需调整的目标按程序报批，推进各项规划任务落到实处。',
  final:
    '全面总结“十四五”规划实施成效和经验，对未完成的指标说明原因，评估结果作为改进民政工作和绩效考核的重要依据，并为“十五五”规划编制提供参考。',
};

export const buildReportDocx = async (data: ReportData): Promise<Buffer> => {
  const bindingLagging = data.rows.filter((r) => r.isBindingLagging);
  const missingNotes = data.rows.filter((r) => r.isLagging && !r.deviationNote);
  const notes = data.rows.filter((r) => r.deviationNote);
  const summary =
    `本报告依据《${data.planTitle}》确定的${data.counts.total}项主要指标，对${data.divisionName}${data.year}年度规划实施情况进行${data.kind === 'annual' ? '监测分析' : '评估'}。` +
    `${data.counts.withData}项指标有监测数据，其中${data.counts.met}项已达到目标，${data.counts.onSchedule}项时序进度正常或超额完成，${data.counts.lagging}项进度滞后或未达标。` +
    (bindingLagging.length > 0
      ? `约束性指标中有${bindingLagging.length}项进度滞后：${bindingLagging.map((r) => r.name).join('、')}，需重点关注。`
      : '约束性指标均未出现进度滞后。');
  const children = [
    new Paragraph({
      children: [run(data.title, { font: FONT.title, size: SIZE.title })],
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT },
    }),
    new Paragraph({
      children: [run(`（${data.divisionName}\u3000${data.generatedOn}）`, { font: FONT.h2 })],
      alignment: AlignmentType.CENTER,
      spacing: LINE,
    }),
    ...(data.hasDemo ? [body([run('说明：本报告所用数据含演示数据（非真实统计数据），仅供系统演示。', { bold: true })])] : []),
    heading1(`${cn(1)}、总体情况`),
    body(summary),
    heading1(`${cn(2)}、主要指标监测情况`),
    heading2('（一）主要指标监测表'),
    indicatorTable(data.rows, data.year),
    body('注：比率类指标按“分子、分母分别汇总后相除”计算，标准类指标按保障人数加权平均；红色字体为进度滞后的约束性指标。', false),
    body(`判定方法：${data.scheduleMethod}`, false),
    heading2('（二）重点指标变化趋势'),
    ...(data.chart
      ? [
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: data.chart.png, transformation: { width: 560, height: 280 } })],
            alignment: AlignmentType.CENTER,
          }),
          new Paragraph({ children: [run(data.chart.caption, { size: 24 })], alignment: AlignmentType.CENTER, spacing: LINE }),
        ]
      : [body('本期暂无可绘制趋势图的监测数据。')]),
    heading2('（三）逐项分析'),
    ...analysisSections(data.rows),
    heading1(`${cn(3)}、偏离说明`),
    ...(notes.length > 0
      ? notes.map((r, k) => body([run(`（${cn(k + 1)}）${r.name}。`, { font: FONT.h2 }), run(r.deviationNote ?? '')]))
      : [body('本期无附报的偏离说明。')]),
    ...(missingNotes.length > 0 ? [body(`以下进度滞后或未达标的指标尚未附偏离说明：${missingNotes.map((r) => r.name).join('、')}。`)] : []),
    heading1(`${cn(4)}、下一步工作建议`),
    body(NEXT_STEPS[data.kind]),
  ];
  const doc = new Document({
    creator: '民政 Platform',
    title: data.title,
    styles: { default: { document: { run: { font: font(FONT.body), size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: {
              top: mm(37),
              bottom: mm(35),
              left: mm(28),
              right: mm(26),
              footer: mm(28) - 567,
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONT.number), size: SIZE.footer })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
};
