import { ROLE_PERMISSIONS, type Permission, type Role, type TMe } from '@mz/shared';

/** Where a piece of work is done: at the township (or village) counter, at the county office, or either. */
export type ActionLevel = 'township' | 'county' | 'any';

export type Ability = (permission: Permission, level: ActionLevel) => boolean;

const COUNTY_LEVELS = ['county', 'prefecture', 'province', 'nation'];
const TOWNSHIP_LEVELS = ['township', 'village'];

/**
 * What the signed-in user may do at which level: a permission counts at a level when a role that
 * grants it is assigned at a division of that level (a county reviewer answers 核对 requests).
 * Case workflow steps come from the server's next-steps instead.
 */
export const abilityOf = (me: Pick<TMe, 'assignments' | 'permissions'>): Ability => {
  return (permission, level) => {
    if (!me.permissions.includes(permission)) return false;
    if (level === 'any') return true;
    const levels = level === 'county' ? COUNTY_LEVELS : TOWNSHIP_LEVELS;
    return me.assignments.some(
      (a) =>
        levels.includes(a.divisionLevel) && (ROLE_PERMISSIONS[a.role as Role] as readonly Permission[] | undefined)?.includes(permission),
    );
  };
};
