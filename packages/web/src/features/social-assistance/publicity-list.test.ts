import { describe, expect, it } from 'vitest';
import { chineseDate, groupByVillage, maskPersonName, periodText } from './publicity-list';
import type { PublicityListItem } from './social-assistance.types';

const item = (over: Partial<PublicityListItem>): PublicityListItem => ({
  id: 1,
  application_id: 1,
  first_day: '2025-09-30',
  last_day: '2025-10-06',
  location: '公示栏',
  status: 'running',
  division_name: '振华社区',
  programme: 'dibao',
  preliminary_opinion: 'recommend-approve',
  applicant_name: '张三',
  amount_fen: 52000,
  member_count: 3,
  ...over,
});

describe('maskPersonName', () => {
  it('keeps the surname and hides the given name', () => {
    expect(maskPersonName('张三')).toBe('张*');
    expect(maskPersonName('王小明')).toBe('王*明');
    expect(maskPersonName('欧阳小明')).toBe('欧**明');
    expect(maskPersonName('李')).toBe('李');
    expect(maskPersonName(' 赵四 ')).toBe('赵*');
  });
});

describe('groupByVillage', () => {
  it('makes one sheet per village with the span of the periods', () => {
    const sheets = groupByVillage([
      item({ id: 1, application_id: 3, division_name: '振华社区', first_day: '2025-10-01', last_day: '2025-10-07' }),
      item({ id: 2, application_id: 2, division_name: '梁子社区' }),
      item({ id: 3, application_id: 1, division_name: '振华社区' }),
    ]);
    expect(sheets.map((s) => s.divisionName)).toEqual(['振华社区', '梁子社区']);
    expect(sheets[0]?.items.map((i) => i.application_id)).toEqual([1, 3]);
    expect(sheets[0]).toMatchObject({ firstDay: '2025-09-30', lastDay: '2025-10-07' });
  });
});

describe('dates', () => {
  it('writes dates the Chinese way', () => {
    expect(chineseDate('2025-10-06')).toBe('2025年10月6日');
    expect(periodText('2025-09-30', '2025-10-06')).toBe('2025年9月30日至10月6日');
    expect(periodText('2025-12-28', '2026-01-03')).toBe('2025年12月28日至2026年1月3日');
  });
});
