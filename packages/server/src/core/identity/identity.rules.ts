import { passwordProblems } from '@mz/shared';

// Pure rules of sign-in and role assignment.

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

export const isLocked = (lockedUntil: Date | null, now: Date) => lockedUntil !== null && lockedUntil.getTime() > now.getTime();

/** After a failed attempt: the new counter and, at the limit, the lock end. */
export const afterFailedLogin = (failedAttempts: number, now: Date) => {
  const attempts = failedAttempts + 1;
  return attempts >= MAX_FAILED_ATTEMPTS
    ? { failedAttempts: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) }
    : { failedAttempts: attempts, lockedUntil: null };
};

/** Why a new password is refused: the shared strength rule, and it must differ from the current one. */
export const newPasswordProblems = (password: string, currentPassword: string | null, username: string): string[] => [
  ...(currentPassword !== null && password === currentPassword ? ['新密码不能与当前密码相同'] : []),
  ...passwordProblems(password, username),
];

export { canAssignAtLevel, ROLE_LEVELS } from '@mz/shared';
