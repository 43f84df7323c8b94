import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import {
  AppError,
  DEPARTMENT_LABELS,
  DEPARTMENT_RECORD_KIND_LABELS,
  IMPORT_MAX_BYTES,
  computeCitizenIdCheckDigit,
  validateCitizenId,
  type Department,
  type DepartmentRecordKind,
  type ErrorDetail,
  type TFileUpload,
} from '@mz/shared';
import { inTransaction } from '../../../db/database';
import { vacuumAnalyzeAfterImport } from '../../../db/maintenance';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { provinceOf, todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import { reject } from '../import/import.service';
import { decodeUpload, readSpreadsheet, writeTemplate, type Sheet } from '../import/spreadsheet';

// Department data for the built-in verification adapter: a county imports the departments' Excel
// exports (公安, 人社, 不动产, 市场监管, 银行 …). All or nothing, set-based, one audit row.

const COLUMNS = {
  department: '部门',
  citizenId: '公民身份号码',
  name: '姓名',
  kind: '数据类别',
  amount: '金额（元）',
  description: '说明',
  dataDate: '数据日期',
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['department', 'citizenId', 'name', 'kind', 'dataDate'];
const CHUNK = 10_000;

const DEPARTMENTS = new Map<string, Department>(
  (Object.entries(DEPARTMENT_LABELS) as [Department, string][]).flatMap(([code, label]) => [
    [label, code],
    [label.split('（')[0] as string, code],
    [code, code],
  ]),
);
const KINDS = new Map<string, DepartmentRecordKind>(
  (Object.entries(DEPARTMENT_RECORD_KIND_LABELS) as [DepartmentRecordKind, string][]).map(([code, label]) => [label, code]),
);

type Parsed = {
  department: Department;
  citizenId: string;
  name: string;
  kind: DepartmentRecordKind;
  amountFen: number | null;
  description: string | null;
  dataDate: string;
};

export const validateDepartmentSheet = (sheet: Sheet, today: string) => {
  const errors: ErrorDetail[] = [];
  const at = (row: number, column: Column, code: string, message: string) =>
    errors.push({
      path: `第${row}行 ${COLUMNS[column]}`,
      row,
      column: COLUMNS[column],
      code,
      message: `第${row}行“${COLUMNS[column]}”：${message}`,
    });
  const index = new Map<Column, number>();
  sheet.headers.forEach((h, i) => {
    const key =
      (Object.entries(COLUMNS).find(([, label]) => label === h)?.[0] as Column | undefined) ?? (h === '身份证号' ? 'citizenId' : undefined);
    if (key && !index.has(key)) index.set(key, i);
  });
  for (const key of REQUIRED) if (!index.has(key)) at(1, key, 'MISSING_COLUMN', '缺少此列，请使用导入模板');
  const records: Parsed[] = [];
  if (errors.length > 0) return { records, errors };
  for (const { rowNumber: row, cells } of sheet.rows) {
    const get = (key: Column) => (index.has(key) ? (cells[index.get(key) as number] ?? '').trim() : '');
    const department = DEPARTMENTS.get(get('department'));
    if (!department) at(row, 'department', 'CODE', `“${get('department')}”不是可识别的部门`);
    const id = validateCitizenId(get('citizenId'), today);
    if (!id.ok) at(row, 'citizenId', id.code, id.message);
    const name = get('name');
    if (!name) at(row, 'name', 'REQUIRED', '不能为空');
    const kind = KINDS.get(get('kind'));
    if (!kind) at(row, 'kind', 'CODE', `“${get('kind')}”不是有效的数据类别（${Object.values(DEPARTMENT_RECORD_KIND_LABELS).join('、')}）`);
    const amountText = get('amount');
    if (amountText && !/^\d{1,11}(\.\d{1,2})?$/.test(amountText)) at(row, 'amount', 'AMOUNT', '应为不小于0的金额，最多两位小数');
    const dataDate = get('dataDate');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dataDate) || Number.isNaN(Date.parse(dataDate))) at(row, 'dataDate', 'DATE', '应为日期，如 2025-09-30');
    else if (dataDate > today) at(row, 'dataDate', 'DATE', '不能晚于今天');
    if (department && id.ok && name && kind && errors.length === 0) {
      records.push({
        department,
        citizenId: id.value,
        name,
        kind,
        amountFen: amountText ? Math.round(Number(amountText) * 100) : null,
        description: get('description') || null,
        dataDate,
      });
    }
  }
  if (sheet.rows.length === 0) at(2, 'department', 'EMPTY_FILE', '文件中没有数据行');
  return { records, errors };
};

