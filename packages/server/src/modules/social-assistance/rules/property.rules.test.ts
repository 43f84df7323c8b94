import { describe, expect, it } from 'vitest';
import { EXAMPLE_PARAMETERS, car, deposit, fen, findReason } from '../social-assistance.fixtures';
import type { PropertyItem } from './inputs';
import type { PropertyRuleSet } from './parameters';
import { assessProperty } from './property.rules';

const dibaoRules = EXAMPLE_PARAMETERS.property.dibao;

const assess = (items: PropertyItem[], rules: PropertyRuleSet = dibaoRules, memberCount = 2) =>
  assessProperty({
    items,
    ownerIds: ['a', 'b'],
    memberCount,
    standardFen: fen(710),
    rules,
    label: '低保',
  });

describe('assessProperty', () => {
  it.each([
    [34_080, true], // 17,040 per capita: "不超过" includes equality
    [34_081, false],
  ])('financial assets %i for 2 people (limit 24 × 710 = 17,040 each) → %s', (total, passed) => {
    const result = assess([deposit('a', total / 2), { kind: 'fund', ownerId: 'b', valueFen: fen(total / 2) }]);
    expect(result.passed).toBe(passed);
    expect(result.financialAssetsLimitPerCapitaFen).toBe(fen(17_040));
    findReason(result.reasons, passed ? 'PROPERTY_FINANCIAL_ASSETS_WITHIN_LIMIT' : 'PROPERTY_FINANCIAL_ASSETS_OVER_LIMIT');
  });

  it('counts only the assessed owners', () => {
    expect(assess([deposit('someone-else', 1_000_000)]).passed).toBe(true);
  });

  it('skips items exempted by the caseworker, with a reason', () => {
    const result = assess([
      {
        kind: 'deposit',
        ownerId: 'a',
        valueFen: fen(100_000),
        exemption: { reason: '重病治疗专款' },
      },
    ]);
    expect(result.passed).toBe(true);
    expect(findReason(result.reasons, 'PROPERTY_ITEM_EXEMPT').message).toContain('重病治疗专款');
  });

  it.each([
    ['one car at exactly 30,000', [car('a', 30_000)], true],
    ['one car at 30,001', [car('a', 30_001)], false],
    ['two cheap cars', [car('a', 10_000), car('b', 10_000)], false],
    [
      'a disability mobility vehicle plus one cheap car',
      [
        car('a', 10_000),
        {
          kind: 'vehicle',
          ownerId: 'b',
          vehicleKind: 'disability-mobility',
          valueFen: fen(50_000),
        } as const,
      ],
      true,
    ],
  ] as const)('vehicles: %s → %s', (_label, items, passed) => {
    const result = assess([...items]);
    expect(result.passed).toBe(passed);
    findReason(result.reasons, passed ? 'PROPERTY_VEHICLES_WITHIN_LIMIT' : 'PROPERTY_VEHICLES_OVER_LIMIT');
  });

  it('applies optional housing and business rules when configured', () => {
    const strict: PropertyRuleSet = {
      ...dibaoRules,
      maxHouses: 1,
      businessEmployingOthersDisqualifies: true,
    };
    const houses: PropertyItem[] = [
      { kind: 'house', ownerId: 'a', floorAreaM2: 80 },
      { kind: 'house', ownerId: 'b', floorAreaM2: 60 },
    ];
    expect(assess(houses).passed).toBe(true);
    expect(findReason(assess(houses, strict).reasons, 'PROPERTY_HOUSING_OVER_LIMIT').message).toContain('2套');
    const business: PropertyItem[] = [{ kind: 'business', ownerId: 'a', employsOthers: true }];
    expect(assess(business, strict).passed).toBe(false);
    expect(assess([{ kind: 'business', ownerId: 'a', employsOthers: false }], strict).passed).toBe(true);
  });

  it('supports a fixed per-capita limit', () => {
    const fixed: PropertyRuleSet = {
      ...dibaoRules,
      financialAssetsPerCapita: { basis: 'fixed', amountFen: fen(10_000) },
    };
    expect(assess([deposit('a', 10_000)], fixed, 1).passed).toBe(true);
    expect(assess([deposit('a', 10_000.01)], fixed, 1).passed).toBe(false);
  });
});
