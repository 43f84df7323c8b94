import { defineConfig } from 'vitest/config';

// Three tiers (see ARCHITECTURE.md): pure unit tests, database tests (PGlite, and PostgreSQL
// when TEST_DATABASE_URL is set), and browser tests in Debian's Chromium.
const postgresUrl = process.env['TEST_DATABASE_URL'];
const serverAlias = { '#src': new URL('./packages/server/src', import.meta.url).pathname };

const dbProject = (name: string, engine: 'pglite' | 'postgres') => ({
  resolve: { alias: serverAlias },
  test: {
    name,
    include: ['packages/*/src/**/*.db.test.ts', 'packages/*/test/**/*.db.test.ts', 'packages/*/bench/**/*.db.test.ts'],
    env: { TZ: 'Asia/Shanghai', MZ_TEST_ENGINE: engine },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks' as const,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: serverAlias },
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
          env: { TZ: 'Asia/Shanghai' },
        },
      },
      dbProject('db-pglite', 'pglite'),
      ...(postgresUrl ? [dbProject('db-postgres', 'postgres')] : []),
      {
        resolve: { alias: serverAlias },
        test: {
          name: 'e2e',
          include: ['packages/*/e2e/**/*.e2e.test.ts'],
          env: { TZ: 'Asia/Shanghai' },
          testTimeout: 180_000,
          hookTimeout: 300_000,
          pool: 'forks' as const,
        },
      },
    ],
  },
});
