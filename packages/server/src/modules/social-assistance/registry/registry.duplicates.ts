import { AppError, maskCitizenId, type ErrorDetail } from '@mz/shared';
import type { Database } from '../../../db/database';
import type { Actor } from '../../../platform/auth/actor';
import { scopeOf } from '../../../platform/scope/scope';
import * as repo from './registry.repository';

export type PersonConflict = { citizenId: string; name: string; householdId: number; divisionId: number; divisionName: string };

/**
 * Chinese message for a person who is already in another live household. The other household's
 * division is named only when the caller may read it (assistance:read scope); otherwise existence
 * elsewhere is stated without saying where, so nothing outside the scope leaks.
 */
export const describeConflicts = async (db: Database, actor: Actor, conflicts: PersonConflict[], path: (c: PersonConflict) => string) => {
  const visible = await repo.divisionsInScope(
    db,
    conflicts.map((c) => c.divisionId),
    scopeOf(actor, 'assistance:read'),
  );
  return conflicts.map((c): ErrorDetail => {
    const who = `${c.name}（${maskCitizenId(c.citizenId)}）`;
    const message = visible.has(c.divisionId)
      ? `${who}已在${c.divisionName}的家庭（家庭编号${c.householdId}）中登记为共同生活成员`
      : `${who}已在其他地区的家庭中登记（不在您的管辖范围内），请联系上级民政部门核实`;
    return { path: path(c), code: 'DUPLICATE_PERSON', message };
  });
};

/** Block persons who are live members of another active household. */
export const assertNotInOtherHousehold = async (
  db: Database,
  actor: Actor,
  citizenIds: string[],
  options: { excludeHouseholdId?: number; path?: (citizenId: string) => string } = {},
) => {
  const rows = await repo.findLiveMembersByCitizenIds(db, citizenIds, options.excludeHouseholdId);
  if (rows.length === 0) return;
  const conflicts = rows.map((r) => ({
    citizenId: r.citizen_id,
    name: r.name,
    householdId: r.household_id,
    divisionId: r.division_id,
    divisionName: r.division_name,
  }));
  const details = await describeConflicts(db, actor, conflicts, (c) => options.path?.(c.citizenId) ?? 'citizenId');
  throw new AppError('SOCIAL_ASSISTANCE_DUPLICATE_PERSON', details.map((d) => d.message).join('；'), details);
};
