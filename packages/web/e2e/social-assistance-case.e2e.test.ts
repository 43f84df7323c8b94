import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { id18, setCountyParameters } from './support/assistance-setup';
import {
  addTags,
  confirmDialog,
  dialog,
  expectStatus,
  fillDate,
  label,
  openStep,
  pick,
  shot,
  signIn,
  submitStep,
} from './support/case-steps';
import { AppShell, screenshot } from './support/pages';
import { newSession, startStack, type Stack } from './support/stack';

// One 低保 application through every statutory step in the browser, by the people who do each step:
// ws_clerk (开化街道) registers the household, applies, investigates, asks for 核对, does the 初审 and
// the 公示; ws_reviewer (文山市) answers the 核对 and visits the home; ws_approver confirms.
//
// The clock: the server has no test clock, but every step carries the date of the act (`on`), which
// may lie in the past and which all deadlines count from. The case is therefore recorded with dates
// around 国庆 2025 (applied 2025-09-24, 公示 2025-09-30 … 10-06 over the holiday), so the 7-day 公示
// has run out when the case is sent to the county on 2025-10-09 — the same fast-forward the server's
// own workflow DB test uses.

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const HEAD_ID = id18('53260119800101001');
const SPOUSE_ID = id18('53260119820202002');
const CHILD_ID = id18('53260120120303003');
/** The head's number with a wrong check digit, to see the client-side GB 11643 message. */
const HEAD_ID_TYPO = `${HEAD_ID.slice(0, 17)}${HEAD_ID.endsWith('9') ? '8' : '9'}`;

