import { fileURLToPath } from 'node:url';
import { loadConfig } from './config/config';
import { openDatabase } from './db/database';
import { bootstrap } from './seed/bootstrap';
import { buildApp } from './app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts';
import { ROLE_LABELS } from '@mz/shared';

const config = loadConfig();
const started = Date.now();
const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
console.log(`数据库: ${handle.engine === 'pglite' ? `PGlite（嵌入式，数据目录 ${config.dataDir}）` : 'PostgreSQL'}`);
const boot = await bootstrap(handle, { divisions: { villages: config.loadVillages }, demo: config.loadDemoData });
if (boot.migrated.length) console.log(`已执行数据库迁移: ${boot.migrated.join(', ')}`);
if (boot.divisions) console.log(`已载入行政区划 ${boot.divisions} 个`);
if (boot.demoCaseload) console.log(`已生成文山市演示救助数据 ${boot.demoCaseload} 户（标注“演示”，非真实人员）`);

const webDist = config.webDist ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
const { app } = await buildApp({
  db: handle.db,
  identity: { sessionHours: config.sessionHours },
  secureCookies: config.secureCookies,
  logLevel: config.logLevel,
  webDist,
  vacuumHours: config.vacuumHours,
});
await app.listen({ port: config.port, host: config.host });

const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
console.log(`\n民政 Platform 已启动（${((Date.now() - started) / 1000).toFixed(1)} 秒）: ${url}`);
if (config.loadDemoData) {
  console.log(`演示账号（密码均为 ${DEMO_PASSWORD}）:`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(12)} ${ROLE_LABELS[a.role]} @ ${a.divisionCode}`);
}

const shutdown = async (signal: string) => {
  console.log(`收到 ${signal}，正在关闭…`);
  await app.close();
  await handle.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
