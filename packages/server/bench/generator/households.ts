import { computeCitizenIdCheckDigit } from '@mz/shared';
import { createRng, type Rng } from './prng';
import { BANKS, fullName, surname } from './names';
import { BASE_STANDARD, BENCH_AS_OF, CARE_STANDARD, basicLiving, dibaoAmount, type Standard } from './parameters';

// Deterministic households for a division subtree: realistic size (1–6, mean ≈ 2.6) and composition
// (head 25–80, spouse, children, elderly parents, grandchildren), ~6 % disabled persons with grades,
// valid 公民身份号码 of the household's county and the person's birth date, log-normal incomes and
// assets, 低保 ≈ 5 % / 特困 ≈ 0.8 % / 边缘 ≈ 2 % of households with consistent incomes and amounts,
// and ≈ 4 % of households with an application in one of the nine workflow states.

export type GenDivision = { id: number; code: string; name: string; urban: boolean };
export type Sex = 'male' | 'female';
export type Programme = 'dibao' | 'extreme-poverty' | 'marginal-family';

export type GenMember = {
  citizenId: string;
  name: string;
  sex: Sex;
  birthDate: string;
  relation: string;
  livesTogether: boolean;
  disabilityCategory: string | null;
  disabilityGrade: number | null;
  employment: string;
  studentStage: string | null;
};
export type GenIncome = { member: number; kind: string; amountFen: number };
export type GenProperty = { member: number; kind: string; valueFen: number | null; floorArea: number | null; vehicleKind: string | null };
export type GenRecipient = {
  programme: Programme;
  unit: 'household' | 'single-person' | 'person';
  memberCount: number;
  incomeFen: number;
  standardFen: number;
  amountFen: number;
  startMonth: string;
  status: 'active' | 'gradual-exit';
  careTier: string | null;
  careMode: string | null;
};
/**
 * What the caseload is computed with: the standards (amounts consistent with them), the programme mix
 * and the share of households with an application. The bench uses BENCH_PROFILE; the demo caseload
 * of `npm start` passes its own (denser programmes, the demo parameter set's standards).
 */
export type GenProfile = {
  standard: Standard;
  basic: Standard;
  care: Record<'self-care' | 'partial-care' | 'full-care', number>;
  programmeWeights: readonly (readonly [Programme | null, number])[];
  applicationChance: number;
};
export const BENCH_PROFILE: GenProfile = {
  standard: BASE_STANDARD,
  basic: basicLiving(BASE_STANDARD),
  care: CARE_STANDARD,
  programmeWeights: [
    ['dibao', 50],
    ['extreme-poverty', 8],
    ['marginal-family', 20],
    [null, 922],
  ],
  applicationChance: 0.04,
};

export type GenApplication = {
  programme: string;
  status: string;
  step: string;
  appliedOn: string;
  decidedOn: string | null;
  decision: string | null;
};
export type GenHousehold = {
  key: string;
  division: GenDivision;
  areaType: 'urban' | 'rural';
  address: string;
  members: GenMember[];
  incomes: GenIncome[];
  properties: GenProperty[];
  recipient: GenRecipient | null;
  application: GenApplication | null;
  account: { bank: string; accountNo: string } | null;
};

const AS_OF_YEAR = Number(BENCH_AS_OF.slice(0, 4));
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A birth date `age` years before the reference date (never after it). */
const birthDateOf = (rng: Rng, age: number) => {
  const year = AS_OF_YEAR - age - (rng.chance(0.5) ? 1 : 0);
  const month = rng.int(1, 12);
  const day = rng.int(1, DAYS[month - 1] as number);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return date > BENCH_AS_OF ? `${year - 1}-${pad(month)}-${pad(day)}` : date;
};

/**
 * 公民身份号码 of one county: sequence numbers per birth date are handed out in order (odd = male,
 * even = female), from `firstSeq` up, so two allocators with disjoint ranges never collide.
 */
