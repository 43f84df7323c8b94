import type { Role } from '@mz/shared';

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

/** Division levels at which each role may be assigned (a county reviewer sits at a county, …). */
export const ROLE_LEVELS: Record<Role, readonly string[]> = {
  village_assistant: ['village'],
  township_clerk: ['township'],
  county_reviewer: ['county'],
  county_approver: ['county'],
  planner: ['nation', 'province', 'prefecture', 'county'],
  auditor: ['nation', 'province', 'prefecture', 'county'],
  system_admin: ['nation', 'province', 'prefecture', 'county'],
};

export const canAssignAtLevel = (role: Role, level: string) => ROLE_LEVELS[role].includes(level);
