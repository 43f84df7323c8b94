import { DIVISION_LEVELS, type DivisionLevel, type TDivisionChangeRequest, type TDivisionDetail } from '@mz/shared';
import { zhCN } from '../../i18n/zh-CN';

const t = zhCN.division;

/** Version start: null means "in force since before the source data begins". */
export const formatValidFrom = (validFrom: string | null): string => validFrom ?? t.beforeSource;
export const formatValidTo = (validTo: string | null): string => validTo ?? zhCN.common.untilNow;

/** Name for an id from what the page already knows, else 「编号 123」. */
export const divisionName = (names: ReadonlyMap<number, string>, id: number | null): string =>
  id === null ? t.noParent : (names.get(id) ?? zhCN.common.idNumber(id));

/** Every id→name a detail response carries (itself, ancestors, children). */
export const namesFromDetail = (detail: Pick<TDivisionDetail, 'id' | 'name' | 'ancestors' | 'children'>): Map<number, string> =>
  new Map([detail, ...detail.ancestors, ...detail.children].map((d) => [d.id, d.name]));

/** Ids mentioned by versions and change records that the detail response does not name. */
export const unnamedDivisionIds = (
  detail: Pick<TDivisionDetail, 'id' | 'name' | 'ancestors' | 'children' | 'versions' | 'changes'>,
): number[] => {
  const known = namesFromDetail(detail);
  const mentioned = [
    ...detail.versions.map((v) => v.parentId),
    ...detail.changes.flatMap((c) => [...c.fromDivisionIds, ...c.toDivisionIds]),
  ].filter((id): id is number => id !== null);
  return [...new Set(mentioned)].filter((id) => !known.has(id));
};

/** One line for a change record: who changed, and where to for re-parenting and merging. */
export const describeChangeRecord = (
  change: Pick<TDivisionDetail['changes'][number], 'kind' | 'fromDivisionIds' | 'toDivisionIds'>,
  names: ReadonlyMap<number, string>,
): string => {
  const list = (ids: readonly number[]) => ids.map((id) => divisionName(names, id)).join('、');
  switch (change.kind) {
    case 'reparent':
      return t.changeReparent(list(change.fromDivisionIds), list(change.toDivisionIds));
    case 'merge':
      return t.changeMerge(list(change.fromDivisionIds), list(change.toDivisionIds));
    default:
      return list(change.fromDivisionIds.length > 0 ? change.fromDivisionIds : change.toDivisionIds);
  }
};

/** The level directly above (a new parent must sit there). */
export const parentLevelOf = (level: DivisionLevel): DivisionLevel | undefined => DIVISION_LEVELS[DIVISION_LEVELS.indexOf(level) - 1];

export type DivisionChangeForm =
  | { kind: 'rename'; name: string; effectiveOn: string; note?: string | undefined }
  | { kind: 'recode'; code: string; effectiveOn: string; note?: string | undefined }
  | { kind: 'reparent'; parentId: number; effectiveOn: string; note?: string | undefined }
  | { kind: 'merge'; intoDivisionId: number; effectiveOn: string; note?: string | undefined };

/** The POST /api/divisions/changes body for a change to one division (merge: this one into another). */
export const buildDivisionChangeRequest = (divisionId: number, form: DivisionChangeForm): TDivisionChangeRequest => {
  const note = form.note?.trim() ? { note: form.note.trim() } : {};
  switch (form.kind) {
    case 'rename':
      return { kind: 'rename', divisionId, name: form.name.trim(), effectiveOn: form.effectiveOn, ...note };
    case 'recode':
      return { kind: 'recode', divisionId, code: form.code.trim(), effectiveOn: form.effectiveOn, ...note };
    case 'reparent':
      return { kind: 'reparent', divisionId, parentId: form.parentId, effectiveOn: form.effectiveOn, ...note };
    case 'merge':
      return { kind: 'merge', fromDivisionIds: [divisionId], intoDivisionId: form.intoDivisionId, effectiveOn: form.effectiveOn, ...note };
  }
};

/** One sentence for the confirmation dialog. */
export const describeDivisionChange = (request: TDivisionChangeRequest, names: ReadonlyMap<number, string>): string => {
  const c = zhCN.divisionChange;
  switch (request.kind) {
    case 'rename':
      return c.describeRename(divisionName(names, request.divisionId), request.name, request.effectiveOn);
    case 'recode':
      return c.describeRecode(divisionName(names, request.divisionId), request.code, request.effectiveOn);
    case 'reparent':
      return c.describeReparent(divisionName(names, request.divisionId), divisionName(names, request.parentId), request.effectiveOn);
    case 'merge':
      return c.describeMerge(
        request.fromDivisionIds.map((id) => divisionName(names, id)).join('、'),
        divisionName(names, request.intoDivisionId),
        request.effectiveOn,
      );
  }
};

/** `?division=123` → 123; anything else → null. */
export const parseDivisionParam = (value: string | null): number | null => {
  if (!value || !/^\d{1,15}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 ? id : null;
};

/** A path with the current scope kept in `?division=` (so menu and links do not lose it). */
export const withDivisionParam = (path: string, divisionId: number | null): string => {
  if (divisionId === null) return path;
  const [pathname = path, search = ''] = path.split('?');
  const params = new URLSearchParams(search);
  params.set('division', String(divisionId));
  return `${pathname}?${params.toString()}`;
};
