import { sql } from 'kysely';
import { ASSISTANCE_PROGRAMMES, type AssistanceProgramme } from '@mz/shared';
import type { Database } from '../../db/database';
import { lowIncomeMonitoringIndicators } from './monitoring/low-income.indicators';
import {
  activeIn,
  dibaoStandardSums,
  dependentExtremePovertySums,
  type IndicatorRequest,
  monthStart,
  reportingUnitsAsOf,
  requestedDivisions,
  subtreesOf,
} from './social-assistance.indicator-sql';

// What social assistance feeds to plan monitoring: per-division values as numerator/denominator
// (never a pre-computed ratio), each division counting its whole subtree (closure table), computed
// in SQL over the recipient records. Divisions outside the caller's scope are silently left out.

export type IndicatorValue = {
  divisionId: number;
  divisionCode: string;
  divisionName: string;
  /** e.g. `recipients.dibao.persons`, `temporary-assistance.grants`, `dibao-standard.urban`. */
  key: string;
  numerator: number;
  /** null for plain counts. */
  denominator: number | null;
  unit: string;
};

/** Recipient households and persons by programme on a date (低保, 特困, 低保边缘, 刚性). */
export const recipientsByProgramme = async (db: Database, request: IndicatorRequest & { asOf: string }): Promise<IndicatorValue[]> => {
  const divisions = await requestedDivisions(db, request);
  if (divisions.length === 0) return [];
  const rows = await db
    .selectFrom('division_closure as dc')
    .innerJoin('assistance_recipient as r', 'r.division_id', 'dc.descendant_id')
    .select([
      'dc.ancestor_id as division_id',
      'r.programme',
      sql<number>`count(distinct r.household_id)`.as('households'),
      sql<number>`coalesce(sum(r.member_count), 0)`.as('persons'),
    ])
    .where(
      'dc.ancestor_id',
      'in',
      divisions.map((d) => d.id),
    )
    .where(activeIn(monthStart(request.asOf)))
    .groupBy(['dc.ancestor_id', 'r.programme'])
    .execute();
  const programmes = ASSISTANCE_PROGRAMMES.filter(
    (p): p is Exclude<AssistanceProgramme, 'temporary-assistance'> => p !== 'temporary-assistance',
  );
  return divisions.flatMap((d) =>
    programmes.flatMap((programme) => {
      const row = rows.find((r) => r.division_id === d.id && r.programme === programme);
      const base = { divisionId: d.id, divisionCode: d.code, divisionName: d.name, denominator: null };
      return [
        { ...base, key: `recipients.${programme}.households`, numerator: Number(row?.households ?? 0), unit: '户' },
        { ...base, key: `recipients.${programme}.persons`, numerator: Number(row?.persons ?? 0), unit: '人' },
      ];
    }),
  );
};

/** 临时救助 granted in a calendar year: grants, persons in the assisted households, and the amount. */
export const temporaryAssistanceByYear = async (db: Database, request: IndicatorRequest & { year: number }): Promise<IndicatorValue[]> => {
  const divisions = await requestedDivisions(db, request);
  if (divisions.length === 0) return [];
  const rows = await db
    .selectFrom('division_closure as dc')
    .innerJoin('assistance_recipient as r', 'r.division_id', 'dc.descendant_id')
    .select([
      'dc.ancestor_id as division_id',
      sql<number>`count(*)`.as('grants'),
      sql<number>`coalesce(sum(r.member_count), 0)`.as('persons'),
      sql<number>`coalesce(sum(r.one_off_amount_fen), 0)`.as('amount_fen'),
    ])
    .where(
      'dc.ancestor_id',
      'in',
      divisions.map((d) => d.id),
    )
    .where('r.programme', '=', 'temporary-assistance')
    .where('r.granted_on', '>=', `${request.year}-01-01`)
    .where('r.granted_on', '<=', `${request.year}-12-31`)
    .groupBy('dc.ancestor_id')
    .execute();
  return divisions.flatMap((d) => {
    const row = rows.find((r) => r.division_id === d.id);
    const base = { divisionId: d.id, divisionCode: d.code, divisionName: d.name, denominator: null };
    return [
      { ...base, key: 'temporary-assistance.grants', numerator: Number(row?.grants ?? 0), unit: '人次（户次）' },
      { ...base, key: 'temporary-assistance.persons', numerator: Number(row?.persons ?? 0), unit: '人' },
      { ...base, key: 'temporary-assistance.amount', numerator: Number(row?.amount_fen ?? 0), unit: '分' },
    ];
  });
};

/**
 * Average 低保 standard (urban / rural) weighted by recipients on a date: numerator = Σ (S × persons)
 * over the 低保 recipients' amount periods in force that month, denominator = Σ persons. The
 * rural/urban ratio is two of these values divided by the consumer.
 */
