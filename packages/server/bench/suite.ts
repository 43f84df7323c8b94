import { cpus, loadavg } from 'node:os';
import type { DatabaseHandle } from '../src/db/database';
import type { StepResult } from './measure';
import { prepare, SIZES, type Size } from './setup';
import { importStep, recheckStep, rollStep, standardChangeStep } from './steps/assistance';
import { exportStep } from './steps/export';
import { rollupSteps } from './steps/rollup';
import { httpSteps } from './steps/http';

// The whole bench on one prepared database, in a fixed order: load (not timed as a figure), then
// (a) import, (b) re-check after a standard change, (c) payment roll, (d) export, (f) HTTP latency,
// (e) roll-up. The import runs first, against the loaded caseload (its duplicate check sees
// every loaded person); the later steps then see the loaded plus the imported households.

export type BenchOptions = {
  size: Size;
  seed: string;
  rootCode?: string;
  /** Run on a database prepared by an earlier run: nothing is loaded, import and standard-change are skipped. */
  reuse?: boolean;
  http: { connections: number; durationSec: number } | null;
  only?: readonly string[];
  log?: (line: string) => void;
};

export type BenchReport = {
  startedAt: string;
  engine: string;
  size: Size;
  /** fresh: loaded by this run; reuse: steps re-run on a database prepared earlier (see run.ts --reuse). */
  mode: 'fresh' | 'reuse';
  seed: string;
  root: { code: string; name: string };
  machine: { cpus: number; loadAvgAtStart: number[]; loadAvgAtEnd: number[]; node: string };
  preparation: {
    registry: Record<string, number>;
    indicatorValues: number;
    reportingUnits: number;
    registryLoadMs: number;
    indicatorLoadMs: number;
  };
  steps: StepResult[];
  /** Steps that failed (the others still ran); empty on a clean run. */
  errors: { step: string; message: string }[];
};

export const runBench = async (handle: DatabaseHandle, options: BenchOptions): Promise<BenchReport> => {
  const log = options.log ?? (() => undefined);
  const startedAt = new Date().toISOString();
  const loadAvgAtStart = loadavg().map((x) => Math.round(x * 100) / 100);
  log(`preparing ${options.size} (${SIZES[options.size].households.toLocaleString('en')} households) on ${handle.engine} …`);
  const prep = await prepare(handle, {
    size: options.size,
    seed: options.seed,
    reuse: options.reuse ?? false,
    ...(options.rootCode ? { rootCode: options.rootCode } : {}),
  });
  const c = prep.context;
  log(
    `loaded in ${(prep.loadMs.registry / 1000).toFixed(1)} s: ${JSON.stringify(prep.registry)}; ${prep.indicators.rows} indicator values in ${(prep.loadMs.indicators / 1000).toFixed(1)} s`,
  );
  const wanted = (step: string) => !options.only || options.only.length === 0 || options.only.includes(step);
  const steps: StepResult[] = [];
  const add = (r: StepResult) => {
    steps.push(r);
    log(
      `${r.step}: ${(r.wallMs / 1000).toFixed(2)} s, ${r.rows} rows, ${r.rowsPerSec}/s, cpu ${r.cpuShare}, VmHWM ${String(r.vmHwmMb)} MB ${JSON.stringify(r.details)}`,
    );
  };
  const errors: { step: string; message: string }[] = [];
  const attempt = async (step: string, run: () => Promise<void>) => {
    if (!wanted(step)) return;
    try {
      await run();
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      errors.push({ step, message });
      log(`${step} FAILED: ${message}`);
    }
  };
  if (!options.reuse) await attempt('import', async () => add(await importStep(c, SIZES[options.size].importHouseholds)));
  await attempt('recheck', async () => {
    if (!options.reuse) add(await standardChangeStep(c));
    add(await recheckStep(c));
  });
  await attempt('roll', async () => add(await rollStep(c)));
  await attempt('export', async () => add(await exportStep(c)));
  const http = options.http;
  if (http) await attempt('http', async () => void (await httpSteps(c, { ...http, planId: prep.indicators.plan.id }, add)));
  // Last: the whole-territory verdict recompute leaves a large heap behind, which would otherwise
  // inflate the memory figures of the steps after it.
  await attempt('rollup', async () => (await rollupSteps(c, prep.indicators)).forEach(add));
  return {
    startedAt,
    engine: handle.engine,
    size: options.size,
    mode: options.reuse ? 'reuse' : 'fresh',
    seed: options.seed,
    root: { code: c.root.code, name: c.root.name },
    machine: { cpus: cpus().length, loadAvgAtStart, loadAvgAtEnd: loadavg().map((x) => Math.round(x * 100) / 100), node: process.version },
    preparation: {
      registry: prep.registry,
      indicatorValues: prep.indicators.rows,
      reportingUnits: prep.indicators.units,
      registryLoadMs: prep.loadMs.registry,
      indicatorLoadMs: prep.loadMs.indicators,
    },
    steps,
    errors,
  };
};
