import { AppError, type TLowIncomePopulationQuery } from '@mz/shared';
import type { z } from 'zod';
import type { ZLowIncomeFlagCreate, ZLowIncomeFlagEnd } from '@mz/shared';
import { inTransaction } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { withinScope } from '../../../platform/scope/scope';
import { findHousehold } from '../registry/registry.repository';
import { todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import * as repo from './low-income.repository';

// The monitored low-income population (39号 §二): recipients of 低保, 特困, 低保边缘 and 刚性 in force on
// a date, plus households flagged by staff (防止返贫监测对象, 其他困难人员).

export const listPopulation = async (deps: SocialAssistanceDeps, ctx: CallContext, query: TLowIncomePopulationQuery) => {
  const asOf = query.asOf ?? todayOf(deps);
  const { summary, rows, total } = await repo.population(deps.db, ctx.scope, { ...query, asOf });
  return {
    asOf,
    total,
    summary: summary.map((s) => ({ category: s.category, households: Number(s.households) })),
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((r) => ({
      householdId: r.id,
      divisionId: r.division_id,
      divisionName: r.division_name,
      categories: r.categories,
      members: Number(r.members),
    })),
  };
};

export const createFlag = (deps: SocialAssistanceDeps, ctx: CallContext, input: z.infer<typeof ZLowIncomeFlagCreate>) =>
  inTransaction(deps.db, async (trx) => {
    const household = await findHousehold(trx, input.householdId, ctx.scope);
    if (!household) throw new AppError('NOT_FOUND', '家庭不存在或不在您的管辖范围内');
    const row = await trx
      .insertInto('low_income_flag')
      .values({
        province_code: household.province_code,
        division_id: household.division_id,
        household_id: household.id,
        category: input.category,
        reason: input.reason,
        valid_from: input.validFrom,
        created_by: ctx.actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: 'LOW_INCOME_FLAG_SET',
      entity: 'low_income_flag',
      entityId: row.id,
      divisionId: household.division_id,
      after: input,
    });
    return {
      id: row.id,
      householdId: row.household_id,
      category: row.category,
      reason: row.reason,
      validFrom: row.valid_from,
      validTo: row.valid_to,
    };
  });

export const endFlag = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: z.infer<typeof ZLowIncomeFlagEnd>) =>
  inTransaction(deps.db, async (trx) => {
    const flag = await trx
      .selectFrom('low_income_flag')
      .selectAll()
      .where('id', '=', id)
      .where((eb) => withinScope(eb.ref('division_id'), ctx.scope))
      .executeTakeFirst();
    if (!flag) throw new AppError('NOT_FOUND', '监测标记不存在或不在您的管辖范围内');
    if (flag.valid_to !== null) throw new AppError('INVALID_STATE', '该监测标记已结束');
    if (input.on < flag.valid_from) {
      throw new AppError('VALIDATION_FAILED', '结束日期不能早于开始日期', [{ path: 'on', code: 'BEFORE_START', message: '早于开始日期' }]);
    }
    await trx
      .updateTable('low_income_flag')
      .set({ valid_to: input.on })
      .where('id', '=', flag.id)
      .where('province_code', '=', flag.province_code)
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: 'LOW_INCOME_FLAG_ENDED',
      entity: 'low_income_flag',
      entityId: flag.id,
      divisionId: flag.division_id,
      before: { validTo: null },
      after: { validTo: input.on },
    });
    return { id: flag.id, validTo: input.on };
  });
