import {
  AppError,
  ROLE_PERMISSIONS,
  type Permission,
  type Role,
  type TAssignRoleRequest,
  type TChangePasswordRequest,
  type TCreateUserRequest,
  type TLoginRequest,
  type TMe,
  type TResetPasswordRequest,
  type TUserSummary,
} from '@mz/shared';
import { inTransaction, type Database } from '../../db/database';
import type { Actor } from '../../platform/auth/actor';
import { hashPassword, hashToken, newSessionToken, verifyPassword } from '../../platform/auth/password';
import { recordAudit } from '../../platform/audit/audit';
import type { CallContext } from '../../platform/http/context';
import { findDivision } from '../division/division.repository';
import * as repo from './identity.repository';
import { afterFailedLogin, canAssignAtLevel, isLocked, newPasswordProblems } from './identity.rules';

export type IdentityOptions = { sessionHours: number; now?: () => Date };

const clock = (options: IdentityOptions) => options.now?.() ?? new Date();

// A dummy hash so that an unknown username costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined;

export const login = async (db: Database, options: IdentityOptions, request: TLoginRequest, requestId: string) => {
  const now = clock(options);
  const user = await repo.findUserByUsername(db, request.username);
  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(request.password, await dummyHash);
    throw new AppError('LOGIN_FAILED');
  }
  const audit = { actor: null, permission: 'session' as const, requestId, now };
  if (isLocked(user.locked_until, now)) {
    throw new AppError('ACCOUNT_LOCKED', `连续登录失败次数过多，账号已锁定至 ${formatTime(user.locked_until)}`);
  }
  const passwordOk = user.is_active && (await verifyPassword(request.password, user.password_hash));
  if (!passwordOk) {
    const state = afterFailedLogin(user.failed_attempts, now);
    await inTransaction(db, async (trx) => {
      await repo.updateLoginState(trx, user.id, state);
      await recordAudit(trx, audit, {
        action: state.lockedUntil ? 'ACCOUNT_LOCKED' : 'LOGIN_FAILED',
        entity: 'app_user',
        entityId: user.id,
        divisionId: user.division_id,
        after: { failedAttempts: state.failedAttempts, lockedUntil: state.lockedUntil },
      });
    });
    if (state.lockedUntil) throw new AppError('ACCOUNT_LOCKED', `连续登录失败次数过多，账号已锁定至 ${formatTime(state.lockedUntil)}`);
    throw new AppError('LOGIN_FAILED');
  }
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + options.sessionHours * 3_600_000);
  await inTransaction(db, async (trx) => {
    await repo.updateLoginState(trx, user.id, { failedAttempts: 0, lockedUntil: null });
    await repo.insertSession(trx, { tokenHash: hashToken(token), userId: user.id, expiresAt });
    const self = { userId: user.id, username: user.username, displayName: user.display_name, assignments: [] };
    await recordAudit(
      trx,
      { ...audit, actor: self },
      { action: 'LOGIN_SUCCEEDED', entity: 'app_user', entityId: user.id, divisionId: user.division_id },
    );
  });
  return { token, expiresAt };
};

const formatTime = (date: Date | null) => (date ? date.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '');

export const logout = async (db: Database, token: string, requestId: string) => {
  await inTransaction(db, async (trx) => {
    const removed = await repo.deleteSession(trx, hashToken(token));
    if (!removed) return;
    const user = await trx
      .selectFrom('app_user')
      .select(['id', 'username', 'display_name', 'division_id'])
      .where('id', '=', removed.user_id)
      .executeTakeFirstOrThrow();
    const self = { userId: user.id, username: user.username, displayName: user.display_name, assignments: [] };
    await recordAudit(
      trx,
      { actor: self, permission: 'session', requestId },
      { action: 'LOGOUT', entity: 'app_user', entityId: user.id, divisionId: user.division_id },
    );
  });
};

/** Session cookie → actor, or null when unknown, expired or deactivated. */
export const resolveSession = async (db: Database, options: IdentityOptions, token: string): Promise<Actor | null> => {
  const now = clock(options);
  const tokenHash = hashToken(token);
  const session = await repo.findSessionUser(db, tokenHash, now);
  if (!session || !session.is_active) return null;
  if (now.getTime() - new Date(session.last_seen_at).getTime() > 60_000) await repo.touchSession(db, tokenHash, now);
  return {
    userId: session.id,
    username: session.username,
    displayName: session.display_name,
    assignments: session.assignments.map((a) => ({ id: Number(a.id), role: a.role as Role, divisionId: Number(a.divisionId) })),
    ...(session.must_change_password ? { mustChangePassword: true } : {}),
  };
};

