import ExcelJS from 'exceljs';
import { computeCitizenIdCheckDigit } from '@mz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { ensureParameters, parameterValues } from '../social-assistance.test-support';
import { HOUSEHOLD_COLUMNS } from './household-import.rules';

// All-or-nothing import of existing caseloads. The acceptance case: 100,000 households (about 200,000
// member rows) with one bad row is rejected naming the row and column, leaving the database unchanged;
// the same file fixed imports completely, in one transaction, with one audit row.

let w: World;
let villages: string[];
beforeAll(async () => {
  w = await createWorld();
  await ensureParameters(w);
  villages = (
    await w.db.db
      .selectFrom('division')
      .select('code')
      .where('parent_id', '=', await w.divisionId('532601001'))
      .orderBy('code')
      .execute()
  ).map((d) => d.code);
});
afterAll(async () => w.close());

const HEADERS = Object.values(HOUSEHOLD_COLUMNS);
const id = (area: string, birth: string, seq: number) => {
  const first17 = `${area}${birth}${String(seq).padStart(3, '0')}`;
  return `${first17}${computeCitizenIdCheckDigit(first17)}`;
};

const dateAfter = (from: string, days: number) =>
  new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');

/** `count` households with 1–3 members each; unique valid IDs derived from the index (area code per role). */
const caseload = (count: number, offset = 0, options: { programme?: boolean } = {}) => {
  const rows: string[][] = [];
  for (let i = offset; i < offset + count; i += 1) {
    const village = villages[i % villages.length] as string;
    const size = 1 + (i % 3);
    const adult = (area: string) => id(area, dateAfter('1940-01-01', i % 20_000), Math.floor(i / 20_000));
    const key = `H${i}`;
    const base = [key, village, i % 2 === 0 ? '城市' : '农村', `开化街道测试路${i}号`];
    const receiving = options.programme && i % 4 === 0;
    rows.push([
      ...base,
      '户主',
      `户主${i}`,
      adult('532625'),
      '是',
      '',
      '',
      '就业',
      '',
      receiving ? '低保' : '',
      receiving ? '300' : '',
      receiving ? '2025-01' : '',
    ]);
    if (size > 1) {
      rows.push([
        ...base,
        '配偶',
        `配偶${i}`,
        adult('532626'),
        '是',
        i % 10 === 0 ? '肢体' : '',
        i % 10 === 0 ? '二级' : '',
        '未就业',
        '',
        '',
        '',
        '',
      ]);
    }
    if (size > 2) {
      rows.push([
        ...base,
        '子女',
        `子女${i}`,
        id('532627', dateAfter('2005-01-01', i % 6_000), Math.floor(i / 6_000)),
        '是',
        '',
        '',
        '未就业',
        '小学',
        '',
        '',
        '',
      ]);
    }
  }
  return rows;
};
const csv = (rows: string[][]) =>
  Buffer.from(
    `\ufeff${[HEADERS, ...rows].map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',')).join('\r\n')}`,
    'utf8',
  );
const xlsx = async (rows: string[][]) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('家庭成员');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
const upload = (fileName: string, content: Buffer) =>
  w.as('ws_clerk', 'POST', '/api/assistance/import/households', { fileName, contentBase64: content.toString('base64') });
