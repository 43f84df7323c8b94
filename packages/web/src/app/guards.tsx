import type { Permission } from '@mz/shared';
import { Button, Flex, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { loginPath } from '../api/url';
import { useAuth, useCan } from '../features/identity/hooks/useAuth';
import { ForcedPasswordChangePage } from '../features/identity/pages/ForcedPasswordChangePage';
import { zhCN } from '../i18n/zh-CN';

/** Signed-in routes: wait for the session probe, otherwise go to /login keeping the return path. */
export const RequireAuth = ({ children }: { children: ReactNode }) => {
  const auth = useAuth();
  const location = useLocation();
  if (auth.status === 'loading') {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" description={zhCN.auth.checkingSession} />
      </Flex>
    );
  }
  if (auth.status === 'anonymous') return <Navigate to={loginPath(`${location.pathname}${location.search}`)} replace />;
  // After an admin reset: the new password first, then the page asked for (the URL is kept).
  if (auth.me.mustChangePassword) return <ForcedPasswordChangePage />;
  return children;
};

export const ForbiddenResult = () => (
  <Result
    status="403"
    title={zhCN.result.forbiddenTitle}
    subTitle={zhCN.result.forbidden}
    extra={
      <Link to="/">
        <Button type="primary">{zhCN.result.backHome}</Button>
      </Link>
    }
  />
);

/** A page that needs a permission shows 403 instead when the user lacks it. */
export const RequirePermission = ({ permission, children }: { permission: Permission; children: ReactNode }) => {
  const can = useCan();
  return can(permission) ? children : <ForbiddenResult />;
};

export const NotFoundResult = () => (
  <Result
    status="404"
    title={zhCN.result.notFoundTitle}
    subTitle={zhCN.result.notFound}
    extra={
      <Link to="/">
        <Button type="primary">{zhCN.result.backHome}</Button>
      </Link>
    }
  />
);
