import type { TPlanIndicator, TSeedPlan } from '@mz/shared';

import { requireCascadeLink } from './cascade-links';
import { finishIndicator, type IndicatorDraft } from './plan-register.rules';

/** The part of a plan register entry that a seed parser reads from the text. */
export type SeedContent = Omit<TSeedPlan, 'seedId' | 'fileName' | 'level' | 'divisionCode' | 'divisionName' | 'documentKind'>;

export function finishDrafts(drafts: readonly IndicatorDraft[]): TPlanIndicator[] {
  return drafts.map((draft) => finishIndicator(draft, requireCascadeLink(draft.code)));
}

export function twoDigits(position: number): string {
  return String(position).padStart(2, '0');
}
