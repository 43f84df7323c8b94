import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { PACKAGE_SEED_DIR, SHARED_SEED_DIR } from './seed-fixture';

describe('seed copies', () => {
  it.skipIf(!existsSync(SHARED_SEED_DIR))('packages/server/seeds/plans is byte-identical to shared/seeds beside the clone', async () => {
    const sharedFiles = (await readdir(SHARED_SEED_DIR)).sort();
    const packageFiles = (await readdir(PACKAGE_SEED_DIR)).sort();
    expect(packageFiles).toEqual(sharedFiles);
    for (const fileName of sharedFiles) {
      const [shared, copy] = await Promise.all([readFile(join(SHARED_SEED_DIR, fileName)), readFile(join(PACKAGE_SEED_DIR, fileName))]);
      expect(copy.equals(shared), fileName).toBe(true);
    }
  });
});
