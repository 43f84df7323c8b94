import { computeCitizenIdCheckDigit } from '@mz/shared';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { parameterValues } from '../../../server/src/modules/social-assistance/social-assistance.test-support';
import { DEMO_PASSWORD } from './stack';

// Setup shared by the social-assistance browser suites: valid ID numbers and the parameters in force.

/** A valid 18-digit 公民身份号码 from its first 17 digits (GB 11643 check digit). */
export const id18 = (first17: string) => `${first17}${computeCitizenIdCheckDigit(first17)}`;

/**
 * Parameters in force for 文山市 from 2024-07 (set up through the API as ws_approver: the parameter
 * pages are not part of these screen sets). Leaves the page's session signed in as ws_approver.
 */
export const setCountyParameters = async (page: Page) => {
  await page.request.post('/api/auth/login', { data: { username: 'ws_approver', password: DEMO_PASSWORD } });
  const approverMe = (await (await page.request.get('/api/auth/me')).json()) as { assignments: { divisionId: number }[] };
  const county = approverMe.assignments[0]?.divisionId;
  const parameters = await page.request.post('/api/assistance/parameters', {
    data: { divisionId: county, validFrom: '2024-07-01', values: parameterValues(), note: '浏览器测试参数' },
  });
  expect(parameters.status(), await parameters.text()).toBe(200);
};
