import type { TIndicatorTarget, ValueKind } from '@mz/shared';

// Plausible demo values (clearly marked source 'demo'): for every numeric indicator of a plan and
// every reporting unit, 2021–2024 values that move from the plan's baseline towards its target at a
// unit-specific speed (some units ahead, some lagging), with a little noise. Deterministic: a seeded
// PRNG per indicator × unit, so every start produces the same numbers.

export const DEMO_YEARS = [2021, 2022, 2023, 2024] as const;
export const DEMO_SEED = 'mz-demo-2025';

/** mulberry32 over a 32-bit FNV-1a hash of the key. */
export const seededRandom = (key: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let state = h;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export type DemoIndicator = {
  id: number;
  code: string;
  name: string;
  unit: string | null;
  valueKind: ValueKind;
  ratioFactor: number | null;
  unitScale: number;
  baselineValue: number | null;
  target: TIndicatorTarget;
};

/** A reporting unit; `weight` is its share of a count total in county equivalents. */
export type DemoUnit = { divisionId: number; code: string; weight: number };

export type DemoRow = {
  province_code: string;
  plan_indicator_id: number;
  division_id: number;
  year: number;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  weight: number | null;
  denominator_weight: number | null;
  reference_value: number | null;
};

const targetNumber = (t: TIndicatorTarget): number | null =>
  t.kind === 'gte' ||
  t.kind === 'gt' ||
  t.kind === 'eq' ||
  t.kind === 'lte' ||
  t.kind === 'lt' ||
  t.kind === 'at_least' ||
  t.kind === 'cumulative'
    ? t.value
    : null;

const between = (r: () => number, min: number, max: number) => min + (max - min) * r();
const int = (r: () => number, min: number, max: number) => Math.round(between(r, min, max));

/** Denominator size of a ratio: population, beds, households or a few dozen units (townships, facilities). */
const denominatorSize = (indicator: DemoIndicator, r: () => number) => {
  const n = indicator.name;
  if (/人口|人才|志愿者|居民人口|总人口/u.test(n)) return int(r, 150_000, 900_000);
  if (/每万名/u.test(n)) return int(r, 80_000, 500_000);
  if (/每千名/u.test(n)) return int(r, 20_000, 90_000);
  if (/每百户/u.test(n)) return int(r, 20_000, 90_000);
  if (/床位/u.test(n)) return int(r, 400, 3_000);
  if (/受助人员|特困人员|残疾人/u.test(n)) return int(r, 120, 900);
  return int(r, 8, 40);
};

const provinceCode = (code: string) => (/^0+$/.test(code) ? '00' : code.slice(0, 2));

/** Demo rows of one indicator for the given units (empty for qualitative and range targets). */
export const demoRows = (indicator: DemoIndicator, units: DemoUnit[], totalWeight: number): DemoRow[] => {
  const target = indicator.target;
  const isGrowth = target.kind === 'relative_growth';
  const T = targetNumber(target);
  if (!isGrowth && (T === null || indicator.valueKind === 'qualitative')) return [];
  const isPercent = indicator.unit === '%' || indicator.unit === '‰';
  const bound = indicator.ratioFactor ?? 100;
  const B = indicator.baselineValue ?? (T === null ? 0 : isPercent && T >= 100 ? 62 : T * 0.6);
  const rows: DemoRow[] = [];
  for (const unit of units) {
    const r = seededRandom(`${DEMO_SEED}:${indicator.code}:${unit.code}`);
    // About one unit in six is slow (lagging); the others are on track or ahead of schedule.
    const speed = r() < 0.16 ? between(r, 0.3, 0.75) : between(r, 0.95, 1.3);
    const offset = between(r, -0.04, 0.06);
    const den0 = denominatorSize(indicator, r);
    const urban0 = /消费支出/u.test(indicator.name) ? int(r, 2_500, 3_500) : int(r, 620, 800);
    const growth = between(r, 0.03, 0.09);
    const consumption0 = int(r, 18_000, 30_000);
    const consumptionGrowth = between(r, 0.03, 0.07);
    const recipients = int(r, 1_500, 15_000);
    for (const year of DEMO_YEARS) {
      const t = year - 2020;
      const noise = between(r, -0.03, 0.03);
      const share =
        T === null
          ? 0
          : B === T
            ? T - Math.abs(noise) * 40 * (speed < 0.6 ? 1 : 0.1)
            : B + (T - B) * (Math.min(1.15, (speed * t) / 5) + offset + noise);
      const base = { province_code: provinceCode(unit.code), plan_indicator_id: indicator.id, division_id: unit.divisionId, year };
      const empty = { numerator: null, denominator: null, value: null, weight: null, denominator_weight: null, reference_value: null };
      if (isGrowth) {
        rows.push({
          ...base,
          ...empty,
          numerator: Math.round(urban0 * (1 + growth) ** t),
          weight: recipients,
          reference_value: Math.round(consumption0 * (1 + consumptionGrowth) ** t),
        });
      } else if (indicator.valueKind === 'level') {
        const ratio = Math.max(0.2, share / bound);
        const urban = Math.round(urban0 * (1 + growth) ** t);
        rows.push({
          ...base,
          ...empty,
          numerator: Math.round(urban * ratio),
          weight: recipients,
          denominator: urban,
          denominator_weight: int(r, 800, 6_000),
        });
      } else if (indicator.valueKind === 'ratio') {
        const den = Math.round(den0 * (1 + 0.01 * t));
        const clamped = Math.max(0, isPercent ? Math.min(share, bound) : share);
        rows.push({
          ...base,
          ...empty,
          numerator: Math.min(isPercent ? den : Infinity, Math.round((den * clamped) / bound)),
          denominator: den,
        });
      } else {
        const total = (T === null ? 0 : share) * indicator.unitScale;
        rows.push({ ...base, ...empty, value: Math.max(0, Math.round((total * unit.weight * between(r, 0.8, 1.2)) / totalWeight)) });
      }
    }
  }
  return rows;
};
