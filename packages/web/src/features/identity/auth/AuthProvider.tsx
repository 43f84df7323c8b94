import type { TLoginRequest } from '@mz/shared';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { handleApiError } from '../../../api/handle-api-error';
import { setSessionLostHandler } from '../../../api/http-client';
import { isSessionError } from '../../../api/api-error';
import { authApi } from '../identity.api';
import { AuthContext, type AuthContextValue, type AuthState } from './auth-context';

/** Holds the signed-in user (GET /api/auth/me on start); a lost session signs out everywhere. */
export const AuthProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<AuthState>({ status: 'loading', me: null });

  useEffect(() => {
    let cancelled = false;
    authApi.me().then(
      (me) => !cancelled && setState({ status: 'authenticated', me }),
      (error: unknown) => {
        if (cancelled) return;
        if (!isSessionError(error)) handleApiError(error);
        setState({ status: 'anonymous', me: null });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    setSessionLostHandler(() => setState({ status: 'anonymous', me: null }));
    return () => setSessionLostHandler(null);
  }, []);

  const login = useCallback(async (request: TLoginRequest) => {
    const me = await authApi.login(request);
    setState({ status: 'authenticated', me });
    return me;
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setState({ status: 'anonymous', me: null });
    }
  }, []);

  const refresh = useCallback(async () => {
    setState({ status: 'authenticated', me: await authApi.me() });
  }, []);

  const value = useMemo<AuthContextValue>(() => ({ ...state, login, logout, refresh }), [state, login, logout, refresh]);
  return <AuthContext value={value}>{children}</AuthContext>;
};