export const averageDibaoStandard = async (db: Database, request: IndicatorRequest & { asOf: string }): Promise<IndicatorValue[]> => {
  const divisions = await requestedDivisions(db, request);
  if (divisions.length === 0) return [];
  const sums = await dibaoStandardSums(db, monthStart(request.asOf), subtreesOf(divisions.map((d) => d.id)));
  return divisions.flatMap((d) =>
    (['urban', 'rural'] as const).map((area) => {
      const row = sums.find((r) => r.groupId === d.id && r.area === area);
      return {
        divisionId: d.id,
        divisionCode: d.code,
        divisionName: d.name,
        key: `dibao-standard.${area}`,
        numerator: row?.weighted ?? 0,
        denominator: row?.persons ?? 0,
        unit: '分/人·月',
      };
    }),
  );
};

/** Per-name queries (scoped, one value per requested division's subtree); plan monitoring uses the sources below. */
export const socialAssistanceQueries = {
  recipientsByProgramme,
  temporaryAssistanceByYear,
  averageDibaoStandard,
  ...lowIncomeMonitoringIndicators,
};

// ---------------------------------------------------------------------------------------------
// Plan monitoring sources (contract: monitoring/collection/indicator-sources.ts): keyed by indicator
// code, one row per reporting unit (统计单位) as of the period end, grouped over the division tree
// valid on that date. Monitoring stores them with source 'computed', scopes them to the requested
// subtree and rolls them up (levels Σ(level·weight)/Σweight, ratios Σnum/Σden).
//
// Wired (the records answer the definition):
// - N02 农村低保标准占城市低保标准比例 (indicator-definitions §2.2; seeds-digest §2.1 no. 2): per county,
//   numerator = recipient-weighted average rural 低保 standard in force in the period-end month
//   (元/人·月), weight = rural 低保 persons; denominator = the urban one, denominatorWeight = urban
//   persons. Rolled up as weighted mean ÷ weighted mean (§1 rule 2), never an average of ratios. Plan
//   indicators linked `same` to N02 are computed with it: 广西 GX02, 文山 WS01 (seeds-digest §7.1).
// - KP04 生活不能自理特困人员集中供养率 (开平; indicator-definitions §3, seeds-digest §2.5 K4): per
//   township, numerator = 特困 persons in force at period end with care tier partial-care or full-care
//   (部分或完全丧失生活自理能力, the default of §3) in centralised support, denominator = all those persons.
//
// Not wired, because the records do not answer the definition:
// - N01 / GX01 / KP01 城乡低保标准年度增速 (§2.1): compared with 居民人均消费支出 growth from 国家统计局,
//   which no business record holds (the standards alone would give a growth with no reference).
// - XM01 低保标准占上年度居民月人均消费支出的比例 (§2.2 local variants): same missing consumption figure.
// - KP02 农村/城镇低保月人均补差最低标准之比 (§2.2): a minimum top-up amount, not recorded.
// - WS09 / XMT01 有集中供养意愿的特困人员集中供养率: the wish for centralised support is not recorded.
// - WS04 / N03 / N04 disability subsidies: not social-assistance records.
// - Recipient counts, 临时救助 grants and low-income warnings (socialAssistanceQueries): no 十四五 plan
//   indicator measures them (厦门's 低保人数 are 十三五 completion figures, seeds-digest §2.4a).

/** 低保 standard in 元 (the plan's input unit 元/人·月) from fen sums. */
const yuanPerMonth = (weightedFen: number, persons: number) => (persons === 0 ? null : weightedFen / persons / 100);

export const socialAssistanceIndicators = {
  N02: {
    label: '社会救助：在保低保对象的农村、城市低保标准（按人数加权）',
    compute: async (db: Database, period: { periodEnd: string }) => {
      const sums = await dibaoStandardSums(db, monthStart(period.periodEnd), reportingUnitsAsOf(period.periodEnd, 'county'));
      const units = [...new Set(sums.map((s) => s.groupId))].sort((a, b) => a - b);
      return units.map((divisionId) => {
        const rural = sums.find((s) => s.groupId === divisionId && s.area === 'rural');
        const urban = sums.find((s) => s.groupId === divisionId && s.area === 'urban');
        const ruralLevel = rural ? yuanPerMonth(rural.weighted, rural.persons) : null;
        const urbanLevel = urban ? yuanPerMonth(urban.weighted, urban.persons) : null;
        return {
          divisionId,
          numerator: ruralLevel,
          weight: ruralLevel === null ? null : (rural?.persons ?? null),
          denominator: urbanLevel,
          denominatorWeight: urbanLevel === null ? null : (urban?.persons ?? null),
        };
      });
    },
  },
  KP04: {
    label: '社会救助：生活不能自理特困人员中集中供养人数',
    compute: async (db: Database, period: { periodEnd: string }) =>
      (await dependentExtremePovertySums(db, monthStart(period.periodEnd), reportingUnitsAsOf(period.periodEnd, 'township')))
        .sort((a, b) => a.groupId - b.groupId)
        .map((s) => ({ divisionId: s.groupId, numerator: s.centralised, denominator: s.dependent })),
  },
};