export const describeMe = async (db: Database, actor: Actor): Promise<TMe> => {
  const assignments = await repo.findAssignments(db, [actor.userId]);
  const permissions = [...new Set(assignments.flatMap((a) => ROLE_PERMISSIONS[a.role as Role]))] as Permission[];
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    assignments: assignments.map(({ userId: _userId, ...a }) => ({ ...a, role: a.role as Role })),
    permissions,
    mustChangePassword: actor.mustChangePassword === true,
  };
};

const toSummaries = async (db: Database, users: Awaited<ReturnType<typeof repo.searchUsers>>['items']): Promise<TUserSummary[]> => {
  const assignments = await repo.findAssignments(
    db,
    users.map((u) => u.id),
  );
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    isActive: u.is_active,
    lockedUntil: u.locked_until ? new Date(u.locked_until).toISOString() : null,
    mustChangePassword: u.must_change_password,
    createdAt: new Date(u.created_at).toISOString(),
    assignments: assignments.filter((a) => a.userId === u.id).map(({ userId: _userId, ...a }) => ({ ...a, role: a.role as Role })),
  }));
};

export const listUsers = async (
  db: Database,
  ctx: CallContext,
  query: { q?: string | undefined; divisionId?: number | undefined; page: number; pageSize: number },
) => {
  const { items, total } = await repo.searchUsers(db, query, ctx.scope);
  return { items: await toSummaries(db, items), total, page: query.page, pageSize: query.pageSize };
};

export const getUser = async (db: Database, ctx: CallContext, id: number) => {
  const user = await repo.findUser(db, id, ctx.scope);
  if (!user) throw new AppError('NOT_FOUND', '用户不存在或不在您的管辖范围内');
  const [summary] = await toSummaries(db, [user]);
  if (!summary) throw new AppError('NOT_FOUND');
  return summary;
};

const requireAssignableDivision = async (db: Database, ctx: CallContext, role: Role, divisionId: number) => {
  const division = await findDivision(db, divisionId, ctx.scope);
  if (!division || division.valid_to !== null) throw new AppError('NOT_FOUND', '行政区划不存在或不在您的管辖范围内');
  if (!canAssignAtLevel(role, division.level)) {
    throw new AppError('VALIDATION_FAILED', `该角色不能设在${division.name}这一层级`, [
      { path: 'divisionId', code: 'ROLE_LEVEL', message: `该角色不能设在${division.name}这一层级` },
    ]);
  }
  return division;
};

export const createUser = async (db: Database, ctx: CallContext, request: TCreateUserRequest) => {
  const passwordHash = await hashPassword(request.password);
  return inTransaction(db, async (trx) => {
    await requireAssignableDivision(trx, ctx, request.role, request.divisionId);
    if (await repo.findUserByUsername(trx, request.username)) {
      throw new AppError('CONFLICT', `用户名 ${request.username} 已存在`, [
        { path: 'username', code: 'DUPLICATE', message: '用户名已存在' },
      ]);
    }
    const user = await repo.insertUser(trx, {
      username: request.username,
      displayName: request.displayName,
      passwordHash,
      divisionId: request.divisionId,
      mustChangePassword: true, // the administrator knows the initial password: the user replaces it at first login
    });
    const assignment = await repo.insertAssignment(trx, { userId: user.id, role: request.role, divisionId: request.divisionId });
    await recordAudit(trx, ctx.audit, [
      { action: 'USER_CREATED', entity: 'app_user', entityId: user.id, divisionId: user.division_id, after: user },
      {
        action: 'ROLE_ASSIGNED',
        entity: 'role_assignment',
        entityId: assignment?.id ?? null,
        divisionId: request.divisionId,
        after: assignment,
      },
    ]);
    return { id: user.id };
  });
};

export const assignRole = (db: Database, ctx: CallContext, userId: number, request: TAssignRoleRequest) =>
  inTransaction(db, async (trx) => {
    const user = await repo.findUser(trx, userId, ctx.scope);
    if (!user) throw new AppError('NOT_FOUND', '用户不存在或不在您的管辖范围内');
    await requireAssignableDivision(trx, ctx, request.role, request.divisionId);
    const assignment = await repo.insertAssignment(trx, { userId, role: request.role, divisionId: request.divisionId });
    if (!assignment) throw new AppError('CONFLICT', '该用户已在此区划担任该角色');
    await recordAudit(trx, ctx.audit, {
      action: 'ROLE_ASSIGNED',
      entity: 'role_assignment',
      entityId: assignment.id,
      divisionId: request.divisionId,
      after: assignment,
    });
    return { id: assignment.id };
  });

