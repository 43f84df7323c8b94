import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from '../auth/actor';
import { scopeRoots } from '../auth/actor';
import type { Permission } from '@mz/shared';

/** The caller's reach for one permission: the roots of the division subtrees it covers. */
export type Scope = { roots: number[] };

export const scopeOf = (actor: Actor, permission: Permission): Scope => ({ roots: scopeRoots(actor, permission) });

/**
 * The one scoping helper: `divisionColumn` lies in the scope's subtrees (closure-table EXISTS,
 * served by the primary key (ancestor_id, descendant_id)). Use it in every scoped query:
 *   .where((eb) => withinScope(eb.ref('household.division_id'), scope))
 * An empty scope matches nothing.
 */
export const withinScope = (divisionColumn: Expression<number | null>, scope: Scope): Expression<SqlBool> => {
  if (scope.roots.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`exists (select 1 from division_closure dc where dc.descendant_id = ${divisionColumn} and dc.ancestor_id in (${sql.join(scope.roots)}))`;
};
