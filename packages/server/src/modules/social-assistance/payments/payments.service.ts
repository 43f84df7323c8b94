import {
  AppError,
  maskCitizenId,
  type TPaymentLineListQuery,
  type TPaymentRollGenerate,
  type TPaymentRollView,
  type PaymentRollStatus,
} from '@mz/shared';
import { inTransaction } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { iso, maskAccount, monthStart, requireCountyInScope, shiftMonth } from '../operations.common';
import { provinceOf, todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import * as repo from './payments.repository';

// Monthly payment roll per county (rules doc §3.1: paid monthly to the family's account, 57号 Art. 25).
// draft: generated set-based, re-generated at will (same inputs → identical lines and digest);
// approved: frozen — lines are final, later edits of households do not reach it; exported: the bank
// file was produced; reconciled: the bank's results cover every line.

export const toRollView = (r: repo.RollRow): TPaymentRollView => ({
  id: r.id,
  divisionId: r.division_id,
  divisionName: r.division_name,
  month: r.month.slice(0, 7),
  status: r.status as PaymentRollStatus,
  lineCount: r.line_count,
  totalFen: Number(r.total_fen),
  arrearsLineCount: r.arrears_line_count,
  arrearsFen: Number(r.arrears_fen),
  suspendedCount: r.suspended_count,
  missingAccountCount: r.missing_account_count,
  digest: r.digest,
  frozenDigest: r.frozen_digest,
  generationCount: r.generation_count,
  generatedAt: iso(r.generated_at),
  approvedAt: iso(r.approved_at),
  exportedAt: iso(r.exported_at),
  reconciledAt: iso(r.reconciled_at),
});

export const requireRoll = async (db: Parameters<typeof repo.findRoll>[0], ctx: CallContext, id: number, lock = false) => {
  const roll = await repo.findRoll(db, id, ctx.scope, { lock });
  if (!roll) throw new AppError('NOT_FOUND', '发放名册不存在或不在您的管辖范围内');
  return roll;
};

/** Generate (or re-generate) the draft roll of a county for a month: four set-based statements. */
export const generateRoll = (deps: SocialAssistanceDeps, ctx: CallContext, input: TPaymentRollGenerate) =>
  inTransaction(deps.db, async (trx) => {
    const county = await requireCountyInScope(trx, ctx.scope, input.divisionId);
    const month = monthStart(input.month);
    const latest = shiftMonth(todayOf(deps), 1);
    if (month > latest) {
      throw new AppError('VALIDATION_FAILED', `只能生成${latest.slice(0, 7)}及以前月份的发放名册`, [
        { path: 'month', code: 'MONTH_TOO_LATE', message: '月份过晚' },
      ]);
    }
    const province = provinceOf(county.code);
    const roll = await repo.lockOrCreateRoll(trx, county.id, province, month);
    if (roll.status !== 'draft') {
      throw new AppError('SOCIAL_ASSISTANCE_ROLL_FROZEN', `${county.name}${input.month}发放名册已审批，不能重新生成`);
    }
    const g = { rollId: roll.id, province, countyId: county.id, month };
    const started = Date.now();
    await repo.deleteLines(trx, g);
    const regular = await repo.insertRegularLines(trx, g);
    const arrears = await repo.insertArrearsLines(trx, g);
    await repo.updateTotals(trx, g, ctx.actor.userId);
    const updated = await requireRoll(trx, ctx, roll.id);
    await recordAudit(trx, ctx.audit, {
      action: 'PAYMENT_ROLL_GENERATED',
      entity: 'payment_roll',
      entityId: roll.id,
      divisionId: county.id,
      before: { generationCount: roll.generation_count, digest: roll.digest, lineCount: roll.line_count, totalFen: Number(roll.total_fen) },
      after: {
        month: input.month,
        regularLines: regular,
        arrearsLines: arrears,
        totalFen: Number(updated.total_fen),
        digest: updated.digest,
      },
    });
    return { ...toRollView(updated), elapsedMs: Date.now() - started };
  });

export const getRoll = async (deps: SocialAssistanceDeps, ctx: CallContext, id: number) => toRollView(await requireRoll(deps.db, ctx, id));

export const listRolls = async (
  deps: SocialAssistanceDeps,
  ctx: CallContext,
  filter: { divisionId?: number | undefined; month?: string | undefined; status?: string | undefined },
) => ({
  items: (
    await repo.listRolls(deps.db, ctx.scope, { ...filter, month: filter.month === undefined ? undefined : monthStart(filter.month) })
  ).map(toRollView),
});

/** Lines of a roll, accounts and ID numbers masked (the bank file is the audited way to see them). */
export const listLines = async (deps: SocialAssistanceDeps, ctx: CallContext, id: number, query: TPaymentLineListQuery) => {
  const roll = await requireRoll(deps.db, ctx, id);
  const [count, rows] = await repo.listLines(deps.db, roll, query);
  return {
    total: Number(count.n),
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((l) => ({
      id: l.id,
      divisionId: l.division_id,
      divisionName: l.division_name,
      householdId: l.household_id,
      recipientId: l.recipient_id,
      programme: l.programme,
      kind: l.kind,
      serviceMonth: l.service_month.slice(0, 7),
      accountName: l.account_name,
      accountNo: maskAccount(l.account_no),
      bankName: l.bank_name,
      citizenId: l.citizen_id === null ? null : maskCitizenId(l.citizen_id),
      amountFen: Number(l.amount_fen),
      gradualExit: l.gradual_exit,
      memo: l.memo,
      status: l.status,
      resultNote: l.result_note,
      resultOn: l.result_on,
    })),
  };
};

/** Approve: the roll is frozen with the digest of its lines; missing accounts or stale arrears refuse it. */
export const approveRoll = (deps: SocialAssistanceDeps, ctx: CallContext, id: number) =>
  inTransaction(deps.db, async (trx) => {
    const roll = await requireRoll(trx, ctx, id, true);
    if (roll.status !== 'draft') throw new AppError('SOCIAL_ASSISTANCE_ROLL_FROZEN');
    if (roll.line_count === 0) throw new AppError('INVALID_STATE', '发放名册没有明细，不能审批');
    const key = { id: roll.id, province_code: roll.province_code };
    const missing = await trx
      .selectFrom('payment_line')
      .select(['household_id'])
      .distinct()
      .where('roll_id', '=', roll.id)
      .where('province_code', '=', roll.province_code)
      .where('account_no', 'is', null)
      .orderBy('household_id')
      .limit(50)
      .execute();
    if (missing.length > 0) {
      throw new AppError(
        'SOCIAL_ASSISTANCE_PAYMENT_ACCOUNT_MISSING',
        `${roll.missing_account_count}条明细没有发放账户（家庭编号${missing.map((m) => m.household_id).join('、')}${roll.missing_account_count > missing.length ? ' 等' : ''}），请登记账户或暂停发放后重新生成`,
        missing.map((m) => ({
          path: `household.${m.household_id}`,
          code: 'ACCOUNT_MISSING',
          message: `家庭${m.household_id}未登记发放账户`,
        })),
      );
    }
    const stale = await repo.arrearsInFlightElsewhere(trx, key);
    if (stale.length > 0) throw new AppError('INVALID_STATE', `有${stale.length}笔补发已列入其他已审批的名册，请重新生成本名册`);
    const digest = await repo.lineDigest(trx, { rollId: roll.id, province: roll.province_code });
    if (digest !== roll.digest) throw new AppError('CONFLICT', '名册明细与生成时不一致，请重新生成后再审批');
    await trx
      .updateTable('payment_roll')
      .set({ status: 'approved', frozen_digest: digest, approved_at: new Date(), approved_by: ctx.actor.userId })
      .where('id', '=', roll.id)
      .where('province_code', '=', roll.province_code)
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: 'PAYMENT_ROLL_APPROVED',
      entity: 'payment_roll',
      entityId: roll.id,
      divisionId: roll.division_id,
      before: { status: roll.status },
      after: {
        status: 'approved',
        month: roll.month.slice(0, 7),
        lineCount: roll.line_count,
        totalFen: Number(roll.total_fen),
        frozenDigest: digest,
      },
    });
    return toRollView(await requireRoll(trx, ctx, id));
  });
