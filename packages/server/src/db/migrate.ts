import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database';
import * as coreInit from './migrations/20261123_0500_core_init';
import * as socialAssistance from './migrations/20261123_0600_social_assistance';
import * as monitoring from './migrations/20261123_0700_monitoring';
import * as socialAssistancePayments from './migrations/20261123_0800_social_assistance_payments';

// Forward-only; the list is explicit so the order is reviewable and bundlers need no fs scan.
const migrations: Record<string, Migration> = {
  '20261123_0500_core_init': coreInit,
  '20261123_0600_social_assistance': socialAssistance,
  '20261123_0700_monitoring': monitoring,
  '20261123_0800_social_assistance_payments': socialAssistancePayments,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export const migrateToLatest = async (db: Database): Promise<string[]> => {
  const migrator = new Migrator({ db, provider, migrationTableName: 'schema_migration', migrationLockTableName: 'schema_migration_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
};

