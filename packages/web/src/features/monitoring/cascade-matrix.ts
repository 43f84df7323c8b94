import type { CascadeAdoption, CascadeMatrix, CascadeRow } from './monitoring.api';

// The cross-plan matrix as table data (pure): one column per local plan, the adoptions of each
// national indicator in it, and the filter "only rows where a local target is weaker".

const LEVEL_ORDER = ['national', 'provincial', 'prefecture', 'county'];

export type PlanColumn = CascadeMatrix['plans'][number];

/** Local plans (not the national one), higher levels first, then by seed id. */
export const localPlanColumns = (plans: readonly PlanColumn[]): PlanColumn[] =>
  plans
    .filter((p) => p.level !== 'national')
    .sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.seedId.localeCompare(b.seedId));

/** The indicators of one plan that adopt the row's national indicator (one plan may adopt it twice). */
export const adoptionsOf = (row: Pick<CascadeRow, 'adoptions'>, seedId: string): CascadeAdoption[] =>
  row.adoptions.filter((a) => a.seedId === seedId);

export const filterCascadeRows = (rows: readonly CascadeRow[], onlyWeaker: boolean): CascadeRow[] =>
  onlyWeaker ? rows.filter((r) => r.weakerCount > 0) : [...rows];

export const cascadeTotals = (rows: readonly CascadeRow[], seedIds: readonly string[]) => ({
  rows: rows.length,
  adoptions: rows.reduce((n, r) => n + r.adoptions.filter((a) => seedIds.includes(a.seedId)).length, 0),
  weaker: rows.reduce((n, r) => n + r.adoptions.filter((a) => seedIds.includes(a.seedId) && a.isWeakerThanNational).length, 0),
});

/** 「2025年：≥55」 lines of a target list (only the year when several targets are printed). */
export const targetLines = (targets: readonly { year: number; printed: string }[]): string[] =>
  targets.length <= 1 ? targets.map((t) => t.printed) : targets.map((t) => `${t.year}年：${t.printed}`);