describe('social assistance in the browser: a 低保 case', () => {
  it('runs a 低保 application through every step: household, application, 调查, 核对, 初审 with reasons, 公示, county review and decision', async () => {
    const { context, page, pageErrors } = await newSession(stack);
    try {
      // Parameters in force for 文山市 (set up through the API: the parameter pages are not part of this screen set).
      await setCountyParameters(page);

      // ---- ws_clerk registers the household ----------------------------------------------------
      await signIn(context, page, 'ws_clerk');
      const shell = new AppShell(page);
      await shell.open('社会救助');
      await page.waitForURL(/\/assistance\/tasks/);
      await page.getByTestId('assistance-nav').getByText('家庭档案').click();
      await page.getByRole('button', { name: '新建家庭' }).click();
      await page.getByRole('heading', { name: '新建救助家庭' }).waitFor();

      await page.locator('#divisionId').click();
      await page.locator('.ant-select-tree-treenode', { hasText: '开化街道' }).locator('.ant-select-tree-switcher').click();
      await page.locator('.ant-select-tree-title', { hasText: '振华社区' }).click();
      await page.locator('#address').fill('文山市开化街道振华社区建设路12号');
      await page.locator('#phone').fill('0876-2123456');

      await page.locator('#members_0_name').fill('张三');
      await page.locator('#members_0_citizenId').fill(HEAD_ID_TYPO);
      await page.locator('#members_0_name').click();
      await page.getByText('公民身份号码校验码不正确，请核对是否有数字录入错误').waitFor();
      await shot(page, 'sa-household-id-check');
      await page.locator('#members_0_citizenId').fill(HEAD_ID);
      await pick(page, page.locator('#members_0_employment'), '就业');

      await page.getByRole('button', { name: '添加成员' }).click();
      await page.locator('#members_1_name').fill('李四');
      await pick(page, page.locator('#members_1_relation'), '配偶');
      await page.locator('#members_1_citizenId').fill(SPOUSE_ID);
      await pick(page, page.locator('#members_1_disabilityCategory'), '肢体');
      await pick(page, page.locator('#members_1_disabilityGrade'), '二级');

      await page.getByRole('button', { name: '添加成员' }).click();
      await page.locator('#members_2_name').fill('张小');
      await pick(page, page.locator('#members_2_relation'), '子女');
      await page.locator('#members_2_citizenId').fill(CHILD_ID);
      await pick(page, page.locator('#members_2_studentStage'), '小学');
      await page.getByRole('button', { name: label('建立档案') }).click();

      await page.waitForURL(/\/assistance\/households\/\d+$/);
      await page.getByRole('heading', { name: /张三户/ }).waitFor();
      const members = page.getByTestId('household-members');
      // Lists show ID numbers masked, as the server returns them.
      await members.getByText(`${HEAD_ID.slice(0, 6)}********${HEAD_ID.slice(-4)}`).waitFor();
      await members.getByText('肢体二级').waitFor();

      // Income of the six months before the application (wage 2560, withheld 260) and a deposit.
      await page.getByRole('tab', { name: /收入/ }).click();
      await page.getByRole('button', { name: '登记收入' }).click();
      const income = dialog(page, '登记收入');
      await pick(page, income.locator('#memberId'), '张三');
      const range = income.locator('#range');
      await range.click();
      await range.pressSequentially('2025-03');
      await range.press('Enter');
      await income.locator('.ant-picker-input input').nth(1).pressSequentially('2025-08');
      await income.locator('.ant-picker-input input').nth(1).press('Enter');
      await income.locator('#amount').fill('2560');
      await income.locator('#withheld').fill('260');
      await income.getByRole('button', { name: label('提交') }).click();
      await page.getByText('已登记6条收入').waitFor();
      await page.getByRole('tab', { name: '收入（6）' }).waitFor();

      await page.getByRole('tab', { name: /财产/ }).click();
      await page.getByRole('button', { name: '登记财产' }).click();
      const property = dialog(page, '登记财产');
      await pick(page, property.locator('#ownerMemberId'), '张三');
      await property.locator('#value').fill('5000');
      await property.locator('#description').fill('农商行活期存款');
      await property.getByRole('button', { name: label('提交') }).click();
      await page.getByRole('tab', { name: '财产（1）' }).waitFor();

      // 显示完整身份证号 (personal-data:read; the server audits the read).
      await page.getByRole('tab', { name: /家庭成员/ }).click();
      await page.getByRole('button', { name: '显示完整身份证号' }).click();
      await members.getByText(HEAD_ID, { exact: true }).waitFor();
      await shot(page, 'sa-household');
      await page.getByRole('button', { name: '隐藏身份证号' }).click();

      // ---- the application wizard ---------------------------------------------------------------
      await page.getByRole('button', { name: '申请救助' }).click();
      await page.waitForURL(/\/assistance\/applications\/new\?household=\d+/);
      await page.getByText('最低生活保障', { exact: true }).click();
      await page.getByRole('radio', { name: /张三（户主/ }).check();
      await page.getByRole('button', { name: '下一步' }).click();
      await fillDate(page.locator('#appliedOn'), '2025-09-24');
      await page.getByText('申请人已签署承诺书').click();
      await page.getByText('共同生活家庭成员已签署家庭经济状况核对授权书').click();
      await page.getByRole('button', { name: '下一步' }).click();
      // 一次性告知: everything arrived except the 户口簿.
      for (const item of [
        '救助申请书',
        '共同生活家庭成员居民身份证',
        '家庭收入情况说明及证明材料',
        '家庭财产状况申报',
        '残疾人证',
        '在校就读证明',
      ]) {
        await page.getByRole('checkbox', { name: item }).check();
      }
      await page.getByTestId('missing-items').getByText('户口簿').waitFor();
      await shot(page, 'sa-wizard-materials');
      await page.getByRole('button', { name: '下一步' }).click();
      await page.getByText('申请信息确认').waitFor();
      await page.getByRole('button', { name: '提交申请' }).click();
      await page.getByText('申请已登记').waitFor();
      await page.getByTestId('one-time-notice').getByText('户口簿').waitFor();
      await page.getByRole('button', { name: '打开案卷' }).click();
      await page.waitForURL(/\/assistance\/applications\/\d+$/);
      const caseUrl = new URL(page.url()).pathname;
      await expectStatus(page, '已申请待受理');

      // ---- 补正, 受理, 入户调查, 核对 request ----------------------------------------------------------
      let modal = await openStep(page, '补正材料');
      await fillDate(modal.locator('#on'), '2025-09-25');
      await modal.getByRole('checkbox', { name: '户口簿' }).check();
      await submitStep(page, modal, '补正材料', false);

      modal = await openStep(page, '受理');
      await fillDate(modal.locator('#on'), '2025-09-26');
      await submitStep(page, modal, '受理', true);
      await expectStatus(page, '已受理');
      await page.getByTestId('case-deadlines').getByText('启动家庭经济状况调查').waitFor();

      modal = await openStep(page, '录入入户调查');
      await fillDate(modal.locator('#on'), '2025-09-29');
      await fillDate(modal.locator('#visitedOn'), '2025-09-29');
      await addTags(modal, modal.locator('#investigators'), ['王调查', '赵调查']);
      await addTags(modal, modal.locator('#membersPresent'), ['张三', '李四']);
      await modal.locator('#findings').fill('两居室租住房，家具简陋；户主在超市务工，配偶肢体残疾无法工作，子女上小学。');
      await submitStep(page, modal, '录入入户调查', false);
      await page.getByTestId('case-investigation').getByText('王调查、赵调查').waitFor();

      // 核对 needs each member's signed authorisation on file (rules doc §6.1): none yet, so no 核对 button.
      expect(await page.getByTestId('case-actions').getByRole('button', { name: '发起信息核对' }).count()).toBe(0);
      const authorisations = page.getByTestId('case-authorisations');
      for (const name of ['张三', '李四', '张小']) {
        await authorisations.getByTestId('missing-authorisations').getByText(name, { exact: true }).waitFor();
        await authorisations.getByRole('button', { name: '登记授权书' }).first().click();
        const sign = dialog(page, `登记核对授权书：${name}`);
        await sign.waitFor();
        await fillDate(sign.locator('#signedOn'), '2025-09-24');
        await sign.locator('input[type="file"]').setInputFiles({
          name: `${name}-授权书.pdf`,
          mimeType: 'application/pdf',
          buffer: Buffer.from(`%PDF-1.4\n% signed by ${name}\n%%EOF\n`),
        });
        await sign.getByRole('button', { name: label('登记授权书') }).click();
        await sign.waitFor({ state: 'detached' });
        await authorisations.getByRole('cell', { name, exact: true }).first().waitFor();
      }
      await expect.poll(() => authorisations.getByTestId('missing-authorisations').count()).toBe(0);
      modal = await openStep(page, '发起信息核对');
      await fillDate(modal.locator('#on'), '2025-09-29');
      await submitStep(page, modal, '发起信息核对', false);
      await expectStatus(page, '家庭经济状况调查中');
      // While 核对 is pending, the township cannot give its opinion.
      expect(await page.getByTestId('case-actions').getByRole('button', { name: '乡镇初审' }).count()).toBe(0);

      // ---- ws_reviewer (county) answers every 核对 request ---------------------------------------
      await signIn(context, page, 'ws_reviewer');
      await page.goto(caseUrl);
      const verification = page.getByTestId('case-verification');
      await verification.getByText('银行（存款、理财）').waitFor();
      const answerButtons = verification.getByRole('button', { name: '查询答复' });
      for (let pending = await answerButtons.count(); pending > 0; pending -= 1) {
        await answerButtons.first().click();
        const respond = page.getByRole('dialog').filter({ hasText: '核对答复' });
        await respond.waitFor();
        await fillDate(respond.locator('#on'), '2025-09-29');
        await respond.getByRole('button', { name: '查询答复' }).click();
        await respond.waitFor({ state: 'detached' });
        await expect.poll(() => answerButtons.count()).toBe(pending - 1);
      }
      expect(await verification.getByText('待答复').count()).toBe(0);
      // The township's steps are not the county's: no 乡镇初审 button for the reviewer.
      expect(await page.getByTestId('case-actions').getByRole('button').count()).toBe(0);

      // ---- ws_clerk: 乡镇初审 with the rule reasons, then 公示 ---------------------------------------
      await signIn(context, page, 'ws_clerk');
      await page.goto(caseUrl);
      modal = await openStep(page, '乡镇初审');
      await fillDate(modal.locator('#on'), '2025-09-30');
      await submitStep(page, modal, '乡镇初审', true);
      await expectStatus(page, '乡镇已初审');
      const reasons = page.getByTestId('rule-reasons');
      await reasons.getByText('月人均收入536.67元低于低保标准710元', { exact: true }).waitFor();
      await reasons.getByText('按补差发放：低保标准710元×3人−家庭月收入1610元＝520元', { exact: true }).waitFor();
      expect(await reasons.getByRole('cell', { name: '§2.1' }).count()).toBeGreaterThan(0);
      await page.getByTestId('case-assessment').getByText('520.00元').waitFor();
      await shot(page, 'sa-approval-township', true);

      modal = await openStep(page, '开始公示');
      await fillDate(modal.locator('#on'), '2025-09-30');
      await modal.locator('#location').fill('振华社区居委会公示栏');
      await submitStep(page, modal, '开始公示', true);
      await expectStatus(page, '公示中');
      await page.getByTestId('case-publicity').getByText('2025-09-30 ~ 2025-10-06').waitFor();

      // An objection during the 公示, and its handling.
      modal = await openStep(page, '登记公示异议');
      await fillDate(modal.locator('#on'), '2025-10-02');
      await modal.locator('#objector').fill('邻居（匿名）');
      await modal.locator('#content').fill('反映该户有一辆营运车辆。');
      await submitStep(page, modal, '登记公示异议', false);
      // An open objection holds the case: no 报送县级审核 yet.
      expect(await page.getByTestId('case-actions').getByRole('button', { name: '报送县级审核' }).count()).toBe(0);
      await page.getByTestId('case-publicity').getByRole('button', { name: '处理异议' }).click();
      const objection = dialog(page, '处理异议');
      await fillDate(objection.locator('#on'), '2025-10-09');
      await objection.locator('#handling').fill('经车管所核对，该车辆登记在其亲戚名下，与申请家庭无关，异议不成立。');
      await objection.getByRole('button', { name: '处理异议' }).click();
      await confirmDialog(page);
      await page.getByTestId('case-publicity').getByText('异议不成立，继续公示').waitFor();

      // The printable 公示 list of the village, as it was on 2025-10-03 (during the holiday).
      await page.getByTestId('assistance-nav').getByText('公示名单').click();
      await fillDate(page.getByTestId('publicity-as-of'), '2025-10-03');
      await page.getByRole('cell', { name: '振华社区', exact: true }).waitFor();
      await page.getByRole('button', { name: '打印公示' }).click();
      await page.waitForURL(/\/print\/assistance\/publicity/);
      const sheet = page.getByTestId('publicity-sheet');
      await sheet.getByText('振华社区最低生活保障审核对象公示').waitFor();
      await sheet.getByRole('cell', { name: '张三' }).waitFor();
      await sheet.getByRole('cell', { name: '520.00' }).waitFor();
      await sheet.getByText('2025年9月30日至10月6日').waitFor();
      await page.getByTestId('print-phone').fill('0876-2120000');
      await sheet.getByText('联系电话：0876-2120000').waitFor();
      // No ID numbers on the notice.
      expect(await sheet.getByText(HEAD_ID.slice(0, 6)).count()).toBe(0);
      await page.emulateMedia({ media: 'print' });
      await shot(page, 'sa-publicity-print', true);
      await page.emulateMedia({ media: 'screen' });

      // 报送县级审核: the 公示 ran to 10-06, so 10-06 is too early; 10-09 (after 国庆) is fine.
      await page.goto(caseUrl);
      modal = await openStep(page, '报送县级审核');
      await fillDate(modal.locator('#on'), '2025-10-06');
      await modal.getByRole('button', { name: label('报送县级审核') }).click();
      await confirmDialog(page);
      await page.getByText('公示期至2025-10-06届满，2025-10-07起方可进入下一环节').first().waitFor();
      await fillDate(modal.locator('#on'), '2025-10-09');
      await submitStep(page, modal, '报送县级审核', true);
      await expectStatus(page, '县级审核确认中');

      // ---- ws_reviewer: 我的待办 (due soon on 10-20, overdue today), home visit ------------------------
      await signIn(context, page, 'ws_reviewer');
      await shell.open('社会救助');
      await page.waitForURL(/\/assistance\/tasks/);
      await page
        .getByRole('cell', { name: /县级审核确认/ })
        .first()
        .waitFor();
      expect(await page.locator('tr[data-status="overdue"]').count()).toBeGreaterThan(0);
      await fillDate(page.getByTestId('tasks-as-of'), '2025-10-20');
      await page.locator('tr[data-status="due-soon"]').getByText('剩余2个工作日').waitFor();
      await shot(page, 'sa-tasks');

      await page.goto(caseUrl);
      modal = await openStep(page, '县级入户核查');
      await fillDate(modal.locator('#on'), '2025-10-13');
      await addTags(modal, modal.locator('#investigators'), ['县审核员', '县民政局干部']);
      await modal.locator('#findings').fill('入户核查，家庭情况与乡镇调查一致。');
      await submitStep(page, modal, '县级入户核查', false);
      // Confirming is the approver's.
      expect(await page.getByTestId('case-actions').getByRole('button', { name: '审核确认' }).count()).toBe(0);

      // ---- ws_approver: 县级审核确认 -------------------------------------------------------------------
      await signIn(context, page, 'ws_approver');
      await page.goto(caseUrl);
      modal = await openStep(page, '审核确认');
      await fillDate(modal.locator('#on'), '2025-10-20');
      await modal.getByRole('button', { name: label('审核确认') }).click();
      await page.locator('.ant-modal-confirm').getByText('确认作出“确认给予救助”决定？', { exact: false }).waitFor();
      await confirmDialog(page);
      await page.getByText('审核确认已办理').first().waitFor();
      await expectStatus(page, '已确认救助');
      const decision = page.getByTestId('case-decision');
      await decision.getByText('520.00元').waitFor();
      await decision.getByText('2025-11', { exact: true }).waitFor();
      await shot(page, 'sa-approval', true);

      // ---- ws_clerk serves the decision notice: the case is closed --------------------------------
      await signIn(context, page, 'ws_clerk');
      await page.goto(caseUrl);
      modal = await openStep(page, '送达决定通知');
      await fillDate(modal.locator('#on'), '2025-10-21');
      await submitStep(page, modal, '送达决定通知', true);
      await page.getByText('下一环节：已办结').waitFor();
      expect(await page.getByTestId('case-actions').getByRole('button').count()).toBe(0);

      // The payee account the monthly payment roll will use.
      await page.getByRole('link', { name: '张三户' }).click();
      await page.getByRole('tab', { name: /发放账户/ }).click();
      await page.getByRole('button', { name: '登记发放账户' }).click();
      const account = dialog(page, '登记发放账户');
      await account.locator('#accountNo').fill('6217000012345678901');
      await account.locator('#bankName').fill('文山农村商业银行开化支行');
      await account.getByRole('button', { name: label('提交') }).click();
      await page.getByText('发放账户已登记').waitFor();
      await page.getByRole('tab', { name: '发放账户（1）' }).waitFor();
      expect(pageErrors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'sa-failed', true);
      throw new Error(`${String(error)}\nat ${page.url()}\npage errors: ${pageErrors.join(' | ')}`, { cause: error });
    } finally {
      await context.close();
    }
  }, 600_000);
});
