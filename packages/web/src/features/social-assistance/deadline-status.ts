import type { TTaskItem } from '@mz/shared';
import { saText } from './social-assistance.i18n';
import type { DeadlineStatus } from './social-assistance.types';

// Statutory clocks on screen: the server says whether a deadline is overdue, due soon or on track
// (in working days, holidays excluded); these helpers give each status its tone and words.

export type Tone = 'error' | 'warning' | 'success' | 'processing' | 'default';
export type ClockStatus = DeadlineStatus | TTaskItem['status'];

const TONES: Record<ClockStatus, Tone> = {
  overdue: 'error',
  'due-soon': 'warning',
  'on-track': 'processing',
  'completed-on-time': 'success',
  'completed-late': 'warning',
};

/** overdue → red (error), due soon → orange (warning), on track → blue, done → green. */
export const clockTone = (status: ClockStatus): Tone => TONES[status];

export const clockLabel = (status: ClockStatus): string => saText.statusTone[status] ?? status;

/** Theme token that colours a tone (antd's colorError / colorWarning …), so no colour is hard-coded. */
export const toneColorToken = (tone: Tone): 'colorError' | 'colorWarning' | 'colorSuccess' | 'colorPrimary' | 'colorTextSecondary' => {
  switch (tone) {
    case 'error':
      return 'colorError';
    case 'warning':
      return 'colorWarning';
    case 'success':
      return 'colorSuccess';
    case 'processing':
      return 'colorPrimary';
    case 'default':
      return 'colorTextSecondary';
  }
};

/** 「逾期3个工作日」/「今日到期」/「剩余2个工作日」. */
export const remainingText = (clock: { status: ClockStatus; remainingWorkingDays: number; overdueWorkingDays: number }): string => {
  if (clock.status === 'overdue' || clock.status === 'completed-late') return saText.tasks.overdueBy(clock.overdueWorkingDays);
  if (clock.status === 'completed-on-time') return clockLabel(clock.status);
  if (clock.remainingWorkingDays === 0) return saText.tasks.dueToday;
  return saText.tasks.remainingDays(clock.remainingWorkingDays);
};

const RANK: Record<TTaskItem['status'], number> = { overdue: 0, 'due-soon': 1, 'on-track': 2 };

/** Most urgent first: overdue (longest overdue first), then due soon, then by due date. */
export const sortTasks = (tasks: readonly TTaskItem[]): TTaskItem[] =>
  [...tasks].sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      b.overdueWorkingDays - a.overdueWorkingDays ||
      a.deadline.dueOn.localeCompare(b.deadline.dueOn) ||
      a.applicationId - b.applicationId,
  );

export type DivisionTaskCount = { divisionId: number; divisionName: string; overdue: number; dueSoon: number; onTrack: number };

/** Counts per division (village/community of the case), most overdue first. */
export const countTasksByDivision = (tasks: readonly TTaskItem[]): DivisionTaskCount[] => {
  const byDivision = new Map<number, DivisionTaskCount>();
  for (const task of tasks) {
    const row = byDivision.get(task.divisionId) ?? {
      divisionId: task.divisionId,
      divisionName: task.divisionName,
      overdue: 0,
      dueSoon: 0,
      onTrack: 0,
    };
    if (task.status === 'overdue') row.overdue += 1;
    else if (task.status === 'due-soon') row.dueSoon += 1;
    else row.onTrack += 1;
    byDivision.set(task.divisionId, row);
  }
  return [...byDivision.values()].sort(
    (a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.divisionName.localeCompare(b.divisionName, 'zh-CN'),
  );
};
