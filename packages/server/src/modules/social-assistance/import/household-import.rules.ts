// Row-by-row validation of a household caseload file (pure: no database). Every problem is reported
// with its spreadsheet row number and Chinese column header; the service rejects the whole file when
// there is any. Codes are entered as their Chinese labels (城市, 配偶, 肢体, 二级 …).
import {
  AREA_TYPE_LABELS,
  CARE_TIER_LABELS,
  DISABILITY_CATEGORY_NAMES,
  EMPLOYMENT_STATUS_LABELS,
  RELATION_LABELS,
  STUDENT_STAGE_LABELS,
  computeCitizenIdCheckDigit,
  validateCitizenId,
  type ErrorDetail,
} from '@mz/shared';
import type { Sheet } from './spreadsheet';

export const HOUSEHOLD_COLUMNS = {
  key: '户编号',
  division: '行政区划代码',
  area: '城乡类别',
  address: '家庭住址',
  relation: '与户主关系',
  name: '姓名',
  citizenId: '公民身份号码',
  livesTogether: '是否共同生活',
  disabilityCategory: '残疾类别',
  disabilityGrade: '残疾等级',
  employment: '就业状况',
  student: '在校阶段',
  programme: '保障类别',
  amount: '月保障金额（元）',
  startMonth: '起始年月',
  careTier: '照料护理等级',
} as const;
type ColumnKey = keyof typeof HOUSEHOLD_COLUMNS;
const REQUIRED: ColumnKey[] = ['key', 'division', 'area', 'address', 'relation', 'name', 'citizenId'];
const HEADER_ALIASES: Record<string, ColumnKey> = {
  身份证号: 'citizenId',
  身份证号码: 'citizenId',
  户号: 'key',
  区划代码: 'division',
  月保障金额: 'amount',
};

const invert = <T extends string>(labels: Record<T, string>, extra: Record<string, T> = {}) =>
  new Map<string, T>([
    ...(Object.entries(labels) as [T, string][]).map(([code, label]) => [label, code] as [string, T]),
    ...Object.entries(extra),
  ]);
const AREAS = invert(AREA_TYPE_LABELS, { 城镇: 'urban' });
const RELATIONS = invert(RELATION_LABELS, {
  本人: 'self',
  儿子: 'child',
  女儿: 'child',
  父亲: 'parent',
  母亲: 'parent',
  孙子: 'grandchild',
  孙女: 'grandchild',
});
const DISABILITIES = invert(DISABILITY_CATEGORY_NAMES);
const GRADES = new Map<string, number>([
  ['一级', 1],
  ['二级', 2],
  ['三级', 3],
  ['四级', 4],
  ['1', 1],
  ['2', 2],
  ['3', 3],
  ['4', 4],
]);
const EMPLOYMENTS = invert(EMPLOYMENT_STATUS_LABELS);
// 照料护理等级 of a 特困 person (43号 Art. 22), also under its long names.
const CARE_TIERS = invert(CARE_TIER_LABELS, {
  具备生活自理能力: 'self-care',
  部分丧失生活自理能力: 'partial-care',
  完全丧失生活自理能力: 'full-care',
});
const STAGES = invert(STUDENT_STAGE_LABELS);
export const IMPORT_PROGRAMMES = new Map<string, string>([
  ['低保', 'dibao'],
  ['特困', 'extreme-poverty'],
  ['低保边缘', 'marginal-family'],
  ['刚性支出困难', 'rigid-expenditure'],
]);

export type ImportDivision = { id: number; code: string; name: string; level: string };

export type ParsedMember = {
  rowNumber: number;
  citizenId: string;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  relation: string;
  livesTogether: boolean;
  disabilityCategory: string | null;
  disabilityGrade: number | null;
  employment: string;
  studentStage: string | null;
};
export type ParsedHousehold = {
  key: string;
  rowNumber: number;
  division: ImportDivision;
  areaType: string;
  address: string;
  programme: string | null;
  amountFen: number | null;
  startMonth: string | null;
  /** 特困 only: the care tier, so a standard change re-computes the imported amount (basic + care). */
  careTier: string | null;
  members: ParsedMember[];
};

