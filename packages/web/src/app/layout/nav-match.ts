/** The menu entry for a location: the longest path that is the location or a parent of it. */
export const activeNavPath = (pathname: string, paths: readonly string[]): string | undefined => {
  const matches = paths.filter((path) => (path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`)));
  return matches.sort((a, b) => b.length - a.length)[0];
};
