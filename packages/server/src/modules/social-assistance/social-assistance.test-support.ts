// Helpers for this module's DB tests and scope cases (not a test file itself): valid 公民身份号码,
// member and household payloads, a parameter set for 文山市 and a case advanced to a given step.
import { computeCitizenIdCheckDigit } from '@mz/shared';
import type { World } from '../../../test/world';
import { EXAMPLE_PARAMETERS } from './social-assistance.fixtures';

let sequence = 0;

/** A valid 18-digit ID: 6-digit area, birth date YYYYMMDD, 3-digit sequence, check digit. */
export const citizenId = (birthDate = '19800101', area?: string, seq?: number) => {
  sequence += 1;
  const place = area ?? `53${2601 + Math.floor(sequence / 1000)}`;
  const first17 = `${place}${birthDate.replaceAll('-', '')}${String(seq ?? sequence % 1000).padStart(3, '0')}`;
  return `${first17}${computeCitizenIdCheckDigit(first17)}`;
};

export const member = (name: string, relation: string, birthDate = '19800101', extra: Record<string, unknown> = {}) => ({
  name,
  relation,
  citizenId: citizenId(birthDate),
  employment: 'not-working',
  ...extra,
});

/** The example parameter set of rules doc §7.0 as request values (S = 710 urban and rural). */
export const parameterValues = (overrides: { urbanFen?: number; ruralFen?: number } = {}) => {
  const { id: _id, countyCode: _c, effectiveFrom: _f, effectiveTo: _t, ...values } = EXAMPLE_PARAMETERS;
  return {
    ...values,
    dibaoStandardFen: {
      urban: overrides.urbanFen ?? values.dibaoStandardFen.urban,
      rural: overrides.ruralFen ?? values.dibaoStandardFen.rural,
    },
  };
};

const ok = async (response: { statusCode: number; body: string; json: () => unknown }, what: string) => {
  if (response.statusCode >= 300) throw new Error(`${what} failed: ${response.statusCode} ${response.body}`);
  return response.json() as Record<string, unknown> & { id: number };
};

const parametersDone = new WeakSet<World>();
/** Parameters in force for 文山市 since 2024-07-01 (created once per world). */
export const ensureParameters = async (w: World) => {
  if (parametersDone.has(w)) return;
  parametersDone.add(w);
  const existing = await w.db.db
    .selectFrom('assistance_parameter')
    .select('id')
    .where('division_id', '=', await w.divisionId('532601'))
    .executeTakeFirst();
  if (existing) return;
  await ok(
    await w.as('ws_approver', 'POST', '/api/assistance/parameters', {
      divisionId: await w.divisionId('532601'),
      validFrom: '2024-07-01',
      values: parameterValues(),
      note: '测试参数',
    }),
    'parameters',
  );
};

/** A household in a village of 开化街道 (or the given division), created by ws_clerk. */
export const createHousehold = async (
  w: World,
  options: {
    divisionCode?: string;
    user?: string;
    members?: ReturnType<typeof member>[];
    areaType?: string;
    separateRegistration?: boolean;
  } = {},
) => {
  const members = options.members ?? [
    member('张三', 'self', '19800101', { employment: 'employed' }),
    member('李四', 'spouse', '19820202'),
    member('张小', 'child', '20120303', { student: { stage: 'primary', fullTime: true } }),
  ];
  const body = await ok(
    await w.as(options.user ?? 'ws_clerk', 'POST', '/api/assistance/households', {
      divisionId: await w.divisionId(options.divisionCode ?? '532601001001'),
      areaType: options.areaType ?? 'urban',
      address: '文山市开化街道测试路1号',
      separateRegistration: options.separateRegistration ?? false,
      members,
    }),
    'create household',
  );
  const detail = await ok(await w.as(options.user ?? 'ws_clerk', 'GET', `/api/assistance/households/${body.id}`), 'household detail');
  return {
    id: body.id,
    members: detail['members'] as { id: number; name: string; relation: string }[],
    citizenIds: members.map((m) => m.citizenId),
  };
};

