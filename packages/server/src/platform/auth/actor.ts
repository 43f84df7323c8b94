import { ROLE_PERMISSIONS, type Permission, type Role } from '@mz/shared';

export type Assignment = { id: number; role: Role; divisionId: number };

/** Who is calling: the user and the roles they hold, each at a division (covering its subtree). */
export type Actor = {
  userId: number;
  username: string;
  displayName: string;
  assignments: Assignment[];
  /** Set after an admin reset: only routes marked `duringPasswordChange` answer until the user changes it. */
  mustChangePassword?: boolean;
};

export const actorPermissions = (actor: Actor): Set<Permission> => new Set(actor.assignments.flatMap((a) => ROLE_PERMISSIONS[a.role]));

export const hasPermission = (actor: Actor, permission: Permission) =>
  actor.assignments.some((a) => ROLE_PERMISSIONS[a.role].includes(permission));

/** Divisions whose subtrees the actor may act on with this permission. */
export const scopeRoots = (actor: Actor, permission: Permission): number[] => [
  ...new Set(actor.assignments.filter((a) => ROLE_PERMISSIONS[a.role].includes(permission)).map((a) => a.divisionId)),
];

/** The assignment recorded in the audit row for an action under this permission. */
export const actingAssignment = (actor: Actor, permission: Permission): Assignment | undefined =>
  actor.assignments.find((a) => ROLE_PERMISSIONS[a.role].includes(permission));