export type ImportValidation = { households: ParsedHousehold[]; errors: ErrorDetail[]; rowCount: number };

const detail = (row: number, column: string, code: string, message: string): ErrorDetail => ({
  path: `第${row}行 ${column}`,
  row,
  column,
  code,
  message: `第${row}行“${column}”：${message}`,
});

const YUAN = /^\d{1,9}(\.\d{1,2})?$/;
const toFen = (text: string) => Math.round(Number(text) * 100);
const monthOf = (text: string): string | null => {
  const m = /^(\d{4})[-/年.](\d{1,2})/.exec(text);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}-${String(month).padStart(2, '0')}` : null;
};

/**
 * Validate every row. `divisions` holds the divisions the caller may import into (code → division);
 * an unknown code and one outside the scope give the same message.
 */
export const validateHouseholdSheet = (sheet: Sheet, divisions: ReadonlyMap<string, ImportDivision>, today: string): ImportValidation => {
  const errors: ErrorDetail[] = [];
  const index = new Map<ColumnKey, number>();
  sheet.headers.forEach((h, i) => {
    const key = (Object.entries(HOUSEHOLD_COLUMNS).find(([, label]) => label === h)?.[0] as ColumnKey | undefined) ?? HEADER_ALIASES[h];
    if (key && !index.has(key)) index.set(key, i);
  });
  for (const key of REQUIRED) {
    if (!index.has(key)) errors.push(detail(1, HOUSEHOLD_COLUMNS[key], 'MISSING_COLUMN', '缺少此列，请使用导入模板'));
  }
  if (errors.length > 0) return { households: [], errors, rowCount: sheet.rows.length };
  if (sheet.rows.length === 0) {
    return { households: [], errors: [detail(2, HOUSEHOLD_COLUMNS.key, 'EMPTY_FILE', '文件中没有数据行')], rowCount: 0 };
  }

  const households = new Map<string, ParsedHousehold>();
  const heads = new Map<string, number>();
  const seenIds = new Map<string, number>();
  const thisMonth = today.slice(0, 7);
  for (const { rowNumber: row, cells } of sheet.rows) {
    const get = (key: ColumnKey) => {
      const i = index.get(key);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const err = (key: ColumnKey, code: string, message: string) => errors.push(detail(row, HOUSEHOLD_COLUMNS[key], code, message));
    const key = get('key');
    if (!key) err('key', 'REQUIRED', '不能为空');
    const divisionCode = get('division');
    const division = divisions.get(divisionCode);
    if (!division) err('division', 'DIVISION', `区划代码“${divisionCode}”不存在或不在您的管辖范围内`);
    else if (division.level !== 'village' && division.level !== 'township') {
      err('division', 'DIVISION_LEVEL', `“${division.name}”不是村（社区）或乡镇（街道）`);
    }
    const areaType = AREAS.get(get('area'));
    if (!areaType) err('area', 'CODE', `应为“城市”或“农村”，实际为“${get('area')}”`);
    const address = get('address');
    if (!address) err('address', 'REQUIRED', '不能为空');
    else if (address.length > 200) err('address', 'TOO_LONG', '不能超过200字');
    const relation = RELATIONS.get(get('relation'));
    if (!relation) err('relation', 'CODE', `“${get('relation')}”不是有效的关系（${Object.values(RELATION_LABELS).join('、')}）`);
    const name = get('name');
    if (!name) err('name', 'REQUIRED', '不能为空');
    else if (name.length > 40) err('name', 'TOO_LONG', '不能超过40字');
    const rawId = get('citizenId');
    const id = validateCitizenId(rawId.startsWith('#数值:') ? rawId.slice(4) : rawId, today);
    if (!id.ok) {
      err(
        'citizenId',
        id.code,
        rawId.startsWith('#数值:') ? '该列被保存为数字，18位号码已失真，请将此列设置为文本格式后重新填写' : id.message,
      );
    } else {
      const first = seenIds.get(id.value);
      if (first !== undefined) err('citizenId', 'DUPLICATE_IN_FILE', `与第${first}行的公民身份号码重复`);
      else seenIds.set(id.value, row);
    }
    const livesText = get('livesTogether');
    if (livesText && livesText !== '是' && livesText !== '否') err('livesTogether', 'CODE', '应为“是”或“否”');
    const categoryText = get('disabilityCategory');
    const gradeText = get('disabilityGrade');
    const category = categoryText ? DISABILITIES.get(categoryText.replace(/残疾$/, '')) : null;
    const grade = gradeText ? GRADES.get(gradeText) : null;
    if (categoryText && !category) err('disabilityCategory', 'CODE', `“${categoryText}”不是有效的残疾类别`);
    if (gradeText && !grade) err('disabilityGrade', 'CODE', `“${gradeText}”不是有效的残疾等级（一级至四级）`);
    if (Boolean(categoryText) !== Boolean(gradeText)) {
      err(categoryText ? 'disabilityGrade' : 'disabilityCategory', 'INCOMPLETE', '残疾类别和残疾等级应同时填写');
    }
    const employment = get('employment') ? EMPLOYMENTS.get(get('employment')) : 'not-working';
    if (!employment) err('employment', 'CODE', `“${get('employment')}”不是有效的就业状况`);
    const stage = get('student') ? STAGES.get(get('student')) : null;
    if (get('student') && !stage) err('student', 'CODE', `“${get('student')}”不是有效的在校阶段`);

    const programmeText = get('programme');
    const programme = programmeText ? IMPORT_PROGRAMMES.get(programmeText) : null;
    if (programmeText && !programme) err('programme', 'CODE', `“${programmeText}”不是有效的保障类别（低保、特困、低保边缘、刚性支出困难）`);
    const amountText = get('amount');
    if (amountText && !YUAN.test(amountText)) err('amount', 'AMOUNT', '应为不小于0的金额，最多两位小数');
    if ((programme === 'dibao' || programme === 'extreme-poverty') && !amountText) err('amount', 'REQUIRED', '低保、特困须填写月保障金额');
    const startText = get('startMonth');
    const startMonth = startText ? monthOf(startText) : null;
    if (startText && !startMonth) err('startMonth', 'DATE', '应为年月，如 2024-07');
    else if (startMonth && startMonth > thisMonth) err('startMonth', 'DATE', '起始年月不能晚于本月');
    if (programme && !startText) err('startMonth', 'REQUIRED', '填写保障类别时须填写起始年月');
    const careText = get('careTier');
    const careTier = careText ? CARE_TIERS.get(careText) : null;
    const careChoices = Object.values(CARE_TIER_LABELS).join('、');
    if (careText && !careTier) err('careTier', 'CODE', `“${careText}”不是有效的照料护理等级（${careChoices}）`);
    if (programme === 'extreme-poverty' && !careText) err('careTier', 'REQUIRED', `特困人员须填写照料护理等级（${careChoices}）`);
    if (careText && programmeText && programme !== 'extreme-poverty') err('careTier', 'NOT_APPLICABLE', '仅特困人员填写照料护理等级');

    if (!key || !division || !areaType || !relation || !id.ok || !employment) continue;
    let household = households.get(key);
    if (!household) {
      household = {
        key,
        rowNumber: row,
        division,
        areaType,
        address,
        programme: programme ?? null,
        amountFen: amountText && YUAN.test(amountText) ? toFen(amountText) : null,
        startMonth,
        careTier: careTier ?? null,
        members: [],
      };
      households.set(key, household);
    } else {
      if (household.division.code !== division.code) {
        err('division', 'INCONSISTENT', `与同一户编号第${household.rowNumber}行的区划代码不一致`);
      }
      if (household.areaType !== areaType) err('area', 'INCONSISTENT', `与同一户编号第${household.rowNumber}行的城乡类别不一致`);
      if (household.address !== address) err('address', 'INCONSISTENT', `与同一户编号第${household.rowNumber}行的家庭住址不一致`);
      if (programmeText && (programme ?? null) !== household.programme) {
        err('programme', 'INCONSISTENT', `与同一户编号第${household.rowNumber}行的保障类别不一致`);
      }
      if (careText && household.programme !== 'extreme-poverty') {
        err('careTier', 'NOT_APPLICABLE', `照料护理等级应与保障类别“特困”填写在同一户编号的第一行（第${household.rowNumber}行）`);
      }
      if (!household.programme && programme) {
        err('programme', 'INCONSISTENT', `保障类别应填写在同一户编号的第一行（第${household.rowNumber}行）`);
      }
    }
    if (relation === 'self') {
      const other = heads.get(key);
      if (other !== undefined) err('relation', 'SECOND_HEAD', `同一户编号已在第${other}行登记户主`);
      else heads.set(key, row);
    }
    household.members.push({
      rowNumber: row,
      citizenId: id.value,
      name,
      sex: id.sex,
      birthDate: id.birthDate,
      relation,
      livesTogether: livesText !== '否',
      disabilityCategory: category ?? null,
      disabilityGrade: grade ?? null,
      employment,
      studentStage: stage ?? null,
    });
  }
  for (const household of households.values()) {
    if (!heads.has(household.key)) {
      errors.push(detail(household.rowNumber, HOUSEHOLD_COLUMNS.relation, 'NO_HEAD', `户编号“${household.key}”没有登记户主`));
    }
    if (household.members.length > 30) {
      errors.push(detail(household.rowNumber, HOUSEHOLD_COLUMNS.key, 'TOO_MANY', `户编号“${household.key}”超过30名成员`));
    }
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { households: [...households.values()], errors, rowCount: sheet.rows.length };
};

const withCheckDigit = (first17: string) => `${first17}${computeCitizenIdCheckDigit(first17)}`;
export const HOUSEHOLD_TEMPLATE_EXAMPLE = [
  [
    'H0001',
    '532601001001',
    '城市',
    '文山市开化街道某路1号',
    '户主',
    '张三',
    withCheckDigit('53260119800101001'),
    '是',
    '',
    '',
    '就业',
    '',
    '低保',
    '520',
    '2024-07',
    '',
  ],
  [
    'H0001',
    '532601001001',
    '城市',
    '文山市开化街道某路1号',
    '配偶',
    '李四',
    withCheckDigit('53260119820202002'),
    '是',
    '肢体',
    '二级',
    '未就业',
    '',
    '',
    '',
    '',
    '',
  ],
];
export const HOUSEHOLD_TEMPLATE_NOTES = [
  '每行一名家庭成员；同一户的成员使用相同的“户编号”，且有且只有一名“户主”。',
  '行政区划代码：12位村（社区）代码或9位乡镇（街道）代码，须在您的管辖范围内。',
  '公民身份号码须为18位且校验码正确；请保持此列为文本格式，避免Excel把号码变成科学计数法。',
  `城乡类别：城市、农村。与户主关系：${Object.values(RELATION_LABELS).join('、')}。`,
  `就业状况：${Object.values(EMPLOYMENT_STATUS_LABELS).join('、')}；在校阶段：${Object.values(STUDENT_STAGE_LABELS).join('、')}。`,
  '保障类别（已在保家庭填写，写在该户第一行）：低保、特困、低保边缘、刚性支出困难；低保、特困须填写月保障金额（元）和起始年月（如2024-07）。',
  `照料护理等级（特困人员必填，写在该户第一行）：${Object.values(CARE_TIER_LABELS).join('、')}；标准调整时按基本生活标准加对应照料护理标准重新计算。`,
  '文件中任何一行有错误，整个文件不导入，并列出每个错误的行号和列名。',
];
