import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, DEMO_PASSWORD } from './stack';

// Page objects: the tests say what a user does, these know where it is on screen.

export class LoginPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown() {
    await this.page.waitForURL(/\/login(\?|$)/);
    await this.page.getByLabel('用户名').waitFor();
  }

  async login(username: string, password = DEMO_PASSWORD) {
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码').fill(password);
    await this.page.getByRole('button', { name: /登\s*录/ }).click();
  }

  error() {
    return this.page.getByTestId('login-error');
  }
}

export class AppShell {
  constructor(private readonly page: Page) {}

  async waitUntilSignedIn() {
    await this.page.getByTestId('current-user').waitFor();
  }

  currentUser() {
    return this.page.getByTestId('current-user');
  }

  currentRoles() {
    return this.page.getByTestId('current-roles');
  }

  menuItem(label: string) {
    return this.page.getByRole('menuitem', { name: label });
  }

  async open(label: string) {
    await this.menuItem(label).click();
  }

  /** An entry of the user menu in the header (修改密码, 退出登录). */
  async userMenu(label: string) {
    await this.page.getByTestId('user-menu').click();
    await this.page.getByRole('menuitem', { name: label }).click();
  }

  async logout() {
    await this.userMenu('退出登录');
  }
}

/** Saved to <repo>/test-artifacts/ (git-ignored), after drawers and modals finish animating. */
export const screenshot = async (page: Page, name: string, fullPage = false) => {
  await page.waitForTimeout(350);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/${name}.png`, fullPage });
};