export class CitizenIds {
  private readonly used = new Map<string, number>();
  constructor(
    private readonly countyCode: string,
    private readonly firstPair: number,
    private readonly lastPair: number,
  ) {}
  next(birthDate: string, sex: Sex): string {
    let date = birthDate;
    for (;;) {
      const birth = date.replaceAll('-', '');
      const pair = this.used.get(birth) ?? this.firstPair;
      if (pair <= this.lastPair) {
        this.used.set(birth, pair + 1);
        const seq = pad(pair * 2 + (sex === 'male' ? 1 : 0), 3);
        const first17 = `${this.countyCode}${birth}${seq}`;
        return `${first17}${computeCitizenIdCheckDigit(first17)}`;
      }
      const d = new Date(`${date}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - 1);
      date = d.toISOString().slice(0, 10);
    }
  }
}
/** Sequence ranges (pairs of odd/even numbers): base data 000–599, import files 600–999. */
export const BASE_IDS = { first: 0, last: 299 } as const;
export const IMPORT_IDS = { first: 300, last: 499 } as const;

const DISABILITY: readonly (readonly [string, number])[] = [
  ['physical', 50],
  ['visual', 10],
  ['hearing', 10],
  ['speech', 2],
  ['intellectual', 8],
  ['mental', 10],
  ['multiple', 10],
];
const STATUSES: readonly (readonly [string, number])[] = [
  ['submitted', 10],
  ['accepted', 10],
  ['investigating', 15],
  ['preliminary-reviewed', 8],
  ['in-publicity', 7],
  ['county-review', 10],
  ['approved', 25],
  ['refused', 10],
  ['withdrawn', 5],
];
const STEP: Record<string, string> = {
  submitted: 'accept',
  accepted: 'investigate',
  investigating: 'preliminary-review',
  'preliminary-reviewed': 'start-publicity',
  'in-publicity': 'submit-to-county',
  'county-review': 'decide',
  approved: 'closed',
  refused: 'closed',
  withdrawn: 'closed',
};

const studentStage = (age: number, rng: Rng): string | null => {
  if (age >= 3 && age <= 5) return rng.chance(0.85) ? 'preschool' : null;
  if (age >= 6 && age <= 11) return 'primary';
  if (age >= 12 && age <= 14) return 'junior-middle';
  if (age >= 15 && age <= 17) return rng.chance(0.9) ? (rng.chance(0.7) ? 'senior-high' : 'secondary-vocational') : null;
  if (age >= 18 && age <= 22) return rng.chance(0.35) ? (rng.chance(0.5) ? 'undergraduate' : 'junior-college') : null;
  return null;
};

const employmentOf = (age: number, student: string | null, rng: Rng): string => {
  if (age < 16 || student) return 'not-working';
  if (age >= 60) return rng.chance(0.3) ? 'retired' : 'not-working';
  return rng.weighted([
    ['employed', 35],
    ['flexible', 30],
    ['unemployed', 12],
    ['registered-unemployed', 5],
    ['not-working', 18],
  ] as const);
};

type Person = { age: number; sex: Sex; relation: string; family?: string };

const composition = (rng: Rng, size: number, headAge: number, headSex: Sex): Person[] => {
  const people: Person[] = [{ age: headAge, sex: headSex, relation: 'self' }];
  const other: Sex = headSex === 'male' ? 'female' : 'male';
  if (size >= 2 && rng.chance(0.82)) people.push({ age: Math.max(20, headAge + rng.int(-6, 4)), sex: other, relation: 'spouse' });
  if (people.length < size && headAge < 52 && size >= 5 && rng.chance(0.6)) {
    people.push({ age: Math.min(96, headAge + rng.int(24, 32)), sex: rng.chance(0.55) ? 'female' : 'male', relation: 'parent' });
  }
  while (people.length < size) {
    const grand = headAge >= 58 && people.some((p) => p.relation === 'child') && rng.chance(0.6);
    const age = grand ? rng.int(0, 15) : Math.max(0, headAge - rng.int(22, 36));
    people.push({ age, sex: rng.chance(0.52) ? 'male' : 'female', relation: grand ? 'grandchild' : 'child' });
  }
  return people;
};

const monthsBack = (rng: Rng, maxBack: number) => {
  const back = rng.int(0, maxBack);
  const index = AS_OF_YEAR * 12 + 5 - back; // from 2026-06 backwards
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
};

const dateIn2026 = (rng: Rng, fromMonth: number, toMonth: number) => {
  const month = rng.int(fromMonth, toMonth);
  return `${AS_OF_YEAR}-${pad(month)}-${pad(rng.int(1, 28))}`;
};

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** One household; `ids` must be the allocator of the division's county. */
export const generateHousehold = (
  seed: string,
  key: string,
  division: GenDivision,
  number: number,
  ids: CitizenIds,
  profile: GenProfile = BENCH_PROFILE,
): GenHousehold => {
  const rng = createRng(`${seed}:${key}`);
  const areaType = division.urban ? 'urban' : 'rural';
  const S = profile.standard[areaType];
  const programme = rng.weighted<Programme | null>(profile.programmeWeights);
  const size =
    programme === 'extreme-poverty'
      ? 1
      : rng.weighted([
          [1, 28],
          [2, 27],
          [3, 19],
          [4, 14],
          [5, 8],
          [6, 4],
        ] as const);
  const headAge = programme === 'extreme-poverty' ? rng.int(60, 90) : size === 1 ? rng.int(45, 85) : rng.int(25, 80);
  const headSex: Sex = rng.chance(0.62) ? 'male' : 'female';
  const family = surname(rng);
  const members: GenMember[] = composition(rng, size, headAge, headSex).map((p) => {
    const birthDate = birthDateOf(rng, p.age);
    const disabled = rng.chance(programme === 'extreme-poverty' ? 0.4 : 0.06);
    const stage = studentStage(p.age, rng);
    const sameFamily = p.relation === 'child' || p.relation === 'grandchild' || (p.relation === 'parent' && p.sex === 'male');
    return {
      citizenId: ids.next(birthDate, p.sex),
      name: fullName(rng, p.sex, sameFamily || p.relation === 'self' ? family : undefined),
      sex: p.sex,
      birthDate,
      relation: p.relation,
      livesTogether: p.relation !== 'child' || p.age < 18 || rng.chance(0.9),
      disabilityCategory: disabled ? rng.weighted(DISABILITY) : null,
      disabilityGrade: disabled
        ? rng.weighted([
            [1, 10],
            [2, 20],
            [3, 35],
            [4, 35],
          ] as const)
        : null,
      employment: employmentOf(p.age, stage, rng),
      studentStage: stage,
    };
  });
  const n = members.filter((m) => m.livesTogether).length || 1;

  // Household monthly income: consistent with the programme (低保 below S per head, 边缘 up to 1.5 S).
  const perCapita =
    programme === 'dibao'
      ? S * rng.next() * 0.9
      : programme === 'extreme-poverty'
        ? 0
        : programme === 'marginal-family'
          ? S * (1 + rng.next() * 0.5)
          : rng.logNormal(division.urban ? 320_000 : 200_000, 0.6);
  const total = Math.round(perCapita * n);
  const earners = members
    .map((m, i) => [m, i] as const)
    .filter(([m]) => m.employment === 'employed' || m.employment === 'flexible' || m.employment === 'retired');
  const incomes: GenIncome[] = [];
  if (total > 0) {
    const takers = earners.length > 0 ? earners : [[members[0] as GenMember, 0] as const];
    const shares = takers.map(() => 0.5 + rng.next());
    const sum = shares.reduce((s, x) => s + x, 0);
    takers.forEach(([m, i], k) => {
      const kind =
        m.employment === 'employed'
          ? 'wage'
          : m.employment === 'retired'
            ? 'pension'
            : earners.length > 0
              ? 'business-net'
              : 'support-received';
      const amountFen = Math.round((total * (shares[k] as number)) / sum / 100) * 100;
      if (amountFen > 0) incomes.push({ member: i, kind, amountFen });
    });
  }
  const incomeFen = incomes.reduce((s, x) => s + x.amountFen, 0);

  const properties: GenProperty[] = [];
  if (rng.chance(division.urban ? 0.3 : 0.6)) {
    properties.push({
      member: 0,
      kind: 'house',
      valueFen: null,
      floorArea: Math.round(rng.logNormal(85, 0.35) * 100) / 100,
      vehicleKind: null,
    });
  }
  if (rng.chance(programme ? 0.25 : 0.45)) {
    properties.push({
      member: 0,
      kind: 'deposit',
      valueFen: Math.round(rng.logNormal(programme ? 150_000 : 900_000, 1.2)),
      floorArea: null,
      vehicleKind: null,
    });
  }
  if (rng.chance(programme ? 0.04 : 0.12)) {
    const vehicleKind = rng.weighted([
      ['motorcycle', 70],
      ['car', 22],
      ['agricultural', 8],
    ] as const);
    properties.push({
      member: 0,
      kind: 'vehicle',
      valueFen: Math.round(rng.logNormal(vehicleKind === 'car' ? 4_000_000 : 400_000, 0.5)),
      floorArea: null,
      vehicleKind,
    });
  }

  let recipient: GenRecipient | null = null;
  if (programme === 'extreme-poverty') {
    const careTier = rng.weighted([
      ['self-care', 60],
      ['partial-care', 25],
      ['full-care', 15],
    ] as const);
    const basic = profile.basic[areaType];
    recipient = {
      programme,
      unit: 'person',
      memberCount: 1,
      incomeFen: 0,
      standardFen: basic,
      amountFen: basic + profile.care[careTier],
      startMonth: monthsBack(rng, 84),
      status: 'active',
      careTier,
      careMode: rng.chance(0.85) ? 'dispersed' : 'centralised',
    };
  } else if (programme) {
    const amountFen = programme === 'dibao' ? dibaoAmount(S, n, incomeFen) : 0;
    recipient = {
      programme,
      unit: n === 1 ? 'single-person' : 'household',
      memberCount: n,
      incomeFen,
      standardFen: S,
      amountFen,
      startMonth: monthsBack(rng, 84),
      status: programme === 'dibao' && rng.chance(0.03) ? 'gradual-exit' : 'active',
      careTier: null,
      careMode: null,
    };
  }

  let application: GenApplication | null = null;
  if (rng.chance(profile.applicationChance)) {
    const status = rng.weighted(STATUSES);
    const appliedOn = dateIn2026(rng, 1, 5);
    const decided = status === 'approved' || status === 'refused';
    application = {
      programme: rng.weighted([
        ['dibao', 70],
        ['temporary-assistance', 15],
        ['marginal-family', 10],
        ['extreme-poverty', 5],
      ] as const),
      status,
      step: STEP[status] as string,
      appliedOn,
      decidedOn: decided ? addDays(appliedOn, rng.int(20, 40)) : null,
      decision: status === 'approved' ? 'approve' : status === 'refused' ? 'refuse' : null,
    };
  }
  const paid = recipient !== null && recipient.amountFen > 0;
  const account =
    paid && rng.chance(0.99) ? { bank: rng.pick(BANKS), accountNo: `62${String(rng.int(1e8, 9e8))}${String(rng.int(1e8, 9e8))}` } : null;
  return {
    key,
    division,
    areaType,
    address: `${division.name}${number}号`,
    members,
    incomes,
    properties,
    recipient,
    application,
    account,
  };
};

/** Split `total` households over divisions by seeded log-normal weights (largest remainder: exact total). */
export const allocate = (seed: string, divisions: readonly GenDivision[], total: number): number[] => {
  const weights = divisions.map((d) => createRng(`${seed}:weight:${d.code}`).logNormal(1, 0.5));
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let rest = total - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    counts[i] = (counts[i] as number) + 1;
    rest -= 1;
  }
  return counts;
};

/**
 * Every household of the subtree, division by division in code order (so one county's persons are
 * generated together and share one ID allocator). `ids` picks the sequence range (base or import).
 */
export function* generateHouseholds(options: {
  seed: string;
  divisions: readonly GenDivision[];
  total: number;
  ids: { first: number; last: number };
  keyPrefix: string;
  profile?: GenProfile;
}): Generator<GenHousehold> {
  const counts = allocate(options.seed, options.divisions, options.total);
  let county = '';
  let ids: CitizenIds | null = null;
  for (const [i, division] of options.divisions.entries()) {
    const countyCode = division.code.slice(0, 6);
    if (countyCode !== county || !ids) {
      county = countyCode;
      ids = new CitizenIds(countyCode, options.ids.first, options.ids.last);
    }
    for (let k = 0; k < (counts[i] as number); k += 1) {
      yield generateHousehold(options.seed, `${options.keyPrefix}${division.code}-${k + 1}`, division, k + 1, ids, options.profile);
    }
  }
}
