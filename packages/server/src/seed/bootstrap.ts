import type { DatabaseHandle } from '../db/database';
import { inTransaction } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { loadDivisions, type DivisionLoadOptions } from '../core/division/division.loader';
import { findDivisionByCode } from '../core/division/division.repository';
import { countUsers, insertAssignment, insertUser } from '../core/identity/identity.repository';
import { hashPassword } from '../platform/auth/password';
import { recordAudit } from '../platform/audit/audit';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { loadDemoValues, loadPlanRegister, refreshComputedIndicators } from '../modules/monitoring/index';
import { EXAMPLE_PARAMETERS } from '../modules/social-assistance/social-assistance.fixtures';
import { createDemoCaseload } from '../modules/social-assistance/index';

export type BootstrapOptions = {
  divisions: DivisionLoadOptions;
  demo: boolean;
  /** Demo data: indicator values of the five plans and demo assistance standards (default: same as `demo`). */
  monitoringDemo?: boolean;
  /** The 文山市 demo caseload (default: same as the demo data; DB tests turn it off). */
  demoCaseload?: boolean;
};

/** Idempotent start-up: migrate, load divisions once, create demo accounts once. */
export const bootstrap = async (handle: DatabaseHandle, options: BootstrapOptions) => {
  const migrated = await migrateToLatest(handle.db);
  const divisions = await loadDivisions(handle.db, options.divisions);
  let demoAccounts = 0;
  if (options.demo && (await countUsers(handle.db)) === 0) demoAccounts = await createDemoAccounts(handle);
  // Plan monitoring: the five plans' register from the seed texts (once), then demo values (once).
  const plans = await loadPlanRegister(handle.db);
  // Demo business data follows the same switch as the demo values (tests turn it off).
  const demoData = options.monitoringDemo ?? options.demo;
  const monitoringDemoValues = demoData ? await loadDemoValues(handle.db) : 0;
  const assistanceParameters = demoData ? await createDemoAssistanceParameters(handle) : 0;
  // A small demo caseload of 文山市 (once, only into a database without households).
  const demoCaseload = (options.demoCaseload ?? demoData) ? (await createDemoCaseload(handle.db)).households : 0;
  // Computed indicators from the business records as they are now (every start, whenever records exist).
  const computedIndicatorValues = await refreshComputedIndicators(handle.db);
  return { migrated, divisions, demoAccounts, plans, monitoringDemoValues, assistanceParameters, demoCaseload, computedIndicatorValues };
};

/**
 * Demo 社会救助 standards for 文山州 (so a fresh demo can assess cases): the worked-example parameter
 * set of the rules document (§7.0), clearly labelled as demo, not Wenshan's real standards.
 */
const DEMO_PARAMETER_DIVISION = '532600';
const createDemoAssistanceParameters = async (handle: DatabaseHandle) =>
  inTransaction(handle.db, async (trx) => {
    const division = await findDivisionByCode(trx, DEMO_PARAMETER_DIVISION);
    if (!division) return 0;
    const existing = await trx.selectFrom('assistance_parameter').select('id').limit(1).executeTakeFirst();
    if (existing) return 0;
    const row = await trx
      .insertInto('assistance_parameter')
      .values({
        province_code: division.code.slice(0, 2),
        division_id: division.id,
        valid_from: '2021-01-01',
        valid_to: null,
        params: JSON.stringify(EXAMPLE_PARAMETERS),
        note: '演示参数：取自社会救助规则文档 §7.0 示例县参数，并非文山州实际标准',
        created_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      { actor: null, permission: 'assistance:approve', requestId: 'bootstrap' },
      {
        action: 'ASSISTANCE_PARAMETERS_CREATED',
        entity: 'assistance_parameter',
        entityId: row.id,
        divisionId: division.id,
        after: { validFrom: '2021-01-01', demo: true },
      },
    );
    return 1;
  });

const createDemoAccounts = async (handle: DatabaseHandle) => {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return inTransaction(handle.db, async (trx) => {
    let created = 0;
    for (const account of DEMO_ACCOUNTS) {
      const division = await findDivisionByCode(trx, account.divisionCode);
      if (!division) continue; // region not loaded (e.g. villages off)
      const user = await insertUser(trx, {
        username: account.username,
        displayName: account.displayName,
        passwordHash,
        divisionId: division.id,
      });
      const assignment = await insertAssignment(trx, { userId: user.id, role: account.role, divisionId: division.id });
      await recordAudit(trx, { actor: null, permission: 'user:manage', requestId: 'bootstrap' }, [
        { action: 'USER_CREATED', entity: 'app_user', entityId: user.id, divisionId: division.id, after: { ...user, demo: true } },
        {
          action: 'ROLE_ASSIGNED',
          entity: 'role_assignment',
          entityId: assignment?.id ?? null,
          divisionId: division.id,
          after: assignment,
        },
      ]);
      created += 1;
    }
    return created;
  });
};