export const departmentTemplate = () => {
  const first17 = '53260119800101001';
  return writeTemplate(
    '部门数据',
    Object.values(COLUMNS),
    [
      [
        '公安交管',
        `${first17}${computeCitizenIdCheckDigit(first17)}`,
        '张三',
        '机动车',
        '45000',
        '云H·12345 小型轿车 2021年登记',
        '2025-09-30',
      ],
    ],
    [
      `部门：${Object.values(DEPARTMENT_LABELS).join('、')}（可写括号前的简称）。`,
      `数据类别：${Object.values(DEPARTMENT_RECORD_KIND_LABELS).join('、')}。`,
      '任何一行有错误，整个文件不导入。',
    ],
  );
};

export const importDepartmentRecords = async (deps: SocialAssistanceDeps, ctx: CallContext, upload: TFileUpload) => {
  const buffer = decodeUpload(upload.contentBase64, IMPORT_MAX_BYTES);
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  const today = todayOf(deps);
  const { records, errors } = validateDepartmentSheet(await readSpreadsheet(upload.fileName, buffer), today);
  if (errors.length > 0) reject(errors, '部门数据文件');
  const result = await inTransaction(deps.db, async (trx) => {
    const roots = await trx
      .selectFrom('division')
      .select(['id', 'code', 'level', 'name'])
      .where('id', 'in', ctx.scope.roots.length > 0 ? ctx.scope.roots : [-1])
      .execute();
    const county = roots.find((d) => ['county', 'prefecture', 'province', 'nation'].includes(d.level));
    if (!county) throw new AppError('FORBIDDEN', '部门核对数据由县级及以上民政部门导入');
    const batch = await trx
      .insertInto('assistance_import_batch')
      .values({
        province_code: provinceOf(county.code),
        division_id: county.id,
        kind: 'department-records',
        file_name: upload.fileName,
        file_sha256: sha256,
        row_count: records.length,
        record_count: records.length,
        imported_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < records.length; i += CHUNK) {
      const part = records.slice(i, i + CHUNK);
      await sql`
        insert into department_record (province_code, division_id, department, citizen_id, name, record_kind, amount_fen, description, data_date, import_batch_id)
        select ${provinceOf(county.code)}::text, ${county.id}::int, t.department, t.citizen_id, t.name, t.kind, t.amount_fen, t.description, t.data_date, ${batch.id}::bigint
        from unnest(${part.map((r) => r.department)}::text[], ${part.map((r) => r.citizenId)}::text[], ${part.map((r) => r.name)}::text[], ${part.map((r) => r.kind)}::text[],
                    ${part.map((r) => r.amountFen)}::bigint[], ${part.map((r) => r.description)}::text[], ${part.map((r) => r.dataDate)}::date[])
          as t(department, citizen_id, name, kind, amount_fen, description, data_date)`.execute(trx);
    }
    await recordAudit(trx, ctx.audit, {
      action: 'DEPARTMENT_RECORDS_IMPORTED',
      entity: 'assistance_import_batch',
      entityId: batch.id,
      divisionId: county.id,
      after: { fileName: upload.fileName, sha256, records: records.length },
    });
    return { batchId: batch.id, sha256, records: records.length };
  });
  await vacuumAnalyzeAfterImport(deps.db, ['department_record']);
  return result;
};
