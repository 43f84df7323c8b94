import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { createTestDatabase, type TestDatabase } from '../test/db';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ demo: false });
});
afterAll(async () => db.close());

describe('the server refuses to start on an undeclared permission', () => {
  it('fails when a route declares no permission', async () => {
    await expect(
      buildApp({ db: db.db, identity: { sessionHours: 1 }, logLevel: 'silent', extraRoutes: (app) => app.get('/api/oops', () => 'x') }),
    ).rejects.toThrow(/declares no valid permission/);
  });

  it('fails when a route declares an unknown permission', async () => {
    await expect(
      buildApp({
        db: db.db,
        identity: { sessionHours: 1 },
        logLevel: 'silent',
        extraRoutes: (app) => app.get('/api/oops', { config: { permission: 'everything' as never } }, () => 'x'),
      }),
    ).rejects.toThrow(/declares no valid permission/);
  });

  it('starts with every route declared', async () => {
    const { app, routes } = await buildApp({ db: db.db, identity: { sessionHours: 1 }, logLevel: 'silent' });
    expect(routes.length).toBeGreaterThan(10);
    await app.close();
  });
});
