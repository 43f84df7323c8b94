import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { openDatabase } from '../../../server/src/db/database';
import { bootstrap } from '../../../server/src/seed/bootstrap';
import { buildApp } from '../../../server/src/app';

// The real stack for browser tests: the built web app served by the real server (in-process,
// in-memory PGlite with 云南/文山 divisions and the demo accounts), driven by Debian's Chromium.

export const WEB_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const WEB_DIST = fileURLToPath(new URL('../../dist', import.meta.url));
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../../../test-artifacts', import.meta.url));
export const DEMO_PASSWORD = 'Demo@2025mz';

const CHROMIUM = '/usr/bin/chromium';

const run = (command: string, args: string[], cwd: string) =>
  new Promise<void>((resolve, reject) => {
    // Vitest sets NODE_ENV=test, which would give a development React build.
    const child = spawn(command, args, { cwd, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });

/** Build packages/web once if there is no build yet (`npm run test:e2e` always builds first). */
export const ensureWebBuild = async () => {
  if (!existsSync(`${WEB_DIST}/index.html`)) await run('npx', ['vite', 'build'], WEB_DIR);
};

/** Chromium may still be installing (apt) when the suite starts: wait for it a while. */
const waitForChromium = async (timeoutMs = 240_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(CHROMIUM)) {
    if (Date.now() > deadline) throw new Error(`${CHROMIUM} not found (apt-get install chromium)`);
    await new Promise((r) => setTimeout(r, 2000));
  }
};

export type Stack = { baseUrl: string; browser: Browser; close: () => Promise<void> };

export const startStack = async (): Promise<Stack> => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await ensureWebBuild();
  const handle = await openDatabase({ dataDir: 'memory://' });
  await bootstrap(handle, { divisions: { villages: true, regionPrefixes: ['5326'], provinces: ['53'] }, demo: true });
  const { app } = await buildApp({ db: handle.db, identity: { sessionHours: 8 }, webDist: WEB_DIST });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;

  let browser: Browser;
  try {
    await waitForChromium();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (error) {
    await app.close();
    await handle.close();
    throw error;
  }

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close().catch(() => undefined);
      await app.close();
      await handle.close();
    },
  };
};

/** A fresh, isolated browser session (own cookies) with a Chinese desktop setup. */
export const newSession = async (stack: Stack) => {
  const context = await stack.browser.newContext({
    baseURL: stack.baseUrl,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, pageErrors };
};
