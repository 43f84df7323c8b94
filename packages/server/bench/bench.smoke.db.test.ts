import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { SIZES } from './setup';
import { runBench, type BenchReport } from './suite';
import { formatTable, summaryRows } from './report';

// `npm run bench -- --size tiny` in miniature, on the test engines (PGlite in memory, and PostgreSQL
// when TEST_DATABASE_URL is set), so the bench never rots. It checks that every step runs through the
// real services and produces well-formed results with the right row counts — never how fast.

let db: TestDatabase;
let report: BenchReport;
const count = async (query: string) => Number((await sql.raw<{ n: number }>(query).execute(db.db)).rows[0]?.n ?? 0);

beforeAll(async () => {
  db = await createTestDatabase({ demo: false });
  report = await runBench(db, { size: 'tiny', seed: 'smoke', http: { connections: 4, durationSec: 1 } });
}, 600_000);

afterAll(async () => {
  await db?.close();
});

const step = (name: string) => {
  const found = report.steps.find((s) => s.step === name);
  if (!found) throw new Error(`step ${name} missing`);
  return found;
};

describe('bench --size tiny', () => {
  it('loads the generated caseload and the national indicator values', async () => {
    expect(report.preparation.registry['household']).toBe(SIZES.tiny.households);
    expect(report.preparation.registry['household_member']).toBeGreaterThan(SIZES.tiny.households);
    expect(report.preparation.registry['assistance_recipient']).toBeGreaterThan(0);
    expect(report.preparation.registry['assistance_application']).toBeGreaterThan(0);
    expect(report.preparation.indicatorValues).toBeGreaterThan(0);
    expect(report.preparation.indicatorValues % 6).toBe(0);
    // Every generated 公民身份号码 passed the database's uniqueness and the import's validation.
    expect(await count(`select count(distinct citizen_id) as n from household_member`)).toBe(
      await count(`select count(*) as n from household_member`),
    );
  });

  it('produces one well-formed result per step', () => {
    expect(report.errors).toEqual([]);
    expect(report.steps.map((s) => s.step)).toEqual([
      'import',
      'standard-change',
      'recheck',
      'roll',
      'export',
      'http:health',
      'http:session',
      'http:households-list',
      'http:households-by-name',
      'http:household-detail',
      'http:applications-list',
      'http:dashboard-overview',
      'rollup-nation',
      'rollup-all',
    ]);
    for (const s of report.steps) {
      expect(s.wallMs).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(s.rowsPerSec)).toBe(true);
      expect(s.peakRssMb).toBeGreaterThan(0);
      expect(s.cpuMs).toBeGreaterThanOrEqual(0);
      expect(s.what.length).toBeGreaterThan(0);
    }
    expect(summaryRows(report.steps)).toHaveLength(report.steps.length);
    expect(formatTable(report.steps, 'smoke').split('\n')).toHaveLength(report.steps.length + 2);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('imports every household and person of the file', async () => {
    const s = step('import');
    expect(s.details['households']).toBe(SIZES.tiny.importHouseholds);
    expect(s.rows).toBe(s.details['persons']);
    expect(await count(`select count(*) as n from household`)).toBe(SIZES.tiny.households + SIZES.tiny.importHouseholds);
  });

  it('re-computes the amount periods of the standard change and rolls the month', async () => {
    const change = step('standard-change');
    expect(change.rows).toBeGreaterThan(0);
    // Every re-computed period carries the new version (the re-check may add periods of its own).
    const withNewVersion = await count(
      `select count(*) as n from assistance_amount_period where parameter_id = ${Number(change.details['parameterId'])}`,
    );
    expect(withNewVersion).toBeGreaterThanOrEqual(change.rows);
    const recheck = step('recheck');
    expect(recheck.rows).toBeGreaterThan(0);
    expect(recheck.rows).toBeLessThanOrEqual(await count(`select count(*) as n from assistance_recipient`));
    expect(recheck.details['counties']).toBe(1);
    expect(await count(`select count(*) as n from amount_recalculation`)).toBe(1);
    const roll = step('roll');
    expect(roll.rows).toBeGreaterThan(0);
    expect(roll.rows).toBe(await count(`select count(*) as n from payment_line`));
    expect(roll.details['counties']).toBe(1);
  });

  it('exports every household', async () => {
    expect(step('export').rows).toBe(await count(`select count(*) as n from household`));
  });

  it('rolls the national values up with verdicts', async () => {
    const nation = step('rollup-nation');
    expect(nation.rows).toBe(report.preparation.indicatorValues);
    expect(nation.details['verdicts']).toBeGreaterThan(0);
    expect(step('rollup-all').details['verdicts']).toBeGreaterThan(Number(nation.details['verdicts']));
  });

  it('measures every endpoint without errors', () => {
    for (const s of report.steps.filter((x) => x.step.startsWith('http:'))) {
      expect(s.rows).toBeGreaterThan(0);
      expect(s.details['non2xx']).toBe(0);
      expect(s.details['errors']).toBe(0);
      for (const p of ['p50', 'p95', 'p99'] as const) expect(typeof s.details[p]).toBe('number');
      expect(Number(s.details['p50'])).toBeLessThanOrEqual(Number(s.details['p99']));
    }
  });
});
