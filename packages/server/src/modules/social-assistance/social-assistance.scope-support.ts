import type { World } from '../../../test/world';
import { createHousehold, ensureParameters, member } from './social-assistance.test-support';

// Helpers shared by this module's scope cases (social-assistance.scope.ts, workflow/workflow.scope.ts).

export const A = '/api/assistance';
export const items = (body: unknown) => (body as { items?: unknown[] }).items ?? [];
export const ok = async (w: World, user: string, method: string, url: string, payload?: unknown) => {
  const r = await w.as(user, method, url, payload);
  if (r.statusCode !== 200) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
  return r.json() as Record<string, unknown> & { id: number };
};
export const household = async (w: World) => {
  const h = await createHousehold(w);
  return {
    ...h,
    head: h.members.find((m) => m.relation === 'self') as { id: number },
    member: h.members.find((m) => m.relation !== 'self') as { id: number },
  };
};
export const app = (id: number) => `${A}/applications/${id}`;
export const on = '2025-09-26';

/** A CSV caseload of one household in 开化 (new ID numbers each call). */
export const caseloadCsv = async (w: World) => {
  const village = (
    await w.db.db
      .selectFrom('division')
      .select('code')
      .where('parent_id', '=', await w.divisionId('532601001'))
      .orderBy('code')
      .executeTakeFirstOrThrow()
  ).code;
  const m = member('导入户主', 'self');
  const rows = [
    ['户编号', '行政区划代码', '城乡类别', '家庭住址', '与户主关系', '姓名', '公民身份号码'],
    ['S1', village, '农村', '测试地址', '户主', m.name, m.citizenId],
  ];
  return { fileName: 'scope.csv', contentBase64: Buffer.from(rows.map((r) => r.join(',')).join('\n')).toString('base64') };
};

export const departmentCsv = async () => {
  const m = member('部门数据', 'self');
  const rows = [
    ['部门', '公民身份号码', '姓名', '数据类别', '金额（元）', '说明', '数据日期'],
    ['公安交管', m.citizenId, m.name, '机动车', '30000', '测试', '2025-09-01'],
  ];
  return { fileName: 'dept.csv', contentBase64: Buffer.from(rows.map((r) => r.join(',')).join('\n')).toString('base64') };
};

/** A 临时救助 application of a fresh household in 开化 (submitted 2025-10-11, a make-up working Saturday). */
export const temporaryCase = async (w: World) => {
  await ensureParameters(w);
  const h = await household(w);
  const created = await ok(w, 'ws_clerk', 'POST', `${A}/applications`, {
    householdId: h.id,
    programme: 'temporary-assistance',
    channel: 'counter',
    appliedOn: '2025-10-11',
    applicantMemberId: h.head.id,
    commitmentSigned: true,
    authorisationSigned: true,
  });
  return { household: h, applicationId: created.id };
};

export const advancePayload = {
  on: '2025-10-11',
  amountFen: 142_000,
  event: { kind: 'fire', occurredOn: '2025-10-11', description: '住房失火，家中财物被毁' },
  method: 'cash',
};
