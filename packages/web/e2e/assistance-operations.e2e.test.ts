import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parameterValues } from '../../server/src/modules/social-assistance/social-assistance.test-support';
import { confirmDialog, dialog, label, signIn } from './support/case-steps';
import { AppShell, screenshot } from './support/pages';
import { DEMO_PASSWORD, newSession, startStack, type Stack } from './support/stack';

// The screens of dynamic management, payment suspensions and arrears, and warning thresholds, opened
// by the county approver of 文山市: each lists from the server, and the actions that write ask first.

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const tableRows = (table: Locator) => table.locator('tbody tr.ant-table-row');

describe('dynamic management, payment controls and warning thresholds in the browser', () => {
  it('opens the three screens from the menu, schedules rechecks, lists suspensions and arrears and saves thresholds', async () => {
    const { context, page, pageErrors } = await newSession(stack);
    try {
      // Parameters for 文山市 (the recheck schedule reads the review intervals from them).
      await page.request.post('/api/auth/login', { data: { username: 'ws_approver', password: DEMO_PASSWORD } });
      const me = (await (await page.request.get('/api/auth/me')).json()) as {
        assignments: { divisionId: number; divisionLevel: string }[];
      };
      const countyId = me.assignments.find((a) => a.divisionLevel === 'county')?.divisionId;
      expect(countyId).toBeDefined();
      const params = await page.request.post('/api/assistance/parameters', {
        data: { divisionId: countyId, validFrom: '2024-07-01', values: parameterValues(), note: '浏览器测试参数' },
      });
      expect([200, 409]).toContain(params.status());

      await signIn(context, page, 'ws_approver');
      const shell = new AppShell(page);
      await shell.open('社会救助');
      const nav = page.getByTestId('assistance-nav');

      await nav.getByRole('menuitem', { name: '动态管理' }).click();
      await page.waitForURL(/\/assistance\/dynamic/);
      await page.getByRole('heading', { name: '动态管理' }).waitFor();
      // The demo caseload of 文山市 has rechecks falling due: record one (no change found).
      const due = page.getByTestId('rechecks-due');
      await tableRows(due).first().waitFor();
      await screenshot(page, 'assistance-rechecks');
      await tableRows(due)
        .first()
        .getByRole('button', { name: /登记核查/ })
        .click();
      const record = dialog(page, '登记核查结果', false);
      await record.waitFor();
      await record.getByRole('button', { name: label('确定') }).click();
      await page.getByText('已登记核查结果').waitFor();
      await record.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: /生成核查计划/ }).click();
      const schedule = dialog(page, '生成定期核查计划');
      await schedule.waitFor();
      await schedule.getByRole('button', { name: /生成核查计划/ }).click();
      await page.getByText(/已为 \d+ 名对象排定核查日期/).waitFor();
      await page.getByRole('tab', { name: '变更报告' }).click();
      await page.getByTestId('change-reports').waitFor();
      // The county approver decides reviews; registering a change report is the township's (assistance:apply).
      expect(await page.getByRole('button', { name: /登记变更报告/ }).count()).toBe(0);
      await screenshot(page, 'assistance-dynamic');

      await nav.getByRole('menuitem', { name: '暂停与补发' }).click();
      await page.waitForURL(/\/assistance\/payment-controls/);
      await page.getByRole('heading', { name: '暂停发放与补发' }).waitFor();
      const suspensions = page.getByTestId('suspensions');
      await suspensions.waitFor();
      expect(await tableRows(suspensions).count()).toBe(0);
      // A suspension asks for confirmation before it is written; cancelling writes nothing.
      await page
        .getByRole('button', { name: /暂停发放/ })
        .first()
        .click();
      const suspend = dialog(page, '暂停发放');
      await suspend.waitFor();
      await suspend.getByRole('button', { name: label('取消') }).click();
      await suspend.waitFor({ state: 'detached' });
      await page.getByRole('tab', { name: '待补发' }).click();
      await page.getByTestId('arrears').waitFor();
      await page.getByText(/共 0 笔，合计/).waitFor();
      await screenshot(page, 'assistance-payment-controls');

      await nav.getByRole('menuitem', { name: '预警阈值' }).click();
      await page.waitForURL(/\/assistance\/warning-thresholds/);
      await page.getByRole('heading', { name: '低收入人口预警阈值' }).waitFor();
      await page.getByText('当前使用系统建议值（各地未设置时的默认值）').waitFor();
      const days = page.getByTestId('thresholds-form').getByRole('spinbutton').first();
      await days.fill('7');
      await page.getByRole('button', { name: /保存阈值/ }).click();
      await confirmDialog(page);
      await page.getByText('预警阈值已保存').waitFor();
      await page.getByText('当前为本区划自己的设置').waitFor();
      const saved = (await (await page.request.get(`/api/assistance/monitoring/thresholds/${countyId}`)).json()) as {
        handlingWorkingDays: number;
        isDefault: boolean;
      };
      expect(saved).toMatchObject({ handlingWorkingDays: 7, isDefault: false });
      await screenshot(page, 'assistance-warning-thresholds', true);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
