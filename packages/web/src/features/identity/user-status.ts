import type { TUserSummary } from '@mz/shared';
import { zhCN } from '../../i18n/zh-CN';

export type UserStatus = 'active' | 'inactive' | 'locked';

/** Deactivated wins over locked: a deactivated account cannot sign in whatever its lock. */
export const userStatus = (user: Pick<TUserSummary, 'isActive' | 'lockedUntil'>, now: Date): UserStatus => {
  if (!user.isActive) return 'inactive';
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > now.getTime()) return 'locked';
  return 'active';
};

export const isLockedNow = (user: Pick<TUserSummary, 'lockedUntil'>, now: Date) =>
  user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now.getTime();

/** Label and antd preset tag colour (a status name, not a colour value). */
export const USER_STATUS_DISPLAY: Record<UserStatus, { label: string; tag: 'success' | 'default' | 'warning' }> = {
  active: { label: zhCN.users.statusActive, tag: 'success' },
  inactive: { label: zhCN.users.statusInactive, tag: 'default' },
  locked: { label: zhCN.users.statusLocked, tag: 'warning' },
};
