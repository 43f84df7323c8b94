import { AppError, type TPaymentAccountPut, type TPaymentSuspensionCreate } from '@mz/shared';
import type { z } from 'zod';
import type { ZPaymentSuspensionLift } from '@mz/shared';
import { inTransaction, type Database } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { withinScope, type Scope } from '../../../platform/scope/scope';
import { findHousehold } from '../registry/registry.repository';
import { maskAccount, monthStart, shiftMonth } from '../operations.common';
import { todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';

// Payee accounts of households (the bank data a roll copies), suspensions of payment (暂停发放,
// with a reason, lifted from a month) and the arrears list.

const requireHousehold = async (db: Database, scope: Scope, id: number) => {
  const household = await findHousehold(db, id, scope);
  if (!household) throw new AppError('NOT_FOUND', '家庭不存在或不在您的管辖范围内');
  return household;
};

const accountView = (a: {
  id: number;
  member_id: number;
  account_name: string;
  account_no: string;
  bank_name: string;
  valid_from: string;
  valid_to: string | null;
}) => ({
  id: a.id,
  memberId: a.member_id,
  accountName: a.account_name,
  accountNo: maskAccount(a.account_no),
  bankName: a.bank_name,
  validFrom: a.valid_from,
  validTo: a.valid_to,
});

export const listAccounts = async (deps: SocialAssistanceDeps, ctx: CallContext, householdId: number) => {
  const household = await requireHousehold(deps.db, ctx.scope, householdId);
  const rows = await deps.db
    .selectFrom('household_payment_account')
    .selectAll()
    .where('household_id', '=', household.id)
    .where('province_code', '=', household.province_code)
    .orderBy('id', 'desc')
    .execute();
  return { householdId: household.id, items: rows.map(accountView) };
};

/** Register (or replace) the account of a member; the previous one ends today, history kept. */
export const putAccount = (deps: SocialAssistanceDeps, ctx: CallContext, householdId: number, input: TPaymentAccountPut) =>
  inTransaction(deps.db, async (trx) => {
    const household = await requireHousehold(trx, ctx.scope, householdId);
    const member = await trx
      .selectFrom('household_member')
      .select(['id', 'name'])
      .where('id', '=', input.memberId)
      .where('household_id', '=', household.id)
      .where('valid_to', 'is', null)
      .executeTakeFirst();
    if (!member) {
      throw new AppError('VALIDATION_FAILED', '账户持有人须为本家庭的现有成员', [
        { path: 'memberId', code: 'NOT_A_MEMBER', message: '不是本家庭的现有成员' },
      ]);
    }
    const today = todayOf(deps);
    const ended = await trx
      .updateTable('household_payment_account')
      .set({ valid_to: today })
      .where('household_id', '=', household.id)
      .where('province_code', '=', household.province_code)
      .where('member_id', '=', member.id)
      .where('valid_to', 'is', null)
      .returning(['id', 'account_no', 'bank_name'])
      .execute();
    const row = await trx
      .insertInto('household_payment_account')
      .values({
        province_code: household.province_code,
        household_id: household.id,
        division_id: household.division_id,
        member_id: member.id,
        account_name: input.accountName,
        account_no: input.accountNo,
        bank_name: input.bankName,
        valid_from: today,
        created_by: ctx.actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: 'PAYMENT_ACCOUNT_SET',
      entity: 'household_payment_account',
      entityId: row.id,
      divisionId: household.division_id,
      before: ended.map((e) => ({ id: e.id, accountNo: maskAccount(e.account_no), bankName: e.bank_name })),
      after: { householdId: household.id, memberId: member.id, accountNo: maskAccount(row.account_no), bankName: row.bank_name },
    });
    return accountView(row);
  });

export const createSuspension = (deps: SocialAssistanceDeps, ctx: CallContext, input: TPaymentSuspensionCreate) =>
  inTransaction(deps.db, async (trx) => {
    const household = await requireHousehold(trx, ctx.scope, input.householdId);
    if (input.recipientId !== undefined) {
      const recipient = await trx
        .selectFrom('assistance_recipient')
        .select('id')
        .where('id', '=', input.recipientId)
        .where('household_id', '=', household.id)
        .executeTakeFirst();
      if (!recipient) {
        throw new AppError('VALIDATION_FAILED', '该救助对象记录不属于此家庭', [
          { path: 'recipientId', code: 'NOT_IN_HOUSEHOLD', message: '不属于此家庭' },
        ]);
      }
    }
    const row = await trx
      .insertInto('payment_suspension')
      .values({
        province_code: household.province_code,
        household_id: household.id,
        division_id: household.division_id,
        recipient_id: input.recipientId ?? null,
        from_month: monthStart(input.fromMonth),
        reason: input.reason,
        created_by: ctx.actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: 'PAYMENT_SUSPENDED',
      entity: 'payment_suspension',
      entityId: row.id,
      divisionId: household.division_id,
      after: { householdId: household.id, recipientId: row.recipient_id, fromMonth: input.fromMonth, reason: input.reason },
    });
    return suspensionView(row);
  });

const suspensionView = (s: {
  id: number;
  household_id: number;
  recipient_id: number | null;
  from_month: string;
  to_month: string | null;
  reason: string;
  lifted_on: string | null;
  lift_reason: string | null;
}) => ({
  id: s.id,
  householdId: s.household_id,
  recipientId: s.recipient_id,
  fromMonth: s.from_month.slice(0, 7),
  toMonth: s.to_month?.slice(0, 7) ?? null,
  reason: s.reason,
  liftedOn: s.lifted_on,
  liftReason: s.lift_reason,
});

/** Payment resumes with `resumeMonth`: the suspension ends with the month before (withheld months are not back-paid). */
export const liftSuspension = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: z.infer<typeof ZPaymentSuspensionLift>) =>
  inTransaction(deps.db, async (trx) => {
    const s = await trx
      .selectFrom('payment_suspension')
      .selectAll()
      .where('id', '=', id)
      .where((eb) => withinScope(eb.ref('division_id'), ctx.scope))
      .forUpdate()
      .executeTakeFirst();
    if (!s) throw new AppError('NOT_FOUND', '暂停发放记录不存在或不在您的管辖范围内');
    if (s.lifted_on !== null) throw new AppError('INVALID_STATE', '该暂停发放已解除');
    const resume = monthStart(input.resumeMonth);
    if (resume < s.from_month) {
      throw new AppError('VALIDATION_FAILED', '恢复发放月份不能早于暂停起始月份', [
        { path: 'resumeMonth', code: 'BEFORE_START', message: '早于暂停起始月份' },
      ]);
    }
    const updated = await trx
      .updateTable('payment_suspension')
      .set({ to_month: shiftMonth(resume, -1), lifted_on: input.on, lifted_by: ctx.actor.userId, lift_reason: input.reason })
      .where('id', '=', s.id)
      .where('province_code', '=', s.province_code)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: 'PAYMENT_SUSPENSION_LIFTED',
      entity: 'payment_suspension',
      entityId: s.id,
      divisionId: s.division_id,
      before: { toMonth: s.to_month },
      after: { toMonth: updated.to_month, resumeMonth: input.resumeMonth, reason: input.reason },
    });
    return suspensionView(updated);
  });

