import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell, LoginPage, screenshot } from './support/pages';
import { newSession, startStack, type Stack } from './support/stack';

// Plan monitoring in the browser: the 文山州 plan's dashboard, an indicator's trend chart, the
// drill-down to a county, the cross-plan matrix, and the sign-off chain from entry to approval
// and return. The stack's bootstrap loads the five plans and their (deterministic) demo values.

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const signIn = async (page: Page, username: string) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await page.goto('/');
  await login.waitUntilShown();
  await login.login(username);
  await shell.waitUntilSignedIn();
  return shell;
};

/** Waits until an ECharts canvas has been drawn inside the element with this test id. */
const waitForChart = async (page: Page, testId: string) => {
  await page.getByTestId(testId).locator('canvas').first().waitFor();
  await page.waitForFunction((id) => {
    const canvas = document.querySelector(`[data-testid="${id}"] canvas`);
    return canvas instanceof HTMLCanvasElement && canvas.width > 0 && canvas.height > 0;
  }, testId);
};

describe('plan monitoring dashboards', () => {
  it('shows the 文山州 plan, an indicator with its trend chart, the drill-down to a county and the cross-plan matrix', async () => {
    const { context, page, pageErrors } = await newSession(stack);
    try {
      const shell = await signIn(page, 'ws_planner');
      await shell.open('规划监测');
      await page.waitForURL(/\/monitoring$/);

      // Plan list → the 文山州 plan's overview.
      const card = page.getByTestId('plan-card-002');
      await card.getByText('文山州“十四五”民政事业发展规划').waitFor();
      await card.getByRole('button', { name: /进入监测/ }).click();
      await page.waitForURL(/\/monitoring\/plans\/\d+$/);
      await page.getByRole('heading', { name: /文山州“十四五”民政事业发展规划/ }).waitFor();
      const table = page.getByTestId('indicator-table');
      await table.getByRole('link', { name: '养老机构护理型床位占比' }).waitFor();
      // Printed baseline and target exactly as in the seed, source oddities as tags.
      const bedsRow = table.getByRole('row').filter({ hasText: '养老机构护理型床位占比' });
      expect(await bedsRow.textContent()).toContain('30%');
      expect(await bedsRow.textContent()).toContain('≥55%');
      await table.getByText('基期值空缺').first().waitFor();
      // Counts by verdict with binding first; binding indicators lagging below are flagged in red.
      const counts = page.getByTestId('verdict-counts');
      expect((await counts.getByRole('row').nth(2).textContent()) ?? '').toContain('约束性');
      const alert = page.getByTestId('binding-lagging-alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('富宁县');
      await waitForChart(page, 'schedule-donut');
      await screenshot(page, 'monitoring-overview', true);

      // Indicator detail: trend chart, computation method and where the value comes from.
      await table.getByRole('link', { name: '养老机构护理型床位占比' }).click();
      await page.waitForURL(/\/indicators\/\d+/);
      await waitForChart(page, 'indicator-trend');
      expect(await page.getByTestId('computation-method').textContent()).toContain('Σ分子/Σ分母');
      expect(await page.getByTestId('value-source').textContent()).toContain('演示数据');
      const children = page.getByTestId('children-table');
      await children.getByRole('link', { name: '富宁县' }).waitFor();
      expect(await page.getByTestId('binding-lagging-alert').textContent()).toContain('富宁县');
      await screenshot(page, 'monitoring-indicator', true);

      // Drill-down prefecture → county; no county boundaries at this level: the API's message and the table.
      await page.getByRole('button', { name: /下钻到下级区划/ }).click();
      await page.waitForURL(/\/drill\?/);
      await page.getByTestId('drill-breadcrumb').getByText('文山壮族苗族自治州').waitFor();
      expect(await page.getByTestId('map-unavailable').textContent()).toContain('暂无文山壮族苗族自治州下级行政区划的边界数据');
      await page.getByTestId('drill-table').getByRole('link', { name: '富宁县', exact: true }).click();
      await page.getByTestId('drill-breadcrumb').getByText('富宁县').waitFor();
      await page.getByRole('heading', { name: /富宁县/ }).waitFor();
      const countyAlert = page.getByTestId('binding-lagging-alert');
      await countyAlert.getByText(/养老机构护理型床位占比/).waitFor();
      await screenshot(page, 'monitoring-drill', true);
      // Back up one level from the breadcrumb.
      await page.getByTestId('drill-breadcrumb').getByRole('link', { name: '文山壮族苗族自治州' }).click();
      await page.getByRole('heading', { name: /文山壮族苗族自治州/ }).waitFor();

      // Cross-plan matrix: national indicators adopted by the 文山州 plan, weaker local targets flagged.
      await page.getByRole('tab', { name: /规划衔接/ }).click();
      await page.waitForURL(/\/monitoring\/cascade$/);
      const matrix = page.getByTestId('cascade-matrix');
      await matrix.getByText('养老机构护理型床位占比').first().waitFor();
      const dibao = matrix.getByRole('row').filter({ hasText: '农村低保标准占城市低保标准比例' });
      expect(await dibao.textContent()).toContain('弱于全国');
      // 001 row 13 prints 「约束」: kept visible next to the loaded attribute.
      await matrix.getByText('原文为“约束”').first().waitFor();
      await screenshot(page, 'monitoring-matrix', true);
      expect(pageErrors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'failed-monitoring', true);
      throw new Error(`${String(error)}\nat ${page.url()}\npage errors: ${pageErrors.join(' | ')}`, { cause: error });
    } finally {
      await context.close();
    }
  });

  it('runs the sign-off chain: 偏离说明, submit, county approval, return with a reason, locked while under review', async () => {
    const reviewer = await newSession(stack);
    const approver = await newSession(stack);
    const planner = await newSession(stack);
    let current = reviewer;
    try {
      // 文山市's reviewer fills the form for 文山市 (their own place, latest year): lagging indicators need a 偏离说明.
      current = reviewer;
      const page = reviewer.page;
      await signIn(page, 'ws_reviewer');
      await page.goto('/monitoring/collection');
      await page.getByText('正在填报：文山市').waitFor();
      const form = page.getByTestId('collection-table');
      await form.getByRole('row').nth(3).waitFor();
      // 农村与城市低保标准比率 is computed from 社会救助 records: tagged 「系统计算」 and read-only.
      const computedRow = form.getByRole('row').filter({ hasText: '农村与城市最低生活保障标准比率' });
      await computedRow.getByTestId('computed-tag').waitFor();
      expect(await computedRow.getByText('系统计算').count()).toBeGreaterThan(0);
      const computedInputs = computedRow.getByRole('spinbutton');
      expect(await computedInputs.count()).toBeGreaterThan(0);
      for (const input of await computedInputs.all()) expect(await input.isDisabled()).toBe(true);
      const noteButtons = form.getByRole('button', { name: '填写偏离说明' });
      const lagging = await noteButtons.count();
      expect(lagging).toBeGreaterThan(0);
      for (let i = 0; i < lagging; i += 1) {
        await noteButtons.first().click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('textbox').fill('受项目资金拨付延迟影响，进度滞后；已制定整改计划，年内完成。');
        await dialog.getByRole('button', { name: /提\s*交/ }).click();
        await page.getByText('偏离说明已保存').last().waitFor();
        await dialog.waitFor({ state: 'hidden' });
      }
      await screenshot(page, 'monitoring-collection', true);
      await page.getByRole('button', { name: /报送审核/ }).click();
      await page
        .getByRole('tooltip')
        .getByRole('button', { name: /提\s*交/ })
        .click();
      await page.getByTestId('collection-locked').waitFor();

      // The county approver approves at the county level.
      current = approver;
      await signIn(approver.page, 'ws_approver');
      await approver.page.goto('/monitoring/signoff');
      const approverRow = approver.page.getByTestId('submissions-table').getByRole('row').filter({ hasText: '文山市' });
      await approverRow.getByText('已报送，待县级审核').waitFor();
      await approverRow.getByRole('button', { name: /审核通过/ }).click();
      await approver.page
        .getByRole('dialog')
        .getByRole('button', { name: /审核通过/ })
        .click();
      await approverRow.getByText('县级已审核').waitFor();

      // The prefecture planner returns it with a reason (required).
      current = planner;
      await signIn(planner.page, 'ws_planner');
      await planner.page.goto('/monitoring/signoff');
      const plannerRow = planner.page.getByTestId('submissions-table').getByRole('row').filter({ hasText: '文山市' });
      await plannerRow.getByText('县级已审核').waitFor();
      await screenshot(planner.page, 'monitoring-signoff');
      await plannerRow.getByRole('button', { name: /退\s*回/ }).click();
      const dialog = planner.page.getByRole('dialog');
      await dialog.getByRole('button', { name: /退\s*回/ }).click();
      await dialog.getByText('请填写退回理由').waitFor();
      await dialog.getByRole('textbox').fill('养老机构护理型床位数与民政统计年报不一致，请核实后重新报送。');
      await dialog.getByRole('button', { name: /退\s*回/ }).click();
      await plannerRow.getByText('已退回').waitFor();

      // Back at 文山市 the form is editable again and shows the reason.
      current = reviewer;
      await page.reload();
      await page.getByText('退回理由：养老机构护理型床位数与民政统计年报不一致').waitFor();
      expect(await page.getByTestId('collection-locked').count()).toBe(0);
      for (const session of [reviewer, approver, planner]) expect(session.pageErrors).toEqual([]);
    } catch (error) {
      await screenshot(current.page, 'failed-monitoring-signoff', true);
      throw new Error(`${String(error)}\nat ${current.page.url()}\npage errors: ${current.pageErrors.join(' | ')}`, { cause: error });
    } finally {
      for (const session of [reviewer, approver, planner]) await session.context.close();
    }
  });
  it('shows the cut-offs, a quarter entered and its quarterly card, the computed indicator and the prefecture form by year and quarter', async () => {
    const reviewer = await newSession(stack);
    const planner = await newSession(stack);
    let current = reviewer;
    try {
      // 文山市 enters a quarter of 2023 (2024, the latest year, is submitted by the sign-off test) for a 季报 indicator (quarter mode: no yearly import or submit here).
      await signIn(reviewer.page, 'ws_reviewer');
      await reviewer.page.goto('/monitoring/collection?year=2023&quarter=2');
      await reviewer.page.getByText(/正在填报：文山市 · 2023年第2季度/).waitFor();
      const hint = reviewer.page.getByTestId('quarter-mode-hint');
      expect(await hint.textContent()).toContain('报送审核均按全年进行');
      expect(await reviewer.page.getByRole('button', { name: /导入Excel|报送审核|下载Excel模板/ }).count()).toBe(0);
      const bedsRow = reviewer.page.getByTestId('collection-table').getByRole('row').filter({ hasText: '养老机构护理型床位占比' });
      const inputs = bedsRow.getByRole('spinbutton');
      await inputs.nth(1).fill('10000');
      await inputs.nth(0).fill('4300');
      await reviewer.page.getByRole('button', { name: /保\s*存/ }).click();
      await reviewer.page
        .getByText(/已保存 \d+ 项指标数据/)
        .last()
        .waitFor();
      await screenshot(reviewer.page, 'monitoring-collection-county-quarter', true);

      // The prefecture planner: the plan's 时序进度 cut-offs on the overview.
      current = planner;
      const page = planner.page;
      const shell = await signIn(page, 'ws_planner');
      await shell.open('规划监测');
      await page
        .getByTestId('plan-card-002')
        .getByRole('button', { name: /进入监测/ })
        .click();
      await page.waitForURL(/\/monitoring\/plans\/\d+$/);
      const cutOffs = page.getByTestId('cut-offs');
      await cutOffs.waitFor();
      await cutOffs.getByText(/110%为超额完成/).waitFor();
      await screenshot(page, 'monitoring-cut-offs', true);

      // The 季报 indicator's detail: its quarterly card with the quarter just entered, rolled up.
      const table = page.getByTestId('indicator-table');
      await table.getByRole('link', { name: '养老机构护理型床位占比' }).click();
      await page.waitForURL(/\/indicators\/\d+/);
      const quarterly = page.getByTestId('quarterly-verdicts');
      await quarterly.getByText('2023年第2季度').waitFor();
      expect(await quarterly.textContent()).toContain('43');
      await screenshot(page, 'monitoring-indicator-quarterly', true);

      // The computed indicator (from the 文山市 demo caseload, computed at start-up): at the prefecture
      // a mix of sources; at 文山市 tagged 「系统计算」, with the method.
      await page.goBack();
      await table.getByRole('link', { name: '农村与城市最低生活保障标准比率' }).click();
      await page.waitForURL(/\/indicators\/\d+/);
      await page.getByTestId('children-table').getByRole('link', { name: '文山市', exact: true }).click();
      await page.waitForURL(/unit=\d+/);
      await page.getByTestId('computed-tag').first().waitFor();
      expect(await page.getByTestId('value-source').textContent()).toContain('业务数据自动计算');
      expect(await page.getByTestId('computation-method').textContent()).toContain('加权');
      await screenshot(page, 'monitoring-indicator-computed', true);

      // The prefecture's form: rows rolled up from the counties are read-only, with the reason.
      await page.goto('/monitoring/collection?year=2023');
      await page.getByText(/正在填报：文山壮族苗族自治州 · 2023年度/).waitFor();
      const form = page.getByTestId('collection-table');
      await form
        .getByText(/填报后汇总，本级只读/)
        .first()
        .waitFor();
      await screenshot(page, 'monitoring-collection-prefecture', true);

      // … and in quarter mode: only the 季报 indicators, the county quarter rolled up.
      await page.goto('/monitoring/collection?year=2023&quarter=2');
      await page.getByText(/正在填报：文山壮族苗族自治州 · 2023年第2季度/).waitFor();
      await page.getByTestId('quarter-mode-hint').waitFor();
      const quarterBeds = page.getByTestId('collection-table').getByRole('row').filter({ hasText: '养老机构护理型床位占比' });
      await quarterBeds.getByText(/43/).first().waitFor();
      await screenshot(page, 'monitoring-collection-prefecture-quarter', true);
      for (const session of [reviewer, planner]) expect(session.pageErrors).toEqual([]);
    } catch (error) {
      await screenshot(current.page, 'failed-monitoring-screens', true);
      throw new Error(`${String(error)}\nat ${current.page.url()}\npage errors: ${current.pageErrors.join(' | ')}`, { cause: error });
    } finally {
      for (const session of [reviewer, planner]) await session.context.close();
    }
  });
});
