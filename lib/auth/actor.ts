import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { memberships, organizations, type MembershipRole } from "@/db/schema";
import { can, type Permission } from "@/lib/auth/permissions";
import type { MemberContext } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

/** Who acts, and in which organisation: every domain function takes this, never ids from the client. */
export type MemberScope = { organizationId: string; actorMembershipId: string; userId?: string };

export function actorScopeOf(ctx: MemberContext): MemberScope {
  return { organizationId: ctx.current.organizationId, actorMembershipId: ctx.current.membershipId, userId: ctx.userId };
}

/** The members pages' name for the same scope. */
export const memberScopeOf = actorScopeOf;

/** The acting member as re-read inside the transaction: their role decides, their name signs invitations. */
export type Actor = {
  membershipId: string;
  organizationId: string;
  role: MembershipRole;
  name: string;
  email: string;
  /** Their own zone, else the organisation's. */
  timeZone: string;
  organizationName: string;
};

/**
 * The one entry of a member's tenant queries: runs `fn` in one tenant transaction (withTenant) after
 * re-reading the actor in that same transaction — active, in this organisation, allowed `permission` —
 * and hands it over. The callers' wrappers check the permission too; checking here as well keeps the data
 * layer safe on its own (SECURITY.md rules 1 and 2) and lets tests call these functions without Next.js.
 * withPair, withGroup and withGroupSession build on it.
 */
export async function withActor<T>(scope: MemberScope, permission: Permission, fn: (tx: Tx, actor: Actor) => Promise<T>): Promise<T> {
  return withTenant({ organizationId: scope.organizationId, userId: scope.userId }, async (tx) => {
    const [row] = await tx
      .select({
        membershipId: memberships.id,
        organizationId: memberships.organizationId,
        role: memberships.role,
        name: memberships.name,
        email: memberships.email,
        memberTimeZone: memberships.timeZone,
        organizationTimeZone: organizations.timeZone,
        organizationName: organizations.name,
      })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(and(eq(memberships.id, scope.actorMembershipId), eq(memberships.organizationId, scope.organizationId), eq(memberships.status, "active")))
      .limit(1);
    if (!row || !can(row.role, permission)) throw new AppError("forbidden");
    const { memberTimeZone, organizationTimeZone, ...actor } = row;
    return fn(tx, { ...actor, timeZone: memberTimeZone ?? organizationTimeZone });
  });
}
