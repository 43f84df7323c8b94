import type { TTaskItem } from '@mz/shared';
import { describe, expect, it } from 'vitest';
import { clockLabel, clockTone, countTasksByDivision, remainingText, sortTasks, toneColorToken } from './deadline-status';

const task = (over: Partial<TTaskItem> & { dueOn?: string }): TTaskItem => ({
  applicationId: 1,
  householdId: 1,
  divisionId: 10,
  divisionName: '振华社区',
  programme: 'dibao',
  applicationStatus: 'county-review',
  headName: '张三',
  deadline: {
    code: 'DIBAO_COUNTY_REVIEW',
    label: '县级审核确认',
    level: 'county',
    triggeredOn: '2025-10-09',
    dueOn: over.dueOn ?? '2025-10-22',
    completedOn: null,
    provisional: false,
    explanation: '',
  },
  status: 'on-track',
  remainingWorkingDays: 5,
  overdueWorkingDays: 0,
  ...over,
});

describe('clock tones', () => {
  it('colours overdue red and due-soon orange through theme tokens', () => {
    expect(clockTone('overdue')).toBe('error');
    expect(toneColorToken(clockTone('overdue'))).toBe('colorError');
    expect(clockTone('due-soon')).toBe('warning');
    expect(toneColorToken(clockTone('due-soon'))).toBe('colorWarning');
    expect(clockTone('on-track')).toBe('processing');
    expect(clockTone('completed-on-time')).toBe('success');
    expect(clockTone('completed-late')).toBe('warning');
  });
  it('names every status in Chinese', () => {
    expect(clockLabel('overdue')).toBe('已逾期');
    expect(clockLabel('due-soon')).toBe('临期');
    expect(clockLabel('completed-late')).toBe('逾期完成');
  });
});

describe('remainingText', () => {
  it('says how late or how much time is left, in working days', () => {
    expect(remainingText({ status: 'overdue', remainingWorkingDays: 0, overdueWorkingDays: 3 })).toBe('逾期3个工作日');
    expect(remainingText({ status: 'due-soon', remainingWorkingDays: 2, overdueWorkingDays: 0 })).toBe('剩余2个工作日');
    expect(remainingText({ status: 'due-soon', remainingWorkingDays: 0, overdueWorkingDays: 0 })).toBe('今日到期');
    expect(remainingText({ status: 'completed-on-time', remainingWorkingDays: 0, overdueWorkingDays: 0 })).toBe('按时完成');
    expect(remainingText({ status: 'completed-late', remainingWorkingDays: 0, overdueWorkingDays: 1 })).toBe('逾期1个工作日');
  });
});

describe('sortTasks', () => {
  it('puts the longest overdue first, then due soon, then by due date', () => {
    const sorted = sortTasks([
      task({ applicationId: 1, status: 'on-track', dueOn: '2025-11-01' }),
      task({ applicationId: 2, status: 'due-soon', dueOn: '2025-10-22' }),
      task({ applicationId: 3, status: 'overdue', overdueWorkingDays: 2 }),
      task({ applicationId: 4, status: 'overdue', overdueWorkingDays: 9 }),
      task({ applicationId: 5, status: 'on-track', dueOn: '2025-10-25' }),
    ]);
    expect(sorted.map((t) => t.applicationId)).toEqual([4, 3, 2, 5, 1]);
  });
});

describe('countTasksByDivision', () => {
  it('counts per division with the most overdue first', () => {
    const counts = countTasksByDivision([
      task({ divisionId: 1, divisionName: '梁子社区', status: 'due-soon' }),
      task({ divisionId: 2, divisionName: '振华社区', status: 'overdue' }),
      task({ divisionId: 2, divisionName: '振华社区', status: 'on-track' }),
      task({ divisionId: 1, divisionName: '梁子社区', status: 'on-track' }),
    ]);
    expect(counts).toEqual([
      { divisionId: 2, divisionName: '振华社区', overdue: 1, dueSoon: 0, onTrack: 1 },
      { divisionId: 1, divisionName: '梁子社区', overdue: 0, dueSoon: 1, onTrack: 1 },
    ]);
  });
});