export const listSuspensions = async (
  deps: SocialAssistanceDeps,
  ctx: CallContext,
  filter: { divisionId?: number | undefined; householdId?: number | undefined; active?: 'true' | 'false' | undefined },
) => {
  let q = deps.db
    .selectFrom('payment_suspension as s')
    .selectAll('s')
    .where((eb) => withinScope(eb.ref('s.division_id'), ctx.scope));
  const root = filter.divisionId;
  if (root !== undefined) q = q.where((eb) => withinScope(eb.ref('s.division_id'), { roots: [root] })); // the filter's subtree
  if (filter.householdId !== undefined) q = q.where('s.household_id', '=', filter.householdId);
  if (filter.active === 'true') q = q.where('s.lifted_on', 'is', null);
  if (filter.active === 'false') q = q.where('s.lifted_on', 'is not', null);
  return { items: (await q.orderBy('s.id', 'desc').limit(500).execute()).map(suspensionView) };
};

export const listArrears = async (
  deps: SocialAssistanceDeps,
  ctx: CallContext,
  filter: { divisionId?: number | undefined; status?: 'open' | 'settled' | undefined },
) => {
  let q = deps.db
    .selectFrom('payment_arrears as a')
    .selectAll('a')
    .where((eb) => withinScope(eb.ref('a.division_id'), ctx.scope));
  const root = filter.divisionId;
  if (root !== undefined) q = q.where((eb) => withinScope(eb.ref('a.division_id'), { roots: [root] })); // the filter's subtree
  if (filter.status !== undefined) q = q.where('a.status', '=', filter.status);
  const rows = await q.orderBy('a.id', 'desc').limit(500).execute();
  return {
    items: rows.map((a) => ({
      id: a.id,
      householdId: a.household_id,
      recipientId: a.recipient_id,
      programme: a.programme,
      serviceMonth: a.service_month.slice(0, 7),
      sourceRollId: a.source_roll_id,
      amountFen: Number(a.amount_fen),
      reason: a.reason,
      status: a.status,
      settledRollId: a.settled_roll_id,
    })),
  };
};
