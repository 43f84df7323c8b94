import type { Permission, TMe } from '@mz/shared';
import { use } from 'react';
import { can } from '../access';
import { AuthContext, type AuthContextValue } from '../auth/auth-context';

export const useAuth = (): AuthContextValue => {
  const value = use(AuthContext);
  if (!value) throw new Error('useAuth outside <AuthProvider>');
  return value;
};

/** The signed-in user inside the authenticated layout (RequireAuth guarantees one). */
export const useMe = (): TMe => {
  const auth = useAuth();
  if (auth.status !== 'authenticated') throw new Error('useMe outside an authenticated route');
  return auth.me;
};

export const useCan = () => {
  const auth = useAuth();
  return (permission: Permission | undefined) => can(auth.me, permission);
};
