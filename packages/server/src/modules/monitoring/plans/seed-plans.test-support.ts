import type { TCompletionRow, TPlanIndicator, TSeedPlan } from '@mz/shared';
import { beforeAll } from 'vitest';

import { loadSeedPlans } from './load-seed-plans';
import { readSeedTexts, resolveSeedDir } from './seed-fixture';

// Test helpers of the plan register read from the five seed texts (seed-plans.test.ts and the
// seed-00N.register.test.ts files, one per plan): loading, lookups that fail loudly, small readers.

/**
 * Loads the register and the seed texts before the calling file's tests (beforeAll). The lookups
 * throw when the plan or row was not loaded.
 */
export function useSeedRegister() {
  const register = { plans: [] as TSeedPlan[], texts: new Map<string, string>() };

  beforeAll(async () => {
    const seedDir = resolveSeedDir();
    [register.plans, register.texts] = await Promise.all([loadSeedPlans(seedDir), readSeedTexts(seedDir)]);
  });

  function plan(seedId: string): TSeedPlan {
    const found = register.plans.find((candidate) => candidate.seedId === seedId);
    if (found === undefined) {
      throw new Error(`plan ${seedId} not loaded`);
    }
    return found;
  }

  function indicator(code: string): TPlanIndicator {
    const found = register.plans.flatMap((candidate) => candidate.indicators).find((row) => row.code === code);
    if (found === undefined) {
      throw new Error(`indicator ${code} not loaded`);
    }
    return found;
  }

  function completionRow(code: string): TCompletionRow {
    const found = register.plans.flatMap((candidate) => candidate.completionRows).find((row) => row.code === code);
    if (found === undefined) {
      throw new Error(`completion row ${code} not loaded`);
    }
    return found;
  }

  return { register, plan, indicator, completionRow };
}

export function noteKinds(row: { notes: readonly { kind: string }[] }): string[] {
  return row.notes.map((note) => note.kind);
}

export function targetOf(row: TPlanIndicator, year = 2025) {
  return row.targets.find((target) => target.year === year);
}
