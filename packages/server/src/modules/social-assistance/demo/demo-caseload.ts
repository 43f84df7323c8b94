import { sql } from 'kysely';
import type { Role } from '@mz/shared';
import {
  generateHouseholds,
  IMPORT_IDS,
  type GenDivision,
  type GenHousehold,
  type GenProfile,
} from '../../../../bench/generator/households';
import { inTransaction, type Database } from '../../../db/database';
import { backfillLegacyAuthorisations } from '../../../db/migrations/20261123_0900_social_assistance_case_steps';
import type { Actor } from '../../../platform/auth/actor';
import { recordAudit } from '../../../platform/audit/audit';
import { systemContext } from '../../../platform/http/context';
import { insertHouseholds, resolveStandards, standardKey } from '../import/household-import.repository';
import type { ParsedHousehold } from '../import/household-import.rules';
import { evaluateWarnings } from '../monitoring/warnings.service';
import { resolveVersion } from '../parameters/parameters.repository';
import { shiftMonth } from '../operations.common';
import { approveRoll, generateRoll } from '../payments/payments.service';
import { addDays, nextMonthOf, shanghaiDateOf, type SocialAssistanceParameters } from '../social-assistance.rules';
import type { SocialAssistanceDeps } from '../social-assistance.deps';
import { demoApplications, demoEvents, type DemoApplication } from './demo-workflow';

// The demo caseload of `npm start` (演示数据, never in tests that do not ask for it): about 200 households
// of 开化街道, 卧龙街道 and 古木镇 (文山市) from the bench's seeded generator — valid 公民身份号码, consistent
// incomes and amounts under the demo parameter set — with recipients of every programme, applications
// in every workflow state with their statutory deadlines, one approved payment roll and a few
// low-income warnings. Loaded set-based through the caseload import's repository (one import batch
// named 演示数据), once: it is skipped as soon as the database holds any household.

export const DEMO_HOUSEHOLDS = 200;
const SEED = 'mz-demo-wenshan-v1';
export const DEMO_BATCH_NAME = '演示数据（自动生成，非真实人员）';
const COUNTY = '532601';
// 开化街道, 卧龙街道 (the demo clerks' townships; urban 社区 only) and 古木镇 (rural 村委会), so that both
// 低保 standards have recipients and the rural/urban ratio indicators (N02, WS01) compute on a fresh start.
const TOWNSHIPS = ['532601001', '532601002', '532601102'];

/** Denser than the bench (a small demo should show every programme), amounts from the demo standards. */
export const demoProfile = (params: SocialAssistanceParameters): GenProfile => ({
  standard: params.dibaoStandardFen,
  basic: params.extremePoverty.basicLivingStandardFen,
  care: params.extremePoverty.careStandardFen,
  programmeWeights: [
    ['dibao', 30],
    ['extreme-poverty', 8],
    ['marginal-family', 12],
    [null, 50],
  ],
  applicationChance: 0,
});

const PROGRAMME_OF = { dibao: 'dibao', 'extreme-poverty': 'extreme-poverty', 'marginal-family': 'marginal-family' } as const;

/** A generated household as the caseload import reads it (so the import's own insert does the work). */
const toParsed = (
  h: GenHousehold,
  division: { id: number; code: string; name: string; level: string },
  row: number,
  rigid: boolean,
  firstMonth: string,
): ParsedHousehold => {
  const r = h.recipient;
  const programme = r ? PROGRAMME_OF[r.programme] : rigid ? 'rigid-expenditure' : null;
  return {
    key: h.key,
    rowNumber: row,
    division,
    areaType: h.areaType,
    address: `${h.address}（演示）`,
    programme,
    amountFen: r && r.programme !== 'marginal-family' ? r.amountFen : null,
    // Not before the demo parameters (the amounts were computed with them).
    startMonth: r ? (r.startMonth < firstMonth ? firstMonth : r.startMonth) : rigid ? firstMonth : null,
    careTier: r?.careTier ?? null,
    members: h.members.map((m, i) => ({
      rowNumber: row + i,
      citizenId: m.citizenId,
      name: m.name,
      sex: m.sex,
      birthDate: m.birthDate,
      relation: m.relation,
      livesTogether: m.livesTogether,
      disabilityCategory: m.disabilityCategory,
      disabilityGrade: m.disabilityGrade,
      employment: m.employment,
      studentStage: m.studentStage,
    })),
  };
};

