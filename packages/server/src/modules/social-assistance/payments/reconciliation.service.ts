import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import {
  AppError,
  BANK_FILE_COLUMNS,
  IMPORT_MAX_BYTES,
  type BankFileFormat,
  type PaymentLineStatus,
  type PaymentRollStatus,
  type TFileUpload,
  type TReconciliationSummary,
} from '@mz/shared';
import { inTransaction } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { reject } from '../import/import.service';
import { decodeUpload, readSpreadsheet } from '../import/spreadsheet';
import { todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import { bankCsv, bankRows, matchBankResults, type BankLine } from './bank-file.rules';
import * as repo from './payments.repository';
import { requireRoll } from './payments.service';

// The bank side of a roll: export of the frozen lines (CSV or Excel, audited as a personal-data
// export), import of the bank's result file (all or nothing, per-row errors), arrears for failed and
// returned lines, settlement of paid arrears, and the reconciliation summary.

const toBankLine = (l: repo.LineRow): BankLine => ({
  id: l.id,
  accountName: l.account_name,
  accountNo: l.account_no,
  amountFen: Number(l.amount_fen),
  citizenId: l.citizen_id,
  memo: l.memo,
});

const xlsx = async (lines: BankLine[]) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('发放明细');
  // Every column as text: 18-digit ID numbers and long account numbers must not become numbers.
  sheet.columns = BANK_FILE_COLUMNS.map((header, i) => ({
    header,
    key: header,
    width: [12, 14, 26, 14, 22, 30][i] ?? 14,
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of bankRows(lines)) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

export const exportRoll = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, format: BankFileFormat) =>
  inTransaction(deps.db, async (trx) => {
    const roll = await requireRoll(trx, ctx, id, true);
    if (roll.status === 'draft') throw new AppError('INVALID_STATE', '发放名册审批后才能导出银行文件');
    const digest = await repo.lineDigest(trx, { rollId: roll.id, province: roll.province_code });
    if (digest !== roll.frozen_digest) throw new AppError('CONFLICT', '名册明细与审批冻结时不一致，已停止导出，请联系系统管理员');
    const lines = (await repo.allLines(trx, roll)).map(toBankLine);
    const content = format === 'csv' ? Buffer.from(bankCsv(lines), 'utf8') : await xlsx(lines);
    const status: PaymentRollStatus = roll.status === 'approved' ? 'exported' : (roll.status as PaymentRollStatus);
    await trx
      .updateTable('payment_roll')
      .set({ status, exported_at: new Date(), exported_by: ctx.actor.userId, export_count: sql`export_count + 1` })
      .where('id', '=', roll.id)
      .where('province_code', '=', roll.province_code)
      .execute();
    const fileName = `${roll.division_name}${roll.month.slice(0, 7)}发放名册.${format}`;
    await recordAudit(trx, ctx.audit, {
      action: 'PAYMENT_ROLL_EXPORTED',
      entity: 'payment_roll',
      entityId: roll.id,
      divisionId: roll.division_id,
      before: { status: roll.status },
      after: {
        status,
        format,
        fileName,
        lines: lines.length,
        totalFen: Number(roll.total_fen),
        sha256: createHash('sha256').update(content).digest('hex'),
      },
    });
    return { fileName, format, content };
  });

/** Import the bank's result file: every row matched and valid, or nothing changes (422 with rows). */
export const importBankResults = async (deps: SocialAssistanceDeps, ctx: CallContext, id: number, upload: TFileUpload) => {
  const buffer = decodeUpload(upload.contentBase64, IMPORT_MAX_BYTES);
  const sheet = await readSpreadsheet(upload.fileName, buffer);
  const today = todayOf(deps);
  return inTransaction(deps.db, async (trx) => {
    const roll = await requireRoll(trx, ctx, id, true);
    if (roll.status !== 'exported' && roll.status !== 'reconciled') {
      throw new AppError('INVALID_STATE', '发放名册导出银行文件后才能导入银行回盘结果');
    }
    const lines = await trx
      .selectFrom('payment_line')
      .select(['id', 'account_no', 'amount_fen', 'status'])
      .where('roll_id', '=', roll.id)
      .where('province_code', '=', roll.province_code)
      .execute();
    const { updates, errors } = matchBankResults(
      sheet,
      lines.map((l) => ({ id: l.id, accountNo: l.account_no, amountFen: Number(l.amount_fen), status: l.status as PaymentLineStatus })),
    );
    if (errors.length > 0) reject(errors, '银行回盘文件');
    const ids = updates.map((u) => u.lineId);
    // One statement for every result row.
    await sql`
      update payment_line l set status = t.status, result_note = t.note, result_on = ${today}::date
      from unnest(${ids}::bigint[], ${updates.map((u) => u.status)}::text[], ${updates.map((u) => u.note)}::text[]) as t(id, status, note)
      where l.id = t.id and l.roll_id = ${roll.id} and l.province_code = ${roll.province_code}`.execute(trx);
    // 补发: every failed or returned regular line owes the household its money (once per line).
    const created = await sql`
      insert into payment_arrears (province_code, county_id, division_id, household_id, recipient_id, programme, source_roll_id, source_line_id,
                                   source_month, service_month, amount_fen, reason)
      select l.province_code, ${roll.division_id}, l.division_id, l.household_id, l.recipient_id, l.programme, l.roll_id, l.id,
             ${roll.month}::date, l.service_month, l.amount_fen,
             case l.status when 'failed' then '发放失败' else '资金退回' end || coalesce('：' || l.result_note, '')
      from payment_line l
      where l.id = any(${ids}::bigint[]) and l.province_code = ${roll.province_code} and l.kind = 'regular' and l.status in ('failed', 'returned')
      on conflict (source_line_id, province_code) do nothing`.execute(trx);
    // Arrears paid by this roll are settled; a paid arrears line that comes back returned reopens its arrears.
    await sql`
      update payment_arrears a set
        status = case when l.status = 'paid' then 'settled' else 'open' end,
        settled_line_id = case when l.status = 'paid' then l.id else null end,
        settled_roll_id = case when l.status = 'paid' then l.roll_id else null end
      from payment_line l
      where l.id = any(${ids}::bigint[]) and l.province_code = ${roll.province_code} and l.kind = 'arrears'
        and a.id = l.arrears_id and a.province_code = l.province_code`.execute(trx);
    const pending = await trx
      .selectFrom('payment_line')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('roll_id', '=', roll.id)
      .where('province_code', '=', roll.province_code)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    const reconciled = Number(pending.n) === 0;
    if (reconciled && roll.status !== 'reconciled') {
      await trx
        .updateTable('payment_roll')
        .set({ status: 'reconciled', reconciled_at: new Date() })
        .where('id', '=', roll.id)
        .where('province_code', '=', roll.province_code)
        .execute();
    }
    const counts = { paid: 0, failed: 0, returned: 0 };
    for (const u of updates) counts[u.status] += 1;
    await recordAudit(trx, ctx.audit, {
      action: 'PAYMENT_RESULTS_IMPORTED',
      entity: 'payment_roll',
      entityId: roll.id,
      divisionId: roll.division_id,
      before: { status: roll.status },
      after: {
        fileName: upload.fileName,
        sha256: createHash('sha256').update(buffer).digest('hex'),
        rows: updates.length,
        ...counts,
        arrearsCreated: Number(created.numAffectedRows ?? 0),
        pending: Number(pending.n),
        reconciled,
      },
    });
    return {
      rollId: roll.id,
      rows: updates.length,
      ...counts,
      arrearsCreated: Number(created.numAffectedRows ?? 0),
      pending: Number(pending.n),
      status: reconciled ? 'reconciled' : roll.status,
    };
  });
};

export const reconciliationSummary = async (deps: SocialAssistanceDeps, ctx: CallContext, id: number): Promise<TReconciliationSummary> => {
  const roll = await requireRoll(deps.db, ctx, id);
  const lines = deps.db.selectFrom('payment_line').where('roll_id', '=', roll.id).where('province_code', '=', roll.province_code);
  const [byStatus, byProgramme, created, settled] = await Promise.all([
    lines
      .select(['status', sql<number>`count(*)`.as('lines'), sql<number>`coalesce(sum(amount_fen), 0)`.as('amount')])
      .groupBy('status')
      .execute(),
    lines
      .select([
        'programme',
        sql<number>`count(*)`.as('lines'),
        sql<number>`coalesce(sum(amount_fen), 0)`.as('amount'),
        sql<number>`coalesce(sum(amount_fen) filter (where status = 'paid'), 0)`.as('paid'),
      ])
      .groupBy('programme')
      .orderBy('programme')
      .execute(),
    deps.db
      .selectFrom('payment_arrears')
      .select([sql<number>`count(*)`.as('n'), sql<number>`coalesce(sum(amount_fen), 0)`.as('amount')])
      .where('source_roll_id', '=', roll.id)
      .where('province_code', '=', roll.province_code)
      .executeTakeFirstOrThrow(),
    deps.db
      .selectFrom('payment_arrears')
      .select([sql<number>`count(*)`.as('n'), sql<number>`coalesce(sum(amount_fen), 0)`.as('amount')])
      .where('settled_roll_id', '=', roll.id)
      .where('province_code', '=', roll.province_code)
      .executeTakeFirstOrThrow(),
  ]);
  const statuses: PaymentLineStatus[] = ['pending', 'paid', 'failed', 'returned'];
  const status = statuses.map((s) => {
    const row = byStatus.find((r) => r.status === s);
    return { status: s, lines: Number(row?.lines ?? 0), amountFen: Number(row?.amount ?? 0) };
  });
  return {
    rollId: roll.id,
    status: roll.status as PaymentRollStatus,
    byStatus: status,
    byProgramme: byProgramme.map((r) => ({
      programme: r.programme,
      lines: Number(r.lines),
      amountFen: Number(r.amount),
      paidFen: Number(r.paid),
    })),
    arrearsCreated: { count: Number(created.n), amountFen: Number(created.amount) },
    arrearsSettled: { count: Number(settled.n), amountFen: Number(settled.amount) },
    balanced: status.reduce((sum, s) => sum + s.amountFen, 0) === Number(roll.total_fen),
  };
};
