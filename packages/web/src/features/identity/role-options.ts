import { ROLE_LABELS, ROLES, type Role } from '@mz/shared';

export const ROLE_OPTIONS: { value: Role; label: string }[] = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
