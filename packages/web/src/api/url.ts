export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

/** `/api/x` + `{ q: '开化', page: 1, level: undefined }` → `/api/x?q=%E5%BC%80%E5%8C%96&page=1` (empty values dropped). */
export const buildUrl = (path: string, query?: Query): string => {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path;
};

/** Where to come back after signing in; only same-site paths, never the login page itself. */
export const safeReturnPath = (value: string | null | undefined): string => {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login/')) return '/';
  return value;
};

/** `/login?redirect=…` keeping the page the user was on. */
export const loginPath = (returnTo: string): string => {
  const safe = safeReturnPath(returnTo);
  return safe === '/' ? '/login' : `/login?redirect=${encodeURIComponent(safe)}`;
};
