import { describe, expect, it } from 'vitest';
import { EXAMPLE_PARAMETERS, fen } from '../social-assistance.fixtures';
import { deriveExtremePovertyStandards, incomePeriodBeforeApplication, resolveAmountLimit, selectParameters } from './parameters';

describe('parameters', () => {
  it('derives the §7.0 特困 standards: 1.3 × 710 = 923; 2,100 / 4, / 6, / 10 = 525, 350, 210', () => {
    expect(EXAMPLE_PARAMETERS.extremePoverty.basicLivingStandardFen.urban).toBe(fen(923));
    expect(EXAMPLE_PARAMETERS.extremePoverty.careStandardFen).toEqual({
      'full-care': fen(525),
      'partial-care': fen(350),
      'self-care': fen(210),
    });
  });

  it('rounds published standards up to the yuan (泸州: 1.3 × 788 = 1,024.4 → 1,025; 1.3 × 580 = 754)', () => {
    const shares = { numerator: 1, denominator: 6 };
    const derive = (s: number) =>
      deriveExtremePovertyStandards({
        dibaoStandardFen: fen(s),
        basicMultiple: 13_000,
        minimumWageFen: fen(2_000),
        careShares: { 'full-care': shares, 'partial-care': shares, 'self-care': shares },
      });
    expect(derive(788).basicLivingFen).toBe(fen(1_025));
    expect(derive(580).basicLivingFen).toBe(fen(754));
    expect(derive(580).careStandardFen['partial-care']).toBe(fen(334)); // 333.33 → 334
  });

  it('resolves limits in months of S or as fixed amounts', () => {
    expect(resolveAmountLimit({ basis: 'standard-months', months: 24 }, fen(710))).toBe(fen(17_040));
    expect(resolveAmountLimit({ basis: 'fixed', amountFen: fen(5_000) }, fen(710))).toBe(fen(5_000));
  });

  it('takes the 6 months before the application month', () => {
    expect(incomePeriodBeforeApplication('2025-03-10', 6)).toEqual({
      from: '2024-09',
      to: '2025-02',
    });
  });

  it('selects the parameter set in force for the county and date', () => {
    const older = {
      ...EXAMPLE_PARAMETERS,
      id: 'old',
      effectiveFrom: '2023-07-01',
      effectiveTo: '2024-06-30',
    };
    const registry = [older, EXAMPLE_PARAMETERS];
    expect(selectParameters(registry, EXAMPLE_PARAMETERS.countyCode, '2024-06-30').id).toBe('old');
    expect(selectParameters(registry, EXAMPLE_PARAMETERS.countyCode, '2024-07-01').id).toBe('rules-doc-7.0');
    expect(() => selectParameters(registry, '110105', '2024-07-01')).toThrow(RangeError);
    expect(() =>
      selectParameters([EXAMPLE_PARAMETERS, { ...EXAMPLE_PARAMETERS, id: 'dup' }], EXAMPLE_PARAMETERS.countyCode, '2025-01-01'),
    ).toThrow(/overlapping/);
  });
});