const counts = async () => ({
  households: Number(
    (
      await w.db.db
        .selectFrom('household')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  members: Number(
    (
      await w.db.db
        .selectFrom('household_member')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  recipients: Number(
    (
      await w.db.db
        .selectFrom('assistance_recipient')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  audit: Number(
    (
      await w.db.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
});

describe('caseload import (small files)', () => {
  it('serves an .xlsx template whose example imports', async () => {
    const template = await w.as('ws_clerk', 'GET', '/api/assistance/import/households/template');
    expect(template.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect((book.worksheets[0]?.getRow(1).values as string[]).slice(1)).toEqual(HEADERS);
    const imported = await upload('template.xlsx', template.rawPayload);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ households: 1, members: 2, recipients: 1 });
  });

  it('reports every bad row with its row number and Chinese column, and imports nothing', async () => {
    const rows = caseload(20, 1_000);
    rows[3] = [...(rows[3] as string[])];
    (rows[3] as string[])[6] = `${(rows[3] as string[])[6]?.slice(0, 17)}${(rows[3] as string[])[6]?.endsWith('0') ? '1' : '0'}`;
    (rows[5] as string[])[1] = '440783001001';
    (rows[7] as string[])[2] = '城乡';
    rows.push([...(rows[0] as string[])]);
    const before = await counts();
    const response = await upload('bad.xlsx', await xlsx(rows));
    expect(response.statusCode).toBe(422);
    const body = response.json() as { code: string; details: { row: number; column: string; code: string }[] };
    expect(body.code).toBe('IMPORT_REJECTED');
    expect(body.details.map((d) => [d.row, d.column, d.code])).toEqual([
      [5, '公民身份号码', 'CITIZEN_ID_CHECK_DIGIT'],
      [7, '行政区划代码', 'DIVISION'],
      [9, '城乡类别', 'CODE'],
      [rows.length + 1, '公民身份号码', 'DUPLICATE_IN_FILE'],
      [rows.length + 1, '与户主关系', 'SECOND_HEAD'],
    ]);
    expect(await counts()).toEqual(before);
  });

  it('rejects persons already registered in the database, and a file without a head of household', async () => {
    const rows = caseload(3, 2_000);
    expect((await upload('first.csv', csv(rows))).statusCode).toBe(200);
    const again = await upload('again.csv', csv(caseload(1, 2_000)));
    expect(again.statusCode).toBe(422);
    expect((again.json() as { details: { row: number; code: string; message: string }[] }).details[0]).toMatchObject({
      row: 2,
      code: 'DUPLICATE_PERSON',
    });
    const headless = caseload(1, 3_000).map((r) => [...r.slice(0, 4), '配偶', ...r.slice(5)]);
    const rejected = await upload('headless.csv', csv(headless));
    expect((rejected.json() as { details: { code: string; column: string }[] }).details).toContainEqual(
      expect.objectContaining({ code: 'NO_HEAD', column: '与户主关系' }),
    );
  });
});

describe('caseload import at scale', () => {
  it('100,000 households with one bad row: rejected, row and column named, database unchanged; fixed: imported completely', async () => {
    const rows = caseload(100_000, 10_000, { programme: true });
    const badIndex = 123_456 % rows.length;
    const good = rows[badIndex] as string[];
    const bad = [...good];
    bad[7] = '也许';
    rows[badIndex] = bad;
    const before = await counts();

    let started = Date.now();
    const rejected = await upload('caseload.csv', csv(rows));
    const rejectMs = Date.now() - started;
    expect(rejected.statusCode).toBe(422);
    const body = rejected.json() as { code: string; details: { row: number; column: string; path: string }[] };
    expect(body.code).toBe('IMPORT_REJECTED');
    expect(body.details).toEqual([
      expect.objectContaining({ row: badIndex + 2, column: '是否共同生活', path: `第${badIndex + 2}行 是否共同生活` }),
    ]);
    expect(await counts()).toEqual(before);

    rows[badIndex] = good;
    started = Date.now();
    const imported = await upload('caseload.csv', csv(rows));
    const importMs = Date.now() - started;
    expect(imported.statusCode, imported.body.slice(0, 500)).toBe(200);
    const result = imported.json() as { households: number; members: number; recipients: number; sha256: string };
    expect(result).toMatchObject({ households: 100_000, members: rows.length, recipients: 25_000 });
    const after = await counts();
    expect(after).toEqual({
      households: before.households + 100_000,
      members: before.members + rows.length,
      recipients: before.recipients + 25_000,
      audit: before.audit + 1,
    });
    const auditRow = await w.db.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(auditRow).toMatchObject({ action: 'HOUSEHOLDS_IMPORTED', after: { households: 100_000, sha256: result.sha256 } });
    console.log(
      `import timing (${process.env['MZ_TEST_ENGINE']}): ${rows.length} rows / 100000 households — rejected in ${rejectMs} ms, imported in ${importMs} ms`,
    );

    // Scoped search over the imported caseload stays paginated and masked.
    const search = await w.as('ws_clerk', 'GET', `/api/assistance/households?name=${encodeURIComponent('户主10001')}&pageSize=5`);
    expect((search.json() as { items: { headCitizenIdMasked: string }[] }).items[0]?.headCitizenIdMasked).toMatch(/\*{8}/);
  }, 600_000);
});

describe('imported 特困 records carry their care tier', () => {
  it('imports 照料护理等级 and a later standard change re-computes the amount as basic + care', async () => {
    const head = id('532625', '19500303', 777);
    const rows = [
      [
        `T1`,
        villages[0] as string,
        '城市',
        '开化街道测试路特困1号',
        '户主',
        '特困甲',
        head,
        '是',
        '',
        '',
        '未就业',
        '',
        '特困',
        '900',
        '2025-01',
        '全护理',
      ],
    ];
    const imported = await upload('tekun.csv', csv(rows));
    expect(imported.statusCode, imported.body).toBe(200);
    const recipient = await w.db.db
      .selectFrom('assistance_recipient as r')
      .innerJoin('household_member as m', 'm.id', 'r.member_id')
      .select(['r.id', 'r.care_tier', 'r.unit'])
      .where('m.citizen_id', '=', head)
      .executeTakeFirstOrThrow();
    expect(recipient).toMatchObject({ care_tier: 'full-care', unit: 'person' });

    const values = parameterValues();
    const raised = await w.as('ws_approver', 'POST', '/api/assistance/parameters', {
      divisionId: await w.divisionId('532601'),
      validFrom: '2026-01-01',
      values: {
        ...values,
        extremePoverty: {
          ...values.extremePoverty,
          basicLivingStandardFen: { urban: 120_000, rural: 110_000 },
          careStandardFen: { 'self-care': 10_000, 'partial-care': 30_000, 'full-care': 50_000 },
        },
      },
    });
    expect(raised.statusCode, raised.body).toBe(200);
    const periods = await w.db.db
      .selectFrom('assistance_amount_period')
      .select(['from_month', 'standard_fen', 'monthly_amount_fen'])
      .where('recipient_id', '=', recipient.id)
      .orderBy('from_month')
      .execute();
    expect(periods).toEqual([
      { from_month: '2025-01-01', standard_fen: expect.any(Number), monthly_amount_fen: 90_000 },
      { from_month: '2026-01-01', standard_fen: 120_000, monthly_amount_fen: 170_000 },
    ]);
  });
});
