import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { testEnv } from '../src/config/config';
import { openDatabase } from '../src/db/database';
import { bootstrap } from '../src/seed/bootstrap';

// The embedded default (PGlite on disk) must lose nothing committed when the process is killed.
// (On PostgreSQL this is the server's own guarantee; these tests exercise the embedded engine.)
const serverDir = join(import.meta.dirname, '..');
const tsx = join(serverDir, '..', '..', 'node_modules', '.bin', 'tsx');
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mz-durability-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe.skipIf(testEnv().engine !== 'pglite')('embedded PGlite durability', () => {
  it('kill -9 in the middle of writing loses no committed transaction', async () => {
    const dataDir = tempDir();
    const child = spawn(tsx, [join(serverDir, 'test/fixtures/commit-writer.ts'), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const committed: number[] = [];
    await new Promise<void>((resolve, reject) => {
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        committed.push(...lines.map(Number));
        if (committed.length >= 200 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited early: ${code}`))));
    });
    await new Promise((r) => child.once('exit', r).once('close', r));
    const handle = await openDatabase({ dataDir });
    const rows = await sql<{ id: number }>`select id from durability_probe order by id`.execute(handle.db);
    await handle.close();
    const stored = new Set(rows.rows.map((r) => r.id));
    expect(committed.filter((id) => !stored.has(id))).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(200);
  });

  it('`npm run audit:verify` passes on an intact data folder and names the first tampered row', async () => {
    const dataDir = tempDir();
    const handle = await openDatabase({ dataDir });
    await bootstrap(handle, { divisions: { villages: false, provinces: ['53'], regionPrefixes: ['5326'] }, demo: true });
    const rows = await handle.db.selectFrom('audit_log').select('id').orderBy('id').execute();
    await handle.close();
    const run = () =>
      spawnSync(tsx, [join(serverDir, 'src/cli/audit-verify.ts')], {
        env: { ...process.env, MZ_DATA_DIR: dataDir, DATABASE_URL: '' },
        encoding: 'utf8',
      });
    const intact = run();
    expect(intact.status).toBe(0);
    expect(intact.stdout).toMatch(/哈希链完整/);

    const target = rows[3]?.id ?? 0;
    const tamper = await openDatabase({ dataDir });
    await sql`update audit_log set entity_id = '999' where id = ${target}`.execute(tamper.db);
    await tamper.close();
    const broken = run();
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`id=${target}`);
  });
});
