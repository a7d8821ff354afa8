import { sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";

// SQL pieces about reporting lines, used both as the guard inside the UPDATE and to explain a refusal.

/** The candidate is a person of the organisation who has not been removed. */
export function isActiveMember(organizationId: string, candidateId: string): SQL {
  return sql`exists (select 1 from memberships c where c.id = ${candidateId} and c.organization_id = ${organizationId} and c.status <> 'removed')`;
}

/**
 * True when `membershipId` is the candidate or stands above them: walking up from the candidate through
 * manager_membership_id reaches `membershipId`. Making that candidate the manager would close a loop.
 * UNION (not UNION ALL) stops the walk even if an older loop already exists in the data.
 */
export function wouldCloseLoop(organizationId: string, membershipId: string, candidateId: string): SQL {
  return sql`exists (
    with recursive chain(id, manager_id) as (
      select m.id, m.manager_membership_id from memberships m
       where m.id = ${candidateId} and m.organization_id = ${organizationId}
      union
      select m.id, m.manager_membership_id from memberships m
        join chain on m.id = chain.manager_id
       where m.organization_id = ${organizationId}
    )
    select 1 from chain where chain.id = ${membershipId}
  )`;
}

/** Everyone who reports to `membershipId`, directly or indirectly (they cannot become their manager). */
export function reportsOf(organizationId: string, membershipId: string): SQL {
  return sql`(
    with recursive reports(id) as (
      select m.id from memberships m
       where m.manager_membership_id = ${membershipId} and m.organization_id = ${organizationId}
      union
      select m.id from memberships m
        join reports on m.manager_membership_id = reports.id
       where m.organization_id = ${organizationId}
    )
    select id from reports
  )`;
}

/**
 * Serialises changes of reporting lines within one organisation for the rest of the transaction, so that
 * two people who pick each other at the same moment cannot both pass the loop check. Anything else that
 * writes manager_membership_id (imports, admin edits) should take the same lock.
 */
export async function lockReportingLines(tx: Tx, organizationId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`kring:reporting-lines:${organizationId}`}, 0))`);
}
