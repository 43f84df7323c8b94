import type { ColumnType, Generated } from 'kysely';
import type { MonitoringTables } from '../modules/monitoring/monitoring.tables';
import type { DynamicTables } from '../modules/social-assistance/dynamic/dynamic.tables';
import type { LowIncomeMonitoringTables } from '../modules/social-assistance/monitoring/low-income.tables';
import type { PaymentTables } from '../modules/social-assistance/payments/payments.tables';
import type { SocialAssistanceTables } from '../modules/social-assistance/social-assistance.tables';

// The DB interface. Core tables here; each module adds its own from its *.tables.ts.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = ColumnType<string, string, string>;

export type DivisionTable = {
  id: Generated<number>;
  code: string;
  name: string;
  level: string;
  parent_id: number | null;
  valid_from: DateString | null;
  valid_to: DateString | null;
};
export type DivisionClosureTable = { ancestor_id: number; descendant_id: number; depth: number };
export type DivisionVersionTable = {
  id: Generated<number>;
  division_id: number;
  code: string;
  name: string;
  parent_id: number | null;
  valid_from: DateString | null;
  valid_to: DateString | null;
};
export type DivisionChangeTable = {
  id: Generated<number>;
  kind: string;
  effective_on: DateString;
  from_division_ids: ColumnType<number[], number[] | undefined, number[]>;
  to_division_ids: ColumnType<number[], number[] | undefined, number[]>;
  note: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
};
export type AppUserTable = {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  division_id: number;
  is_active: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  must_change_password: Generated<boolean>; // 须修改密码 (after an admin reset)
  password_changed_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};
export type RoleAssignmentTable = {
  id: Generated<number>;
  user_id: number;
  role: string;
  division_id: number;
  created_at: Generated<Date>;
};
export type UserSessionTable = {
  token_hash: string;
  user_id: number;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  last_seen_at: Generated<Date>;
};
export type AuditLogTable = {
  id: Generated<number>;
  at: Timestamp;
  request_id: string | null;
  actor_id: number | null;
  actor_role: string | null;
  division_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  prev_hash: string;
  hash: string;
};

export type CoreTables = {
  division: DivisionTable;
  division_closure: DivisionClosureTable;
  division_version: DivisionVersionTable;
  division_change: DivisionChangeTable;
  app_user: AppUserTable;
  role_assignment: RoleAssignmentTable;
  user_session: UserSessionTable;
  audit_log: AuditLogTable;
};

export type DB = CoreTables & SocialAssistanceTables & PaymentTables & DynamicTables & LowIncomeMonitoringTables & MonitoringTables;
