import { sql } from 'kysely';
import type { Permission, Role } from '@mz/shared';
import type { DatabaseHandle } from '../src/db/database';
import { findDivisionByCode } from '../src/core/division/division.repository';
import { insertAssignment, insertUser } from '../src/core/identity/identity.repository';
import { hashPassword } from '../src/platform/auth/password';
import type { Actor } from '../src/platform/auth/actor';
import { systemContext, type CallContext } from '../src/platform/http/context';
import { createParameterVersion } from '../src/modules/social-assistance/parameters/parameters.service';
import type { SocialAssistanceDeps } from '../src/modules/social-assistance/social-assistance.deps';
import type { GenDivision } from './generator/households';
import { BASE_STANDARD, BASE_VALID_FROM, BENCH_NOW, parameterValues } from './generator/parameters';
import { loadRegistry, type RegistryCounts } from './load/registry';
import { loadIndicatorValues, nationalPlan, type LoadedIndicators } from './load/indicators';
import { findIndicators } from '../src/modules/monitoring/register/register.repository';
import { timed } from './measure';

// Sizes, the bench user, and the preparation of a database for the steps: the base parameter version
// (through the parameters service), the generated caseload and the national indicator values.

export const SIZES = {
  tiny: { households: 500, importHouseholds: 50, root: '532601' },
  county: { households: 30_000, importHouseholds: 3_000, root: '532601' },
  prefecture: { households: 300_000, importHouseholds: 30_000, root: '450100' },
  province: { households: 1_000_000, importHouseholds: 100_000, root: '450000' },
} as const;
export type Size = keyof typeof SIZES;
export const isSize = (value: string): value is Size => value in SIZES;

export const BENCH_USER = 'bench_operator';
export const BENCH_PASSWORD = 'Bench@2026-load';
/**
 * The bench user holds its roles at the subtree root (a whole province for the province size), a
 * deliberate relaxation of ROLE_LEVELS: one caller can then import, change the standard, generate
 * every county's roll and read the dashboards of the whole subtree.
 */
const BENCH_ROLES: Role[] = ['township_clerk', 'county_approver', 'planner'];

export type BenchDivision = { id: number; code: string; name: string; level: string };
export type BenchContext = {
  handle: DatabaseHandle;
  deps: SocialAssistanceDeps;
  seed: string;
  root: BenchDivision;
  divisions: GenDivision[];
  actor: Actor;
  ctx: (permission: Permission) => CallContext;
  baseParameterId: number;
};

export const ensureBenchUser = async (handle: DatabaseHandle, root: BenchDivision): Promise<Actor> => {
  const db = handle.db;
  let user = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name'])
    .where('username', '=', BENCH_USER)
    .executeTakeFirst();
  if (!user) {
    const created = await insertUser(db, {
      username: BENCH_USER,
      displayName: '性能测试（bench）',
      passwordHash: await hashPassword(BENCH_PASSWORD),
      divisionId: root.id,
    });
    user = { id: created.id, username: created.username, display_name: created.display_name };
  }
  for (const role of BENCH_ROLES) await insertAssignment(db, { userId: user.id, role, divisionId: root.id });
  const assignments = await db.selectFrom('role_assignment').select(['id', 'role', 'division_id']).where('user_id', '=', user.id).execute();
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    assignments: assignments.map((a) => ({ id: a.id, role: a.role as Role, divisionId: a.division_id })),
  };
};

/** Villages of the subtree (townships where villages are not loaded), in code order. */
export const subtreeDivisions = async (handle: DatabaseHandle, rootId: number): Promise<GenDivision[]> => {
  for (const level of ['village', 'township']) {
    const rows = await sql<{ id: number; code: string; name: string }>`
      select d.id, d.code, d.name from division d join division_closure c on c.descendant_id = d.id and c.ancestor_id = ${rootId}
      where d.level = ${level} and d.valid_to is null order by d.code`.execute(handle.db);
    if (rows.rows.length > 0) {
      return rows.rows.map((r) => ({
        id: r.id,
        code: r.code,
        name: r.name.replace(/(村民委员会|居民委员会|居委会|村委会)$/u, ''),
        urban: /社区|居委会|居民委员会/u.test(r.name),
      }));
    }
  }
  throw new Error('bench: no townships or villages loaded under the root division');
};

