import { openDatabase } from '../src/db/database';
import { rolledUpSums } from '../src/modules/monitoring/verdicts/verdicts.repository';
import { groupSums, specOf } from '../src/modules/monitoring/verdicts/verdicts.service';
import { evaluateIndicatorSeries } from '../src/modules/monitoring/verdicts/verdict.rules';
import { nationalPlan } from './load/indicators';
import { findIndicators } from '../src/modules/monitoring/register/register.repository';
const handle = await openDatabase({ dataDir: '/tmp/mzprof/db1' });
const plan = await nationalPlan(handle);
const indicators = await findIndicators(handle.db, plan.id);
const sums = await rolledUpSums(handle.db, { indicatorIds: indicators.map((i) => i.id), target: { divisionIds: [plan.division_id] } });
const specs = new Map(indicators.map((i) => [i.id, specOf(i, plan)]));
let bytes = 0, n = 0;
const t = process.hrtime.bigint();
for (let k = 0; k < 50; k++) for (const group of groupSums(sums).values()) {
  const v = evaluateIndicatorSeries({ spec: specs.get(group[0]!.indicatorId)!, isPlanDivision: false, sums: group });
  if (k === 0) for (const x of v) { bytes += JSON.stringify(x.inputs).length + JSON.stringify(x.result).length; n++; }
}
const ms = Number(process.hrtime.bigint() - t) / 1e6;
console.log('verdicts', n, 'avg json bytes', Math.round(bytes / n), 'evaluate ms per series', (ms / 50 / groupSums(sums).size).toFixed(3));
await handle.close();