const actorOf = async (db: Database, username: string): Promise<Actor | null> => {
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!user) return null;
  const assignments = await db.selectFrom('role_assignment').select(['id', 'role', 'division_id']).where('user_id', '=', user.id).execute();
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    assignments: assignments.map((a) => ({ id: a.id, role: a.role as Role, divisionId: a.division_id })),
  };
};

export type DemoCaseloadResult = { households: number; recipients: number; applications: number; rollId: number | null; warnings: number };

/** Create the demo caseload once; 0 households when skipped (data present, region or parameters missing). */
export const createDemoCaseload = async (db: Database, now: () => Date = () => new Date()): Promise<DemoCaseloadResult> => {
  const none: DemoCaseloadResult = { households: 0, recipients: 0, applications: 0, rollId: null, warnings: 0 };
  if (await db.selectFrom('household').select('id').limit(1).executeTakeFirst()) return none;
  const today = shanghaiDateOf(now());
  const county = await db.selectFrom('division').select(['id', 'code', 'name']).where('code', '=', COUNTY).executeTakeFirst();
  if (!county) return none;
  const version = await resolveVersion(db, county.id, today);
  if (!version) return none;
  const params = version.params as SocialAssistanceParameters;
  const validFrom = String(version.valid_from).slice(0, 10);
  const firstMonth = validFrom.endsWith('-01') ? validFrom.slice(0, 7) : nextMonthOf(validFrom);

  // Villages (社区 = urban) of the two townships; the townships themselves when villages are not loaded.
  const townships = await db
    .selectFrom('division')
    .select(['id', 'code', 'name', 'level'])
    .where('code', 'in', TOWNSHIPS)
    .orderBy('code')
    .execute();
  if (townships.length === 0) return none;
  const villages = await db
    .selectFrom('division')
    .select(['id', 'code', 'name', 'level'])
    .where(
      'parent_id',
      'in',
      townships.map((t) => t.id),
    )
    .where('level', '=', 'village')
    .orderBy('code')
    .execute();
  const places = villages.length > 0 ? villages : townships;
  const byCode = new Map(places.map((d) => [d.code, d]));
  const divisions: GenDivision[] = places.map((d) => ({
    id: d.id,
    code: d.code,
    name: d.name,
    urban: d.level !== 'village' || d.name.endsWith('社区'),
  }));
  const generated = [
    ...generateHouseholds({
      seed: SEED,
      divisions,
      total: DEMO_HOUSEHOLDS,
      ids: IMPORT_IDS,
      keyPrefix: 'DEMO-',
      profile: demoProfile(params),
    }),
  ];
  // 刚性支出困难: a few households without another programme (the generator has no such programme).
  let rigidLeft = 4;
  let row = 2;
  const parsed = generated.map((h) => {
    const rigid = h.recipient === null && rigidLeft > 0 && h.members.length >= 3;
    if (rigid) rigidLeft -= 1;
    const p = toParsed(
      h,
      { ...(byCode.get(h.division.code) as { id: number; code: string; name: string; level: string }) },
      row,
      rigid,
      firstMonth,
    );
    row += h.members.length;
    return p;
  });

  const approver = await actorOf(db, 'ws_approver');
  const reviewer = await actorOf(db, 'ws_reviewer');
  const deps: SocialAssistanceDeps = { db, now };

  const loaded = await inTransaction(db, async (trx) => {
    const batch = await trx
      .insertInto('assistance_import_batch')
      .values({
        province_code: county.code.slice(0, 2),
        division_id: county.id,
        kind: 'households',
        file_name: DEMO_BATCH_NAME,
        file_sha256: SEED,
        row_count: row - 2,
        record_count: parsed.length,
        imported_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const standards = await resolveStandards(
      trx,
      parsed
        .filter((h) => h.startMonth !== null)
        .map((h) => ({ divisionId: h.division.id, month: h.startMonth as string, areaType: h.areaType })),
    );
    const missing = parsed.find((h) => h.startMonth !== null && !standards.has(standardKey(h)));
    if (missing) return null; // the demo parameters do not cover the generated start months
    const counts = await insertHouseholds(trx, { households: parsed, batchId: batch.id, userId: 0, validFrom: '2020-01-01', standards });
    const ids = await trx
      .selectFrom('household as h')
      .innerJoin('household_member as m', 'm.id', 'h.head_member_id')
      .select(['h.id', 'h.source_key', 'h.division_id', 'h.head_member_id', 'm.name'])
      .where('h.import_batch_id', '=', batch.id)
      .execute();
    const householdOf = new Map(ids.map((r) => [r.source_key as string, r]));
    await addIncomeAndAccounts(trx, generated, householdOf, today);
    // Next rechecks spread from 10 days overdue to two months ahead (the 到期核查 list has something to show).
    await sql`
      update assistance_recipient set next_review_on = ${today}::date + ((id % 70)::int - 10)
      where import_batch_id = ${batch.id} and status in ('active', 'gradual-exit')`.execute(trx);
    const applications = demoApplications(generated, householdOf, today, params);
    await insertApplications(trx, applications);
    // The demo cases count as signed (授权书 on paper): record them as 'legacy' authorisations without a scan,
    // exactly as the migration did for cases signed before scans were stored, so staff can request 核对.
    await backfillLegacyAuthorisations(trx as never);
    await insertEvents(trx, demoEvents(generated, householdOf, today), county);
    await recordAudit(
      trx,
      { actor: null, permission: 'assistance:apply', requestId: 'bootstrap' },
      {
        action: 'HOUSEHOLDS_IMPORTED',
        entity: 'assistance_import_batch',
        entityId: batch.id,
        divisionId: county.id,
        after: { demo: true, fileName: DEMO_BATCH_NAME, ...counts, applications: applications.length },
      },
    );
    return { ...counts, applications: applications.length };
  });
  if (!loaded) return none;

  // One approved roll (last month: this month's is left for the user to generate) and the warnings of
  // the demo events, through the real use cases.
  let rollId: number | null = null;
  if (approver) {
    const ctx = systemContext(approver, 'assistance:pay', 'bootstrap-demo');
    const roll = await generateRoll(deps, ctx, { divisionId: county.id, month: shiftMonth(`${today.slice(0, 7)}-01`, -1).slice(0, 7) });
    rollId = (await approveRoll(deps, ctx, roll.id)).id;
  }
  let warnings = 0;
  if (reviewer) {
    const evaluation = await evaluateWarnings(deps, systemContext(reviewer, 'assistance:review', 'bootstrap-demo'), {
      divisionId: county.id,
      asOf: today,
    });
    warnings = Number((evaluation as { warnings?: number }).warnings ?? 0);
  }
  return { households: loaded.households, recipients: loaded.recipients, applications: loaded.applications, rollId, warnings };
};

type HouseholdRef = { id: number; division_id: number; head_member_id: number | null; name: string };

/** Six months of the generated monthly income (the usual income period) and a bank account per paid household. */
const addIncomeAndAccounts = async (
  trx: Database,
  generated: readonly GenHousehold[],
  householdOf: Map<string, HouseholdRef>,
  today: string,
) => {
  const members = await trx
    .selectFrom('household_member')
    .select(['id', 'household_id', 'citizen_id'])
    .where(
      'household_id',
      'in',
      [...householdOf.values()].map((h) => h.id),
    )
    .execute();
  const memberOf = new Map(members.map((m) => [m.citizen_id, m]));
  const months = [1, 2, 3, 4, 5, 6].map((k) => addDays(`${today.slice(0, 7)}-01`, -1 - 31 * (k - 1)).slice(0, 7));
  const income: { h: HouseholdRef; member: number; kind: string; month: string; amount: number }[] = [];
  const accounts: { h: HouseholdRef; bank: string; accountNo: string }[] = [];
  for (const g of generated) {
    const h = householdOf.get(g.key);
    if (!h) continue;
    for (const x of g.incomes) {
      const member = memberOf.get(g.members[x.member]?.citizenId ?? '');
      if (member) for (const month of months) income.push({ h, member: member.id, kind: x.kind, month, amount: x.amountFen });
    }
    if (g.recipient && g.recipient.amountFen > 0) {
      accounts.push({
        h,
        bank: g.account?.bank ?? '中国农业银行',
        accountNo: g.account?.accountNo ?? `6228${String(h.id).padStart(15, '0')}`,
      });
    }
  }
  if (income.length > 0) {
    await sql`
      insert into income_item (province_code, household_id, division_id, member_id, kind, month, amount_fen)
      select '53', t.household_id, t.division_id, t.member_id, t.kind, t.month, t.amount
      from unnest(${income.map((i) => i.h.id)}::bigint[], ${income.map((i) => i.h.division_id)}::int[], ${income.map((i) => i.member)}::bigint[],
                  ${income.map((i) => i.kind)}::text[], ${income.map((i) => i.month)}::text[], ${income.map((i) => i.amount)}::bigint[])
        as t(household_id, division_id, member_id, kind, month, amount)`.execute(trx);
  }
  if (accounts.length > 0) {
    await sql`
      insert into household_payment_account (province_code, household_id, division_id, member_id, account_name, account_no, bank_name, valid_from)
      select '53', t.household_id, t.division_id, t.member_id, t.account_name, t.account_no, t.bank_name, '2020-01-01'::date
      from unnest(${accounts.map((a) => a.h.id)}::bigint[], ${accounts.map((a) => a.h.division_id)}::int[], ${accounts.map((a) => a.h.head_member_id)}::bigint[],
                  ${accounts.map((a) => a.h.name)}::text[], ${accounts.map((a) => a.accountNo)}::text[], ${accounts.map((a) => a.bank)}::text[])
        as t(household_id, division_id, member_id, account_name, account_no, bank_name)`.execute(trx);
  }
};

/** Applications with their deadlines and 公示 rows, in three statements. */
const insertApplications = async (trx: Database, apps: readonly DemoApplication[]) => {
  if (apps.length === 0) return;
  const ids = (
    await sql<{
      id: number;
    }>`select nextval(pg_get_serial_sequence('assistance_application', 'id'))::bigint as id from generate_series(1, ${apps.length}::int)`.execute(
      trx,
    )
  ).rows.map((r) => Number(r.id));
  const col = <T>(pick: (a: DemoApplication) => T) => apps.map(pick);
  await sql`
    insert into assistance_application (id, province_code, household_id, division_id, programme, channel, status, current_step, applicant_member_id,
                                        applied_on, accepted_on, commitment_signed, authorisation_signed, investigated_on, preliminary_opinion,
                                        preliminary_on, submitted_to_county_on, decision, decided_on, decision_level, amount_fen, payment_start_month,
                                        refusal_reason, notice_due_on, parameter_id)
    select t.id, '53', t.household_id, t.division_id, t.programme, 'counter', t.status, t.step, t.applicant, t.applied_on, t.accepted_on, true, true,
           t.investigated_on, t.opinion, t.preliminary_on, t.submitted_on, t.decision, t.decided_on, t.decision_level, t.amount, t.start_month,
           t.refusal_reason, t.notice_due_on, t.parameter_id
    from unnest(${ids}::bigint[], ${col((a) => a.householdId)}::bigint[], ${col((a) => a.divisionId)}::int[], ${col((a) => a.programme)}::text[],
                ${col((a) => a.status)}::text[], ${col((a) => a.step)}::text[], ${col((a) => a.applicantId)}::bigint[], ${col((a) => a.appliedOn)}::date[],
                ${col((a) => a.acceptedOn)}::date[], ${col((a) => a.investigatedOn)}::date[], ${col((a) => a.opinion)}::text[],
                ${col((a) => a.preliminaryOn)}::date[], ${col((a) => a.submittedOn)}::date[], ${col((a) => a.decision)}::text[],
                ${col((a) => a.decidedOn)}::date[], ${col((a) => (a.decision ? 'county' : null))}::text[], ${col((a) => a.amountFen)}::bigint[],
                ${col((a) => a.paymentStartMonth)}::text[], ${col((a) => a.refusalReason)}::text[], ${col((a) => a.noticeDueOn)}::date[],
                ${col((a) => a.parameterId)}::int[])
      as t(id, household_id, division_id, programme, status, step, applicant, applied_on, accepted_on, investigated_on, opinion, preliminary_on,
           submitted_on, decision, decided_on, decision_level, amount, start_month, refusal_reason, notice_due_on, parameter_id)`.execute(
    trx,
  );
  const deadlines = apps.flatMap((a, i) => a.deadlines.map((d) => ({ ...d, applicationId: ids[i] as number, divisionId: a.divisionId })));
  if (deadlines.length > 0) {
    await sql`
      insert into application_deadline (province_code, application_id, division_id, code, level, label, triggered_on, due_on, completed_on, provisional, explanation)
      select '53', t.application_id, t.division_id, t.code, t.level, t.label, t.triggered_on, t.due_on, t.completed_on, t.provisional, t.explanation
      from unnest(${deadlines.map((d) => d.applicationId)}::bigint[], ${deadlines.map((d) => d.divisionId)}::int[], ${deadlines.map((d) => d.code)}::text[],
                  ${deadlines.map((d) => d.level)}::text[], ${deadlines.map((d) => d.label)}::text[], ${deadlines.map((d) => d.triggeredOn)}::date[],
                  ${deadlines.map((d) => d.dueOn)}::date[], ${deadlines.map((d) => d.completedOn)}::date[], ${deadlines.map((d) => d.provisional)}::boolean[],
                  ${deadlines.map((d) => d.explanation)}::text[])
        as t(application_id, division_id, code, level, label, triggered_on, due_on, completed_on, provisional, explanation)`.execute(trx);
  }
  const publicities = apps.flatMap((a, i) =>
    a.publicity ? [{ ...a.publicity, applicationId: ids[i] as number, divisionId: a.divisionId }] : [],
  );
  if (publicities.length > 0) {
    await sql`
      insert into publicity (province_code, application_id, division_id, first_day, last_day, next_step_from, location)
      select '53', t.application_id, t.division_id, t.first_day, t.last_day, t.next_step_from, t.location
      from unnest(${publicities.map((p) => p.applicationId)}::bigint[], ${publicities.map((p) => p.divisionId)}::int[], ${publicities.map((p) => p.firstDay)}::date[],
                  ${publicities.map((p) => p.lastDay)}::date[], ${publicities.map((p) => p.nextStepFrom)}::date[], ${publicities.map((p) => p.location)}::text[])
        as t(application_id, division_id, first_day, last_day, next_step_from, location)`.execute(trx);
  }
};

/** Department events (one demo batch) matched to demo members; the warnings come from evaluateWarnings. */
const insertEvents = async (trx: Database, events: ReturnType<typeof demoEvents>, county: { id: number; code: string }) => {
  if (events.length === 0) return;
  const batch = await trx
    .insertInto('department_event_batch')
    .values({
      province_code: '53',
      division_id: county.id,
      file_name: DEMO_BATCH_NAME,
      file_sha256: `${SEED}:events`,
      row_count: events.length,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`
    insert into department_event (province_code, division_id, batch_id, row_number, department, kind, citizen_id, name, occurred_on, diagnosis,
                                  on_local_list, household_id, member_id, household_division_id)
    select '53', ${county.id}::int, ${batch.id}::bigint, t.row_number, t.department, t.kind, t.citizen_id, t.name, t.occurred_on, t.diagnosis,
           t.on_local_list, t.household_id, m.id, t.household_division_id
    from unnest(${events.map((_, i) => i + 2)}::int[], ${events.map((e) => e.department)}::text[], ${events.map((e) => e.kind)}::text[],
                ${events.map((e) => e.citizenId)}::text[], ${events.map((e) => e.name)}::text[], ${events.map((e) => e.occurredOn)}::date[],
                ${events.map((e) => e.diagnosis)}::text[], ${events.map((e) => e.onLocalList)}::boolean[], ${events.map((e) => e.householdId)}::bigint[],
                ${events.map((e) => e.divisionId)}::int[])
      as t(row_number, department, kind, citizen_id, name, occurred_on, diagnosis, on_local_list, household_id, household_division_id)
    join household_member m on m.citizen_id = t.citizen_id and m.household_id = t.household_id`.execute(trx);
};