export type Preparation = {
  context: BenchContext;
  registry: RegistryCounts;
  indicators: LoadedIndicators;
  loadMs: { registry: number; indicators: number };
};

export const prepare = async (
  handle: DatabaseHandle,
  options: { size: Size; seed: string; rootCode?: string; reuse?: boolean },
): Promise<Preparation> => {
  const code = options.rootCode ?? SIZES[options.size].root;
  const found = await findDivisionByCode(handle.db, code);
  if (!found) throw new Error(`bench: division ${code} is not loaded`);
  const root: BenchDivision = { id: found.id, code: found.code, name: found.name, level: found.level };
  const actor = await ensureBenchUser(handle, root);
  const deps: SocialAssistanceDeps = { db: handle.db, now: BENCH_NOW };
  const ctx = (permission: Permission) => ({
    ...systemContext(actor, permission, 'bench'),
    audit: { actor, permission, requestId: 'bench' },
  });
  const divisions = await subtreeDivisions(handle, root.id);
  if (options.reuse) return attach(handle, { seed: options.seed, root, divisions, actor, ctx, deps });
  const base = await createParameterVersion(deps, ctx('assistance:approve'), {
    divisionId: root.id,
    validFrom: BASE_VALID_FROM,
    note: '基准标准（bench）',
    values: parameterValues(BASE_STANDARD),
  });
  const context: BenchContext = { handle, deps, seed: options.seed, root, divisions, actor, ctx, baseParameterId: base.id };
  const registry = await timed(() =>
    loadRegistry(handle, { seed: options.seed, divisions, households: SIZES[options.size].households, parameterId: base.id }),
  );
  const indicators = await timed(() => loadIndicatorValues(handle, options.seed));
  return { context, registry: registry.value, indicators: indicators.value, loadMs: { registry: registry.ms, indicators: indicators.ms } };
};

/** --reuse: a database prepared by an earlier run (PostgreSQL keeps it; PGlite with --keep --data-dir). Nothing is loaded. */
const attach = async (
  handle: DatabaseHandle,
  c: Pick<BenchContext, 'seed' | 'root' | 'divisions' | 'actor' | 'ctx' | 'deps'>,
): Promise<Preparation> => {
  const base = await handle.db
    .selectFrom('assistance_parameter')
    .select('id')
    .where('division_id', '=', c.root.id)
    .where('valid_from', '=', BASE_VALID_FROM)
    .executeTakeFirst();
  if (!base) throw new Error('bench --reuse: this database was not prepared by the bench (no base parameter version)');
  const plan = await nationalPlan(handle);
  const indicators = await findIndicators(handle.db, plan.id);
  const counts = await sql<{
    units: number;
    rows: number;
  }>`select count(distinct division_id) as units, count(*) as rows from monitoring_indicator_value
    where plan_indicator_id in (${sql.join(indicators.map((i) => i.id))})`.execute(handle.db);
  const tables = ['household', 'household_member', 'assistance_recipient', 'assistance_application'] as const;
  const registry: Record<string, number> = {};
  for (const t of tables) {
    registry[t] = Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(handle.db)).rows[0]?.n ?? 0);
  }
  return {
    context: { handle, ...c, baseParameterId: base.id },
    registry: registry as RegistryCounts,
    indicators: { plan, indicators, units: Number(counts.rows[0]?.units ?? 0), rows: Number(counts.rows[0]?.rows ?? 0) },
    loadMs: { registry: 0, indicators: 0 },
  };
};
