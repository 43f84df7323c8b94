import { createRng } from './prng';

// Indicator values for the national roll-up: every reporting unit (county, or a prefecture without
// counties) × every indicator of a plan × every year of the plan period (2020 baseline to 2025).
// Each unit moves from the baseline towards the target at its own speed (about one in six lags),
// with noise; ratios carry numerator and denominator, counts a value, levels a recipient-weighted
// level, qualitative indicators 0/1. Deterministic per (seed, indicator, unit).

export const INDICATOR_YEARS = [2020, 2021, 2022, 2023, 2024, 2025] as const;

export type GenIndicator = {
  id: number;
  valueKind: string;
  ratioFactor: number | null;
  unit: string | null;
  unitScale: number;
  baselineValue: number | null;
  targetValue: number | null;
};
export type GenUnit = { divisionId: number; code: string };
export type IndicatorValueRow = {
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

const provinceOf = (code: string) => (/^0+$/.test(code) ? '00' : code.slice(0, 2));

export function* indicatorValues(seed: string, indicator: GenIndicator, units: readonly GenUnit[]): Generator<IndicatorValueRow> {
  const T = indicator.targetValue ?? (indicator.baselineValue === null ? 100 : indicator.baselineValue * 1.2);
  const B = indicator.baselineValue ?? T * 0.7;
  const percent = indicator.unit === '%' || indicator.unit === '‰';
  const factor = indicator.ratioFactor ?? 100;
  for (const unit of units) {
    const rng = createRng(`${seed}:ind:${indicator.id}:${unit.code}`);
    const speed = rng.chance(0.16) ? 0.3 + rng.next() * 0.45 : 0.95 + rng.next() * 0.35;
    const den0 = Math.round(rng.logNormal(indicator.valueKind === 'ratio' && percent ? 40_000 : 60, 0.9)) + 1;
    const level0 = rng.logNormal(700, 0.2);
    const recipients = rng.int(1_500, 15_000);
    const countShare = rng.logNormal(1, 0.4) / 2_900;
    for (const year of INDICATOR_YEARS) {
      const progress = Math.min(1.15, (speed * (year - 2020)) / 5) + (rng.next() - 0.5) * 0.06;
      const level = B + (T - B) * progress;
      const empty = { numerator: null, denominator: null, value: null, weight: null, denominator_weight: null, reference_value: null };
      const base = { ...empty, province_code: provinceOf(unit.code), plan_indicator_id: indicator.id, division_id: unit.divisionId, year };
      if (indicator.valueKind === 'ratio') {
        const den = Math.round(den0 * (1 + 0.01 * (year - 2020)));
        const share = Math.max(0, percent ? Math.min(level, factor) : level);
        yield { ...base, numerator: Math.min(percent ? den : Infinity, Math.round((den * share) / factor)), denominator: den };
      } else if (indicator.valueKind === 'level') {
        const standard = level0 * 1.06 ** (year - 2020);
        yield {
          ...base,
          numerator: Math.round(indicator.ratioFactor === null ? level : standard * Math.max(0.2, level / factor)),
          weight: recipients,
          denominator: Math.round(standard),
          denominator_weight: recipients,
          reference_value: Math.round(standard * 1.04),
        };
      } else if (indicator.valueKind === 'count') {
        yield { ...base, value: Math.max(0, Math.round(level * indicator.unitScale * countShare)) };
      } else {
        yield { ...base, value: rng.chance(Math.min(0.98, 0.5 + progress / 2)) ? 1 : 0 };
      }
    }
  }
}
