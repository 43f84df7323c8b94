import {
  AppError,
  maskCitizenId,
  validateCitizenId,
  type THouseholdCreate,
  type THouseholdSearchQuery,
  type THouseholdSummary,
  type THouseholdUpdate,
  type TMemberUpdate,
} from '@mz/shared';
import { inTransaction, type Database } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { isUniqueViolation, provinceOf, todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import { assertNotInOtherHousehold } from './registry.duplicates';
import { auditMember, maskCitizenIdsDeep, memberAttributes, newMemberRow, toMemberView } from './registry.mapping';
import * as repo from './registry.repository';

// Household registry use cases: create and edit households with their members, search, detail, and
// the audited read of unmasked ID numbers.

const HOUSEHOLD_LEVELS = ['township', 'village'];

/** The household in the caller's scope, or 404 (a household outside it is indistinguishable from none). */
export const requireHousehold = async (db: Database, ctx: CallContext, id: number, options: { active?: boolean } = {}) => {
  const household = await repo.findHousehold(db, id, ctx.scope);
  if (!household) throw new AppError('NOT_FOUND', '家庭不存在或不在您的管辖范围内');
  if (options.active && household.status !== 'active') throw new AppError('INVALID_STATE', '该家庭已注销，不能修改');
  return household;
};

export const requireHouseholdDivision = async (db: Database, ctx: CallContext, divisionId: number) => {
  const division = await repo.findHouseholdDivision(db, divisionId, ctx.scope);
  if (!division) throw new AppError('NOT_FOUND', '行政区划不存在或不在您的管辖范围内');
  if (!HOUSEHOLD_LEVELS.includes(division.level)) {
    throw new AppError('VALIDATION_FAILED', '家庭应登记在村（社区）或乡镇（街道）', [
      { path: 'divisionId', code: 'DIVISION_LEVEL', message: '请选择村（社区）或乡镇（街道）' },
    ]);
  }
  return division;
};

/** 公民身份号码 with a birth date after today is rejected here (zod has no clock). */
export const assertBirthDatesNotFuture = (members: { citizenId: string }[], today: string, pathOf: (i: number) => string) => {
  const details = members.flatMap((m, i) => {
    const result = validateCitizenId(m.citizenId, today);
    return result.ok ? [] : [{ path: pathOf(i), code: result.code, message: result.message }];
  });
  if (details.length > 0) throw new AppError('INVALID_CITIZEN_ID', details[0]?.message, details);
};

const duplicateGuard = async <T>(fn: () => Promise<T>): Promise<T> => {
  try {
    return await fn();
  } catch (error) {
    if (isUniqueViolation(error, 'household_member_live_citizen_key')) {
      throw new AppError('SOCIAL_ASSISTANCE_DUPLICATE_PERSON', '该人员刚被登记到其他家庭，请刷新后核实');
    }
    throw error;
  }
};

export const createHousehold = (deps: SocialAssistanceDeps, ctx: CallContext, input: THouseholdCreate) => {
  const today = todayOf(deps);
  assertBirthDatesNotFuture(input.members, today, (i) => `members.${i}.citizenId`);
  return duplicateGuard(() =>
    inTransaction(deps.db, async (trx) => {
      const division = await requireHouseholdDivision(trx, ctx, input.divisionId);
      const ids = input.members.map((m) => m.citizenId);
      await assertNotInOtherHousehold(trx, ctx.actor, ids, { path: (id) => `members.${ids.indexOf(id)}.citizenId` });
      const household = await repo.insertHousehold(trx, {
        province_code: provinceOf(division.code),
        division_id: division.id,
        area_type: input.areaType,
        address: input.address,
        hukou_address: input.hukouAddress ?? null,
        residence_address: input.residenceAddress ?? null,
        residence_permit: input.residencePermit,
        separate_registration: input.separateRegistration,
        phone: input.phone ?? null,
        head_member_id: null,
        closed_reason: null,
        closed_on: null,
        source_key: null,
        import_batch_id: null,
        created_by: ctx.actor.userId,
      });
      const members = await repo.insertMembers(
        trx,
        input.members.map((m) => newMemberRow(m, household, today)),
      );
      const head = members.find((m) => m.relation === 'self');
      const saved = await repo.bumpHousehold(trx, household.id, { head_member_id: head?.id ?? null });
      await recordAudit(trx, ctx.audit, {
        action: 'HOUSEHOLD_CREATED',
        entity: 'household',
        entityId: household.id,
        divisionId: division.id,
        after: { household: { ...saved, phone: saved.phone ? '***' : null }, members: members.map(auditMember) },
      });
      return { id: household.id, version: saved.version };
    }),
  );
};

export const updateHousehold = (deps: SocialAssistanceDeps, ctx: CallContext, id: number, input: THouseholdUpdate) =>
  inTransaction(deps.db, async (trx) => {
    const before = await requireHousehold(trx, ctx, id, { active: true });
    const { version, ...fields } = input;
    const patch = Object.fromEntries(
      Object.entries({
        area_type: fields.areaType,
        address: fields.address,
        hukou_address: fields.hukouAddress,
        residence_address: fields.residenceAddress,
        residence_permit: fields.residencePermit,
        separate_registration: fields.separateRegistration,
        phone: fields.phone,
      }).filter(([, v]) => v !== undefined),
    );
    const after = await repo.updateHousehold(trx, id, version, patch);
    if (!after) throw new AppError('SOCIAL_ASSISTANCE_VERSION_CONFLICT');
    await recordAudit(trx, ctx.audit, {
      action: 'HOUSEHOLD_UPDATED',
      entity: 'household',
      entityId: id,
      divisionId: before.division_id,
      before: pick(before, Object.keys(patch)),
      after: patch,
    });
    return { id, version: after.version };
  });

export const updateMember = (deps: SocialAssistanceDeps, ctx: CallContext, householdId: number, memberId: number, input: TMemberUpdate) =>
  inTransaction(deps.db, async (trx) => {
    const household = await requireHousehold(trx, ctx, householdId, { active: true });
    const before = (await repo.findMembers(trx, householdId)).find((m) => m.id === memberId);
    if (!before) throw new AppError('NOT_FOUND', '家庭成员不存在');
    const patch = memberAttributes(input);
    const after = await repo.updateMember(trx, householdId, memberId, patch);
    await repo.bumpHousehold(trx, householdId);
    await recordAudit(trx, ctx.audit, {
      action: 'HOUSEHOLD_MEMBER_UPDATED',
      entity: 'household_member',
      entityId: memberId,
      divisionId: household.division_id,
      before: { ...pick(before, Object.keys(patch)), citizenId: maskCitizenId(before.citizen_id) },
      after: patch,
    });
    return { id: after?.id ?? memberId };
  });

export const searchHouseholds = async (deps: SocialAssistanceDeps, ctx: CallContext, query: THouseholdSearchQuery) => {
  const { items, total, totalCapped } = await repo.searchHouseholds(deps.db, query, ctx.scope);
  const summaries: THouseholdSummary[] = items.map((r) => ({
    id: r.id,
    divisionId: r.division_id,
    divisionName: r.division_name,
    areaType: r.area_type,
    address: r.address,
    status: r.status,
    headName: r.head_name,
    headCitizenIdMasked: r.head_citizen_id ? maskCitizenId(r.head_citizen_id) : null,
    memberCount: Number(r.member_count),
    programmes: r.programmes ?? [],
  }));
  return { items: summaries, total, totalCapped, page: query.page, pageSize: query.pageSize };
};

export const getHouseholdDetail = async (deps: SocialAssistanceDeps, ctx: CallContext, id: number) => {
  const household = await requireHousehold(deps.db, ctx, id);
  const { members, obligors, income, property, changes, recipients, applications } = await repo.findHouseholdDetailParts(deps.db, id);
  return {
    id: household.id,
    version: household.version,
    divisionId: household.division_id,
    divisionName: household.division_name,
    divisionCode: household.division_code,
    areaType: household.area_type,
    address: household.address,
    hukouAddress: household.hukou_address,
    residenceAddress: household.residence_address,
    residencePermit: household.residence_permit,
    separateRegistration: household.separate_registration,
    phone: household.phone,
    status: household.status,
    closedReason: household.closed_reason,
    headMemberId: household.head_member_id,
    members: members.filter((m) => m.valid_to === null).map((m) => toMemberView(m, false)),
    formerMembers: members.filter((m) => m.valid_to !== null).map((m) => toMemberView(m, false)),
    obligors: obligors.map((o) => ({ ...o, citizen_id: o.citizen_id ? maskCitizenId(o.citizen_id) : null })),
    incomeItems: income,
    propertyItems: property,
    changes: changes.map((c) => ({ ...c, payload: maskCitizenIdsDeep(c.payload) })),
    recipients,
    applications,
  };
};

/** Unmasked ID numbers of a household's members and obligors; every read is audited (PERSONAL_DATA_READ). */
export const readPersonalData = (deps: SocialAssistanceDeps, ctx: CallContext, id: number) =>
  inTransaction(deps.db, async (trx) => {
    const household = await requireHousehold(trx, ctx, id);
    const members = await repo.findMembers(trx, id, { includeEnded: true });
    const obligors = await repo.findObligors(trx, id);
    await recordAudit(trx, ctx.audit, {
      action: 'PERSONAL_DATA_READ',
      entity: 'household',
      entityId: id,
      divisionId: household.division_id,
      after: {
        fields: ['citizenId'],
        memberIds: members.map((m) => m.id),
        obligorIds: obligors.filter((o) => o.citizen_id).map((o) => o.id),
      },
    });
    return {
      householdId: id,
      members: members.map((m) => ({ id: m.id, name: m.name, citizenId: m.citizen_id, validTo: m.valid_to })),
      obligors: obligors.map((o) => ({ id: o.id, name: o.name, citizenId: o.citizen_id })),
    };
  });

const pick = (row: object, keys: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => keys.includes(k)));
