import type { TLoginRequest, TMe } from '@mz/shared';
import { createContext } from 'react';

export type AuthState = { status: 'loading'; me: null } | { status: 'anonymous'; me: null } | { status: 'authenticated'; me: TMe };

export type AuthContextValue = AuthState & {
  login: (request: TLoginRequest) => Promise<TMe>;
  logout: () => Promise<void>;
  /** Re-read the signed-in user (e.g. after a password change lifts mustChangePassword). */
  refresh: () => Promise<void>;
};

export const AuthContext = createContext<AuthContextValue | null>(null);
