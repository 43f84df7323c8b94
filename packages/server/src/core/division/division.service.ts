import {
  AppError,
  DIVISION_LEVELS,
  type DivisionLevel,
  type TDivisionChangeRequest,
  type TDivisionDetail,
  type TDivisionSearchQuery,
} from '@mz/shared';
import { inTransaction, type Database, type Trx } from '../../db/database';
import { recordAudit } from '../../platform/audit/audit';
import type { CallContext } from '../../platform/http/context';
import { rebuildClosure } from './division.loader';
import * as repo from './division.repository';

// Use cases of the division core: browse within scope, history, and effective-dated changes.

export const listRoots = (db: Database, ctx: CallContext) => repo.findRoots(db, ctx.scope);

export const listChildren = async (db: Database, ctx: CallContext, parentId: number) => {
  await requireDivision(db, ctx, parentId);
  return repo.findChildren(db, parentId, ctx.scope);
};

export const searchDivisions = (db: Database, ctx: CallContext, query: TDivisionSearchQuery) =>
  repo.searchDivisions(db, query, ctx.scope).then((r) => ({ ...r, page: query.page, pageSize: query.pageSize }));

export const requireDivision = async (db: Database, ctx: CallContext, id: number) => {
  const division = await repo.findDivision(db, id, ctx.scope);
  if (!division) throw new AppError('NOT_FOUND', '行政区划不存在或不在您的管辖范围内');
  return division;
};

export const getDivisionDetail = async (db: Database, ctx: CallContext, id: number): Promise<TDivisionDetail> => {
  const division = await requireDivision(db, ctx, id);
  const [ancestors, children, versions, changes] = await Promise.all([
    repo.findAncestors(db, id),
    repo.findChildren(db, id, ctx.scope),
    repo.findVersions(db, id),
    repo.findChanges(db, id),
  ]);
  return {
    id: division.id,
    code: division.code,
    name: division.name,
    level: division.level as DivisionLevel,
    parentId: division.parent_id,
    hasChildren: children.length > 0,
    validFrom: division.valid_from,
    validTo: division.valid_to,
    ancestors,
    children,
    versions,
    changes: changes.map((c) => ({ ...c, kind: c.kind as TDivisionDetail['changes'][number]['kind'] })),
  };
};

export const getSubtreeAsOf = async (db: Database, ctx: CallContext, id: number, date: string) => {
  await requireDivision(db, ctx, id);
  return repo.findSubtreeAsOf(db, id, date);
};

const levelIndex = (level: string) => DIVISION_LEVELS.indexOf(level as DivisionLevel);

/** Rename, recode, re-parent or merge, effective from a date; history kept, closure rebuilt, audited. */
export const applyDivisionChange = (db: Database, ctx: CallContext, request: TDivisionChangeRequest) =>
  inTransaction(db, async (trx) => {
    const audit: Parameters<typeof recordAudit>[2] = [];
    let from: number[] = [];
    let to: number[] = [];
    switch (request.kind) {
      case 'rename':
      case 'recode': {
        const division = await requireInScope(trx, ctx, request.divisionId);
        const change = request.kind === 'rename' ? { name: request.name } : { code: request.code };
        if (request.kind === 'recode' && (await repo.findDivisionByCode(trx, request.code))) {
          throw new AppError('CONFLICT', `区划代码 ${request.code} 已被使用`);
        }
        const { before, after } = await repo.writeNewVersion(trx, division.id, request.effectiveOn, change);
        audit.push({
          action: request.kind === 'rename' ? 'DIVISION_RENAMED' : 'DIVISION_RECODED',
          entity: 'division',
          entityId: division.id,
          divisionId: division.id,
          before,
          after,
        });
        from = [division.id];
        to = [division.id];
        break;
      }
      case 'reparent': {
        const division = await requireInScope(trx, ctx, request.divisionId);
        const parent = await requireInScope(trx, ctx, request.parentId);
        if (levelIndex(parent.level) !== levelIndex(division.level) - 1) {
          throw new AppError('VALIDATION_FAILED', `新的上级区划层级不对：${parent.name} 不能直接管辖 ${division.name}`);
        }
        if (await repo.isDescendant(trx, division.id, parent.id)) throw new AppError('VALIDATION_FAILED', '不能把区划划入它自己的下级');
        const { before, after } = await repo.writeNewVersion(trx, division.id, request.effectiveOn, { parentId: parent.id });
        audit.push({ action: 'DIVISION_REPARENTED', entity: 'division', entityId: division.id, divisionId: parent.id, before, after });
        from = [division.id];
        to = [parent.id];
        break;
      }
      case 'merge': {
        const into = await requireInScope(trx, ctx, request.intoDivisionId);
        for (const fromId of request.fromDivisionIds) {
          if (fromId === into.id) throw new AppError('VALIDATION_FAILED', '不能把区划并入它自己');
          const merged = await requireInScope(trx, ctx, fromId);
          if (merged.level !== into.level) throw new AppError('VALIDATION_FAILED', `只能合并同级区划：${merged.name} 与 ${into.name}`);
          for (const childId of await repo.findCurrentChildIds(trx, fromId)) {
            await repo.writeNewVersion(trx, childId, request.effectiveOn, { parentId: into.id });
          }
          await repo.endDivision(trx, fromId, request.effectiveOn);
          audit.push({
            action: 'DIVISION_MERGED',
            entity: 'division',
            entityId: fromId,
            divisionId: into.id,
            before: merged,
            after: { mergedInto: into.id },
          });
        }
        from = request.fromDivisionIds;
        to = [into.id];
        break;
      }
    }
    await rebuildClosure(trx);
    const change = await repo.insertChange(trx, {
      kind: request.kind,
      effectiveOn: request.effectiveOn,
      from,
      to,
      note: request.note ?? null,
      createdBy: ctx.actor.userId,
    });
    await recordAudit(trx, ctx.audit, audit);
    return { changeId: change.id };
  });

const requireInScope = async (trx: Trx, ctx: CallContext, id: number) => {
  const division = await repo.findDivision(trx, id, ctx.scope);
  if (!division || division.valid_to !== null) throw new AppError('NOT_FOUND', '行政区划不存在或不在您的管辖范围内');
  return division;
};
