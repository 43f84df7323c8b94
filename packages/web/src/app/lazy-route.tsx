import { Flex, Spin } from 'antd';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { shouldReloadForNewBuild } from './chunk-reload';

// Route-level code splitting: every feature page loads on first use, in its own chunk.

/**
 * A page component loaded on first render. When its chunk cannot be fetched (a new build was
 * deployed while the tab was open, so the old chunk names are gone) the tab reloads once to pick
 * up the new build; a second failure shortly after is a real error and reaches the error boundary.
 */
export const lazyPage = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() =>
    load().then(
      (module) => ({ default: module[name] }),
      (error: unknown) => {
        if (shouldReloadForNewBuild(window.sessionStorage, Date.now())) {
          window.location.reload();
          return new Promise<never>(() => undefined);
        }
        throw error;
      },
    ),
  );

export const PageSpin = () => (
  <Flex align="center" justify="center" style={{ minHeight: 240 }}>
    <Spin size="large" />
  </Flex>
);

/** A lazy page with the loading spinner shown while its chunk arrives. */
export const suspended = (node: ReactNode) => <Suspense fallback={<PageSpin />}>{node}</Suspense>;
