import { describe, expect, it } from 'vitest';
import { can, filterByPermission } from './access';
import { formatAssignment, formatAssignments } from './role-label';
import { isLockedNow, userStatus } from './user-status';

describe('role labels', () => {
  it('formats a role at a division as 「乡镇经办员 · 开化街道」', () => {
    expect(formatAssignment({ role: 'township_clerk', divisionName: '开化街道' })).toBe('乡镇经办员 · 开化街道');
  });

  it('joins several, shortening to the first ones when asked', () => {
    const list = [
      { role: 'township_clerk' as const, divisionName: '开化街道' },
      { role: 'county_reviewer' as const, divisionName: '文山市' },
      { role: 'auditor' as const, divisionName: '文山市' },
    ];
    expect(formatAssignments(list)).toBe('乡镇经办员 · 开化街道；县级审核员 · 文山市；审计员 · 文山市');
    expect(formatAssignments(list, 1)).toBe('乡镇经办员 · 开化街道 等 3 个角色');
    expect(formatAssignments([])).toBe('未分配角色');
  });
});

describe('permissions in the UI', () => {
  const me = { permissions: ['session' as const, 'division:read' as const] };

  it('allows items without a permission and those the user holds', () => {
    expect(can(me, undefined)).toBe(true);
    expect(can(me, 'division:read')).toBe(true);
    expect(can(me, 'user:read')).toBe(false);
    expect(can(null, 'division:read')).toBe(false);
  });

  it('filters a menu list', () => {
    const items = [
      { path: '/' },
      { path: '/divisions', permission: 'division:read' as const },
      { path: '/users', permission: 'user:read' as const },
    ];
    expect(filterByPermission(items, me).map((i) => i.path)).toEqual(['/', '/divisions']);
  });
});

describe('userStatus', () => {
  const now = new Date('2026-03-01T10:00:00+08:00');
  it('is locked while the lock lasts, active after it', () => {
    expect(userStatus({ isActive: true, lockedUntil: '2026-03-01T10:10:00+08:00' }, now)).toBe('locked');
    expect(userStatus({ isActive: true, lockedUntil: '2026-03-01T09:50:00+08:00' }, now)).toBe('active');
    expect(isLockedNow({ lockedUntil: null }, now)).toBe(false);
  });
  it('is inactive when deactivated, whatever the lock', () => {
    expect(userStatus({ isActive: false, lockedUntil: '2026-03-01T10:10:00+08:00' }, now)).toBe('inactive');
  });
});
