import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScopeCase } from './scope-case';
import { createWorld, type World } from './world';

// Generated: every registered route × {anonymous, outsider, owner}. A route without a case fails.
const modules = import.meta.glob<{ scopeCases: ScopeCase[] }>('../src/**/*.scope.ts', { eager: true });
const cases = new Map(Object.values(modules).flatMap((m) => m.scopeCases.map((c) => [c.route, c] as const)));

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(async () => world.close());

describe('every route is scoped', () => {
  it('every non-public route has a scope case, and every case names a real route', () => {
    const registered = world.routes.filter((r) => r.permission !== null).map((r) => `${r.method} ${r.url}`);
    expect(registered.filter((r) => !cases.has(r))).toEqual([]);
    expect([...cases.keys()].filter((c) => !registered.includes(c))).toEqual([]);
  });

  it('anonymous callers get 401 on every non-public route', async () => {
    for (const route of world.routes.filter((r) => r.permission !== null)) {
      const scopeCase = cases.get(`${route.method} ${route.url}`);
      const url = scopeCase ? (await scopeCase.request(world)).url : route.url;
      const response = await world.as(null, route.method, url, route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
      expect({ route: `${route.method} ${route.url}`, status: response.statusCode }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 401,
      });
    }
  });

  it.each([...cases.values()].map((c) => [c.route, c] as const))('%s: outsider is refused, owner succeeds', async (_name, scopeCase) => {
    const [method = 'GET'] = scopeCase.route.split(' ');
    const request = await scopeCase.request(world);
    if (scopeCase.outsider) {
      const outsider = await world.as(scopeCase.outsider, method, request.url, request.payload);
      if (scopeCase.outsiderCheck) await scopeCase.outsiderCheck(outsider, world);
      else {
        expect({ status: outsider.statusCode, body: outsider.json() as unknown }).toMatchObject({
          status: 404,
          body: { code: 'NOT_FOUND' },
        });
      }
    }
    const owner = await world.as(scopeCase.owner, method, request.url, request.payload);
    expect({ status: owner.statusCode, body: owner.body }).toMatchObject({ status: scopeCase.ownerStatus ?? 200 });
  });
});
