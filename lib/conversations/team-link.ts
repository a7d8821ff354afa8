import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * Who gets the team page in the navigation: a member with a team (someone reports to them), or with team
 * conversations they led or took part in (a team member, or a manager whose people moved on). One
 * condition on a membership id, read with the session's own look-up (lib/auth/session.ts), so that the
 * navigation costs no query of its own on every page.
 */
export function teamPageLinked(membershipId: AnyPgColumn | SQL): SQL<boolean> {
  return sql<boolean>`(exists (select 1 from memberships r where r.manager_membership_id = ${membershipId} and r.status <> 'removed')
    or exists (select 1 from conversations c where c.context = 'team' and (c.lead_membership_id = ${membershipId} or c.partner_membership_id = ${membershipId})))`;
}
