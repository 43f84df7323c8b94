import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { member, scanPdf } from '../../server/src/modules/social-assistance/social-assistance.test-support';
import { confirmDialog, dialog, fillDate, label, shot, signIn } from './support/case-steps';
import { screenshot } from './support/pages';
import { newSession, startStack, type Stack } from './support/stack';

// 救助标准与参数 in the browser (issue 5): a township clerk sees the standard in force (inherited from
// the demo 文山州 version) and its history, without a create form; the county approver of 文山市 raises
// the urban 低保 standard from 2025-10 in 元, confirms the re-computation, and sees the new version in
// force with what changed; a second version for the same month is refused with the server's message.
// Then a signed 核对授权书 is revoked from the case file with a reason.

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('parameter registry page', () => {
  it('shows the standard in force to the township and lets the county approver create a new version', async () => {
    const { context, page, pageErrors } = await newSession(stack);
    try {
      await signIn(context, page, 'ws_clerk');
      await page.goto('/assistance/tasks');
      await page.getByTestId('assistance-nav').getByRole('menuitem', { name: '救助标准' }).click();
      await page.waitForURL(/\/assistance\/parameters/);
      const inForce = page.getByTestId('parameters-in-force');
      await inForce.getByText(/沿用上级（文山.*州）/).waitFor();
      await inForce.getByText('城市低保标准').waitFor();
      await page.getByTestId('parameters-history').getByText('首个版本').first().waitFor();
      expect(await page.getByTestId('parameters-create').count()).toBe(0);

      await signIn(context, page, 'ws_approver');
      await page.goto('/assistance/parameters');
      await inForce.getByText(/沿用上级（文山.*州）/).waitFor();
      const form = page.getByTestId('parameters-create');
      await form.waitFor();
      const urban = form.locator('#amounts_dibaoUrban');
      // Prefilled from the version in force, in 元.
      expect(await urban.inputValue()).toMatch(/^\d+(\.\d{2})?$/);
      const before = await urban.inputValue();
      await fillDate(form.locator('#fromMonth'), '2025-10');
      await urban.fill('888');
      await form.locator('#note').fill('2025年10月起提高城市低保标准');
      await form.getByRole('button', { name: label('创建版本') }).click();
      await page
        .locator('.ant-modal-confirm')
        .getByText('自2025年10月起，文山市及下辖地区在保对象的月救助金额将按新标准重新计算')
        .waitFor();
      await confirmDialog(page, '确认创建');
      await page.getByText(/已创建参数版本，自2025年10月起/).waitFor();

      await inForce.getByText('本级制定').waitFor();
      await inForce.getByText('888.00元').waitFor();
      const history = page.getByTestId('parameters-history');
      const newest = history.locator('tbody tr').first();
      await newest.getByText('2025-10-01').waitFor();
      await newest.getByText('现行').waitFor();
      await newest.getByText('2025年10月起提高城市低保标准').waitFor();
      // Compared with the inherited 文山州 version only when 文山市 had one before: this is its first.
      await newest.getByText('首个版本').waitFor();
      const created = (await (
        await page.request.get(`/api/assistance/parameters/resolve?divisionId=${await countyId(page)}&date=2025-10-15`)
      ).json()) as {
        version: { values: { dibaoStandardFen: { urban: number } } };
      };
      expect(created.version.values.dibaoStandardFen.urban).toBe(88_800);
      expect(before).not.toBe('888.00');

      // A second version from the same month: the server's Chinese message is shown.
      await fillDate(form.locator('#fromMonth'), '2025-10');
      await form.getByRole('button', { name: label('创建版本') }).click();
      await confirmDialog(page, '确认创建');
      await page.getByText('文山市已有自2025-10-01起生效的参数版本').waitFor();

      // A later raise from 2025-12 names the changed field with both amounts.
      await fillDate(form.locator('#fromMonth'), '2025-12');
      await form.locator('#amounts_dibaoUrban').fill('900');
      await form.getByRole('button', { name: label('创建版本') }).click();
      await confirmDialog(page, '确认创建');
      await page.getByText(/已创建参数版本，自2025年12月起/).waitFor();
      await history.locator('tbody tr').first().getByText('888.00元 → 900.00元').waitFor();
      await shot(page, 'sa-parameters', true);
      expect(pageErrors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'sa-parameters-failed', true);
      throw new Error(`${String(error)}\nat ${page.url()}\npage errors: ${pageErrors.join(' | ')}`, { cause: error });
    } finally {
      await context.close();
    }
  }, 300_000);

  it('revokes a signed 核对授权书 from the case file with a reason', async () => {
    const { context, page, pageErrors } = await newSession(stack);
    try {
      await signIn(context, page, 'ws_clerk');
      const clerk = (await (await page.request.get('/api/auth/me')).json()) as { assignments: { divisionId: number }[] };
      const children = (await (await page.request.get(`/api/divisions/${clerk.assignments[0]?.divisionId}/children`)).json()) as
        { id: number }[] | { items: { id: number }[] };
      const village = (Array.isArray(children) ? children : children.items)[0] as { id: number };
      const created = await page.request.post('/api/assistance/households', {
        data: {
          divisionId: village.id,
          areaType: 'urban',
          address: '文山市开化街道授权书撤销户',
          separateRegistration: false,
          members: [member('陈授', 'self', '19800101')],
        },
      });
      expect(created.status(), await created.text()).toBe(200);
      const household = (await created.json()) as { id: number };
      const detail = (await (await page.request.get(`/api/assistance/households/${household.id}`)).json()) as {
        members: { id: number; relation: string }[];
      };
      const head = detail.members.find((m) => m.relation === 'self') as { id: number };
      const application = await page.request.post('/api/assistance/applications', {
        data: {
          householdId: household.id,
          programme: 'dibao',
          channel: 'counter',
          appliedOn: '2025-09-24',
          applicantMemberId: head.id,
          commitmentSigned: true,
          authorisationSigned: true,
        },
      });
      const { id } = (await application.json()) as { id: number };
      const recorded = await page.request.post(`/api/assistance/applications/${id}/authorisations`, {
        data: {
          memberId: head.id,
          signedOn: '2025-09-24',
          signerName: '陈授',
          signedAs: 'self',
          document: { fileName: '陈授授权书.pdf', mimeType: 'application/pdf', contentBase64: scanPdf('revoke e2e') },
        },
      });
      expect(recorded.status(), await recorded.text()).toBe(200);

      await page.goto(`/assistance/applications/${id}`);
      const section = page.getByTestId('case-authorisations');
      await section.getByText('陈授授权书.pdf').waitFor();
      await section.getByRole('button', { name: label('撤销') }).click();
      const modal = dialog(page, '撤销陈授的核对授权书');
      await modal.waitFor();
      await modal.getByRole('button', { name: label('确认撤销') }).click();
      await modal.getByText('请填写撤销原因').waitFor();
      await modal.locator('#reason').fill('本人书面撤回授权');
      await modal.getByRole('button', { name: label('确认撤销') }).click();
      await page.getByText('已撤销核对授权书').first().waitFor();
      await modal.waitFor({ state: 'detached' });
      await section.getByTestId('authorisation-revoked').getByText('本人书面撤回授权').waitFor();
      await section.getByTestId('missing-authorisations').getByText('陈授').waitFor();
      expect(pageErrors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'sa-authorisation-revoke-failed', true);
      throw new Error(`${String(error)}\nat ${page.url()}\npage errors: ${pageErrors.join(' | ')}`, { cause: error });
    } finally {
      await context.close();
    }
  }, 300_000);
});

const countyId = async (page: Page) => {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { assignments: { divisionId: number }[] };
  return me.assignments[0]?.divisionId as number;
};
