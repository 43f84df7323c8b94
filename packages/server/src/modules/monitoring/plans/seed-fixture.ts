import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { SEED_DESCRIPTORS } from './seed-plans';

// Test helpers: where the seed texts are, and the texts themselves.

/** The shared seed folder the copies were taken from: `shared/` beside the repository clone. */
export const SHARED_SEED_DIR = fileURLToPath(new URL('../../../../../../../shared/seeds/', import.meta.url));

/** The copies kept with the server package. */
export const PACKAGE_SEED_DIR = fileURLToPath(new URL('../../../../seeds/plans/', import.meta.url));

/** ../shared/seeds beside the clone when present, else packages/server/seeds/plans. */
export function resolveSeedDir(): string {
  return existsSync(SHARED_SEED_DIR) ? SHARED_SEED_DIR : PACKAGE_SEED_DIR;
}

export async function readSeedTexts(seedDir: string): Promise<Map<string, string>> {
  const entries = await Promise.all(
    SEED_DESCRIPTORS.map(async (descriptor) => {
      const text = await readFile(join(seedDir, descriptor.fileName), 'utf8');
      return [descriptor.seedId, text] as const;
    }),
  );
  return new Map(entries);
}