export const removeRole = (db: Database, ctx: CallContext, userId: number, assignmentId: number) =>
  inTransaction(db, async (trx) => {
    const user = await repo.findUser(trx, userId, ctx.scope);
    if (!user) throw new AppError('NOT_FOUND', '用户不存在或不在您的管辖范围内');
    if (userId === ctx.actor.userId) throw new AppError('INVALID_STATE', '不能撤销自己的角色');
    const removed = await repo.deleteAssignment(trx, userId, assignmentId);
    if (!removed) throw new AppError('NOT_FOUND', '角色分配不存在');
    await recordAudit(trx, ctx.audit, {
      action: 'ROLE_REVOKED',
      entity: 'role_assignment',
      entityId: assignmentId,
      divisionId: removed.division_id,
      before: removed,
    });
    return { id: assignmentId };
  });

export const setUserActive = (db: Database, ctx: CallContext, userId: number, isActive: boolean) =>
  inTransaction(db, async (trx) => {
    const user = await repo.findUser(trx, userId, ctx.scope);
    if (!user) throw new AppError('NOT_FOUND', '用户不存在或不在您的管辖范围内');
    if (userId === ctx.actor.userId && !isActive) throw new AppError('INVALID_STATE', '不能停用自己的账号');
    await repo.setUserActive(trx, userId, isActive);
    await recordAudit(trx, ctx.audit, {
      action: isActive ? 'USER_ACTIVATED' : 'USER_DEACTIVATED',
      entity: 'app_user',
      entityId: userId,
      divisionId: user.division_id,
      before: { isActive: user.is_active },
      after: { isActive },
    });
    return { id: userId, isActive };
  });

export const unlockUser = (db: Database, ctx: CallContext, userId: number) =>
  inTransaction(db, async (trx) => {
    const user = await repo.findUser(trx, userId, ctx.scope);
    if (!user) throw new AppError('NOT_FOUND', '用户不存在或不在您的管辖范围内');
    await repo.unlockUser(trx, userId);
    await recordAudit(trx, ctx.audit, {
      action: 'USER_UNLOCKED',
      entity: 'app_user',
      entityId: userId,
      divisionId: user.division_id,
      before: { lockedUntil: user.locked_until },
    });
    return { id: userId };
  });

const rejectWeak = (problems: string[]) => {
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      problems.join('；'),
      problems.map((message) => ({ path: 'newPassword', code: 'WEAK_PASSWORD', message })),
    );
  }
};

/** 修改本人密码: checks the current password, signs the user out of every other session. */
export const changeOwnPassword = async (db: Database, ctx: CallContext, sessionToken: string, request: TChangePasswordRequest) => {
  const user = await repo.findUserByUsername(db, ctx.actor.username);
  if (!user) throw new AppError('NOT_FOUND');
  if (!(await verifyPassword(request.currentPassword, user.password_hash))) {
    throw new AppError('VALIDATION_FAILED', '当前密码不正确', [
      { path: 'currentPassword', code: 'WRONG_PASSWORD', message: '当前密码不正确' },
    ]);
  }
  rejectWeak(newPasswordProblems(request.newPassword, request.currentPassword, user.username));
  const passwordHash = await hashPassword(request.newPassword);
  const now = new Date();
  return inTransaction(db, async (trx) => {
    await repo.setPassword(trx, user.id, { passwordHash, mustChange: false, now });
    const sessionsRevoked = await repo.deleteOtherSessions(trx, user.id, hashToken(sessionToken));
    await recordAudit(
      trx,
      { ...ctx.audit, now },
      { action: 'PASSWORD_CHANGED', entity: 'app_user', entityId: user.id, divisionId: user.division_id, after: { sessionsRevoked } },
    );
    return { sessionsRevoked };
  });
};

/** 重置他人密码 (within scope): a temporary password the user must change at next login; all their sessions end. */
export const resetPassword = async (db: Database, ctx: CallContext, userId: number, request: TResetPasswordRequest) => {
  if (userId === ctx.actor.userId) throw new AppError('INVALID_STATE', '请通过“修改密码”修改自己的密码');
  const passwordHash = await hashPassword(request.newPassword);
  const now = new Date();
  return inTransaction(db, async (trx) => {
    const user = await repo.findUser(trx, userId, ctx.scope);
    if (!user) throw new AppError('NOT_FOUND', '用户不存在或不在您的管辖范围内');
    rejectWeak(newPasswordProblems(request.newPassword, null, user.username));
    await repo.setPassword(trx, userId, { passwordHash, mustChange: true, now });
    const sessionsRevoked = await repo.deleteOtherSessions(trx, userId, null);
    await recordAudit(
      trx,
      { ...ctx.audit, now },
      {
        action: 'PASSWORD_RESET',
        entity: 'app_user',
        entityId: userId,
        divisionId: user.division_id,
        before: { mustChangePassword: user.must_change_password },
        after: { mustChangePassword: true, sessionsRevoked },
      },
    );
    return { id: userId, sessionsRevoked };
  });
};
