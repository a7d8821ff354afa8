import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { memberships } from "@/db/schema";
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

/**
 * Runs `fn` in one tenant transaction after re-reading the actor's role in that same transaction. The
 * callers' wrappers check the permission too; checking here as well keeps the data layer safe on its own
 * (SECURITY.md rule 1) and lets tests call these functions without Next.js.
 */
export async function withActor<T>(scope: MemberScope, permission: Permission, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withTenant({ organizationId: scope.organizationId, userId: scope.userId }, async (tx) => {
    const [actor] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.id, scope.actorMembershipId), eq(memberships.organizationId, scope.organizationId), eq(memberships.status, "active")))
      .limit(1);
    if (!actor || !can(actor.role, permission)) throw new AppError("forbidden");
    return fn(tx);
  });
}
