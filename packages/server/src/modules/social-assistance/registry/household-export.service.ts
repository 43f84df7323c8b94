import type { Readable } from 'node:stream';
import type { THouseholdExportQuery } from '@mz/shared';
import { inTransaction } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import { scopeOf } from '../../../platform/scope/scope';
import type { CallContext } from '../../../platform/http/context';
import type { SocialAssistanceDeps } from '../social-assistance.deps';
import { csvStream, xlsxStream } from './household-export.format';
import { exportPage, type ExportRow } from './household-export.repository';

// 家庭档案导出: every household in the caller's scope matching the list's filters, streamed as CSV or
// .xlsx. 公民身份号码 are masked unless the caller holds personal-data:read over the household's
// division. The export is audited (who, which filters, which format, whether full ID numbers) before
// the first byte leaves; the rows are then read in keyset pages while the file streams.

/** Households per page: one statement each; large enough to amortise it, small enough to keep memory flat. */
export const EXPORT_PAGE_SIZE = 5_000;

export type HouseholdExport = { fileName: string; contentType: string; body: Readable };

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const exportHouseholds = async (
  deps: SocialAssistanceDeps,
  ctx: CallContext,
  query: THouseholdExportQuery,
  options: { pageSize?: number } = {},
): Promise<HouseholdExport> => {
  const { format, ...filter } = query;
  const personalData = scopeOf(ctx.actor, 'personal-data:read');
  await inTransaction(deps.db, (trx) =>
    recordAudit(trx, ctx.audit, {
      action: 'HOUSEHOLDS_EXPORTED',
      entity: 'household',
      after: { format, filter, fullCitizenIds: personalData.roots.length > 0 },
    }),
  );
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  const pages = async function* (): AsyncGenerator<ExportRow[]> {
    let after = 0;
    for (;;) {
      const page = await exportPage(deps.db, filter, ctx.scope, personalData, after, pageSize);
      if (page.length > 0) yield page;
      if (page.length < pageSize) return;
      after = Number(page[page.length - 1]?.id);
    }
  };
  const stamp = deps.now().toISOString().slice(0, 10).replaceAll('-', '');
  return {
    fileName: `家庭档案-${stamp}.${format}`,
    contentType: CONTENT_TYPES[format],
    body: format === 'csv' ? csvStream(pages()) : xlsxStream(pages()),
  };
};
