import type { DatabaseHandle } from '../db/database';
import { inTransaction } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { loadDivisions, type DivisionLoadOptions } from '../core/division/division.loader';
import { findDivisionByCode } from '../core/division/division.repository';
import { countUsers, insertAssignment, insertUser } from '../core/identity/identity.repository';
import { hashPassword } from '../platform/auth/password';
import { recordAudit } from '../platform/audit/audit';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { loadDemoValues, loadPlanRegister } from '../modules/monitoring/index';

export type BootstrapOptions = {
  divisions: DivisionLoadOptions;
  demo: boolean;
  /** Demo indicator values of the five plans (default: same as `demo`). */
  monitoringDemo?: boolean;
};

/** Idempotent start-up: migrate, load divisions once, create demo accounts once. */
export const bootstrap = async (handle: DatabaseHandle, options: BootstrapOptions) => {
  const migrated = await migrateToLatest(handle.db);
  const divisions = await loadDivisions(handle.db, options.divisions);
  let demoAccounts = 0;
  if (options.demo && (await countUsers(handle.db)) === 0) demoAccounts = await createDemoAccounts(handle);
  // Plan monitoring: the five plans' register from the seed texts (once), then demo values (once).
  const plans = await loadPlanRegister(handle.db);
  const monitoringDemoValues = (options.monitoringDemo ?? options.demo) ? await loadDemoValues(handle.db) : 0;
  return { migrated, divisions, demoAccounts, plans, monitoringDemoValues };
};

const createDemoAccounts = async (handle: DatabaseHandle) => {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return inTransaction(handle.db, async (trx) => {
    let created = 0;
    for (const account of DEMO_ACCOUNTS) {
      const division = await findDivisionByCode(trx, account.divisionCode);
      if (!division) continue; // region not loaded (e.g. villages off)
      const user = await insertUser(trx, { username: account.username, displayName: account.displayName, passwordHash, divisionId: division.id });
      const assignment = await insertAssignment(trx, { userId: user.id, role: account.role, divisionId: division.id });
      await recordAudit(trx, { actor: null, permission: 'user:manage', requestId: 'bootstrap' }, [
        { action: 'USER_CREATED', entity: 'app_user', entityId: user.id, divisionId: division.id, after: { ...user, demo: true } },
        { action: 'ROLE_ASSIGNED', entity: 'role_assignment', entityId: assignment?.id ?? null, divisionId: division.id, after: assignment },
      ]);
      created += 1;
    }
    return created;
  });
};
