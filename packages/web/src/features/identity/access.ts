import type { Permission, TMe } from '@mz/shared';

/** Whether the signed-in user holds a permission (the server checks again; this only shapes the UI). */
export const can = (me: Pick<TMe, 'permissions'> | null | undefined, permission: Permission | undefined): boolean =>
  permission === undefined || (me?.permissions.includes(permission) ?? false);

/** Items the user may see: those without a permission, or whose permission the user holds. */
export const filterByPermission = <T extends { permission?: Permission | undefined }>(
  items: readonly T[],
  me: Pick<TMe, 'permissions'> | null | undefined,
): T[] => items.filter((item) => can(me, item.permission));
