import { sql } from 'kysely';
import type { Role } from '@mz/shared';
import type { Database } from '../../db/database';
import { withinScope, type Scope } from '../../platform/scope/scope';

export const findUserByUsername = (db: Database, username: string) =>
  db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();

export const findUser = (db: Database, id: number, scope: Scope) =>
  db
    .selectFrom('app_user as u')
    .selectAll('u')
    .where('u.id', '=', id)
    .where((eb) => withinScope(eb.ref('u.division_id'), scope))
    .executeTakeFirst();

export const findAssignments = (db: Database, userIds: number[]) =>
  userIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('role_assignment as ra')
        .innerJoin('division as d', 'd.id', 'ra.division_id')
        .select([
          'ra.id',
          'ra.user_id as userId',
          'ra.role',
          'ra.division_id as divisionId',
          'd.code as divisionCode',
          'd.name as divisionName',
          'd.level as divisionLevel',
        ])
        .where('ra.user_id', 'in', userIds)
        .orderBy('ra.id')
        .execute();

/** The session's user with its role assignments, in one statement (it runs on every request). */
export const findSessionUser = (db: Database, tokenHash: string, now: Date) =>
  db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.is_active', 'u.must_change_password', 's.expires_at', 's.last_seen_at'])
    .select(
      sql<
        { id: number; role: string; divisionId: number }[]
      >`coalesce((select json_agg(json_build_object('id', ra.id, 'role', ra.role, 'divisionId', ra.division_id) order by ra.id)
        from role_assignment ra where ra.user_id = u.id), '[]'::json)`.as('assignments'),
    )
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', now)
    .executeTakeFirst();

export const touchSession = (db: Database, tokenHash: string, now: Date) =>
  db.updateTable('user_session').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();

export const insertSession = (db: Database, session: { tokenHash: string; userId: number; expiresAt: Date }) =>
  db.insertInto('user_session').values({ token_hash: session.tokenHash, user_id: session.userId, expires_at: session.expiresAt }).execute();

export const deleteSession = (db: Database, tokenHash: string) =>
  db.deleteFrom('user_session').where('token_hash', '=', tokenHash).returning('user_id').executeTakeFirst();

/** Sign the user out everywhere except (optionally) the session making the change; returns how many. */
export const deleteOtherSessions = async (db: Database, userId: number, keepTokenHash: string | null) => {
  let query = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (keepTokenHash) query = query.where('token_hash', '<>', keepTokenHash);
  return Number((await query.executeTakeFirst()).numDeletedRows);
};

export const setPassword = (db: Database, userId: number, change: { passwordHash: string; mustChange: boolean; now: Date }) =>
  db
    .updateTable('app_user')
    .set({
      password_hash: change.passwordHash,
      must_change_password: change.mustChange,
      password_changed_at: change.now,
      failed_attempts: 0,
      locked_until: null,
      updated_at: change.now,
    })
    .where('id', '=', userId)
    .execute();

export const deleteExpiredSessions = (db: Database, now: Date) => db.deleteFrom('user_session').where('expires_at', '<=', now).execute();

export const updateLoginState = (db: Database, userId: number, state: { failedAttempts: number; lockedUntil: Date | null }) =>
  db
    .updateTable('app_user')
    .set({ failed_attempts: state.failedAttempts, locked_until: state.lockedUntil, updated_at: new Date() })
    .where('id', '=', userId)
    .execute();

export const searchUsers = async (
  db: Database,
  query: { q?: string | undefined; divisionId?: number | undefined; page: number; pageSize: number },
  scope: Scope,
) => {
  let base = db.selectFrom('app_user as u').where((eb) => withinScope(eb.ref('u.division_id'), scope));
  if (query.divisionId !== undefined) {
    base = base.where((eb) => withinScope(eb.ref('u.division_id'), { roots: [query.divisionId as number] }));
  }
  if (query.q) base = base.where((eb) => eb.or([eb('u.username', 'like', `%${query.q}%`), eb('u.display_name', 'like', `%${query.q}%`)]));
  const [items, total] = await Promise.all([
    base
      .selectAll('u')
      .orderBy('u.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
};

export const insertUser = (
  db: Database,
  user: { username: string; displayName: string; passwordHash: string; divisionId: number; mustChangePassword?: boolean },
) =>
  db
    .insertInto('app_user')
    .values({
      username: user.username,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      division_id: user.divisionId,
      must_change_password: user.mustChangePassword ?? false,
    })
    .returning(['id', 'username', 'display_name', 'division_id', 'must_change_password'])
    .executeTakeFirstOrThrow();

export const insertAssignment = (db: Database, assignment: { userId: number; role: Role; divisionId: number }) =>
  db
    .insertInto('role_assignment')
    .values({ user_id: assignment.userId, role: assignment.role, division_id: assignment.divisionId })
    .onConflict((oc) => oc.columns(['user_id', 'role', 'division_id']).doNothing())
    .returning(['id', 'user_id', 'role', 'division_id'])
    .executeTakeFirst();

export const deleteAssignment = (db: Database, userId: number, assignmentId: number) =>
  db.deleteFrom('role_assignment').where('id', '=', assignmentId).where('user_id', '=', userId).returningAll().executeTakeFirst();

export const setUserActive = (db: Database, userId: number, isActive: boolean) =>
  db
    .updateTable('app_user')
    .set({ is_active: isActive, updated_at: new Date() })
    .where('id', '=', userId)
    .returning(['id', 'is_active'])
    .executeTakeFirst();

export const unlockUser = (db: Database, userId: number) =>
  db.updateTable('app_user').set({ failed_attempts: 0, locked_until: null, updated_at: new Date() }).where('id', '=', userId).execute();

export const countUsers = async (db: Database) =>
  Number(
    (
      await db
        .selectFrom('app_user')
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
