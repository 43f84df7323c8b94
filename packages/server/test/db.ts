import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testEnv } from '../src/config/config';
import { openDatabase, type DatabaseHandle } from '../src/db/database';
import { bootstrap } from '../src/seed/bootstrap';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or (MZ_TEST_ENGINE=postgres)
 * a new database on TEST_DATABASE_URL's server, dropped on close. Divisions: Yunnan down to county
 * and Wenshan down to village (real data, small), plus the demo accounts.
 */
export const createTestDatabase = async (
  options: { demo?: boolean; provinces?: string[]; regionPrefixes?: string[]; monitoringDemo?: boolean } = {},
) => {
  const { engine, postgresUrl } = testEnv();
  let handle: DatabaseHandle;
  let drop = async () => undefined as void;
  if (engine === 'postgres') {
    if (!postgresUrl) throw new Error('MZ_TEST_ENGINE=postgres needs TEST_DATABASE_URL');
    const name = `mz_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    handle = await openDatabase({ databaseUrl: url.toString() });
    drop = async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
  } else {
    handle = await openDatabase({ dataDir: 'memory://' });
  }
  await bootstrap(handle, {
    divisions: { villages: true, provinces: options.provinces ?? ['53'], regionPrefixes: options.regionPrefixes ?? ['5326'] },
    demo: options.demo ?? true,
    // Demo indicator values of plan monitoring cost seconds per database: only tests that ask get them.
    monitoringDemo: options.monitoringDemo ?? false,
    // The 文山市 demo caseload only where a test loads it itself (demo-caseload.db.test.ts).
    demoCaseload: false,
  });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
};

export type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;
