import { AppError, type THouseholdChangeRequest, type TMemberInput } from '@mz/shared';
import { inTransaction, type Trx } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { withinScope } from '../../../platform/scope/scope';
import { assertNotFuture, json, provinceOf, todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import { assertNotInOtherHousehold } from './registry.duplicates';
import { auditMember, newMemberRow, type MemberRow } from './registry.mapping';
import * as repo from './registry.repository';
import { assertBirthDatesNotFuture, requireHousehold, requireHouseholdDivision } from './registry.service';

// Typed change requests (增减成员、变更户主、分户、合户): registered, then applied or rejected.
// Applying never deletes: a member who leaves keeps their row with valid_to; a member who moves to
// another household gets a new row there, so every household's composition on any date is kept.

type Household = repo.HouseholdRow;
const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ path, code: 'INVALID_CHANGE', message }]);

const relationMap = (relations: { memberId: number; relation: string }[]) => new Map(relations.map((r) => [r.memberId, r.relation]));

/** Check a request against the household as it is now; returns what applying it needs. */
const validate = async (trx: Trx, ctx: CallContext, household: Household, request: THouseholdChangeRequest, today: string) => {
  assertNotFuture(request.effectiveOn, today, 'effectiveOn', '变更生效日期');
  const members = await repo.findMembers(trx, household.id);
  const live = new Map(members.map((m) => [m.id, m]));
  const headId = household.head_member_id;
  const requireLive = (id: number, path: string) => {
    const member = live.get(id);
    if (!member) throw invalid(path, '该人员不是本家庭的现有成员');
    return member;
  };
  switch (request.kind) {
    case 'add-member':
      if (request.member.relation === 'self') throw invalid('member.relation', '新增成员不能直接登记为户主，请先增加成员再变更户主');
      assertBirthDatesNotFuture([request.member], today, () => 'member.citizenId');
      await assertNotInOtherHousehold(trx, ctx.actor, [request.member.citizenId], { path: () => 'member.citizenId' });
      if (members.some((m) => m.citizen_id === request.member.citizenId)) throw invalid('member.citizenId', '该人员已是本家庭成员');
      return { members, related: null };
    case 'remove-member':
      requireLive(request.memberId, 'memberId');
      if (request.memberId === headId) throw invalid('memberId', '不能直接减少户主，请先变更户主');
      return { members, related: null };
    case 'change-head':
      requireLive(request.newHeadMemberId, 'newHeadMemberId');
      if (request.newHeadMemberId === headId) throw invalid('newHeadMemberId', '该成员已是户主');
      request.relations.forEach((r, i) => requireLive(r.memberId, `relations.${i}.memberId`));
      return { members, related: null };
    case 'split': {
      request.memberIds.forEach((id, i) => requireLive(id, `memberIds.${i}`));
      if (headId !== null && request.memberIds.includes(headId)) throw invalid('memberIds', '户主不能分出，请先变更户主');
      if (request.memberIds.length >= members.length) throw invalid('memberIds', '分户后原家庭至少应保留一名成员');
      if (!request.memberIds.includes(request.newHeadMemberId)) throw invalid('newHeadMemberId', '新户主应为分出的成员之一');
      if (request.divisionId !== undefined) await requireHouseholdDivision(trx, ctx, request.divisionId);
      return { members, related: null };
    }
    case 'merge': {
      if (request.fromHouseholdId === household.id) throw invalid('fromHouseholdId', '不能与本家庭合户');
      const from = await requireHousehold(trx, ctx, request.fromHouseholdId, { active: true });
      const fromMembers = await repo.findMembers(trx, from.id);
      const ids = new Set(fromMembers.map((m) => m.id));
      request.relations.forEach((r, i) => {
        if (!ids.has(r.memberId)) throw invalid(`relations.${i}.memberId`, '该人员不是被合并家庭的成员');
      });
      return { members, related: { household: from, members: fromMembers } };
    }
  }
};

export const requestChange = (deps: SocialAssistanceDeps, ctx: CallContext, householdId: number, request: THouseholdChangeRequest) =>
  inTransaction(deps.db, async (trx) => {
    const household = await requireHousehold(trx, ctx, householdId, { active: true });
    await validate(trx, ctx, household, request, todayOf(deps));
    const row = await trx
      .insertInto('household_change')
      .values({
        province_code: household.province_code,
        household_id: householdId,
        division_id: household.division_id,
        kind: request.kind,
        payload: json(request),
        reason: request.reason,
        effective_on: request.effectiveOn,
        related_household_id: request.kind === 'merge' ? request.fromHouseholdId : null,
        requested_by: ctx.actor.userId,
      })
      .returning(['id', 'kind', 'status'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: 'HOUSEHOLD_CHANGE_REQUESTED',
      entity: 'household_change',
      entityId: row.id,
      divisionId: household.division_id,
      after: { householdId, kind: row.kind },
    });
    return { id: row.id, status: row.status };
  });

const requirePendingChange = async (trx: Trx, ctx: CallContext, changeId: number) => {
  const change = await trx
    .selectFrom('household_change')
    .selectAll()
    .where('id', '=', changeId)
    .where((eb) => withinScope(eb.ref('division_id'), ctx.scope))
    .executeTakeFirst();
  if (!change) throw new AppError('NOT_FOUND', '变更申请不存在或不在您的管辖范围内');
  if (change.status !== 'pending') throw new AppError('INVALID_STATE', '该变更申请已处理');
  return change;
};

