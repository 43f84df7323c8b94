import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell, LoginPage, screenshot } from './support/pages';
import { newSession, startStack, type Stack } from './support/stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const TEMPORARY = 'Temp#Pass2026';
const CHOSEN = 'Wolong#Clerk2026';
const LATER = 'Wolong#Again2026';

describe('password change', () => {
  it('an administrator resets a clerk’s password; the clerk must choose a new one at login, then changes it again from the user menu', async () => {
    const admin = await newSession(stack);
    try {
      await admin.page.goto('/users');
      const login = new LoginPage(admin.page);
      await login.waitUntilShown();
      await login.login('admin');
      await new AppShell(admin.page).waitUntilSignedIn();
      await admin.page.getByRole('cell', { name: 'ws_clerk2', exact: true }).getByText('ws_clerk2').click();
      await admin.page.getByText('用户详情：卧龙街道经办员（演示）').waitFor();
      await admin.page.getByRole('button', { name: '重置密码' }).click();
      const dialog = admin.page.getByRole('dialog', { name: /重置密码/ });
      await dialog.getByLabel('临时密码').fill('short');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await dialog.getByText('密码至少10位').waitFor();
      await dialog.getByLabel('临时密码').fill(TEMPORARY);
      await screenshot(admin.page, 'password-reset');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await admin.page.getByText('密码已重置，用户下次登录时须修改密码').first().waitFor();
      await admin.page.getByText('待修改密码').waitFor();
      expect(admin.pageErrors).toEqual([]);
    } catch (error) {
      await screenshot(admin.page, 'failed-password-reset', true);
      throw new Error(`${String(error)}\nat ${admin.page.url()}\npage errors: ${admin.pageErrors.join(' | ')}`, { cause: error });
    } finally {
      await admin.context.close();
    }

    const { context, page, pageErrors } = await newSession(stack);
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    try {
      await page.goto('/divisions');
      await login.waitUntilShown();
      await login.login('ws_clerk2', TEMPORARY);
      // Forced change: nothing else of the app until a new password is set.
      await page.getByText('管理员已重置您的密码').waitFor();
      expect(await shell.currentUser().count()).toBe(0);
      await page.getByLabel('当前密码').fill(TEMPORARY);
      await page.getByLabel('新密码', { exact: true }).fill('wolongclerk');
      await page.getByText('密码须包含大写字母、小写字母、数字、符号中的至少三类').waitFor();
      await page.getByLabel('新密码', { exact: true }).fill(CHOSEN);
      await page.getByLabel('确认新密码').fill(CHOSEN);
      await screenshot(page, 'password-forced');
      await page.getByRole('button', { name: '确认修改' }).click();
      // …then the page asked for.
      await shell.waitUntilSignedIn();
      await page.getByRole('link', { name: '卧龙街道' }).first().waitFor();
      expect(new URL(page.url()).pathname).toBe('/divisions');

      await shell.userMenu('修改密码');
      await page.waitForURL(/\/account\/password$/);
      await page.getByLabel('当前密码').fill('not-my-password');
      await page.getByLabel('新密码', { exact: true }).fill(LATER);
      await page.getByLabel('确认新密码').fill(LATER);
      await page.getByRole('button', { name: '确认修改' }).click();
      await page.getByText('当前密码不正确').first().waitFor();
      await page.getByLabel('当前密码').fill(CHOSEN);
      await page.getByRole('button', { name: '确认修改' }).click();
      await page.getByText('密码已修改，您在其他设备上的登录已退出').first().waitFor();
      await screenshot(page, 'password-change');

      await shell.logout();
      await login.waitUntilShown();
      await login.login('ws_clerk2', CHOSEN);
      await login.error().waitFor();
      await login.login('ws_clerk2', LATER);
      await shell.waitUntilSignedIn();
      expect(await shell.currentUser().textContent()).toContain('卧龙街道经办员');
      expect(pageErrors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'failed-password-change', true);
      throw new Error(`${String(error)}\nat ${page.url()}\npage errors: ${pageErrors.join(' | ')}`, { cause: error });
    } finally {
      await context.close();
    }
  });
});
