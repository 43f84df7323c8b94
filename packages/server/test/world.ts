import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '@mz/shared';
import { buildApp, type App } from '../src/app';
import { findDivisionByCode } from '../src/core/division/division.repository';
import { insertAssignment, insertUser } from '../src/core/identity/identity.repository';
import { hashPassword } from '../src/platform/auth/password';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts';
import { createTestDatabase, type TestDatabase } from './db';

/**
 * A test world: a fresh database with the demo accounts (文山州, 文山市, 开化街道 / 卧龙街道 …) plus
 * outsiders in a sibling county (砚山县 532622), an app, and logged-in cookies per user.
 */
export type World = {
  db: TestDatabase;
  app: FastifyInstance;
  routes: App['routes'];
  divisionId: (code: string) => Promise<number>;
  login: (username: string) => Promise<string>;
  as: (username: string | null, method: string, url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
};

export const OUTSIDERS: { username: string; role: Role; divisionCode: string }[] = [
  { username: 'ys_admin', role: 'system_admin', divisionCode: '532622' },
  { username: 'ys_auditor', role: 'auditor', divisionCode: '532622' },
  { username: 'ys_reviewer', role: 'county_reviewer', divisionCode: '532622' },
  { username: 'ys_planner', role: 'planner', divisionCode: '532622' },
  { username: 'ys_approver', role: 'county_approver', divisionCode: '532622' },
  // A planner of another prefecture (红河州): sees the national plan but not Wenshan's.
  { username: 'hh_planner', role: 'planner', divisionCode: '532500' },
];

export const createWorld = async (
  options: { now?: () => Date; monitoringDemo?: boolean; provinces?: string[]; regionPrefixes?: string[] } = {},
): Promise<World> => {
  const db = await createTestDatabase({
    monitoringDemo: options.monitoringDemo ?? false,
    ...(options.provinces ? { provinces: options.provinces } : {}),
    ...(options.regionPrefixes ? { regionPrefixes: options.regionPrefixes } : {}),
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const outsider of OUTSIDERS) {
    const division = await findDivisionByCode(db.db, outsider.divisionCode);
    if (!division) throw new Error(`test division ${outsider.divisionCode} missing`);
    const user = await insertUser(db.db, {
      username: outsider.username,
      displayName: outsider.username,
      passwordHash,
      divisionId: division.id,
    });
    await insertAssignment(db.db, { userId: user.id, role: outsider.role, divisionId: division.id });
  }
  const { app, routes } = await buildApp({
    db: db.db,
    identity: { sessionHours: 8, ...(options.now ? { now: options.now } : {}) },
    logLevel: 'silent',
  });
  const cookies = new Map<string, string>();
  const login = async (username: string) => {
    const cached = cookies.get(username);
    if (cached) return cached;
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
    if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'mz_session');
    if (!cookie) throw new Error('no session cookie');
    const value = `mz_session=${cookie.value}`;
    cookies.set(username, value);
    return value;
  };
  return {
    db,
    app,
    routes,
    divisionId: async (code) => {
      const division = await findDivisionByCode(db.db, code);
      if (!division) throw new Error(`division ${code} not loaded`);
      return division.id;
    },
    login,
    as: async (username, method, url, payload) =>
      app.inject({
        method: method as 'GET',
        url,
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
        headers: username ? { cookie: await login(username) } : {},
      }),
    close: async () => {
      await app.close();
      await db.close();
    },
  };
};
