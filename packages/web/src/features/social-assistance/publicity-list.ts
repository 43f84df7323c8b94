import type { PublicityListItem } from './social-assistance.types';

// The printable 公示 notice (57号 Art. 19, 24): one sheet per village or community listing the
// applicant, household size, programme and amount, and where to object. Privacy: no ID numbers,
// addresses or other unrelated data; the given name may be partly hidden where local practice asks.

/** '张三' → '张*', '欧阳小明' → '欧**明', '李' → '李'. Surname kept, middle characters hidden. */
export const maskPersonName = (name: string): string => {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
};

export type VillageSheet = { divisionName: string; items: PublicityListItem[]; firstDay: string; lastDay: string };

/** One sheet per village, villages and applicants in a stable order, with the span of the 公示 periods. */
export const groupByVillage = (items: readonly PublicityListItem[]): VillageSheet[] => {
  const byVillage = new Map<string, PublicityListItem[]>();
  for (const item of items) byVillage.set(item.division_name, [...(byVillage.get(item.division_name) ?? []), item]);
  return [...byVillage.entries()].map(([divisionName, rows]) => {
    const sorted = [...rows].sort((a, b) => a.first_day.localeCompare(b.first_day) || a.application_id - b.application_id);
    return {
      divisionName,
      items: sorted,
      firstDay: sorted.reduce((min, r) => (r.first_day < min ? r.first_day : min), sorted[0]?.first_day ?? ''),
      lastDay: sorted.reduce((max, r) => (r.last_day > max ? r.last_day : max), sorted[0]?.last_day ?? ''),
    };
  });
};

/** '2025-09-30' → '2025年9月30日'. */
export const chineseDate = (iso: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : iso;
};

/** '2025年9月30日至10月6日' (the year once when both days share it), '2025年12月28日至2026年1月3日'. */
export const periodText = (firstDay: string, lastDay: string): string => {
  const last = chineseDate(lastDay);
  return `${chineseDate(firstDay)}至${firstDay.slice(0, 4) === lastDay.slice(0, 4) ? last.replace(/^\d{4}年/, '') : last}`;
};
