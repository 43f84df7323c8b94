import { describe, expect, it } from 'vitest';
import { describeMissing, missingAuthorisations, requiredPersons, type StoredAuthorisation } from './authorisation.rules';

// Rules doc §6.1: store the signed authorisation per person; block any query without a valid one.

const members = [
  { id: 1, name: '张三', livesTogether: true },
  { id: 2, name: '李四', livesTogether: true },
  { id: 3, name: '张外', livesTogether: false },
];
const obligors = [
  { id: 7, name: '张大', deceased: false },
  { id: 8, name: '张故', deceased: true },
];
const signed = (over: Partial<StoredAuthorisation>): StoredAuthorisation => ({
  memberId: null,
  obligorId: null,
  signedOn: '2025-09-24',
  validUntil: null,
  revokedOn: null,
  departments: null,
  ...over,
});

describe('核对授权书 per person', () => {
  it('needs every member living together, and for 特困 the living statutory obligors too', () => {
    expect(requiredPersons('dibao', members, obligors).map((p) => p.name)).toEqual(['张三', '李四']);
    expect(requiredPersons('extreme-poverty', members, obligors).map((p) => `${p.kind}:${p.name}`)).toEqual([
      'member:张三',
      'member:李四',
      'obligor:张大',
    ]);
  });

  it('counts an authorisation only when signed by the query date, still valid, not revoked and covering the departments', () => {
    const persons = requiredPersons('extreme-poverty', members, obligors);
    const stored = [
      signed({ memberId: 1 }),
      signed({ memberId: 2, departments: ['bank'] }),
      signed({ obligorId: 7, validUntil: '2025-09-30' }),
    ];
    expect(missingAuthorisations(persons, stored, '2025-09-26', ['bank']).map((p) => p.name)).toEqual([]);
    expect(missingAuthorisations(persons, stored, '2025-09-26', ['bank', 'tax']).map((p) => p.name)).toEqual(['李四']);
    expect(missingAuthorisations(persons, stored, '2025-10-09', ['bank']).map((p) => p.name)).toEqual(['张大']);
    expect(missingAuthorisations(persons, stored, '2025-09-23', ['bank']).map((p) => p.name)).toEqual(['张三', '李四', '张大']);
    const revoked = [signed({ memberId: 1, revokedOn: '2025-09-25' })];
    expect(missingAuthorisations(persons.slice(0, 1), revoked, '2025-09-26').map((p) => p.name)).toEqual(['张三']);
    // A request entered after the revocation with an earlier date is not covered either.
    expect(missingAuthorisations(persons.slice(0, 1), revoked, '2025-09-24').map((p) => p.name)).toEqual(['张三']);
    expect(describeMissing(missingAuthorisations(persons, [], '2025-09-26').slice(1))).toBe(
      '以下人员尚未提交有效的家庭经济状况核对授权书（签字扫描件）：李四、张大（法定赡养/抚养/扶养义务人）',
    );
  });
});
