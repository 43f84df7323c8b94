import { describe, expect, it } from 'vitest';
import { maskCitizenIdsDeep } from './registry.mapping';

describe('maskCitizenIdsDeep', () => {
  it('masks every citizenId inside a change-request payload, at any depth', () => {
    const payload = {
      member: { name: '张三', citizenId: '532601199001011234' },
      members: [{ citizen_id: '532601199001011234' }],
      note: '532601199001011234',
    };
    expect(maskCitizenIdsDeep(payload)).toEqual({
      member: { name: '张三', citizenId: '532601********1234' },
      members: [{ citizen_id: '532601********1234' }],
      note: '532601199001011234',
    });
  });
});
