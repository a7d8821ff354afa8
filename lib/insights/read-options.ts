import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { MIN_PEOPLE } from "./privacy";
import type { InsightsOptions } from "./types";

/** What the filter form offers, and the organisation's time zone, in one query. */
export async function readInsightsOptions(tx: Executor, organizationId: string): Promise<InsightsOptions> {
  const [row] = await tx.execute<{ options: InsightsOptions }>(sql`
    select json_build_object(
      'timeZone', (select time_zone from organizations where id = ${organizationId}),
      'programmes', coalesce((
        select json_agg(json_build_object('id', id, 'name', name, 'kind', kind, 'status', status) order by created_at desc)
        from programmes where organization_id = ${organizationId} and status <> 'draft'), '[]'::json),
      'departments', coalesce((
        select json_agg(department order by department) from (
          select department from memberships
          where organization_id = ${organizationId} and department is not null and status <> 'removed'
          group by department having count(*) >= ${MIN_PEOPLE}) d), '[]'::json)
    ) as options`);
  return row.options;
}
