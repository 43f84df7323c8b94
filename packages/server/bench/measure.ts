import { readFileSync, writeFileSync } from 'node:fs';

// Wall time, rows per second and peak memory of one bench step. Peak RSS is taken two ways: the
// kernel's high-water mark VmHWM from /proc/self/status (reset before the step by writing 5 to
// /proc/self/clear_refs, where allowed), and the largest process.memoryUsage().rss sampled every
// 25 ms. Both cover the whole process, i.e. Node plus the PGlite WASM heap; a PostgreSQL server's
// memory is in its own processes and not included.

export type StepResult = {
  step: string;
  what: string;
  wallMs: number;
  rows: number;
  rowsPerSec: number;
  /** CPU time of this process during the step (user + system), and its share of the wall time. */
  cpuMs: number;
  cpuShare: number;
  peakRssMb: number;
  vmHwmMb: number | null;
  /** VmHWM was reset before the step (else it is the process peak so far). */
  vmHwmReset: boolean;
  details: Record<string, unknown>;
};

const vmHwmKb = (): number | null => {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
};

const resetHwm = (): boolean => {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
};

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export type StepOutcome = { rows: number; details?: Record<string, unknown> };

export const measure = async (step: string, what: string, run: () => Promise<StepOutcome>): Promise<StepResult> => {
  const reset = resetHwm();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  try {
    const outcome = await run();
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    peak = Math.max(peak, process.memoryUsage().rss);
    const hwm = vmHwmKb();
    const used = process.cpuUsage(cpu);
    const cpuMs = Math.round((used.user + used.system) / 1000);
    return {
      step,
      what,
      wallMs: Math.round(wallMs),
      rows: outcome.rows,
      rowsPerSec: wallMs > 0 ? Math.round((outcome.rows * 1000) / wallMs) : 0,
      cpuMs,
      cpuShare: wallMs > 0 ? Math.round((cpuMs / wallMs) * 100) / 100 : 0,
      peakRssMb: mb(peak),
      vmHwmMb: hwm === null ? null : Math.round(hwm / 102.4) / 10,
      vmHwmReset: reset,
      details: outcome.details ?? {},
    };
  } finally {
    clearInterval(timer);
  }
};

/** Wall time of a preparation phase (generation, loading), reported but not a benchmark figure. */
export const timed = async <T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = process.hrtime.bigint();
  const value = await run();
  return { value, ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6) };
};
