import { computeCitizenIdCheckDigit, ZHouseholdCreate, ZIncomeItemsInput, ZObligorInput, ZPropertyItemInput } from '@mz/shared';
import { describe, expect, it } from 'vitest';
import {
  citizenIdProblem,
  duplicateOf,
  headCountProblem,
  incomeItemsFromForm,
  monthsInRange,
  obligorFromForm,
  propertyItemFromForm,
  toHouseholdCreate,
} from './household-form';

const id = (first17: string) => `${first17}${computeCitizenIdCheckDigit(first17)}`;
const head = id('53260119800101001');
const spouse = id('53260119820202002');

describe('citizenIdProblem', () => {
  it('gives the GB 11643 validator message in Chinese', () => {
    expect(citizenIdProblem(head)).toBeNull();
    expect(citizenIdProblem('')).toBeNull();
    const wrongCheck = `${head.slice(0, 17)}${head.endsWith('1') ? '2' : '1'}`;
    expect(citizenIdProblem(wrongCheck)).toBe('公民身份号码校验码不正确，请核对是否有数字录入错误');
    expect(citizenIdProblem('12345')).toContain('公民身份号码应为18位');
    expect(citizenIdProblem(id('53260120990101001'), '2026-11-23')).toContain('晚于今天');
  });
});

describe('toHouseholdCreate', () => {
  it('builds a body the shared contract accepts', () => {
    const body = toHouseholdCreate({
      divisionId: 22316,
      areaType: 'urban',
      address: ' 振华社区1号 ',
      phone: '',
      members: [
        { name: '张三', relation: 'self', citizenId: head.toLowerCase(), employment: 'employed' },
        {
          name: '李四',
          relation: 'spouse',
          citizenId: spouse,
          employment: 'not-working',
          disabilityCategory: 'physical',
          disabilityGrade: 2,
        },
        { name: '张小', relation: 'child', citizenId: id('53260120120303003'), employment: 'not-working', studentStage: 'primary' },
      ],
    });
    expect(body.address).toBe('振华社区1号');
    expect(body.phone).toBeNull();
    expect(body.members[1]?.disability).toEqual({ category: 'physical', grade: 2 });
    expect(body.members[2]?.student).toEqual({ stage: 'primary', fullTime: true });
    const parsed = ZHouseholdCreate.safeParse(body);
    expect(parsed.success).toBe(true);
  });

  it('carries 拒绝就业 (null when not recorded) into a body the contract accepts', () => {
    const body = toHouseholdCreate({
      divisionId: 22316,
      areaType: 'urban',
      address: '振华社区2号',
      members: [
        { name: '张三', relation: 'self', citizenId: head, employment: 'not-working' },
        { name: '李四', relation: 'spouse', citizenId: spouse, employment: 'not-working', employmentRefusal: 'no-valid-reason' },
      ],
    });
    expect(body.members.map((m) => m.employmentRefusal)).toEqual([null, 'no-valid-reason']);
    expect(ZHouseholdCreate.safeParse(body).success).toBe(true);
  });
});

describe('member checks', () => {
  it('needs exactly one head', () => {
    expect(headCountProblem([{ relation: 'self' }, { relation: 'spouse' }])).toBeNull();
    expect(headCountProblem([{ relation: 'spouse' }])).toBe('家庭成员中应有且只有一名户主（当前0名）');
    expect(headCountProblem([{ relation: 'self' }, { relation: 'self' }])).toContain('当前2名');
  });
  it('finds the same ID number entered twice', () => {
    const members = [{ citizenId: head }, { citizenId: spouse }, { citizenId: head.toLowerCase() }];
    expect(duplicateOf(members, 2)).toBe(0);
    expect(duplicateOf(members, 1)).toBeNull();
  });
});

describe('monthsInRange', () => {
  it('lists the months of a range across a year end', () => {
    expect(monthsInRange('2025-03', '2025-08')).toEqual(['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08']);
    expect(monthsInRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsInRange('2025-05', '2025-03')).toEqual([]);
    expect(monthsInRange('x', '2025-03')).toEqual([]);
  });
});

describe('registry item bodies', () => {
  it('makes one income item per month, in fen', () => {
    const items = incomeItemsFromForm({
      memberId: 1,
      kind: 'wage',
      fromMonth: '2025-03',
      toMonth: '2025-05',
      amount: 2560,
      withheld: '260',
    });
    expect(items).toHaveLength(3);
    expect(items[0]).toEqual({ memberId: 1, kind: 'wage', month: '2025-03', amountFen: 256000, withheldFen: 26000 });
    expect(ZIncomeItemsInput.safeParse({ items }).success).toBe(true);
  });
  it('shapes each kind of property as its contract branch', () => {
    const deposit = propertyItemFromForm({ kind: 'deposit', ownerMemberId: 1, value: 5000 });
    expect(deposit).toEqual({ kind: 'deposit', ownerMemberId: 1, valueFen: 500000, exemptionReason: null });
    const car = propertyItemFromForm({ kind: 'vehicle', vehicleKind: 'motorcycle', ownerMemberId: 1, value: 3000 });
    const house = propertyItemFromForm({ kind: 'house', ownerMemberId: 1, floorAreaM2: 60 });
    const shop = propertyItemFromForm({ kind: 'business', ownerMemberId: 1, employsOthers: true });
    for (const item of [deposit, car, house, shop]) expect(ZPropertyItemInput.safeParse(item).success).toBe(true);
  });
  it('turns obligor flags into booleans', () => {
    const body = obligorFromForm({ name: '张老汉', relation: 'parent', birthDate: '1950-05-05', flags: ['isDibao'], annualIncome: 1200 });
    expect(body).toMatchObject({ isDibao: true, deceased: false, annualIncomeFen: 120000, citizenId: null });
    expect(ZObligorInput.safeParse(body).success).toBe(true);
  });
});
