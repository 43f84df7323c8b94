import { ROLE_LABELS, type TRoleAssignment } from '@mz/shared';
import { zhCN } from '../../i18n/zh-CN';

type AssignmentLike = Pick<TRoleAssignment, 'role' | 'divisionName'>;

/** 「乡镇经办员 · 开化街道」 */
export const formatAssignment = (assignment: AssignmentLike): string =>
  `${ROLE_LABELS[assignment.role]}${zhCN.layout.roleSeparator}${assignment.divisionName}`;

/** All assignments on one line; the header shortens to the first `max` and says how many there are. */
export const formatAssignments = (assignments: readonly AssignmentLike[], max = Infinity): string => {
  if (assignments.length === 0) return zhCN.layout.noRole;
  const shown = assignments.slice(0, max).map(formatAssignment).join(zhCN.layout.listSeparator);
  return assignments.length > max ? `${shown} ${zhCN.layout.moreRoles(assignments.length)}` : shown;
};
