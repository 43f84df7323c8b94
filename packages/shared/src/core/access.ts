import { z } from 'zod';

// Roles for the real jobs. A role is always assigned AT a division and covers its subtree.
export const ROLES = [
  'village_assistant', // 村/社区协理员
  'township_clerk', // 乡镇经办员
  'county_reviewer', // 县级审核员
  'county_approver', // 县级审批
  'planner', // 规划监测员 (prefecture/province/nation)
  'auditor', // 审计员: read-only + audit log
  'system_admin', // 系统管理员
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  village_assistant: '村（社区）协理员',
  township_clerk: '乡镇经办员',
  county_reviewer: '县级审核员',
  county_approver: '县级审批人',
  planner: '规划监测员',
  auditor: '审计员',
  system_admin: '系统管理员',
};

// Every route declares one of these (or `public: true`). Modules add theirs here so the
// server can refuse to start on an unknown permission.
export const PERMISSIONS = [
  'session', // any logged-in user: own profile, own scope
  'division:read',
  'division:manage',
  'user:read',
  'user:manage',
  'audit:read',
  'personal-data:read', // see unmasked 公民身份号码 (each read is audited)
  'assistance:read',
  'assistance:apply', // 申请/受理/调查 at the counter
  'assistance:review', // 乡镇初审 / 县级审核
  'assistance:approve', // 县级审批确认
  'assistance:pay', // payment rolls
  'monitoring:read',
  'monitoring:report', // fill and submit indicator values
  'monitoring:review', // approve or return submissions
  'monitoring:manage', // plans, indicators, targets
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const isPermission = (value: unknown): value is Permission =>
  typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);

const READ_ALL: Permission[] = ['session', 'division:read', 'assistance:read', 'monitoring:read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  village_assistant: [...READ_ALL, 'assistance:apply'],
  township_clerk: [...READ_ALL, 'assistance:apply', 'assistance:review', 'personal-data:read', 'monitoring:report'],
  county_reviewer: [...READ_ALL, 'assistance:review', 'personal-data:read', 'monitoring:report', 'monitoring:review'],
  county_approver: [...READ_ALL, 'assistance:review', 'assistance:approve', 'assistance:pay', 'personal-data:read', 'monitoring:review'],
  planner: [...READ_ALL, 'monitoring:report', 'monitoring:review', 'monitoring:manage'],
  auditor: [...READ_ALL, 'audit:read', 'user:read'],
  system_admin: [...READ_ALL, 'division:manage', 'user:read', 'user:manage', 'audit:read', 'monitoring:manage'],
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

export const ZLoginRequest = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(200),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZRoleAssignment = z.object({
  id: z.number().int(),
  role: z.enum(ROLES),
  divisionId: z.number().int(),
  divisionCode: z.string(),
  divisionName: z.string(),
  divisionLevel: z.string(),
});
export type TRoleAssignment = z.infer<typeof ZRoleAssignment>;

export const ZMe = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  assignments: z.array(ZRoleAssignment),
  permissions: z.array(z.enum(PERMISSIONS)),
  /** 首次登录/重置后须修改密码: every other route answers PASSWORD_CHANGE_REQUIRED until then. */
  mustChangePassword: z.boolean(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZUserSummary = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  isActive: z.boolean(),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  assignments: z.array(ZRoleAssignment),
  createdAt: z.string(),
});
export type TUserSummary = z.infer<typeof ZUserSummary>;

export const ZCreateUserRequest = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9_.-]{3,64}$/, '用户名为3–64位字母、数字或 _ . -'),
  displayName: z.string().trim().min(1).max(60),
  password: z.string().min(10, '密码至少10位').max(200),
  role: z.enum(ROLES),
  divisionId: z.number().int(),
});
export type TCreateUserRequest = z.infer<typeof ZCreateUserRequest>;

export { passwordProblems, PASSWORD_MIN_LENGTH } from './password-strength';

const newPassword = z.string().min(1, '请输入新密码').max(200);

/** 修改本人密码. */
export const ZChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(200),
  newPassword,
});
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;

/** 管理员重置他人密码 (a temporary password; the user must change it at next login). */
export const ZResetPasswordRequest = z.object({ newPassword });
export type TResetPasswordRequest = z.infer<typeof ZResetPasswordRequest>;

export const ZAssignRoleRequest = z.object({ role: z.enum(ROLES), divisionId: z.number().int() });
export type TAssignRoleRequest = z.infer<typeof ZAssignRoleRequest>;

export const ZUserListQuery = z.object({
  q: z.string().trim().max(64).optional(),
  /** Only users of this division's subtree (within the caller's scope). */
  divisionId: z.coerce.number().int().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
