import { computeCitizenIdCheckDigit } from '@mz/shared';
import { describe, expect, it } from 'vitest';
import { HOUSEHOLD_COLUMNS, validateHouseholdSheet, type ImportDivision } from './household-import.rules';
import { parseCsv } from './spreadsheet';

const id = (first17: string) => `${first17}${computeCitizenIdCheckDigit(first17)}`;
const village: ImportDivision = { id: 7, code: '532601001001', name: '振华社区', level: 'village' };
const divisions = new Map([[village.code, village]]);
const headers = Object.values(HOUSEHOLD_COLUMNS);
const row = (over: Partial<Record<keyof typeof HOUSEHOLD_COLUMNS, string>>) => {
  const base = {
    key: 'H1',
    division: village.code,
    area: '城市',
    address: '某路1号',
    relation: '户主',
    name: '张三',
    citizenId: id('53260119800101001'),
    livesTogether: '',
    disabilityCategory: '',
    disabilityGrade: '',
    employment: '',
    student: '',
    programme: '',
    amount: '',
    startMonth: '',
    careTier: '',
  };
  const merged = { ...base, ...over };
  return (Object.keys(HOUSEHOLD_COLUMNS) as (keyof typeof HOUSEHOLD_COLUMNS)[]).map((k) => merged[k]);
};
const sheet = (rows: string[][]) => ({ headers, rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })) });

describe('caseload file validation', () => {
  it('groups members by 户编号 and derives sex and birth date from the ID number', () => {
    const result = validateHouseholdSheet(
      sheet([
        row({}),
        row({ relation: '配偶', name: '李四', citizenId: id('53260119820202002'), disabilityCategory: '肢体', disabilityGrade: '二级' }),
      ]),
      divisions,
      '2026-11-23',
    );
    expect(result.errors).toEqual([]);
    expect(result.households).toHaveLength(1);
    expect(result.households[0]?.members.map((m) => [m.relation, m.sex, m.birthDate, m.disabilityGrade])).toEqual([
      ['self', 'male', '1980-01-01', null],
      ['spouse', 'female', '1982-02-02', 2],
    ]);
  });

  it('names row and Chinese column for each problem', () => {
    const result = validateHouseholdSheet(
      sheet([
        row({ citizenId: '532601198001010011' }),
        row({ key: 'H2', division: '440783001001', citizenId: id('53260119800101002') }),
        row({ key: 'H3', citizenId: id('53260119800101003'), disabilityCategory: '肢体' }),
        row({ key: 'H4', citizenId: id('53260119800101004'), programme: '低保', amount: '12.345', startMonth: '2030-01' }),
      ]),
      divisions,
      '2026-11-23',
    );
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '公民身份号码', 'CITIZEN_ID_CHECK_DIGIT'],
      [3, '行政区划代码', 'DIVISION'],
      [4, '残疾等级', 'INCOMPLETE'],
      [5, '月保障金额（元）', 'AMOUNT'],
      [5, '起始年月', 'DATE'],
    ]);
    expect(result.errors[0]?.path).toBe('第2行 公民身份号码');
  });

  it('requires the template columns and exactly one head per household', () => {
    expect(validateHouseholdSheet({ headers: ['户编号'], rows: [] }, divisions, '2026-11-23').errors.map((e) => e.column)).toContain(
      '公民身份号码',
    );
    const twoHeads = validateHouseholdSheet(sheet([row({}), row({ citizenId: id('53260119800101005') })]), divisions, '2026-11-23');
    expect(twoHeads.errors.map((e) => e.code)).toEqual(['SECOND_HEAD']);
    const noHead = validateHouseholdSheet(sheet([row({ relation: '子女' })]), divisions, '2026-11-23');
    expect(noHead.errors.map((e) => e.code)).toEqual(['NO_HEAD']);
  });

  it('flags an ID number Excel turned into a number', () => {
    const result = validateHouseholdSheet(sheet([row({ citizenId: '#数值:532601198001010000' })]), divisions, '2026-11-23');
    expect(result.errors[0]?.message).toContain('文本格式');
  });
});

describe('CSV reader', () => {
  it('handles a BOM, quotes, doubled quotes, CRLF and blank lines', () => {
    const parsed = parseCsv('\ufeff户编号,家庭住址\r\nH1,"某路1号, 2单元"\r\n\r\nH2,"他说""好"""\n');
    expect(parsed).toEqual({
      headers: ['户编号', '家庭住址'],
      rows: [
        { rowNumber: 2, cells: ['H1', '某路1号, 2单元'] },
        { rowNumber: 4, cells: ['H2', '他说"好"'] },
      ],
    });
  });

  it('照料护理等级: required for 特困, validated per row, stored on the household; not for other programmes', () => {
    const ok = validateHouseholdSheet(
      sheet([
        row({ programme: '特困', amount: '1200', startMonth: '2024-07', careTier: '半护理' }),
        row({
          key: 'H2',
          citizenId: id('53260119800101002'),
          programme: '特困',
          amount: '1500',
          startMonth: '2024-07',
          careTier: '完全丧失生活自理能力',
        }),
      ]),
      divisions,
      '2026-11-23',
    );
    expect(ok.errors).toEqual([]);
    expect(ok.households.map((h) => h.careTier)).toEqual(['partial-care', 'full-care']);

    const bad = validateHouseholdSheet(
      sheet([
        row({ programme: '特困', amount: '1200', startMonth: '2024-07' }),
        row({
          key: 'H2',
          citizenId: id('53260119800101002'),
          programme: '特困',
          amount: '1200',
          startMonth: '2024-07',
          careTier: '二级护理',
        }),
        row({ key: 'H3', citizenId: id('53260119800101003'), programme: '低保', amount: '500', startMonth: '2024-07', careTier: '全自理' }),
        row({ key: 'H4', citizenId: id('53260119800101004'), programme: '低保', amount: '500', startMonth: '2024-07' }),
        row({ key: 'H4', relation: '配偶', citizenId: id('53260119820202004'), careTier: '全护理' }),
      ]),
      divisions,
      '2026-11-23',
    );
    expect(bad.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '照料护理等级', 'REQUIRED'],
      [3, '照料护理等级', 'CODE'],
      [4, '照料护理等级', 'NOT_APPLICABLE'],
      [6, '照料护理等级', 'NOT_APPLICABLE'],
    ]);
    expect(bad.errors[0]?.message).toBe('第2行“照料护理等级”：特困人员须填写照料护理等级（全自理、半护理、全护理）');
  });
});
