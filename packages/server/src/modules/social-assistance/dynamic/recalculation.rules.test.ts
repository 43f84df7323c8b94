import { describe, expect, it } from 'vitest';
import { EXAMPLE_PARAMETERS } from '../social-assistance.fixtures';
import { recalculateRecipient, type RecalculationInput } from './recalculation.rules';

const raised = { ...EXAMPLE_PARAMETERS, dibaoStandardFen: { urban: 75_000, rural: 75_000 } };
const base: RecalculationInput = {
  recipientId: 1,
  programme: 'dibao',
  unit: 'household',
  area: 'urban',
  memberCount: 3,
  countedIncomeFen: 100_000,
  careTier: null,
  careMode: null,
  currentAmountFen: 113_000,
  currentStandardFen: 71_000,
  members: [],
};

describe('re-evaluation of a recipient after a standard change', () => {
  it('补差 with the new standard: S × n − I, rounded to the yuan', () => {
    expect(recalculateRecipient(base, EXAMPLE_PARAMETERS, '2025-07-01')).toMatchObject({
      amountFen: 113_000,
      changed: false,
      eligible: true,
      flag: null,
    });
    expect(recalculateRecipient(base, raised, '2025-07-01')).toMatchObject({ amountFen: 125_000, standardFen: 75_000, changed: true });
  });

  it('单人户 uses the single-person amount', () => {
    expect(
      recalculateRecipient({ ...base, unit: 'single-person', memberCount: 1, countedIncomeFen: 20_050 }, raised, '2025-07-01').amountFen,
    ).toBe(55_000);
  });

  it('分档: a county that switches to tiers is paid the tier amount per member, with the tier reason', () => {
    const tiered = {
      ...raised,
      dibao: {
        ...raised.dibao,
        benefitTiers: [
          { code: 'A', label: '一档', maxIncomeShare: 4_000, amountPerPersonFen: 75_000 },
          { code: 'B', label: '二档', maxIncomeShare: null, amountPerPersonFen: 30_000 },
        ],
      },
    };
    // per capita 333.33 ≥ 40 % of 750 = 300 → 二档: 3 × 300
    const r = recalculateRecipient(base, tiered, '2025-07-01');
    expect(r).toMatchObject({ amountFen: 90_000, eligible: true, changed: true });
    expect(r.reasons.map((x) => x.code)).toContain('DIBAO_BENEFIT_TIERED');
    // per capita 200 < 300 → 一档: 3 × 750
    expect(recalculateRecipient({ ...base, countedIncomeFen: 60_000 }, tiered, '2025-07-01').amountFen).toBe(225_000);
  });

  it('flags a household that no longer passes the income test instead of stopping it', () => {
    const lowered = { ...EXAMPLE_PARAMETERS, dibaoStandardFen: { urban: 30_000, rural: 30_000 } };
    const r = recalculateRecipient(base, lowered, '2025-07-01');
    expect(r).toMatchObject({ eligible: false, amountFen: 113_000 });
    expect(r.flag).toMatch(/需复核/);
  });

  it('特困: basic standard plus the care tier; no tier keeps the imported amount', () => {
    const person = {
      ...base,
      programme: 'extreme-poverty',
      unit: 'person',
      memberCount: 1,
      countedIncomeFen: 0,
      careTier: 'full-care' as const,
      currentAmountFen: 1,
      currentStandardFen: 1,
    };
    expect(recalculateRecipient(person, EXAMPLE_PARAMETERS, '2025-07-01')).toMatchObject({
      amountFen: 92_300 + 52_500,
      standardFen: 92_300,
    });
    expect(recalculateRecipient({ ...person, careTier: null }, EXAMPLE_PARAMETERS, '2025-07-01')).toMatchObject({ amountFen: 1 });
  });
});
