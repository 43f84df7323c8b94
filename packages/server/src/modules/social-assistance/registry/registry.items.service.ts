import { AppError, maskCitizenId, type TIncomeItemInput, type TObligorInput, type TPropertyItemInput } from '@mz/shared';
import { inTransaction } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import * as repo from './registry.repository';
import { requireHousehold } from './registry.service';

// Obligors (赡养/抚养/扶养义务人 who are not members), income items and property items of a household.

const liveMemberIds = async (trx: Parameters<typeof repo.findMembers>[0], householdId: number) =>
  new Set((await repo.findMembers(trx, householdId)).map((m) => m.id));

const requireMember = (members: Set<number>, id: number, path: string) => {
  if (!members.has(id)) {
    throw new AppError('VALIDATION_FAILED', '该人员不是本家庭的现有成员', [
      { path, code: 'NOT_A_MEMBER', message: '该人员不是本家庭的现有成员' },
    ]);
  }
};

export const addObligor = (deps: SocialAssistanceDeps, ctx: CallContext, householdId: number, input: TObligorInput) =>
  inTransaction(deps.db, async (trx) => {
    const household = await requireHousehold(trx, ctx, householdId, { active: true });
    if (input.supportsMemberId) requireMember(await liveMemberIds(trx, householdId), input.supportsMemberId, 'supportsMemberId');
    const row = await trx
      .insertInto('household_obligor')
      .values({
        province_code: household.province_code,
        household_id: householdId,
        division_id: household.division_id,
        supports_member_id: input.supportsMemberId ?? null,
        name: input.name,
        citizen_id: input.citizenId ?? null,
        relation: input.relation,
        birth_date: input.birthDate,
        address: input.address ?? null,
        deceased: input.deceased,
        annual_income_fen: input.annualIncomeFen,
        monthly_support_fen: input.monthlySupportFen,
        financial_assets_fen: input.financialAssetsFen,
        is_extreme_poverty: input.isExtremePoverty,
        is_dibao: input.isDibao,
        disability_category: input.disability?.category ?? null,
        disability_grade: input.disability?.grade ?? null,
        no_civil_capacity: input.noCivilCapacity,
        declared_missing: input.declaredMissing,
        imprisoned: input.imprisoned,
        provincial_incapacity_case: input.provincialIncapacityCase ?? null,
        valid_to: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: 'HOUSEHOLD_OBLIGOR_ADDED',
      entity: 'household_obligor',
      entityId: row.id,
      divisionId: household.division_id,
      after: { ...row, citizen_id: row.citizen_id ? maskCitizenId(row.citizen_id) : null },
    });
    return { id: row.id };
  });

export const removeObligor = (deps: SocialAssistanceDeps, ctx: CallContext, householdId: number, obligorId: number) =>
  inTransaction(deps.db, async (trx) => {
    const household = await requireHousehold(trx, ctx, householdId, { active: true });
    const row = await trx
      .updateTable('household_obligor')
      .set({ valid_to: todayOf(deps) })
      .where('id', '=', obligorId)
      .where('household_id', '=', householdId)
      .where('valid_to', 'is', null)
      .returning(['id', 'name', 'relation'])
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', '义务人记录不存在');
    await recordAudit(trx, ctx.audit, {
      action: 'HOUSEHOLD_OBLIGOR_ENDED',
      entity: 'household_obligor',
      entityId: obligorId,
      divisionId: household.division_id,
      before: row,
    });
    return { id: obligorId };
  });

export const addIncomeItems = (deps: SocialAssistanceDeps, ctx: CallContext, householdId: number, items: TIncomeItemInput[]) =>
  inTransaction(deps.db, async (trx) => {
    const household = await requireHousehold(trx, ctx, householdId, { active: true });
    const members = await liveMemberIds(trx, householdId);
    items.forEach((item, i) => requireMember(members, item.memberId, `items.${i}.memberId`));
    const rows = await trx
      .insertInto('income_item')
      .values(
        items.map((item) => ({
          province_code: household.province_code,
          household_id: householdId,
          division_id: household.division_id,
          member_id: item.memberId,
          kind: item.kind,
          month: item.month,
          amount_fen: item.amountFen,
          withheld_fen: item.withheldFen,
          payer: item.payer ?? null,
          note: item.note ?? null,
          created_by: ctx.actor.userId,
        })),
      )
      .returningAll()
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: 'INCOME_ITEMS_ADDED',
      entity: 'household',
      entityId: householdId,
      divisionId: household.division_id,
      after: rows,
    });
    return { ids: rows.map((r) => r.id) };
  });

export const removeIncomeItem = (deps: SocialAssistanceDeps, ctx: CallContext, householdId: number, itemId: number) =>
  inTransaction(deps.db, async (trx) => {
    const household = await requireHousehold(trx, ctx, householdId, { active: true });
    const row = await trx
      .deleteFrom('income_item')
      .where('id', '=', itemId)
      .where('household_id', '=', householdId)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', '收入记录不存在');
    await recordAudit(trx, ctx.audit, {
      action: 'INCOME_ITEM_REMOVED',
      entity: 'income_item',
      entityId: itemId,
      divisionId: household.division_id,
      before: row,
    });
    return { id: itemId };
  });

export const addPropertyItem = (deps: SocialAssistanceDeps, ctx: CallContext, householdId: number, input: TPropertyItemInput) =>
  inTransaction(deps.db, async (trx) => {
    const household = await requireHousehold(trx, ctx, householdId, { active: true });
    requireMember(await liveMemberIds(trx, householdId), input.ownerMemberId, 'ownerMemberId');
    const row = await trx
      .insertInto('property_item')
      .values({
        province_code: household.province_code,
        household_id: householdId,
        division_id: household.division_id,
        owner_member_id: input.ownerMemberId,
        kind: input.kind,
        vehicle_kind: input.kind === 'vehicle' ? input.vehicleKind : null,
        value_fen: 'valueFen' in input ? input.valueFen : null,
        floor_area_m2: input.kind === 'house' ? input.floorAreaM2 : null,
        employs_others: input.kind === 'business' ? input.employsOthers : null,
        exemption_reason: input.exemptionReason ?? null,
        description: input.description ?? null,
        created_by: ctx.actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: 'PROPERTY_ITEM_ADDED',
      entity: 'property_item',
      entityId: row.id,
      divisionId: household.division_id,
      after: row,
    });
    return { id: row.id };
  });

export const removePropertyItem = (deps: SocialAssistanceDeps, ctx: CallContext, householdId: number, itemId: number) =>
  inTransaction(deps.db, async (trx) => {
    const household = await requireHousehold(trx, ctx, householdId, { active: true });
    const row = await trx
      .deleteFrom('property_item')
      .where('id', '=', itemId)
      .where('household_id', '=', householdId)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', '财产记录不存在');
    await recordAudit(trx, ctx.audit, {
      action: 'PROPERTY_ITEM_REMOVED',
      entity: 'property_item',
      entityId: itemId,
      divisionId: household.division_id,
      before: row,
    });
    return { id: itemId };
  });
