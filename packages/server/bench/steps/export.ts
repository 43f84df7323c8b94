import { createWriteStream, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { HouseholdExportFormat } from '@mz/shared';
import { exportHouseholds } from '../../src/modules/social-assistance/registry/household-export.service';
import { measure, type StepResult } from '../measure';
import type { BenchContext } from '../setup';

// Step (d): export of every household in scope through the platform's use case (家庭档案导出, the
// same code as GET /api/assistance/households/export): keyset pages, one set-based statement each,
// streamed to a file with back-pressure. ID numbers as the bench user sees them (it holds
// personal-data:read, so full numbers — the heavier case).

/** Export every household in the bench user's scope to `path`; returns rows and bytes. */
export const exportHouseholdsFile = async (context: BenchContext, path: string, format: HouseholdExportFormat = 'csv') => {
  const file = await exportHouseholds(context.deps, context.ctx('assistance:read'), { format });
  let lines = 0;
  const count = new Transform({
    transform(chunk: Buffer | string, _encoding, done) {
      const text = chunk.toString();
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
      done(null, chunk);
    },
  });
  await pipeline(file.body, count, createWriteStream(path));
  // CSV: one line per household after the header (addresses hold no line breaks in the bench data).
  return { rows: format === 'csv' ? lines - 1 : null, bytes: statSync(path).size };
};

export const exportStep = async (context: BenchContext): Promise<StepResult> => {
  const path = join(tmpdir(), `mz-bench-export-${process.pid}-${Date.now()}.csv`);
  try {
    return await measure(
      'export',
      'all households in scope to CSV through the export use case (keyset pages of 5,000, streamed to a file)',
      async () => {
        const result = await exportHouseholdsFile(context, path);
        return { rows: result.rows ?? 0, details: { bytes: result.bytes } };
      },
    );
  } finally {
    rmSync(path, { force: true });
  }
};
