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

describe('signing in and browsing divisions', () => {
  it('sends a visitor to the login page, rejects a wrong password, and lets a township clerk browse their divisions', async () => {
    const { context, page, pageErrors } = await newSession(stack);
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    try {
      await page.goto('/');
      await login.waitUntilShown();
      await page.getByText('演示账号').click();
      await page.getByRole('cell', { name: 'ws_village' }).waitFor();
      await screenshot(page, 'login');

      await login.login('ws_clerk', 'not-the-password');
      await login.error().waitFor();
      expect(await login.error().textContent()).toContain('用户名或密码错误');

      await login.login('ws_clerk');
      await shell.waitUntilSignedIn();
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await shell.currentUser().textContent()).toContain('开化街道经办员');
      expect(await shell.currentRoles().textContent()).toContain('乡镇经办员 · 开化街道');
      await page.getByText('您好，开化街道经办员（演示）').waitFor();
      // A clerk has no user:read / audit:read: those entries are not in the menu.
      expect(await shell.menuItem('用户管理').count()).toBe(0);
      expect(await shell.menuItem('审计日志').count()).toBe(0);
      await screenshot(page, 'home');

      await shell.open('行政区划');
      await page.waitForURL(/\/divisions$/);
      await page.getByRole('link', { name: '开化街道' }).first().click();
      await page.waitForURL(/\/divisions\/\d+/);
      await page.getByRole('heading', { name: /开化街道/ }).waitFor();
      const children = page.getByRole('tabpanel');
      await children.getByRole('link', { name: '振华社区' }).waitFor();
      await screenshot(page, 'divisions');

      // Opening a page without the permission shows 403, not the page.
      await page.goto('/users');
      await page.getByText('无权访问').waitFor();

      await shell.logout();
      await login.waitUntilShown();
      // The session is gone: the app sends us back to the login page, keeping the path.
      await page.goto('/divisions');
      await login.waitUntilShown();
      expect(page.url()).toContain('redirect=%2Fdivisions');
      expect(pageErrors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'failed-clerk', true);
      throw new Error(`${String(error)}\nat ${page.url()}\npage errors: ${pageErrors.join(' | ')}`, { cause: error });
    } finally {
      await context.close();
    }
  });

  it('returns to the page asked for after login, and shows an administrator the user list and audit log', async () => {
    const { context, page, pageErrors } = await newSession(stack);
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    try {
      await page.goto('/users');
      await login.waitUntilShown();
      await login.login('admin');
      await shell.waitUntilSignedIn();
      expect(new URL(page.url()).pathname).toBe('/users');
      await page.getByRole('cell', { name: 'ws_clerk2' }).waitFor();
      await page.getByRole('cell', { name: '乡镇经办员 · 卧龙街道' }).waitFor();
      await screenshot(page, 'users');

      await page.getByRole('cell', { name: 'ws_clerk', exact: true }).getByText('ws_clerk').click();
      await page.getByText('用户详情：开化街道经办员（演示）').waitFor();
      await page.getByRole('dialog').getByRole('cell', { name: '开化街道', exact: true }).waitFor();
      await screenshot(page, 'user-detail');
      await page.keyboard.press('Escape');

      await shell.open('审计日志');
      await page.waitForURL(/\/audit$/);
      await page.getByRole('cell', { name: '登录成功' }).first().waitFor();
      await page.getByRole('button', { name: '校验哈希链' }).click();
      await page.getByTestId('audit-verify-result').waitFor();
      expect(await page.getByTestId('audit-verify-result').textContent()).toContain('哈希链完整');
      await screenshot(page, 'audit');

      await shell.open('行政区划');
      await page.waitForURL(/\/divisions$/);
      await page.getByPlaceholder('输入区划名称或代码').fill('文山');
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await page.getByRole('link', { name: '文山市', exact: true }).waitFor();
      await screenshot(page, 'divisions-admin');
      expect(pageErrors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'failed-admin', true);
      throw new Error(`${String(error)}\nat ${page.url()}\npage errors: ${pageErrors.join(' | ')}`, { cause: error });
    } finally {
      await context.close();
    }
  });
});
