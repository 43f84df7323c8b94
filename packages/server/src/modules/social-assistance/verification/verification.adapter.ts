import { maskCitizenId, type Department, type VerificationResult } from '@mz/shared';
import { sql } from 'kysely';
import type { Database } from '../../../db/database';

// 家庭经济状况核对 (rules doc §6): one request per department, answered through an adapter. Adapters
// are pluggable (a province's verification platform, a bank channel …); the built-in one answers
// from department data a county imported from the departments' Excel files (department_record).

export type VerificationSubject = { memberId: number; citizenId: string; name: string };

export type VerificationFinding = {
  memberId: number;
  name: string;
  citizenIdMasked: string;
  recordKind: string;
  amountFen: number | null;
  description: string | null;
  dataDate: string;
  source: string;
};

export type AdapterAnswer = { result: VerificationResult; findings: VerificationFinding[]; message: string };

export type VerificationQuery = { department: Department; subjects: VerificationSubject[]; asOf: string; provinceCode: string };

export interface VerificationAdapter {
  readonly name: string;
  supports(department: Department): boolean;
  query(db: Database, request: VerificationQuery): Promise<AdapterAnswer>;
}

/** Built-in: the latest imported department records (up to `asOf`) of the persons, province-wide. */
export const departmentRecordsAdapter: VerificationAdapter = {
  name: 'department-records',
  supports: () => true,
  async query(db, request) {
    const ids = request.subjects.map((s) => s.citizenId);
    const rows =
      ids.length === 0
        ? []
        : await db
            .selectFrom('department_record as r')
            .innerJoin('division as d', 'd.id', 'r.division_id')
            .select([
              'r.citizen_id',
              'r.record_kind',
              'r.amount_fen',
              'r.description',
              'r.data_date',
              'd.name as division_name',
              'r.import_batch_id',
            ])
            .where('r.department', '=', request.department)
            .where('r.province_code', '=', request.provinceCode)
            .where('r.data_date', '<=', request.asOf)
            .where(sql<boolean>`r.citizen_id = any(${sql.val(ids)}::text[])`)
            .orderBy('r.data_date', 'desc')
            .orderBy('r.id')
            .execute();
    const bySubject = new Map(request.subjects.map((s) => [s.citizenId, s]));
    const findings = rows.flatMap((r): VerificationFinding[] => {
      const subject = bySubject.get(r.citizen_id);
      return subject
        ? [
            {
              memberId: subject.memberId,
              name: subject.name,
              citizenIdMasked: maskCitizenId(r.citizen_id),
              recordKind: r.record_kind,
              amountFen: r.amount_fen,
              description: r.description,
              dataDate: r.data_date,
              source: `${r.division_name}导入的部门数据（批次${r.import_batch_id ?? '-'}）`,
            },
          ]
        : [];
    });
    return {
      result: findings.length > 0 ? 'hit' : 'none',
      findings,
      message: findings.length > 0 ? `查到${findings.length}条记录` : '未查到相关记录',
    };
  },
};

const adapters: VerificationAdapter[] = [departmentRecordsAdapter];

/** Plug in an adapter (e.g. a provincial verification platform); it takes precedence for its departments. */
export const registerVerificationAdapter = (adapter: VerificationAdapter) => {
  adapters.unshift(adapter);
  return () => {
    const i = adapters.indexOf(adapter);
    if (i >= 0) adapters.splice(i, 1);
  };
};

export const adapterFor = (department: Department): VerificationAdapter =>
  adapters.find((a) => a.supports(department)) ?? departmentRecordsAdapter;

type Declared = { propertyKinds: Map<number, Map<string, number>>; incomeKinds: Map<number, Set<string>> };

const FINANCIAL = new Set(['deposit', 'securities', 'fund', 'commercial-insurance', 'claim', 'internet-finance']);
const INCOME_FOR: Record<string, string[]> = {
  pension: ['pension', 'resident-pension'],
  employment: ['wage'],
  'unemployment-benefit': ['unemployment-benefit'],
};

/** Findings that contradict the household's declaration (undeclared assets or income, deaths). */
export type Difference = { memberId: number; kind: string; message: string };

export const differencesFrom = (findings: VerificationFinding[], declared: Declared): Difference[] =>
  findings.flatMap((f): Difference[] => {
    const property = declared.propertyKinds.get(f.memberId) ?? new Map<string, number>();
    const income = declared.incomeKinds.get(f.memberId) ?? new Set<string>();
    const financial = [...property.entries()].filter(([k]) => FINANCIAL.has(k)).reduce((sum, [, v]) => sum + v, 0);
    switch (f.recordKind) {
      case 'death':
        return [{ memberId: f.memberId, kind: f.recordKind, message: `${f.name}已死亡注销（${f.dataDate}），须调整家庭成员` }];
      case 'vehicle':
        return property.has('vehicle')
          ? []
          : [{ memberId: f.memberId, kind: f.recordKind, message: `${f.name}名下有机动车未申报：${f.description ?? ''}` }];
      case 'real-estate':
        return property.has('house')
          ? []
          : [{ memberId: f.memberId, kind: f.recordKind, message: `${f.name}名下有不动产未申报：${f.description ?? ''}` }];
      case 'business':
        return property.has('business')
          ? []
          : [{ memberId: f.memberId, kind: f.recordKind, message: `${f.name}登记有市场主体未申报：${f.description ?? ''}` }];
      case 'deposit':
      case 'securities':
        return (f.amountFen ?? 0) > financial
          ? [
              {
                memberId: f.memberId,
                kind: f.recordKind,
                message: `${f.name}金融资产${(f.amountFen ?? 0) / 100}元，超过申报的${financial / 100}元`,
              },
            ]
          : [];
      case 'pension':
      case 'employment':
      case 'unemployment-benefit':
        return (INCOME_FOR[f.recordKind] ?? []).some((k) => income.has(k))
          ? []
          : [{ memberId: f.memberId, kind: f.recordKind, message: `${f.name}有${f.description ?? f.recordKind}记录，未申报相应收入` }];
      default:
        return [];
    }
  });
