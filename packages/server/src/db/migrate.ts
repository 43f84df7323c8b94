import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database';
import * as coreInit from './migrations/20261123_0500_core_init';
import * as socialAssistance from './migrations/20261123_0600_social_assistance';
import * as monitoring from './migrations/20261123_0700_monitoring';
import * as socialAssistancePayments from './migrations/20261123_0800_social_assistance_payments';
import * as socialAssistanceCaseSteps from './migrations/20261123_0900_social_assistance_case_steps';
import * as monitoringQuartersCutOffs from './migrations/20261123_0910_monitoring_quarters_cut_offs';
import * as corePasswordChange from './migrations/20261123_1000_core_password_change';
import * as socialAssistanceEmploymentRefusal from './migrations/20261123_1100_social_assistance_employment_refusal';
import * as socialAssistanceMemberNameCover from './migrations/20261123_1230_social_assistance_member_name_cover';
import * as socialAssistanceAuthorisationRevocation from './migrations/20261123_1300_social_assistance_authorisation_revocation';
import * as registryAutovacuum from './migrations/20261123_1310_registry_autovacuum';

// Forward-only; the list is explicit so the order is reviewable and bundlers need no fs scan.
const migrations: Record<string, Migration> = {
  '20261123_0500_core_init': coreInit,
  '20261123_0600_social_assistance': socialAssistance,
  '20261123_0700_monitoring': monitoring,
  '20261123_0800_social_assistance_payments': socialAssistancePayments,
  '20261123_0900_social_assistance_case_steps': socialAssistanceCaseSteps,
  '20261123_0910_monitoring_quarters_cut_offs': monitoringQuartersCutOffs,
  '20261123_1000_core_password_change': corePasswordChange,
  '20261123_1100_social_assistance_employment_refusal': socialAssistanceEmploymentRefusal,
  '20261123_1230_social_assistance_member_name_cover': socialAssistanceMemberNameCover,
  '20261123_1300_social_assistance_authorisation_revocation': socialAssistanceAuthorisationRevocation,
  '20261123_1310_registry_autovacuum': registryAutovacuum,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export const migrateToLatest = async (db: Database): Promise<string[]> => {
  const migrator = new Migrator({ db, provider, migrationTableName: 'schema_migration', migrationLockTableName: 'schema_migration_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
};
