import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevGroupMembers, codevGroups, memberships, type CodevGroup } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { MemberScope } from "@/lib/auth/actor";

export type GroupRole = "participant" | "facilitator";

/** The actor inside one group: who they are there, and the group itself. */
export type GroupAccess = { group: CodevGroup; role: GroupRole; membershipId: string };

/**
 * The group, only when the actor is one of its members or its facilitator and the group is published (or
 * closed, for reading back). Everyone else, admins of the organisation included, gets not_found: what a
 * group shares in confidence is the group's alone (issue 6, SECURITY.md rule 13), and a guessed id tells
 * nothing. Every co-development read and action of a group's content goes through here.
 */
export async function requireGroupAccess(tx: Tx, scope: MemberScope, groupId: string): Promise<GroupAccess> {
  const [row] = await tx
    .select({ group: codevGroups, role: codevGroupMembers.role })
    .from(codevGroups)
    .innerJoin(codevGroupMembers, and(eq(codevGroupMembers.groupId, codevGroups.id), eq(codevGroupMembers.organizationId, codevGroups.organizationId)))
    .innerJoin(memberships, eq(memberships.id, codevGroupMembers.membershipId))
    .where(
      and(
        eq(codevGroups.id, groupId),
        eq(codevGroups.organizationId, scope.organizationId),
        inArray(codevGroups.status, ["published", "closed"]),
        eq(codevGroupMembers.membershipId, scope.actorMembershipId),
        eq(memberships.status, "active"),
      ),
    )
    .limit(1);
  if (!row) throw new AppError("not_found");
  return { group: row.group, role: row.role, membershipId: scope.actorMembershipId };
}

/** As requireGroupAccess, and the actor must be the group's facilitator (or any member when facilitation rotates). */
export async function requireGroupFacilitator(tx: Tx, scope: MemberScope, groupId: string, options: { rotating: boolean }): Promise<GroupAccess> {
  const access = await requireGroupAccess(tx, scope, groupId);
  if (access.role !== "facilitator" && !options.rotating) throw new AppError("forbidden");
  return access;
}
