import type { TMe } from '@mz/shared';
import { describe, expect, it } from 'vitest';
import { abilityOf } from './ability';

const assignment = (role: string, divisionLevel: string) =>
  ({ id: 1, role, divisionId: 1, divisionCode: '1', divisionName: 'x', divisionLevel }) as TMe['assignments'][number];

describe('abilityOf', () => {
  it('counts a permission at the level where the granting role is assigned', () => {
    const clerk = abilityOf({
      assignments: [assignment('township_clerk', 'township')],
      permissions: ['assistance:read', 'assistance:apply', 'assistance:review', 'personal-data:read'],
    });
    const reviewer = abilityOf({
      assignments: [assignment('county_reviewer', 'county')],
      permissions: ['assistance:read', 'assistance:review', 'personal-data:read'],
    });
    expect(clerk('assistance:review', 'township')).toBe(true);
    expect(clerk('assistance:review', 'county')).toBe(false);
    expect(reviewer('assistance:review', 'county')).toBe(true);
    expect(reviewer('assistance:review', 'township')).toBe(false);
    expect(reviewer('assistance:apply', 'any')).toBe(false);
  });
});
