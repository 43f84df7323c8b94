import { sql } from 'kysely';
import { ASSISTANCE_PROGRAMMES, type AssistanceProgramme } from '@mz/shared';
import type { Database } from '../../db/database';
import { withinScope, type Scope } from '../../platform/scope/scope';
import { lowIncomeMonitoringIndicators } from './monitoring/low-income.indicators';

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

type Request = { divisionIds: number[]; scope: Scope };

const requestedDivisions = async (db: Database, { divisionIds, scope }: Request) =>
  divisionIds.length === 0
    ? []
    : db
        .selectFrom('division as d')
        .select(['d.id', 'd.code', 'd.name'])
        .where('d.id', 'in', divisionIds)
        .where((eb) => withinScope(eb.ref('d.id'), scope))
        .orderBy('d.code')
        .execute();

const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
/** Active in the month of `asOf` (monthly programmes; 临时救助 is one-off and counted separately). */
const activeIn = (month: string) =>
  sql<boolean>`r.programme <> 'temporary-assistance' and r.start_month <= ${month}::date and (r.end_month is null or r.end_month >= ${month}::date) and not (r.status = 'stopped' and r.end_month is null)`;

/** Recipient households and persons by programme on a date (低保, 特困, 低保边缘, 刚性). */
export const recipientsByProgramme = async (db: Database, request: Request & { asOf: string }): Promise<IndicatorValue[]> => {
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
export const temporaryAssistanceByYear = async (db: Database, request: Request & { year: number }): Promise<IndicatorValue[]> => {
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
export const averageDibaoStandard = async (db: Database, request: Request & { asOf: string }): Promise<IndicatorValue[]> => {
  const divisions = await requestedDivisions(db, request);
  if (divisions.length === 0) return [];
  const month = monthStart(request.asOf);
  const rows = await db
    .selectFrom('division_closure as dc')
    .innerJoin('assistance_recipient as r', 'r.division_id', 'dc.descendant_id')
    .innerJoin('assistance_amount_period as ap', (j) =>
      j.onRef('ap.recipient_id', '=', 'r.id').onRef('ap.province_code', '=', 'r.province_code'),
    )
    .select([
      'dc.ancestor_id as division_id',
      'r.area_type',
      sql<number>`coalesce(sum(ap.standard_fen * r.member_count), 0)`.as('weighted'),
      sql<number>`coalesce(sum(r.member_count), 0)`.as('persons'),
    ])
    .where(
      'dc.ancestor_id',
      'in',
      divisions.map((d) => d.id),
    )
    .where('r.programme', '=', 'dibao')
    .where(activeIn(month))
    .where('ap.from_month', '<=', month)
    .where((eb) => eb.or([eb('ap.to_month', 'is', null), eb('ap.to_month', '>=', month)]))
    .groupBy(['dc.ancestor_id', 'r.area_type'])
    .execute();
  return divisions.flatMap((d) =>
    (['urban', 'rural'] as const).map((area) => {
      const row = rows.find((r) => r.division_id === d.id && r.area_type === area);
      return {
        divisionId: d.id,
        divisionCode: d.code,
        divisionName: d.name,
        key: `dibao-standard.${area}`,
        numerator: Number(row?.weighted ?? 0),
        denominator: Number(row?.persons ?? 0),
        unit: '分/人·月',
      };
    }),
  );
};

export const socialAssistanceIndicators = {
  recipientsByProgramme,
  temporaryAssistanceByYear,
  averageDibaoStandard,
  ...lowIncomeMonitoringIndicators,
};
