import {
  DEPARTMENT_EVENT_KIND_LABELS,
  DISABILITY_CATEGORY_NAMES,
  STUDENT_STAGE_LABELS,
  validateCitizenId,
  type DepartmentEventKind,
  type DisabilityCategory,
  type ErrorDetail,
  type StudentStage,
} from '@mz/shared';

// Validation of a department event file (医保结算, 残联, 公安死亡, 人社失业/就业, 车管, 不动产, 市场监管,
// 教育, 应急受灾 — rules doc §5.3): every row checked, every problem named by row and column.

export const EVENT_COLUMNS = {
  department: '部门',
  kind: '事件类别',
  citizenId: '公民身份号码',
  name: '姓名',
  occurredOn: '发生日期',
  amount: '个人自付金额（元）',
  disabilityCategory: '残疾类别',
  disabilityGrade: '残疾等级',
  diagnosis: '疾病名称',
  onLocalList: '是否重特大疾病目录内',
  stage: '学段',
  description: '说明',
} as const;
type Column = keyof typeof EVENT_COLUMNS;
const REQUIRED: Column[] = ['department', 'kind', 'citizenId', 'name', 'occurredOn'];
const ALIASES: Record<string, Column> = { 身份证号: 'citizenId', 金额: 'amount', '金额（元）': 'amount', 自付金额: 'amount' };

export type ParsedEvent = {
  rowNumber: number;
  department: string;
  kind: DepartmentEventKind;
  citizenId: string;
  name: string;
  occurredOn: string;
  amountFen: number | null;
  disabilityCategory: DisabilityCategory | null;
  disabilityGrade: number | null;
  diagnosis: string | null;
  onLocalList: boolean | null;
  stage: StudentStage | null;
  description: string | null;
};

const byLabel = <K extends string>(labels: Record<K, string>) =>
  new Map<string, K>(
    (Object.entries(labels) as [K, string][]).flatMap(([code, label]) => [
      [label, code],
      [code, code],
    ]),
  );
const KINDS = byLabel(DEPARTMENT_EVENT_KIND_LABELS);
const CATEGORIES = byLabel(DISABILITY_CATEGORY_NAMES as Record<DisabilityCategory, string>);
const STAGES = byLabel(STUDENT_STAGE_LABELS as Record<StudentStage, string>);
const GRADES: Record<string, number> = { '1': 1, '2': 2, '3': 3, '4': 4, 一级: 1, 二级: 2, 三级: 3, 四级: 4 };
const YES_NO: Record<string, boolean> = { 是: true, 否: false, Y: true, N: false };

const parseYuan = (text: string): number | null => {
  const match = /^(\d{1,11})(?:\.(\d{1,2}))?$/.exec(text);
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : null;
};

