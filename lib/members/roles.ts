import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, type MembershipRole } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { recordMemberAudit } from "./audit";
import { revokeOpenInvitations } from "./issue-invitation";
import { withActor, type MemberScope } from "@/lib/auth/actor";

export type ChangeMemberRoleInput = { membershipId: string; role: MembershipRole };

/** Changes a member's role. The organisation always keeps at least one active admin. */
export async function changeMemberRole(scope: MemberScope, input: ChangeMemberRoleInput): Promise<void> {
  const { organizationId } = scope;
  await withActor(scope, "members.changeRole", async (tx) => {
    const adminIds = await lockActiveAdmins(tx, organizationId);
    const target = await lockTarget(tx, organizationId, input.membershipId);
    if (target.role === input.role) return;
    if (input.role !== "admin") refuseLastAdmin(adminIds, target);
    await tx
      .update(memberships)
      .set({ role: input.role })
      .where(and(eq(memberships.id, target.id), eq(memberships.organizationId, organizationId)));
    await recordMemberAudit(tx, {
      organizationId,
      actorMembershipId: scope.actorMembershipId,
      action: "member.roleChanged",
      targetId: target.id,
      data: { from: target.role, to: input.role },
    });
  });
}

/**
 * Takes a person out of the organisation: the row stays (status removed) for the reporting lines and the
 * audit trail, and their unused invitations stop working. Access ends at once, because every request
 * re-reads the memberships.
 */
export async function removeMember(scope: MemberScope, membershipId: string): Promise<void> {
  const { organizationId } = scope;
  await withActor(scope, "members.changeRole", async (tx) => {
    const adminIds = await lockActiveAdmins(tx, organizationId);
    const target = await lockTarget(tx, organizationId, membershipId);
    refuseLastAdmin(adminIds, target);
    await tx
      .update(memberships)
      .set({ status: "removed" })
      .where(and(eq(memberships.id, target.id), eq(memberships.organizationId, organizationId)));
    await revokeOpenInvitations(tx, organizationId, [target.id]);
    await recordMemberAudit(tx, { organizationId, actorMembershipId: scope.actorMembershipId, action: "member.removed", targetId: target.id });
  });
}

export type LockedTarget = { id: string; role: MembershipRole; status: "invited" | "active" | "removed" };

async function lockTarget(tx: Tx, organizationId: string, membershipId: string): Promise<LockedTarget> {
  const [target] = await tx
    .select({ id: memberships.id, role: memberships.role, status: memberships.status })
    .from(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.organizationId, organizationId), ne(memberships.status, "removed")))
    .for("update");
  // Another organisation's member looks exactly like one that does not exist.
  if (!target) throw new AppError("not_found");
  return target;
}

/**
 * Locks the organisation's active admins before anything else, always in this order, so that two admins
 * demoting or removing each other at the same moment cannot both succeed, nor deadlock (SECURITY.md rule 10).
 */
export async function lockActiveAdmins(tx: Tx, organizationId: string): Promise<string[]> {
  const admins = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, "admin"), eq(memberships.status, "active")))
    .orderBy(memberships.id)
    .for("update");
  return admins.map((a) => a.id);
}

export function refuseLastAdmin(activeAdminIds: string[], target: LockedTarget): void {
  if (target.role !== "admin" || target.status !== "active") return;
  if (!activeAdminIds.some((id) => id !== target.id)) throw new AppError("conflict", { message: "lastAdmin" });
}
