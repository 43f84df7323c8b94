import { AppError, type TWarningThresholdsPut, type TWarningTriggerConfig } from '@mz/shared';
import { inTransaction, type Database } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { requireDivisionInScope } from '../operations.common';
import { DEFAULT_WARNING_TRIGGER_CONFIG, type WarningTriggerConfig } from '../social-assistance.rules';
import { json, provinceOf, type SocialAssistanceDeps } from '../social-assistance.deps';

// Warning thresholds per division (rules doc §5.4: no national values, every one local) and the
// working days a township has to act on a warning. The nearest ancestor with a setting wins; without
// any, the rules' suggested defaults and 10 working days apply.

export const DEFAULT_HANDLING_WORKING_DAYS = 10;

// A config accepted by the shared contract is a valid rules config (checked by tsc, nothing runs).
type Assignable<A, B> = [A] extends [B] ? true : false;
export const CONFIG_CONTRACT_MATCHES: Assignable<TWarningTriggerConfig, WarningTriggerConfig> = true;

export type Thresholds = { config: WarningTriggerConfig; handlingWorkingDays: number; divisionId: number | null };

export const thresholdsFrom = (
  row: { config: unknown; handling_working_days: number | null; division_id?: number } | null | undefined,
): Thresholds =>
  row && row.config
    ? {
        config: row.config as WarningTriggerConfig,
        handlingWorkingDays: row.handling_working_days ?? DEFAULT_HANDLING_WORKING_DAYS,
        divisionId: row.division_id ?? null,
      }
    : { config: DEFAULT_WARNING_TRIGGER_CONFIG, handlingWorkingDays: DEFAULT_HANDLING_WORKING_DAYS, divisionId: null };

export const resolveThresholds = async (db: Database, divisionId: number): Promise<Thresholds> =>
  thresholdsFrom(
    await db
      .selectFrom('low_income_threshold as t')
      .innerJoin('division_closure as c', 'c.ancestor_id', 't.division_id')
      .select(['t.config', 't.handling_working_days', 't.division_id'])
      .where('c.descendant_id', '=', divisionId)
      .orderBy('c.depth')
      .limit(1)
      .executeTakeFirst(),
  );

export const getThresholds = async (deps: SocialAssistanceDeps, ctx: CallContext, divisionId: number) => {
  const division = await requireDivisionInScope(deps.db, ctx.scope, divisionId);
  const t = await resolveThresholds(deps.db, division.id);
  return {
    divisionId: division.id,
    inheritedFrom: t.divisionId,
    isDefault: t.divisionId === null,
    config: t.config,
    handlingWorkingDays: t.handlingWorkingDays,
  };
};

export const putThresholds = (deps: SocialAssistanceDeps, ctx: CallContext, divisionId: number, input: TWarningThresholdsPut) =>
  inTransaction(deps.db, async (trx) => {
    const division = await requireDivisionInScope(trx, ctx.scope, divisionId);
    if (!['province', 'prefecture', 'county', 'township'].includes(division.level)) {
      throw new AppError('VALIDATION_FAILED', '预警阈值按乡镇（街道）及以上行政区划设置');
    }
    const before = await resolveThresholds(trx, division.id);
    await trx
      .insertInto('low_income_threshold')
      .values({
        division_id: division.id,
        province_code: provinceOf(division.code),
        config: json(input.config),
        handling_working_days: input.handlingWorkingDays,
        updated_by: ctx.actor.userId,
      })
      .onConflict((oc) =>
        oc.column('division_id').doUpdateSet({
          config: json(input.config),
          handling_working_days: input.handlingWorkingDays,
          updated_by: ctx.actor.userId,
          updated_at: new Date(),
        }),
      )
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: 'LOW_INCOME_THRESHOLDS_SET',
      entity: 'low_income_threshold',
      entityId: division.id,
      divisionId: division.id,
      before: { inheritedFrom: before.divisionId, config: before.config, handlingWorkingDays: before.handlingWorkingDays },
      after: input,
    });
    return { divisionId: division.id, inheritedFrom: division.id, isDefault: false, ...input };
  });