export const validateEventSheet = (sheet: { headers: string[]; rows: { rowNumber: number; cells: string[] }[] }, today: string) => {
  const errors: ErrorDetail[] = [];
  const at = (row: number, column: Column, code: string, message: string) =>
    errors.push({
      path: `第${row}行 ${EVENT_COLUMNS[column]}`,
      row,
      column: EVENT_COLUMNS[column],
      code,
      message: `第${row}行“${EVENT_COLUMNS[column]}”：${message}`,
    });
  const index = new Map<Column, number>();
  sheet.headers.forEach((h, i) => {
    const key = (Object.entries(EVENT_COLUMNS).find(([, label]) => label === h.trim())?.[0] as Column | undefined) ?? ALIASES[h.trim()];
    if (key && !index.has(key)) index.set(key, i);
  });
  for (const key of REQUIRED) if (!index.has(key)) at(1, key, 'MISSING_COLUMN', '缺少此列，请使用导入模板');
  const events: ParsedEvent[] = [];
  if (errors.length > 0) return { events, errors };
  if (sheet.rows.length === 0) at(2, 'kind', 'EMPTY_FILE', '文件中没有数据行');
  for (const { rowNumber: row, cells } of sheet.rows) {
    const get = (key: Column) => (index.has(key) ? (cells[index.get(key) as number] ?? '').trim() : '');
    const before = errors.length;
    const department = get('department');
    if (!department) at(row, 'department', 'REQUIRED', '不能为空');
    const kind = KINDS.get(get('kind'));
    if (!kind) at(row, 'kind', 'CODE', `“${get('kind')}”不是有效的事件类别（${Object.values(DEPARTMENT_EVENT_KIND_LABELS).join('、')}）`);
    const id = validateCitizenId(get('citizenId'), today);
    if (!id.ok) at(row, 'citizenId', id.code, id.message);
    const name = get('name');
    if (!name) at(row, 'name', 'REQUIRED', '不能为空');
    const occurredOn = get('occurredOn');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(occurredOn) || Number.isNaN(Date.parse(occurredOn))) {
      at(row, 'occurredOn', 'DATE', '应为日期，如 2025-09-30');
    } else if (occurredOn > today) at(row, 'occurredOn', 'DATE', '不能晚于今天');
    const amountText = get('amount');
    const amountFen = amountText === '' ? null : parseYuan(amountText);
    if (amountText !== '' && amountFen === null) at(row, 'amount', 'AMOUNT', '应为不小于0的金额，最多两位小数');
    if (kind === 'medical-settlement' && amountText === '') at(row, 'amount', 'REQUIRED', '医疗费用结算须填写个人自付金额');
    const category = get('disabilityCategory') === '' ? null : (CATEGORIES.get(get('disabilityCategory')) ?? null);
    const grade = get('disabilityGrade') === '' ? null : (GRADES[get('disabilityGrade')] ?? null);
    if (get('disabilityCategory') !== '' && category === null) {
      at(row, 'disabilityCategory', 'CODE', `“${get('disabilityCategory')}”不是有效的残疾类别`);
    }
    if (get('disabilityGrade') !== '' && grade === null) at(row, 'disabilityGrade', 'CODE', '应为1–4或一级–四级');
    if (kind === 'disability-certificate' && (get('disabilityCategory') === '' || get('disabilityGrade') === '')) {
      at(row, 'disabilityGrade', 'REQUIRED', '残疾人证须填写残疾类别和等级');
    }
    const diagnosis = get('diagnosis') || null;
    if (kind === 'major-illness-diagnosis' && diagnosis === null) at(row, 'diagnosis', 'REQUIRED', '重特大疾病确诊须填写疾病名称');
    const listText = get('onLocalList');
    const onLocalList = listText === '' ? null : (YES_NO[listText] ?? null);
    if (listText !== '' && onLocalList === null) at(row, 'onLocalList', 'CODE', '应为“是”或“否”');
    const stage = get('stage') === '' ? null : (STAGES.get(get('stage')) ?? null);
    if (get('stage') !== '' && stage === null) at(row, 'stage', 'CODE', `“${get('stage')}”不是有效的学段`);
    if (kind === 'school-enrolment' && get('stage') === '') at(row, 'stage', 'REQUIRED', '入学须填写学段');
    if (errors.length > before || !kind || !id.ok) continue;
    events.push({
      rowNumber: row,
      department,
      kind,
      citizenId: id.value,
      name,
      occurredOn,
      amountFen,
      disabilityCategory: category,
      disabilityGrade: grade,
      diagnosis,
      onLocalList: kind === 'major-illness-diagnosis' ? (onLocalList ?? true) : onLocalList,
      stage,
      description: get('description') || null,
    });
  }
  return { events: errors.length > 0 ? [] : events, errors };
};

export const EVENT_TEMPLATE_NOTES = [
  `事件类别：${Object.values(DEPARTMENT_EVENT_KIND_LABELS).join('、')}。`,
  '医疗费用结算须填写个人自付金额；残疾人证须填写残疾类别和等级；重特大疾病确诊须填写疾病名称（是否目录内默认“是”）；入学须填写学段。',
  '任何一行有错误，整个文件不导入；错误会指出行号和列名。',
];
