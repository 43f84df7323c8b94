import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { ScopeCase } from '../../../test/scope-case';
import type { World } from '../../../test/world';

// One scope case per monitoring route. Owners: ws_planner (文山州 532600), ws_reviewer and
// ws_approver (文山市 532601). Outsiders: the same roles in 砚山县 532622 (inside 文山州 but not in
// 文山市) and hh_planner in 红河州 532500 (sees the national plan, not Wenshan's). Each `request`
// is idempotent: it is also called by the anonymous pass of the generated test.

const planId = async (w: World, seedId: string) =>
  (await w.db.db.selectFrom('monitoring_plan').select('id').where('seed_id', '=', seedId).executeTakeFirstOrThrow()).id;
const indicatorId = async (w: World, code: string) =>
  (await w.db.db.selectFrom('monitoring_plan_indicator').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
const userId = async (w: World, username: string) =>
  (await w.db.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
const wenshanCity = (w: World) => w.divisionId('532601');
const ws = (w: World) => planId(w, '002');

/** A submission already waiting for the county review (created directly; idempotent). */
const pendingSubmission = async (w: World, seedId: string, year: number) => {
  const division = await wenshanCity(w);
  const plan = await planId(w, seedId);
  await w.db.db
    .insertInto('monitoring_submission')
    .values({
      province_code: '53',
      plan_id: plan,
      division_id: division,
      year,
      status: 'submitted',
      next_review_level: 'county',
      final_level: 'province',
      submitted_by: await userId(w, 'ws_reviewer'),
      submitted_at: new Date(),
      last_actor_id: await userId(w, 'ws_reviewer'),
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return (
    await w.db.db
      .selectFrom('monitoring_submission')
      .select('id')
      .where('plan_id', '=', plan)
      .where('division_id', '=', division)
      .where('year', '=', year)
      .executeTakeFirstOrThrow()
  ).id;
};

const seeds = (body: unknown) => (body as { seedId: string }[]).map((p) => p.seedId);

export const scopeCases: ScopeCase[] = [
  {
    route: 'GET /api/monitoring/plans',
    owner: 'ws_planner',
    outsider: 'hh_planner',
    request: async () => ({ url: '/api/monitoring/plans' }),
    outsiderCheck: (r) => expect(seeds(r.json())).toEqual(['001']),
  },
  {
    route: 'GET /api/monitoring/plans/:planId',
    owner: 'ws_planner',
    outsider: 'hh_planner',
    request: async (w) => ({ url: `/api/monitoring/plans/${await ws(w)}` }),
  },
  {
    route: 'GET /api/monitoring/cascade',
    owner: 'ws_planner',
    outsider: 'hh_planner',
    request: async () => ({ url: '/api/monitoring/cascade' }),
    outsiderCheck: (r) => {
      const body = r.json() as { rows: { adoptions: { seedId: string }[] }[] };
      expect(body.rows.flatMap((row) => row.adoptions.map((a) => a.seedId))).not.toContain('002');
    },
  },
  {
    route: 'GET /api/monitoring/plans/:planId/overview',
    owner: 'ws_reviewer',
    outsider: 'ys_planner',
    request: async (w) => ({ url: `/api/monitoring/plans/${await ws(w)}/overview?divisionId=${await wenshanCity(w)}` }),
  },
  {
    route: 'GET /api/monitoring/plans/:planId/cut-offs',
    owner: 'ws_reviewer',
    // 红河州 does not see 文山州's plan at all.
    outsider: 'hh_planner',
    request: async (w) => ({ url: `/api/monitoring/plans/${await ws(w)}/cut-offs` }),
  },
  {
    route: 'PUT /api/monitoring/plans/:planId/cut-offs',
    owner: 'ws_planner',
    outsider: 'hh_planner',
    // The defaults, restated: idempotent, and the verdicts stay what they were.
    request: async (w) => ({
      url: `/api/monitoring/plans/${await ws(w)}/cut-offs`,
      payload: { cutOffs: { aheadFrom: 1.1, onTrackFrom: 0.9, laggingFrom: 0.6 }, reason: '沿用平台默认分界值' },
    }),
  },
  {
    route: 'GET /api/monitoring/plans/:planId/divisions/:divisionId/children',
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => ({ url: `/api/monitoring/plans/${await ws(w)}/divisions/${await wenshanCity(w)}/children?year=2024` }),
  },
  {
    route: 'GET /api/monitoring/indicators/:indicatorId',
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => ({ url: `/api/monitoring/indicators/${await indicatorId(w, 'WS08')}?divisionId=${await wenshanCity(w)}` }),
  },
  {
    route: 'GET /api/monitoring/map/:divisionId',
    owner: 'ws_planner',
    outsider: 'ys_planner',
    request: async (w) => ({ url: `/api/monitoring/map/${await w.divisionId('532600')}?planId=${await ws(w)}` }),
  },
  {
    route: 'GET /api/monitoring/plans/:planId/values',
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => ({ url: `/api/monitoring/plans/${await ws(w)}/values?divisionId=${await wenshanCity(w)}&year=2024` }),
  },
  {
    route: 'PUT /api/monitoring/plans/:planId/values',
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => ({
      url: `/api/monitoring/plans/${await ws(w)}/values`,
      payload: {
        divisionId: await wenshanCity(w),
        year: 2022,
        values: [{ indicatorId: await indicatorId(w, 'WS02A'), numerator: 9, denominator: 10 }],
      },
    }),
  },
  {
    route: 'GET /api/monitoring/plans/:planId/template.xlsx',
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => ({ url: `/api/monitoring/plans/${await ws(w)}/template.xlsx?divisionId=${await wenshanCity(w)}&year=2024` }),
  },
  {
    route: 'POST /api/monitoring/plans/:planId/import',
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => {
      const plan = await ws(w);
      const division = await wenshanCity(w);
      const template = await w.as('ws_reviewer', 'GET', `/api/monitoring/plans/${plan}/template.xlsx?divisionId=${division}&year=2021`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('指标填报');
      sheet?.eachRow((row) => {
        if (row.getCell(1).value === 'WS02') {
          row.getCell(5).value = 6;
          row.getCell(6).value = 10;
        }
      });
      const fileBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
      return {
        url: `/api/monitoring/plans/${plan}/import`,
        payload: { divisionId: division, year: 2021, fileName: '文山市2021.xlsx', fileBase64 },
      };
    },
  },
  {
    route: 'PUT /api/monitoring/plans/:planId/deviation-notes',
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => ({
      url: `/api/monitoring/plans/${await ws(w)}/deviation-notes`,
      payload: {
        divisionId: await wenshanCity(w),
        year: 2023,
        indicatorId: await indicatorId(w, 'WS08'),
        text: '新建养老机构护理型床位尚未投入使用，预计2024年底补齐。',
      },
    }),
  },
  {
    route: 'POST /api/monitoring/plans/:planId/compute',
    owner: 'ws_planner',
    outsider: 'ys_planner',
    request: async (w) => ({
      url: `/api/monitoring/plans/${await ws(w)}/compute`,
      payload: { divisionId: await wenshanCity(w), year: 2024 },
    }),
  },
  {
    route: 'GET /api/monitoring/plans/:planId/submissions',
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => ({ url: `/api/monitoring/plans/${await ws(w)}/submissions?divisionId=${await wenshanCity(w)}` }),
  },
  {
    route: 'POST /api/monitoring/plans/:planId/submissions',
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => {
      const plan = await ws(w);
      const division = await wenshanCity(w);
      const locked = await w.db.db
        .selectFrom('monitoring_submission')
        .select('id')
        .where('plan_id', '=', plan)
        .where('division_id', '=', division)
        .where('year', '=', 2025)
        .executeTakeFirst();
      if (!locked) {
        await w.as('ws_reviewer', 'PUT', `/api/monitoring/plans/${plan}/values`, {
          divisionId: division,
          year: 2025,
          values: [{ indicatorId: await indicatorId(w, 'WS02'), numerator: 8, denominator: 10 }],
        });
      }
      return { url: `/api/monitoring/plans/${plan}/submissions`, payload: { divisionId: division, year: 2025 } };
    },
  },
  {
    route: 'GET /api/monitoring/submissions/:submissionId',
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => ({ url: `/api/monitoring/submissions/${await pendingSubmission(w, '001', 2019)}` }),
  },
  {
    route: 'POST /api/monitoring/submissions/:submissionId/approve',
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => ({
      url: `/api/monitoring/submissions/${await pendingSubmission(w, '001', 2022)}/approve`,
      payload: { comment: '数据已核实' },
    }),
  },
  {
    route: 'POST /api/monitoring/submissions/:submissionId/return',
    owner: 'ws_approver',
    outsider: 'ys_approver',
    request: async (w) => ({
      url: `/api/monitoring/submissions/${await pendingSubmission(w, '001', 2023)}/return`,
      payload: { reason: '分母口径与上年不一致，请核实' },
    }),
  },
  {
    route: 'GET /api/monitoring/plans/:planId/report.docx',
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => ({
      url: `/api/monitoring/plans/${await ws(w)}/report.docx?divisionId=${await wenshanCity(w)}&kind=annual&year=2024`,
    }),
  },
  {
    route: 'GET /api/monitoring/plans/:planId/report.xlsx',
    owner: 'ws_reviewer',
    outsider: 'ys_reviewer',
    request: async (w) => ({ url: `/api/monitoring/plans/${await ws(w)}/report.xlsx?divisionId=${await wenshanCity(w)}&kind=midterm` }),
  },
];
