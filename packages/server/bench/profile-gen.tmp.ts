import { generateHouseholds, BASE_IDS } from './generator/households';
import { indicatorValues } from './generator/indicators';
const divisions = Array.from({ length: 300 }, (_, i) => ({ id: i + 1, code: `4501${String(i).padStart(8, '0')}`, name: `测试${i}村`, urban: i % 3 === 0 }));
let t = Date.now();
let n = 0, m = 0;
for (const h of generateHouseholds({ seed: 's', divisions, total: 100_000, ids: BASE_IDS, keyPrefix: 'B' })) { n++; m += h.members.length; }
console.log('households', n, 'members', m, Date.now() - t, 'ms');
t = Date.now();
let k = 0;
for (let i = 0; i < 16; i++) for (const _ of indicatorValues('s', { id: i, valueKind: ['ratio','level','count','qualitative'][i % 4]!, ratioFactor: 100, unit: '%', unitScale: 1, baselineValue: 50, targetValue: 80 }, Array.from({ length: 2978 }, (_, j) => ({ divisionId: j, code: `45${j}` })))) k++;
console.log('indicator rows', k, Date.now() - t, 'ms');
