import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { loadHouseholdForRules } from '../dynamic/household-data';
import { EXAMPLE_PARAMETERS } from '../social-assistance.fixtures';
import { evaluateDibao, incomePeriodBeforeApplication } from '../social-assistance.rules';
import { createHousehold, member } from '../social-assistance.test-support';

// 拒绝就业 recorded on a member (local 推定收入, rules doc §1.3): stored, shown, changed through the
// member update, and read by the rules as refusedEmployment.

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(async () => w.close());

describe('拒绝就业 on household members', () => {
  it('is stored and shown, updates to a valid reason, and reaches the rules (imputing the minimum wage where the county does)', async () => {
    const h = await createHousehold(w, {
      members: [
        member('钱一', 'self', '19550505', { labourCapacity: 'none' }),
        member('钱二', 'child', '19900909', { labourCapacity: 'full', employmentRefusal: 'no-valid-reason' }),
      ],
    });
    const detail = (await w.as('ws_clerk', 'GET', `/api/assistance/households/${h.id}`)).json() as {
      members: { id: number; name: string; employmentRefusal: string | null }[];
    };
    expect(detail.members.map((m) => [m.name, m.employmentRefusal])).toEqual([
      ['钱一', null],
      ['钱二', 'no-valid-reason'],
    ]);

    const imputing = {
      ...EXAMPLE_PARAMETERS,
      income: { ...EXAMPLE_PARAMETERS.income, imputedIncomeForRefusedEmployment: { monthlyFen: 150_000 } },
    };
    const assess = async () => {
      const { rules } = await loadHouseholdForRules(w.db.db, h.id);
      return evaluateDibao({
        household: rules,
        incomeItems: [],
        propertyItems: [],
        incomePeriod: incomePeriodBeforeApplication('2026-11-20', 6),
        asOf: '2026-11-20',
        params: imputing,
      });
    };
    const refused = await assess();
    expect(refused.eligible).toBe(false);
    expect(refused.reasons.map((r) => r.code)).toContain('INCOME_IMPUTED_REFUSED_EMPLOYMENT');

    const son = detail.members.find((m) => m.name === '钱二');
    const updated = await w.as('ws_clerk', 'PUT', `/api/assistance/households/${h.id}/members/${son?.id}`, {
      name: '钱二',
      labourCapacity: 'full',
      employment: 'not-working',
      employmentRefusal: 'caring-for-disabled-or-ill',
    });
    expect(updated.statusCode, updated.body).toBe(200);
    const withReason = await assess();
    expect(withReason.eligible).toBe(true);
    expect(withReason.reasons.map((r) => r.code)).toContain('INCOME_NOT_IMPUTED_VALID_REASON');

    const bad = await w.as('ws_clerk', 'PUT', `/api/assistance/households/${h.id}/members/${son?.id}`, {
      name: '钱二',
      employment: 'not-working',
      employmentRefusal: 'lazy',
    });
    expect(bad.statusCode).toBe(400);
  });
});
