import { sql } from "drizzle-orm";
import { getDb, type Tx } from "./client";

export type TenantScope = { organizationId: string; userId?: string };

/**
 * Runs `fn` in one transaction as the role kring_app with the tenant set, so that row-level security
 * filters every row on top of the data layer's own WHERE clauses (SECURITY.md rule 3). set_config is
 * parameterised: the organisation id is never built into SQL text.
 */
export async function withTenant<T>(scope: TenantScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return getDb().transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', 'kring_app', true), set_config('app.organization_id', ${scope.organizationId}, true), set_config('app.user_id', ${scope.userId ?? ""}, true)`,
    );
    return fn(tx);
  });
}
