import { loadConfig } from '../config/config';
import { openDatabase } from '../db/database';
import { verifyAuditChain } from '../platform/audit/audit';

// `npm run audit:verify`: walk the audit hash chain; exit 1 and name the first broken row.
const config = loadConfig();
const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const result = await verifyAuditChain(handle.db);
await handle.close();
if (result.ok) {
  console.log(`审计日志哈希链完整：已校验 ${result.checked} 条记录`);
} else {
  console.error(`审计日志哈希链断裂：第一条异常记录 id=${result.firstBrokenId}（${result.reason}），此前 ${result.checked} 条正常`);
  process.exitCode = 1;
}
console.log(JSON.stringify(result));