export const STEPS = [
  'submitted',
  'accepted',
  'investigating',
  'preliminary-reviewed',
  'in-publicity',
  'county-review',
  'approved',
] as const;
export type Step = (typeof STEPS)[number];

/**
 * A 低保 application of a fresh household (E1-like: income below S) advanced to `until`, with dates in
 * 2025 around 国庆 so that every deadline crosses the holiday.
 */
export const caseAt = async (w: World, until: Step, options: { separateRegistration?: boolean; areaType?: string } = {}) => {
  await ensureParameters(w);
  const household = await createHousehold(w, options);
  const head = household.members.find((m) => m.relation === 'self');
  if (!head) throw new Error('no head');
  await ok(
    await w.as('ws_clerk', 'POST', `/api/assistance/households/${household.id}/income-items`, {
      items: ['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08'].map((month) => ({
        memberId: head.id,
        kind: 'wage',
        month,
        amountFen: 256_000,
        withheldFen: 26_000,
      })),
    }),
    'income',
  );
  const app = await ok(
    await w.as('ws_clerk', 'POST', '/api/assistance/applications', {
      householdId: household.id,
      programme: 'dibao',
      channel: 'counter',
      appliedOn: '2025-09-24',
      applicantMemberId: head.id,
      commitmentSigned: true,
      authorisationSigned: true,
    }),
    'apply',
  );
  const base = `/api/assistance/applications/${app.id}`;
  const steps: [Step, () => Promise<unknown>][] = [
    ['accepted', async () => ok(await w.as('ws_clerk', 'POST', `${base}/accept`, { on: '2025-09-26' }), 'accept')],
    [
      'investigating',
      async () =>
        ok(
          await w.as('ws_clerk', 'POST', `${base}/investigation`, {
            on: '2025-09-29',
            investigators: ['王调查', '赵调查'],
            homeVisit: { visitedOn: '2025-09-29', membersPresent: ['张三'], findings: '家庭居住条件简陋，收入来源为户主工资' },
          }),
          'investigate',
        ),
    ],
    [
      'preliminary-reviewed',
      async () =>
        ok(await w.as('ws_clerk', 'POST', `${base}/preliminary-review`, { on: '2025-09-30', opinion: 'recommend-approve' }), 'review'),
    ],
    [
      'in-publicity',
      async () => ok(await w.as('ws_clerk', 'POST', `${base}/publicity`, { startsOn: '2025-09-30', location: '社区公示栏' }), 'publicity'),
    ],
    ['county-review', async () => ok(await w.as('ws_clerk', 'POST', `${base}/submit-to-county`, { on: '2025-10-09' }), 'submit')],
    [
      'approved',
      async () => ok(await w.as('ws_approver', 'POST', `${base}/decision`, { on: '2025-10-20', decision: 'approve' }), 'decide'),
    ],
  ];
  for (const [step, run] of steps) {
    if (STEPS.indexOf(step) > STEPS.indexOf(until)) break;
    await run();
  }
  return { household, applicationId: app.id, head };
};

/** A one-page PDF standing for a signed scan. */
export const scanPdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, 'utf8').toString('base64');

/** Signed 核对授权书 scans (rules doc §6.1) for the given members, recorded by ws_clerk on `signedOn`. */
export const authorise = async (
  w: World,
  applicationId: number,
  members: readonly { id: number; name?: string }[],
  signedOn = '2025-09-24',
) => {
  for (const m of members) {
    await ok(
      await w.as('ws_clerk', 'POST', `/api/assistance/applications/${applicationId}/authorisations`, {
        memberId: m.id,
        signedOn,
        signerName: m.name ?? '本人',
        signedAs: 'self',
        document: { fileName: `授权书-${m.id}.pdf`, mimeType: 'application/pdf', contentBase64: scanPdf(`authorisation ${m.id}`) },
      }),
      'authorisation',
    );
  }
};
