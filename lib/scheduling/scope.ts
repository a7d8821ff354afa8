import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, organizations, type MembershipRole } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { can, type Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { MemberScope } from "@/lib/auth/actor";

export type { MemberScope };

/** The acting member as re-read inside the transaction: their role decides, their name signs invitations. */
export type SchedulingActor = {
  membershipId: string;
  organizationId: string;
  role: MembershipRole;
  name: string;
  email: string;
  timeZone: string;
  organizationName: string;
};

/**
 * Runs `fn` in one tenant transaction after re-reading the actor (active, in this organisation, allowed
 * `permission`). Every scheduling function goes through here, so the data layer stays safe on its own
 * whatever page or action calls it (SECURITY.md rules 1 and 2).
 */
export async function withSchedulingActor<T>(scope: MemberScope, permission: Permission, fn: (tx: Tx, actor: SchedulingActor) => Promise<T>): Promise<T> {
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
