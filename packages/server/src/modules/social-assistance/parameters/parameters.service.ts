import { AppError, type TCountySetting, type TParameterCreate, type TParameterValues, type TParameterVersion } from '@mz/shared';
import { inTransaction, type Database } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { withinScope } from '../../../platform/scope/scope';
import { addDays, type IsoDate } from '../rules/calendar-date';
import type { SocialAssistanceParameters } from '../rules/parameters';
import { json, provinceOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import * as repo from './parameters.repository';

// Parameter registry (rules doc §8): versions per county (or prefecture / province) and period.
// A new version from a date closes the version it overlaps and re-computes the affected monthly
// amounts from that date on, in set-based SQL.

const PARAMETER_LEVELS = ['province', 'prefecture', 'county'];

const toVersion = (row: Awaited<ReturnType<typeof repo.listVersions>>[number]): TParameterVersion => ({
  id: row.id,
  divisionId: row.division_id,
  divisionCode: row.division_code,
  divisionName: row.division_name,
  validFrom: row.valid_from,
  validTo: row.valid_to,
  note: row.note,
  values: row.params as TParameterValues,
  createdAt: new Date(row.created_at).toISOString(),
});

/** The rules' parameter set in force for a division on a date, or SOCIAL_ASSISTANCE_NO_PARAMETERS. */
export const parametersFor = async (
  db: Database,
  divisionId: number,
  date: IsoDate,
): Promise<{ id: number; params: SocialAssistanceParameters }> => {
  const row = await repo.resolveVersion(db, divisionId, date);
  if (!row) throw new AppError('SOCIAL_ASSISTANCE_NO_PARAMETERS', `该地区在${date}没有生效的社会救助标准参数，请县级民政部门先维护参数`);
  return {
    id: row.id,
    params: {
      ...(row.params as TParameterValues),
      id: String(row.id),
      countyCode: row.division_code,
      effectiveFrom: row.valid_from,
      effectiveTo: row.valid_to,
    },
  };
};

export const listParameters = async (deps: SocialAssistanceDeps, ctx: CallContext, divisionId?: number) =>
  (await repo.listVersions(deps.db, ctx.scope, divisionId)).map(toVersion);

export const resolveParameters = async (deps: SocialAssistanceDeps, ctx: CallContext, divisionId: number, date: IsoDate) => {
  const division = await deps.db
    .selectFrom('division as d')
    .select('d.id')
    .where('d.id', '=', divisionId)
    .where((eb) => repo.relevantToScope(eb.ref('d.id'), ctx.scope))
    .executeTakeFirst();
  if (!division) throw new AppError('NOT_FOUND', '行政区划不存在或不在您的管辖范围内');
  const row = await repo.resolveVersion(deps.db, divisionId, date);
  return row ? toVersion(row) : null;
};

/** First day of the first month that starts on or after `date`: monthly amounts change from there. */
export const firstFullMonth = (date: IsoDate): IsoDate => {
  if (date.endsWith('-01')) return date;
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};
const monthOf = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-01`;

export const createParameterVersion = (deps: SocialAssistanceDeps, ctx: CallContext, input: TParameterCreate) =>
  inTransaction(deps.db, async (trx) => {
    const division = await trx
      .selectFrom('division as d')
      .select(['d.id', 'd.code', 'd.name', 'd.level'])
      .where('d.id', '=', input.divisionId)
      .where('d.valid_to', 'is', null)
      .where((eb) => withinScope(eb.ref('d.id'), ctx.scope))
      .executeTakeFirst();
    if (!division) throw new AppError('NOT_FOUND', '行政区划不存在或不在您的管辖范围内');
    if (!PARAMETER_LEVELS.includes(division.level)) {
      throw new AppError('VALIDATION_FAILED', '救助标准参数只能按县级及以上行政区划设置', [
        { path: 'divisionId', code: 'DIVISION_LEVEL', message: '请选择县级及以上行政区划' },
      ]);
    }
    const versions = await repo.versionsAt(trx, division.id);
    if (versions.some((v) => v.valid_from === input.validFrom)) {
      throw new AppError('CONFLICT', `${division.name}已有自${input.validFrom}起生效的参数版本`);
    }
    const covering = versions.find((v) => v.valid_from < input.validFrom && (v.valid_to === null || v.valid_to >= input.validFrom));
    const later = versions.find((v) => v.valid_from > input.validFrom);
    const validTo = later ? addDays(later.valid_from, -1) : null;
    if (covering) {
      await trx
        .updateTable('assistance_parameter')
        .set({ valid_to: addDays(input.validFrom, -1) })
        .where('id', '=', covering.id)
        .execute();
    }
    const row = await trx
      .insertInto('assistance_parameter')
      .values({
        province_code: provinceOf(division.code),
        division_id: division.id,
        valid_from: input.validFrom,
        valid_to: validTo,
        params: json(input.values),
        note: input.note ?? null,
        created_by: ctx.actor.userId,
      })
      .returning(['id', 'valid_from', 'valid_to'])
      .executeTakeFirstOrThrow();
    const fromMonth = firstFullMonth(input.validFrom);
    const lastMonth = validTo === null ? null : monthOf(validTo);
    const recomputed =
      lastMonth !== null && lastMonth < fromMonth ? 0 : await repo.recomputeAmounts(trx, division.id, fromMonth, lastMonth);
    await recordAudit(trx, ctx.audit, [
      ...(covering
        ? [
            {
              action: 'ASSISTANCE_PARAMETERS_CLOSED' as const,
              entity: 'assistance_parameter',
              entityId: covering.id,
              divisionId: division.id,
              before: { validTo: covering.valid_to },
              after: { validTo: addDays(input.validFrom, -1) },
            },
          ]
        : []),
      {
        action: 'ASSISTANCE_PARAMETERS_CREATED' as const,
        entity: 'assistance_parameter',
        entityId: row.id,
        divisionId: division.id,
        after: {
          validFrom: row.valid_from,
          validTo: row.valid_to,
          values: input.values,
          recomputedFromMonth: fromMonth,
          recomputedPeriods: recomputed,
        },
      },
    ]);
    return { id: row.id, validFrom: row.valid_from, validTo: row.valid_to, recomputedFromMonth: fromMonth, recomputedPeriods: recomputed };
  });

const requireCounty = async (db: Database, ctx: CallContext, divisionId: number, relevant: boolean) => {
  const division = await db
    .selectFrom('division as d')
    .select(['d.id', 'd.code', 'd.level', 'd.name'])
    .where('d.id', '=', divisionId)
    .where((eb) => (relevant ? repo.relevantToScope(eb.ref('d.id'), ctx.scope) : withinScope(eb.ref('d.id'), ctx.scope)))
    .executeTakeFirst();
  if (!division) throw new AppError('NOT_FOUND', '行政区划不存在或不在您的管辖范围内');
  if (division.level !== 'county') throw new AppError('VALIDATION_FAILED', '该设置按县级行政区划维护');
  return division;
};

const DEFAULT_SETTING: TCountySetting = { delegateApproval: false, dueSoonWorkingDays: 2 };

export const getCountySetting = async (
  deps: SocialAssistanceDeps,
  ctx: CallContext,
  divisionId: number,
): Promise<TCountySetting & { divisionId: number }> => {
  await requireCounty(deps.db, ctx, divisionId, true);
  const row = await repo.getCountySetting(deps.db, divisionId);
  return {
    divisionId,
    ...(row ? { delegateApproval: row.delegate_approval, dueSoonWorkingDays: row.due_soon_working_days } : DEFAULT_SETTING),
  };
};

/** Setting in force for a household's division (nearest county ancestor), defaults otherwise. */
export const countySettingFor = async (db: Database, divisionId: number): Promise<TCountySetting> => {
  const row = await repo.resolveCountySetting(db, divisionId);
  return row ? { delegateApproval: row.delegate_approval, dueSoonWorkingDays: row.due_soon_working_days } : DEFAULT_SETTING;
};

export const putCountySetting = (deps: SocialAssistanceDeps, ctx: CallContext, divisionId: number, input: TCountySetting) =>
  inTransaction(deps.db, async (trx) => {
    const county = await requireCounty(trx, ctx, divisionId, false);
    const before = await repo.getCountySetting(trx, divisionId);
    await trx
      .insertInto('assistance_county_setting')
      .values({
        division_id: divisionId,
        province_code: provinceOf(county.code),
        delegate_approval: input.delegateApproval,
        due_soon_working_days: input.dueSoonWorkingDays,
        updated_by: ctx.actor.userId,
      })
      .onConflict((oc) =>
        oc.column('division_id').doUpdateSet({
          delegate_approval: input.delegateApproval,
          due_soon_working_days: input.dueSoonWorkingDays,
          updated_by: ctx.actor.userId,
          updated_at: new Date(),
        }),
      )
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: 'ASSISTANCE_COUNTY_SETTING_CHANGED',
      entity: 'assistance_county_setting',
      entityId: divisionId,
      divisionId,
      before: before ? { delegateApproval: before.delegate_approval, dueSoonWorkingDays: before.due_soon_working_days } : null,
      after: input,
    });
    return { divisionId, ...input };
  });
