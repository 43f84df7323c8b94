import type {
  Page,
  Role,
  TChangePasswordRequest,
  TCreateUserRequest,
  TLoginRequest,
  TMe,
  TResetPasswordRequest,
  TUserSummary,
} from '@mz/shared';
import { http } from '../../api/http-client';
import { buildUrl } from '../../api/url';

// Calls of the server's core/identity module (auth + users).

export const authApi = {
  me: () => http.get<TMe>('/api/auth/me', { skipSessionHandler: true }),
  login: (request: TLoginRequest) => http.post<TMe>('/api/auth/login', request),
  logout: () => http.post<{ ok: boolean }>('/api/auth/logout'),
  changePassword: (request: TChangePasswordRequest) => http.post<{ sessionsRevoked: number }>('/api/auth/password', request),
};

export type UserListQuery = { q?: string | undefined; page: number; pageSize: number };

export const usersUrl = (query: UserListQuery) => buildUrl('/api/users', query);
export const userUrl = (id: number) => `/api/users/${id}`;
export type UserPage = Page<TUserSummary>;

export const usersApi = {
  create: (request: TCreateUserRequest) => http.post<{ id: number }>('/api/users', request),
  assignRole: (userId: number, request: { role: Role; divisionId: number }) =>
    http.post<{ id: number }>(`/api/users/${userId}/roles`, request),
  removeRole: (userId: number, assignmentId: number) => http.delete<{ id: number }>(`/api/users/${userId}/roles/${assignmentId}`),
  setActive: (userId: number, isActive: boolean) =>
    http.post<{ id: number; isActive: boolean }>(`/api/users/${userId}/active`, { isActive }),
  unlock: (userId: number) => http.post<{ id: number }>(`/api/users/${userId}/unlock`),
  resetPassword: (userId: number, request: TResetPasswordRequest) =>
    http.post<{ id: number; sessionsRevoked: number }>(`/api/users/${userId}/password`, request),
};
