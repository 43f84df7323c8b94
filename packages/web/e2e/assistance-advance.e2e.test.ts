import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { member, parameterValues } from '../../server/src/modules/social-assistance/social-assistance.test-support';
import { dialog, fillDate, label, openStep, shot, signIn, submitStep } from './support/case-steps';
import { screenshot } from './support/pages';
import { DEMO_PASSWORD, newSession, startStack, type Stack } from './support/stack';

// 急难型临时救助 先行救助 in the browser (rules doc §4.5, E12): a fire on a make-up working Saturday; the
// township clerk pays 1,420 (its direct-approval limit, 2 × S) at once from the case file, before any
// verification or 公示, and the case file shows the payment and the 10-working-day paperwork deadline;
// the completed paperwork is recorded afterwards. Household and application are set up by API.

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('先行救助 in the browser', () => {
  it('pays the advance from the case file and completes the paperwork afterwards', async () => {
    const { context, page, pageErrors } = await newSession(stack);
    try {
      await page.request.post('/api/auth/login', { data: { username: 'ws_approver', password: DEMO_PASSWORD } });
      const approver = (await (await page.request.get('/api/auth/me')).json()) as { assignments: { divisionId: number }[] };
      await page.request.post('/api/assistance/parameters', {
        data: {
          divisionId: approver.assignments[0]?.divisionId,
          validFrom: '2024-07-01',
          values: parameterValues(),
          note: '浏览器测试参数',
        },
      });
      await signIn(context, page, 'ws_clerk');
      const clerk = (await (await page.request.get('/api/auth/me')).json()) as { assignments: { divisionId: number }[] };
      const children = (await (await page.request.get(`/api/divisions/${clerk.assignments[0]?.divisionId}/children`)).json()) as
        { id: number }[] | { items: { id: number }[] };
      const village = (Array.isArray(children) ? children : children.items)[0] as { id: number };
      const created = await page.request.post('/api/assistance/households', {
        data: {
          divisionId: village.id,
          areaType: 'urban',
          address: '文山市开化街道火灾户',
          separateRegistration: false,
          members: [member('周火', 'self', '19800101'), member('吴火', 'spouse', '19820202'), member('周小火', 'child', '20120303')],
        },
      });
      expect(created.status(), await created.text()).toBe(200);
      const household = (await created.json()) as { id: number };
      const detail = (await (await page.request.get(`/api/assistance/households/${household.id}`)).json()) as {
        members: { id: number; relation: string }[];
      };
      const application = await page.request.post('/api/assistance/applications', {
        data: {
          householdId: household.id,
          programme: 'temporary-assistance',
          channel: 'counter',
          appliedOn: '2025-10-11',
          applicantMemberId: detail.members.find((m) => m.relation === 'self')?.id,
          commitmentSigned: true,
          authorisationSigned: true,
        },
      });
      expect(application.status(), await application.text()).toBe(200);
      const { id } = (await application.json()) as { id: number };

      await page.goto(`/assistance/applications/${id}`);
      let modal = await openStep(page, '先行救助');
      await fillDate(modal.locator('#on'), '2025-10-11');
      await fillDate(modal.locator('#occurredOn'), '2025-10-11');
      await modal.locator('#amount').fill('1420');
      await modal.locator('#eventDescription').fill('住房失火，家中衣物被褥及生活用品被毁');
      await submitStep(page, modal, '先行救助', true);
      const advance = page.getByTestId('case-advance');
      await advance
        .getByText(/1,?420\.00元/)
        .first()
        .waitFor();
      await advance.getByText('2025-10-24').first().waitFor();
      await page.getByTestId('case-deadlines').getByText('补办先行救助手续').waitFor();
      // Paid once: no second advance.
      expect(
        await page
          .getByTestId('case-actions')
          .getByRole('button', { name: label('先行救助') })
          .count(),
      ).toBe(0);
      await shot(page, 'sa-advance', true);

      modal = await openStep(page, '补办先行救助手续');
      await fillDate(modal.locator('#on'), '2025-10-13');
      await modal.locator('#explanation').fill('10月11日住房失火，当日先行救助1420元，现补齐登记及签字盖章手续。');
      await modal.locator('#signedBy').click();
      for (const name of ['经办人甲', '审批人乙']) {
        await modal.locator('#signedBy').pressSequentially(name);
        await modal.locator('#signedBy').press('Enter');
      }
      await dialog(page, '补办先行救助手续').locator('.ant-modal-title').click();
      await submitStep(page, modal, '补办先行救助手续', true);
      await advance.getByText('按期补办').waitFor();
      expect(pageErrors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'sa-advance-failed', true);
      throw new Error(`${String(error)}\nat ${page.url()}\npage errors: ${pageErrors.join(' | ')}`, { cause: error });
    } finally {
      await context.close();
    }
  }, 300_000);
});
