// A page chunk that fails to load usually means a new build was deployed while the tab was open (the
// old chunk names are gone). Reload once to pick up the new build instead of showing an error page;
// a second failure within a short time is a real error and is thrown.

const KEY = 'mz:chunk-reload';
const WINDOW_MS = 30_000;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** Whether to reload now (and remember that we did), given when the last such reload happened. */
export const shouldReloadForNewBuild = (store: Store, now: number): boolean => {
  const last = Number(store.getItem(KEY) ?? 0);
  if (Number.isFinite(last) && now - last < WINDOW_MS) return false;
  store.setItem(KEY, String(now));
  return true;
};
