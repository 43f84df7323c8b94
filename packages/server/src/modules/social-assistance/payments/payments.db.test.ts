import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { parseCsv } from '../import/spreadsheet';
import { seedRecipients, villagesUnder, type SeededHousehold } from '../operations.test-support';

// Payment rolls end to end on a small county caseload: set-based generation identical when re-run,
// suspension and missing accounts, freeze on approval, bank file export, bank result import (all or
// nothing), reconciliation, arrears carried to the next roll, audit rows and scope.

let world: World;
let county: number;
let households: SeededHousehold[];
const P = '/api/assistance/payments';

const call = async (user: string, method: string, url: string, payload?: unknown) => {
  const r = await world.as(user, method, url, payload);
  return {
    status: r.statusCode,
    body: String(r.headers['content-type'] ?? '').includes('json') ? (r.json() as Record<string, unknown>) : {},
    raw: r,
  };
};
const ok = async (user: string, method: string, url: string, payload?: unknown) => {
  const r = await call(user, method, url, payload);
  if (r.status !== 200) throw new Error(`${method} ${url}: ${r.status} ${r.raw.body}`);
  return r.body as Record<string, unknown> & { id: number };
};
const lineRows = (rollId: number) =>
  sql<
    Record<string, unknown>
  >`select household_id, recipient_id, programme, kind, arrears_id, service_month, payee_member_id, account_name, account_no,
      bank_name, citizen_id, amount_fen, gradual_exit, memo, status from payment_line where roll_id = ${rollId} order by household_id, recipient_id, kind`
    .execute(world.db.db)
    .then((r) => r.rows);
const upload = (rows: string[][]) => ({
  fileName: 'result.csv',
  contentBase64: Buffer.from(rows.map((r) => r.join(',')).join('\n')).toString('base64'),
});

beforeAll(async () => {
  world = await createWorld();
  county = await world.divisionId('532601');
  const villages = [
    ...(await villagesUnder(world.db.db, '532601001')).slice(0, 3),
    ...(await villagesUnder(world.db.db, '532601002')).slice(0, 2),
  ];
  households = await seedRecipients(world.db.db, { divisionIds: villages, count: 40, seqBase: 1, withoutAccount: (i) => i === 7 });
});
afterAll(async () => world.close());