const copyInto = (
  target: { id: number; province_code: string; division_id: number },
  moved: MemberRow[],
  relationOf: (m: MemberRow) => string,
  on: string,
) =>
  moved.map((m) => {
    const {
      id: _id,
      household_id: _h,
      province_code: _p,
      division_id: _d,
      valid_from: _f,
      valid_to: _t,
      end_reason: _e,
      created_at: _c,
      updated_at: _u,
      ...rest
    } = m;
    return {
      ...rest,
      province_code: target.province_code,
      household_id: target.id,
      division_id: target.division_id,
      relation: relationOf(m),
      valid_from: on,
    };
  });

export const applyChange = (deps: SocialAssistanceDeps, ctx: CallContext, changeId: number, note?: string) =>
  inTransaction(deps.db, async (trx) => {
    const change = await requirePendingChange(trx, ctx, changeId);
    const household = await requireHousehold(trx, ctx, change.household_id, { active: true });
    const request = change.payload as THouseholdChangeRequest;
    const { members, related } = await validate(trx, ctx, household, request, todayOf(deps));
    const on = request.effectiveOn;
    const result: Record<string, unknown> = { before: members.map(auditMember) };
    switch (request.kind) {
      case 'add-member': {
        const [row] = await repo.insertMembers(trx, [newMemberRow(request.member as TMemberInput, household, on)]);
        result['added'] = row ? auditMember(row) : null;
        break;
      }
      case 'remove-member':
        result['removed'] = (await repo.endMembers(trx, [request.memberId], on, request.reason)).map(auditMember);
        break;
      case 'change-head': {
        const relations = relationMap(request.relations);
        for (const m of members) {
          const relation =
            m.id === request.newHeadMemberId ? 'self' : (relations.get(m.id) ?? (m.id === household.head_member_id ? 'other' : m.relation));
          if (relation !== m.relation) await repo.updateMember(trx, household.id, m.id, { relation });
        }
        await repo.bumpHousehold(trx, household.id, { head_member_id: request.newHeadMemberId });
        result['newHeadMemberId'] = request.newHeadMemberId;
        break;
      }
      case 'split': {
        const division =
          request.divisionId === undefined
            ? { id: household.division_id, code: household.division_code }
            : await requireHouseholdDivision(trx, ctx, request.divisionId);
        const created = await repo.insertHousehold(trx, {
          province_code: provinceOf(division.code),
          division_id: division.id,
          area_type: household.area_type,
          address: request.address,
          hukou_address: household.hukou_address,
          residence_address: null,
          residence_permit: household.residence_permit,
          separate_registration: household.separate_registration,
          phone: null,
          head_member_id: null,
          closed_reason: null,
          closed_on: null,
          source_key: null,
          import_batch_id: null,
          created_by: ctx.actor.userId,
        });
        const moving = members.filter((m) => request.memberIds.includes(m.id));
        await repo.endMembers(trx, request.memberIds, on, `分户至家庭${created.id}：${request.reason}`);
        const relations = relationMap(request.relations);
        const inserted = await repo.insertMembers(
          trx,
          copyInto(created, moving, (m) => (m.id === request.newHeadMemberId ? 'self' : (relations.get(m.id) ?? 'other')), on),
        );
        const head = inserted.find((m) => m.relation === 'self');
        await repo.bumpHousehold(trx, created.id, { head_member_id: head?.id ?? null });
        result['newHouseholdId'] = created.id;
        result['moved'] = inserted.map(auditMember);
        break;
      }
      case 'merge': {
        if (!related) throw new Error('merge without source household');
        const relations = relationMap(request.relations);
        await repo.endMembers(
          trx,
          related.members.map((m) => m.id),
          on,
          `合户至家庭${household.id}：${request.reason}`,
        );
        const inserted = await repo.insertMembers(
          trx,
          copyInto(household, related.members, (m) => relations.get(m.id) ?? 'other', on),
        );
        await trx
          .updateTable('household')
          .set({
            status: 'closed',
            closed_reason: `合户至家庭${household.id}`,
            closed_on: on,
            head_member_id: null,
            updated_at: new Date(),
          })
          .where('id', '=', related.household.id)
          .execute();
        result['mergedHouseholdId'] = related.household.id;
        result['moved'] = inserted.map(auditMember);
        break;
      }
    }
    await repo.bumpHousehold(trx, household.id);
    await trx
      .updateTable('household_change')
      .set({ status: 'applied', result: json(result), decided_by: ctx.actor.userId, decided_at: new Date(), decision_note: note ?? null })
      .where('id', '=', changeId)
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: 'HOUSEHOLD_CHANGE_APPLIED',
      entity: 'household_change',
      entityId: changeId,
      divisionId: household.division_id,
      before: { status: 'pending' },
      after: { kind: request.kind, ...result },
    });
    return { id: changeId, status: 'applied', result };
  });

export const rejectChange = (deps: SocialAssistanceDeps, ctx: CallContext, changeId: number, note?: string) =>
  inTransaction(deps.db, async (trx) => {
    const change = await requirePendingChange(trx, ctx, changeId);
    await trx
      .updateTable('household_change')
      .set({ status: 'rejected', decided_by: ctx.actor.userId, decided_at: new Date(), decision_note: note ?? null })
      .where('id', '=', changeId)
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: 'HOUSEHOLD_CHANGE_REJECTED',
      entity: 'household_change',
      entityId: changeId,
      divisionId: change.division_id,
      before: { status: 'pending' },
      after: { status: 'rejected', note: note ?? null },
    });
    return { id: changeId, status: 'rejected' };
  });
