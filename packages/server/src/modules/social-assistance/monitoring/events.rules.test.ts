import { computeCitizenIdCheckDigit } from '@mz/shared';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WARNING_TRIGGER_CONFIG, evaluateWarningTriggers } from '../social-assistance.rules';
import { validateEventSheet } from './events.rules';
import { buildSnapshot, toMonitoringEvent, warningKey } from './snapshot';

const id = (first17: string) => `${first17}${computeCitizenIdCheckDigit(first17)}`;
const ID = id('53260119800101001');
const sheet = (rows: string[][]) => ({ headers: rows[0] ?? [], rows: rows.slice(1).map((cells, i) => ({ rowNumber: i + 2, cells })) });
const HEADER = [
  '部门',
  '事件类别',
  '身份证号',
  '姓名',
  '发生日期',
  '金额（元）',
  '残疾类别',
  '残疾等级',
  '疾病名称',
  '是否重特大疾病目录内',
  '学段',
  '说明',
];

describe('department event file', () => {
  it('reads every kind by its Chinese label, with kind-specific fields', () => {
    const { events, errors } = validateEventSheet(
      sheet([
        HEADER,
        ['医保', '医疗费用结算', ID, '张三', '2025-09-20', '18000.5', '', '', '', '', '', ''],
        ['残联', '残疾人证', ID, '张三', '2025-09-18', '', '精神', '三级', '', '', '', ''],
        ['卫健', '重特大疾病确诊', ID, '张三', '2025-09-17', '', '', '', '白血病', '', '', ''],
        ['教育', '入学', ID, '张三', '2025-09-01', '', '', '', '', '', '普通高中', ''],
      ]),
      '2025-10-01',
    );
    expect(errors).toEqual([]);
    expect(events.map((e) => [e.kind, e.amountFen, e.disabilityCategory, e.disabilityGrade, e.onLocalList, e.stage])).toEqual([
      ['medical-settlement', 1_800_050, null, null, null, null],
      ['disability-certificate', null, 'mental', 3, null, null],
      ['major-illness-diagnosis', null, null, null, true, null],
      ['school-enrolment', null, null, null, null, 'senior-high'],
    ]);
  });

  it('names each bad cell and returns no events', () => {
    const { events, errors } = validateEventSheet(
      sheet([
        HEADER,
        ['医保', '医疗费用结算', ID, '张三', '2025-09-20', '', '', '', '', '', '', ''],
        ['公安', '死亡', '123', '', '2026-01-01', '', '', '', '', '', '', ''],
      ]),
      '2025-10-01',
    );
    expect(events).toEqual([]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, '个人自付金额（元）'],
      [3, '公民身份号码'],
      [3, '姓名'],
      [3, '发生日期'],
    ]);
  });
});

describe('snapshot and events for the warning rules', () => {
  it('feeds evaluateWarningTriggers and keys each warning for de-duplication', () => {
    const snapshot = buildSnapshot({
      householdId: 7,
      members: [{ id: 70, name: '张三', birth_date: '1980-01-01', student_stage: null, student_full_time: null }],
      recipients: [{ programme: 'dibao', member_id: null, status: 'active', end_month: null, counted_income_fen: 100_000 }],
      flags: [],
      income12MonthsFen: null,
    });
    expect(snapshot).toMatchObject({ householdId: '7', programmes: ['dibao'], income12MonthsFen: 1_200_000 });
    const event = toMonitoringEvent({
      id: 1,
      kind: 'death',
      member_id: 70,
      occurred_on: '2025-09-15',
      amount_fen: null,
      disability_category: null,
      disability_grade: null,
      diagnosis: null,
      on_local_list: null,
      student_stage: null,
      description: null,
    });
    const [warning] = evaluateWarningTriggers(snapshot, event ? [event] : [], DEFAULT_WARNING_TRIGGER_CONFIG, '2025-09-30');
    expect(warning).toMatchObject({ code: 'DEATH', dueOn: '2025-12-15' });
    expect(warning && warningKey(warning)).toBe('DEATH|70|2025-12-15');
  });
});