describe('monthly payment roll', () => {
  let rollId: number;

  it('generates one line per active recipient, set-based, and is identical when re-run', async () => {
    const first = await ok('ws_approver', 'POST', `${P}/rolls`, { divisionId: county, month: '2025-03' });
    rollId = first.id;
    expect(first).toMatchObject({ status: 'draft', lineCount: 40, missingAccountCount: 1, generationCount: 1 });
    expect(first['totalFen']).toBe(households.reduce((s, h) => s + h.amountFen, 0));
    const before = await lineRows(rollId);
    const again = await ok('ws_approver', 'POST', `${P}/rolls`, { divisionId: county, month: '2025-03' });
    expect(again).toMatchObject({ id: rollId, generationCount: 2, digest: first['digest'], totalFen: first['totalFen'] });
    expect(await lineRows(rollId)).toEqual(before);
    const memo = before.find((l) => l['programme'] === 'extreme-poverty')?.['memo'];
    expect(memo).toBe('2025年3月特困供养金');
  });

  it('refuses approval while a line has no account; a suspension with its reason removes the household', async () => {
    const refused = await call('ws_approver', 'POST', `${P}/rolls/${rollId}/approve`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'SOCIAL_ASSISTANCE_PAYMENT_ACCOUNT_MISSING' });
    const noAccount = households[7] as SeededHousehold;
    await ok('ws_approver', 'POST', `${P}/suspensions`, {
      householdId: noAccount.id,
      fromMonth: '2025-03',
      reason: '未登记发放账户，待补录',
    });
    const regenerated = await ok('ws_approver', 'POST', `${P}/rolls`, { divisionId: county, month: '2025-03' });
    expect(regenerated).toMatchObject({ lineCount: 39, suspendedCount: 1, missingAccountCount: 0 });
  });

  it('approval freezes the roll: later edits of households do not change it', async () => {
    const approved = await ok('ws_approver', 'POST', `${P}/rolls/${rollId}/approve`);
    expect(approved).toMatchObject({ status: 'approved', frozenDigest: approved['digest'] });
    const frozen = await lineRows(rollId);
    const target = households[0] as SeededHousehold;
    // New account, new amount, renamed head, a suspension: none of it reaches the approved roll.
    await ok('ws_clerk', 'PUT', `${P}/accounts/${target.id}`, {
      memberId: target.headId,
      accountName: '改名后',
      accountNo: '6222000011112222',
      bankName: '农业银行',
    });
    await sql`update assistance_amount_period set monthly_amount_fen = monthly_amount_fen + 10000 where recipient_id = ${target.recipientId}`.execute(
      world.db.db,
    );
    await sql`update household_member set name = '已改名' where id = ${target.headId}`.execute(world.db.db);
    await ok('ws_approver', 'POST', `${P}/suspensions`, {
      householdId: (households[1] as SeededHousehold).id,
      fromMonth: '2025-01',
      reason: '核查期间暂停',
    });
    expect(await lineRows(rollId)).toEqual(frozen);
    const again = await call('ws_approver', 'POST', `${P}/rolls`, { divisionId: county, month: '2025-03' });
    expect(again).toMatchObject({ status: 409, body: { code: 'SOCIAL_ASSISTANCE_ROLL_FROZEN' } });
    expect(await lineRows(rollId)).toEqual(frozen);
  });

  it('exports the bank file as CSV and Excel with yuan amounts and full numbers', async () => {
    const csv = await call('ws_approver', 'POST', `${P}/rolls/${rollId}/export`, { format: 'csv' });
    expect(csv.status).toBe(200);
    const sheet = parseCsv(csv.raw.body);
    expect(sheet.headers).toEqual(['明细编号', '户名', '账号', '金额', '身份证号', '摘要']);
    expect(sheet.rows).toHaveLength(39);
    const first = households.find((h) => h.accountNo === sheet.rows[0]?.cells[2]);
    expect(first).toBeDefined();
    expect(sheet.rows[0]?.cells[3]).toBe(`${Math.floor((first?.amountFen ?? 0) / 100)}.00`);
    expect(sheet.rows[0]?.cells[4]).toMatch(/^\d{17}[\dX]$/);
    const xlsx = await call('ws_approver', 'POST', `${P}/rolls/${rollId}/export`, { format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw.rawPayload as unknown as ArrayBuffer);
    const ws = book.worksheets[0];
    expect(ws?.rowCount).toBe(40);
    expect(typeof ws?.getRow(2).getCell(3).value).toBe('string');
    expect(ws?.getRow(2).getCell(4).value).toMatch(/^\d+\.\d{2}$/);
    expect((await ok('ws_approver', 'GET', `${P}/rolls/${rollId}`))['status']).toBe('exported');
  });

  it('rejects a bank result file with bad rows as a whole, naming rows and columns', async () => {
    const lines = await sql<{
      id: number;
      account_no: string;
      amount_fen: number;
    }>`select id, account_no, amount_fen from payment_line where roll_id = ${rollId} order by id`.execute(world.db.db);
    const rows = [
      ['明细编号', '账号', '金额', '结果', '说明'],
      ...lines.rows.map((l) => [String(l.id), l.account_no, (l.amount_fen / 100).toFixed(2), '成功', '']),
    ];
    (rows[3] as string[])[2] = '1.00'; // wrong amount for that line
    rows.push(['999999999', '6217000000000001', '10.00', '成功', '']); // unknown line
    const r = await call('ws_approver', 'POST', `${P}/rolls/${rollId}/results`, upload(rows));
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'IMPORT_REJECTED' });
    const details = r.body['details'] as { row: number; column: string }[];
    expect(details.map((d) => [d.row, d.column])).toEqual([
      [4, '金额'],
      [41, '明细编号'],
    ]);
    const pending = await sql<{
      n: number;
    }>`select count(*)::int as n from payment_line where roll_id = ${rollId} and status = 'pending'`.execute(world.db.db);
    expect(pending.rows[0]?.n).toBe(39);
  });

  it('imports the results, reconciles, and carries failed and returned lines as arrears to the next roll', async () => {
    const lines = await sql<{
      id: number;
      account_no: string;
      amount_fen: number;
      household_id: number;
    }>`select id, account_no, amount_fen, household_id from payment_line where roll_id = ${rollId} order by id`.execute(world.db.db);
    // Failures in households that are still paid in April (households[1] is suspended from then on).
    const [failed, returned] = lines.rows.filter((l) => l.household_id !== (households[1] as SeededHousehold).id);
    const rest = lines.rows.filter((l) => l !== failed && l !== returned);
    if (!failed || !returned) throw new Error('lines missing');
    const rows = [
      ['明细编号', '账号', '金额', '结果', '说明'],
      [String(failed.id), failed.account_no, (failed.amount_fen / 100).toFixed(2), '失败', '账户已冻结'],
      ['', returned.account_no, (returned.amount_fen / 100).toFixed(2), '退回', '户名不符'], // matched by account + amount
      ...rest.map((l) => [String(l.id), l.account_no, (l.amount_fen / 100).toFixed(2), '成功', '']),
    ];
    const result = await ok('ws_approver', 'POST', `${P}/rolls/${rollId}/results`, upload(rows));
    expect(result).toMatchObject({ rows: 39, paid: 37, failed: 1, returned: 1, arrearsCreated: 2, pending: 0, status: 'reconciled' });
    const summary = await ok('ws_approver', 'GET', `${P}/rolls/${rollId}/reconciliation`);
    expect(summary).toMatchObject({
      status: 'reconciled',
      balanced: true,
      arrearsCreated: { count: 2, amountFen: failed.amount_fen + returned.amount_fen },
    });

    const next = await ok('ws_approver', 'POST', `${P}/rolls`, { divisionId: county, month: '2025-04' });
    expect(next['arrearsLineCount']).toBe(2);
    const arrears = (await lineRows(next.id)).filter((l) => l['kind'] === 'arrears');
    expect(arrears.map((l) => l['memo'])).toEqual(expect.arrayContaining([expect.stringMatching(/^补发2025年3月/)]));
    // households[1] was suspended from 2025-01 after the March approval: it is not in April.
    expect((await lineRows(next.id)).some((l) => l['household_id'] === (households[1] as SeededHousehold).id)).toBe(false);
  });

  it('keeps the audit trail of every step', async () => {
    const actions = await world.db.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', String(rollId))
      .where('entity', '=', 'payment_roll')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['PAYMENT_ROLL_GENERATED', 'PAYMENT_ROLL_APPROVED', 'PAYMENT_ROLL_EXPORTED', 'PAYMENT_RESULTS_IMPORTED']),
    );
    const suspended = await world.db.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('action', '=', 'PAYMENT_SUSPENDED')
      .execute();
    expect(suspended[0]?.after).toMatchObject({ reason: '未登记发放账户，待补录' });
  });

  it('a county outside the scope sees nothing and changes nothing (404)', async () => {
    const before = await world.db.db.selectFrom('payment_roll').selectAll().where('id', '=', rollId).executeTakeFirstOrThrow();
    for (const [method, url, payload] of [
      ['GET', `${P}/rolls/${rollId}`],
      ['GET', `${P}/rolls/${rollId}/lines`],
      ['POST', `${P}/rolls/${rollId}/export`, { format: 'csv' }],
      ['POST', `${P}/rolls`, { divisionId: county, month: '2025-05' }],
    ] as [string, string, unknown][]) {
      const r = await call('ys_approver', method, url, payload);
      expect({ url, status: r.status, code: r.body['code'] }).toEqual({ url, status: 404, code: 'NOT_FOUND' });
    }
    expect(await world.db.db.selectFrom('payment_roll').selectAll().where('id', '=', rollId).executeTakeFirstOrThrow()).toEqual(before);
    expect(await world.db.db.selectFrom('payment_roll').select('id').where('month', '=', '2025-05-01').execute()).toEqual([]);
  });

  it('lists suspensions and arrears under a division filter: its subtree only', async () => {
    const divisionOf = new Map(households.map((h) => [h.id, h.divisionId]));
    const villages = [...new Set(divisionOf.values())];
    const listed = async (path: string, divisionId: number) => {
      const body = await ok('ws_approver', 'GET', `${P}/${path}?divisionId=${divisionId}`);
      return (body['items'] as { householdId: number }[]).map((item) => item.householdId).sort((a, b) => a - b);
    };
    for (const path of ['suspensions', 'arrears']) {
      const all = await listed(path, county);
      expect(all.length, path).toBeGreaterThan(0);
      for (const village of villages) {
        const expected = all.filter((householdId) => divisionOf.get(householdId) === village);
        expect({ path, village, items: await listed(path, village) }).toEqual({ path, village, items: expected });
      }
      expect(
        villages.filter((village) => !all.some((householdId) => divisionOf.get(householdId) === village)).length,
        path,
      ).toBeGreaterThan(0);
    }
  });
});
