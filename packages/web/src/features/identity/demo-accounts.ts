import type { Role } from '@mz/shared';

// Demo accounts created by the server's demo seed (packages/server/src/seed/demo-accounts.ts).
// Shown on the login page as a hint; remove once demo data is off in production.
export const DEMO_PASSWORD = 'Demo@2025mz';

export const DEMO_LOGINS: { username: string; role: Role; place: string }[] = [
  { username: 'admin', role: 'system_admin', place: '全国' },
  { username: 'auditor', role: 'auditor', place: '全国' },
  { username: 'mca_planner', role: 'planner', place: '全国' },
  { username: 'gx_planner', role: 'planner', place: '广西壮族自治区' },
  { username: 'ws_planner', role: 'planner', place: '文山壮族苗族自治州' },
  { username: 'ws_approver', role: 'county_approver', place: '文山市' },
  { username: 'ws_reviewer', role: 'county_reviewer', place: '文山市' },
  { username: 'ws_clerk', role: 'township_clerk', place: '开化街道' },
  { username: 'ws_clerk2', role: 'township_clerk', place: '卧龙街道' },
  { username: 'ws_village', role: 'village_assistant', place: '振华社区' },
];
