import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { TSeedPlan } from '@mz/shared';

import { parseSeedPlans, SEED_DESCRIPTORS } from './seed-plans';

/** Reads the five seed plan texts from `seedDir` and returns the plan register. */
export async function loadSeedPlans(seedDir: string): Promise<TSeedPlan[]> {
  const entries = await Promise.all(
    SEED_DESCRIPTORS.map(async (descriptor) => {
      const text = await readFile(join(seedDir, descriptor.fileName), 'utf8');
      return [descriptor.fileName, text] as const;
    }),
  );
  return parseSeedPlans(new Map(entries));
}
