import { z } from 'zod';

// Building blocks of the monitoring response shapes (*.responses.ts). Not exported by the package.

export const nullableNumber = z.number().nullable();
export const isoDateTime = z.string();

export const ZNote = z.object({ kind: z.string(), printed: z.string().nullable(), message: z.string() });
export const ZPrintedTarget = z.object({ year: z.number(), value: nullableNumber, printed: z.string() });
