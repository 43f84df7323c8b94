import type { Database } from '../../../db/database';
import { socialAssistanceIndicators } from '../../social-assistance/index';

// Computed indicators: a business module feeds plan monitoring with per-division counts computed by
// SQL from its own records (ARCHITECTURE: monitoring reads other modules' indicators, never their
// tables). A value computed this way is stored with source 'computed' and can never be typed in by
// hand. A module plugs in with ONE line in INDICATOR_SOURCES below.
//
// Contract for a module's `<m>.indicators.ts`: export an object keyed by indicator code (a national
// code such as 'N03', applied to every plan indicator linked to it as `same`, or a plan indicator code
// such as 'WS09'), each entry an IndicatorSource (or an array of them):
//
//   export const socialAssistanceIndicators = {
//     N03: { label: '困难残疾人生活补贴覆盖率', compute: (db, period) => sql`…`.execute(db).then((r) => r.rows) },
//   };
//
// `compute` returns one row per division at the lowest level it knows (county or township): counts as
// numerator/denominator (never a pre-computed ratio), `value` for plain counts, `weight` for levels.

export type IndicatorPeriod = {
  year: number;
  /** 0 = the whole year. */
  quarter: number;
  /** Reference date (统计时点): 24:00 of this day, e.g. '2024-12-31'. */
  periodEnd: string;
};

export type IndicatorCount = {
  divisionId: number;
  numerator?: number | null;
  denominator?: number | null;
  value?: number | null;
  weight?: number | null;
  denominatorWeight?: number | null;
  referenceValue?: number | null;
};

export type IndicatorSource = {
  code: string;
  label: string;
  compute: (db: Database, period: IndicatorPeriod) => Promise<IndicatorCount[]>;
};

const isSource = (value: unknown): value is Omit<IndicatorSource, 'code'> & { code?: string } =>
  typeof value === 'object' && value !== null && typeof (value as { compute?: unknown }).compute === 'function';

/** Accepts a module's export (keyed object or array) and keeps the entries that follow the contract. */
export const sourcesFrom = (provided: unknown): IndicatorSource[] => {
  const entries: [string, unknown][] = Array.isArray(provided)
    ? provided.map((s, i) => [String((s as { code?: unknown }).code ?? i), s])
    : typeof provided === 'object' && provided !== null
      ? Object.entries(provided)
      : [];
  return entries.flatMap(([key, value]) =>
    isSource(value)
      ? [{ code: value.code ?? key, label: typeof value.label === 'string' ? value.label : key, compute: value.compute }]
      : [],
  );
};

/** A module's keyed export, checked against the contract at compile time. */
type KeyedSources = Readonly<Record<string, Omit<IndicatorSource, 'code'>>>;

const socialAssistance: KeyedSources = socialAssistanceIndicators; // N02 (→ GX02, WS01), KP04

export const INDICATOR_SOURCES: readonly IndicatorSource[] = [
  ...sourcesFrom(socialAssistance), // 社会救助 (modules/social-assistance/social-assistance.indicators.ts)
];

/** The source computing a plan indicator: by its own code, or by a national code it is `same` as. */
export const sourceFor = (
  indicator: { code: string },
  sameNationalCodes: readonly string[],
  sources: readonly IndicatorSource[] = INDICATOR_SOURCES,
): IndicatorSource | undefined => sources.find((s) => s.code === indicator.code) ?? sources.find((s) => sameNationalCodes.includes(s.code));
