import type { BrowserContext, Locator, Page } from 'playwright-core';
import { AppShell, LoginPage, screenshot } from './pages';

// Steps of the social-assistance browser suites: signing in as a demo user, antd inputs (dates,
// selects, tags), and the case file's step dialogs (open, confirm, submit).

/**
 * A button's name: antd puts a space between the two characters of two-character Chinese labels
 * (受 理), and an icon adds its own name in front (check 审批).
 */
export const label = (text: string) => new RegExp(`(^|\\s)${[...text].join('\\s*')}\\s*$`);

export const signIn = async (context: BrowserContext, page: Page, username: string) => {
  await context.clearCookies();
  // packages/web/dist is shared with the other browser suites; while one of them rebuilds it, index.html
  // is briefly missing. Wait that out instead of failing on someone else's build.
  for (let attempt = 0; ; attempt += 1) {
    await page.goto('/login');
    const shown = await page
      .getByLabel('用户名')
      .waitFor({ timeout: 5000 })
      .then(
        () => true,
        () => false,
      );
    if (shown) break;
    if (attempt >= 6) throw new Error('login page did not load');
    await page.waitForTimeout(2000);
  }
  await new LoginPage(page).login(username);
  await new AppShell(page).waitUntilSignedIn();
};

/** Type a date into an antd DatePicker and confirm it (again if the picker was still opening). */
export const fillDate = async (input: Locator, date: string) => {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await input.click();
    await input.press('Control+A');
    await input.pressSequentially(date);
    await input.press('Enter');
    if ((await input.inputValue()) === date) return;
  }
  throw new Error(`the date picker did not take ${date}`);
};

/** Full-page screenshots from the top (the header is sticky and would otherwise sit mid-page). */
export const shot = async (page: Page, name: string, fullPage = false) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name, fullPage);
};

/** Choose an option of an antd Select by its exact label. */
export const pick = async (page: Page, select: Locator, option: string) => {
  await select.click();
  await page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${option}"]`).first().click();
};

/** Add entries to a tags-mode Select of a dialog (then click the dialog title to close any dropdown; Escape would close the dialog). */
export const addTags = async (modal: Locator, select: Locator, values: string[]) => {
  await select.click();
  for (const value of values) {
    await select.pressSequentially(value);
    await select.press('Enter');
  }
  await modal.locator('.ant-modal-title').click();
};

/** A dialog by its title (or, with `exact` false, by a part of it). */
export const dialog = (page: Page, title: string, exact = true) =>
  page.getByRole('dialog').filter({ has: page.getByText(title, { exact }) });

/** Open a step of the case file from its action bar and return its dialog. */
export const openStep = async (page: Page, action: string) => {
  await page
    .getByTestId('case-actions')
    .getByRole('button', { name: label(action) })
    .click();
  const modal = dialog(page, action);
  await modal.waitFor();
  return modal;
};

/** Answer the "are you sure" of an irreversible step (after its zoom-in animation), and wait until it is gone. */
export const confirmDialog = async (page: Page, button = '确定') => {
  const confirm = page.locator('.ant-modal-confirm');
  await confirm.waitFor();
  await page.waitForTimeout(400);
  await confirm.getByRole('button', { name: label(button) }).click();
  await confirm.waitFor({ state: 'detached' });
};

/** Submit a step dialog; irreversible steps ask once more. */
export const submitStep = async (page: Page, modal: Locator, action: string, confirm: boolean) => {
  await modal.getByRole('button', { name: label(action) }).click();
  if (confirm) await confirmDialog(page);
  await page.getByText(`${action}已办理`).first().waitFor();
  await modal.waitFor({ state: 'detached' });
};

export const expectStatus = async (page: Page, status: string) => {
  await page.getByTestId('case-status').getByText(status, { exact: true }).waitFor();
};
