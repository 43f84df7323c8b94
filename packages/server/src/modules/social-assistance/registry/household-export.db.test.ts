import { text } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@mz/shared';
import { createWorld, type World } from '../../../../test/world';
import { boundedCount, pageTotal } from '../../../db/bounded-count';
import type { Actor } from '../../../platform/auth/actor';
import { systemContext } from '../../../platform/http/context';
import { createHousehold, member } from '../social-assistance.test-support';
import { exportHouseholds } from './household-export.service';

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(async () => w.close());

const csvLines = (body: string) =>
  body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

const actorOf = async (username: string): Promise<Actor> => {
  const user = await w.db.db
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const assignments = await w.db.db
    .selectFrom('role_assignment')
    .select(['id', 'role', 'division_id'])
    .where('user_id', '=', user.id)
    .execute();
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    assignments: assignments.map((a) => ({ id: a.id, role: a.role as Role, divisionId: a.division_id })),
  };
};

describe('household export (家庭档案导出)', () => {
  it('streams the filtered households as CSV with full ID numbers for a personal-data holder, and audits the export', async () => {
    const h = await createHousehold(w);
    const response = await w.as('ws_clerk', 'GET', `/api/assistance/households/export?citizenId=${h.citizenIds[0]}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
    const lines = csvLines(response.body);
    expect(lines[0]).toBe('家庭编号,行政区划代码,行政区划,城乡类别,家庭住址,档案状态,户主姓名,户主公民身份号码,成员数,享受救助');
    expect(lines).toHaveLength(2);
    const cells = (lines[1] ?? '').split(',');
    expect(cells[0]).toBe(String(h.id));
    expect(cells.slice(3, 10)).toEqual(['城市', '文山市开化街道测试路1号', '正常', '张三', h.citizenIds[0], '3', '']);
    const audit = await w.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'HOUSEHOLDS_EXPORTED')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ format: 'csv', filter: { citizenId: h.citizenIds[0] }, fullCitizenIds: true });
  });

  it('masks ID numbers for a caller without the personal-data permission', async () => {
    const h = await createHousehold(w);
    const response = await w.as('ws_village', 'GET', `/api/assistance/households/export?citizenId=${h.citizenIds[0]}`);
    expect(response.statusCode).toBe(200);
    // ws_village (振华社区, 532601001001) reads the household but holds no personal-data:read.
    const lines = csvLines(response.body);
    expect(lines).toHaveLength(2);
    expect(response.body).not.toContain(h.citizenIds[0]);
    expect(lines[1]?.split(',')[7]).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    const audit = await w.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'HOUSEHOLDS_EXPORTED')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ fullCitizenIds: false });
  });

  it('writes an .xlsx workbook with the same columns', async () => {
    const h = await createHousehold(w);
    const response = await w.as('ws_clerk', 'GET', `/api/assistance/households/export?format=xlsx&citizenId=${h.citizenIds[0]}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('家庭档案');
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).getCell(1).value).toBe(h.id);
    expect(sheet?.getRow(2).getCell(7).value).toBe('张三');
  });

  it('pages by id: every matching household exactly once, in id order, whatever the page size', async () => {
    const created = [];
    for (const name of ['导出甲', '导出乙', '导出丙', '导出丁', '导出戊']) {
      created.push(await createHousehold(w, { members: [member(name, 'self')] }));
    }
    const ctx = systemContext(await actorOf('ws_clerk'), 'assistance:read');
    const file = await exportHouseholds({ db: w.db.db, now: () => new Date() }, ctx, { format: 'csv', name: '导出' }, { pageSize: 2 });
    const ids = csvLines(await text(file.body))
      .slice(1)
      .map((l) => Number(l.split(',')[0]));
    expect(ids).toEqual(created.map((h) => h.id).sort((a, b) => a - b));
  });

  it('counts list rows exactly up to the cap, then reports the cap as reached', async () => {
    const base = w.db.db.selectFrom('household as h');
    const all = Number(
      (
        await w.db.db
          .selectFrom('household')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(all).toBeGreaterThan(3);
    expect(await boundedCount(w.db.db, base, 3)).toEqual({ total: 3, totalCapped: true });
    expect(await boundedCount(w.db.db, base, all)).toEqual({ total: all, totalCapped: false });
    // A short page is its own total; a full page or one past the end is counted (up to the cap).
    expect(await pageTotal(w.db.db, base, { page: 2, pageSize: 10, items: 4 }, 100)).toEqual({ total: 14, totalCapped: false });
    expect(await pageTotal(w.db.db, base, { page: 1, pageSize: 1, items: 1 }, 3)).toEqual({ total: 3, totalCapped: true });
    expect(await pageTotal(w.db.db, base, { page: 99, pageSize: 10, items: 0 }, all)).toEqual({ total: all, totalCapped: false });
    const page = (await w.as('ws_clerk', 'GET', '/api/assistance/households?page=1&pageSize=1')).json() as {
      total: number;
      totalCapped: boolean;
    };
    expect(page.totalCapped).toBe(false);
    expect(page.total).toBeGreaterThan(3);
  });
});
