import {
  AREA_TYPE_LABELS,
  CARE_TIER_LABELS,
  DISABILITY_CATEGORY_NAMES,
  DISABILITY_GRADE_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  RELATION_LABELS,
  STUDENT_STAGE_LABELS,
  type AreaType,
  type CareTier,
  type DisabilityCategory,
  type EmploymentStatus,
  type Relation,
  type StudentStage,
} from '@mz/shared';
import { HOUSEHOLD_COLUMNS } from '../../src/modules/social-assistance/import/household-import.rules';
import { generateHouseholds, IMPORT_IDS, type GenDivision } from './households';

// The caseload file of the import step: a CSV with the import template's Chinese headers, one row per
// person, households of the same generator (other keys, and ID sequence numbers 600–999 so no person
// collides with the loaded caseload). 低保/特困 households carry their monthly amount and start month.

const PROGRAMME_LABEL = { dibao: '低保', 'extreme-poverty': '特困', 'marginal-family': '低保边缘' } as const;

const cell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export type ImportFile = { fileName: string; csv: string; households: number; persons: number };

export const buildImportCsv = (options: {
  seed: string;
  divisions: readonly GenDivision[];
  households: number;
  ids?: { first: number; last: number };
}): ImportFile => {
  const columns = Object.values(HOUSEHOLD_COLUMNS);
  const lines: string[] = [columns.join(',')];
  let households = 0;
  let persons = 0;
  const generated = generateHouseholds({
    seed: `${options.seed}:import`,
    divisions: options.divisions,
    total: options.households,
    ids: options.ids ?? IMPORT_IDS,
    keyPrefix: 'I',
  });
  for (const h of generated) {
    households += 1;
    const r = h.recipient;
    h.members.forEach((m, i) => {
      persons += 1;
      const first = i === 0 && r !== null;
      const row: Record<keyof typeof HOUSEHOLD_COLUMNS, string> = {
        key: h.key,
        division: h.division.code,
        area: AREA_TYPE_LABELS[h.areaType as AreaType],
        address: h.address,
        relation: RELATION_LABELS[m.relation as Relation],
        name: m.name,
        citizenId: m.citizenId,
        livesTogether: m.livesTogether ? '是' : '否',
        disabilityCategory: m.disabilityCategory ? DISABILITY_CATEGORY_NAMES[m.disabilityCategory as DisabilityCategory] : '',
        disabilityGrade: m.disabilityGrade ? DISABILITY_GRADE_LABELS[m.disabilityGrade as 1 | 2 | 3 | 4] : '',
        employment: EMPLOYMENT_STATUS_LABELS[m.employment as EmploymentStatus],
        student: m.studentStage ? STUDENT_STAGE_LABELS[m.studentStage as StudentStage] : '',
        programme: first ? PROGRAMME_LABEL[r.programme] : '',
        amount: first && r.programme !== 'marginal-family' ? (r.amountFen / 100).toFixed(2) : '',
        startMonth: first ? r.startMonth : '',
        careTier: first && r.careTier ? CARE_TIER_LABELS[r.careTier as CareTier] : '',
      };
      lines.push((Object.keys(HOUSEHOLD_COLUMNS) as (keyof typeof HOUSEHOLD_COLUMNS)[]).map((k) => cell(row[k])).join(','));
    });
  }
  return { fileName: `bench-households-${options.households}.csv`, csv: `${lines.join('\r\n')}\r\n`, households, persons };
};
