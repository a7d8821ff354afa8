import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { recordMemberAudit } from "./audit";
import type { InviteMemberInput } from "./schemas";
import { invitationLocaleOf, issueInvitation, recentlyInvitedMemberships } from "./issue-invitation";
import { lockReportingLines } from "@/lib/profiles/reporting-lines";
import { withActor, type MemberScope } from "@/lib/auth/actor";

export type InviteMemberResult =
  | { ok: true; membershipId: string; reinvited: boolean }
  | { ok: false; field: "email"; error: "alreadyActive" | "recentlyInvited" }
  | { ok: false; field: "managerEmail"; error: "managerUnknown" | "managerSelf" | "managerCycle" };

/**
 * Invites one person: the membership (status invited), its invitation and the email, in one transaction.
 * Inviting an address that is invited already updates the details and sends a new link (the old one stops
 * working); an active member is refused, because their profile is theirs now.
 */
export async function inviteMember(scope: MemberScope, input: InviteMemberInput): Promise<InviteMemberResult> {
  const { organizationId } = scope;
  return withActor(scope, "members.invite", async (tx) => {
    // Manager changes are serialised per organisation, so that two of them cannot close a loop together.
    await lockReportingLines(tx, scope.organizationId);
    // Locks the existing row, so that two admins inviting the same address do one after the other.
    const [existing] = await tx
      .select({ id: memberships.id, status: memberships.status })
      .from(memberships)
      .where(and(eq(memberships.organizationId, organizationId), eq(memberships.email, input.email)))
      .for("update");
    if (existing?.status === "active") return { ok: false, field: "email", error: "alreadyActive" };

    let managerId: string | null = null;
    if (input.managerEmail) {
      if (input.managerEmail === input.email) return { ok: false, field: "managerEmail", error: "managerSelf" };
      const [manager] = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.organizationId, organizationId), eq(memberships.email, input.managerEmail), ne(memberships.status, "removed")));
      if (!manager) return { ok: false, field: "managerEmail", error: "managerUnknown" };
      if (existing && (await reportsTo(tx, organizationId, manager.id, existing.id))) {
        return { ok: false, field: "managerEmail", error: "managerCycle" };
      }
      managerId = manager.id;
    }

    // The organisation's lock above serialises invites, so a second one sees the first's invitation.
    if (existing && (await recentlyInvitedMemberships(tx, organizationId, [existing.id])).size > 0) {
      return { ok: false, field: "email", error: "recentlyInvited" };
    }

    const details = { name: input.name, department: input.department, managerMembershipId: managerId };
    const [membership] = await tx
      .insert(memberships)
      .values({ organizationId, email: input.email, status: "invited", ...details })
      .onConflictDoUpdate({
        target: [memberships.organizationId, memberships.email],
        // A removed person comes back as a plain member, unlinked until they accept again.
        set: { ...details, status: "invited", userId: null, role: sql`case when ${memberships.status} = 'removed' then 'member'::membership_role else ${memberships.role} end` },
        setWhere: ne(memberships.status, "active"),
      })
      .returning({ id: memberships.id });
    if (!membership) throw new AppError("conflict");

    await issueInvitation(tx, { organizationId, membershipId: membership.id, email: input.email, locale: input.language, invitedByMembershipId: scope.actorMembershipId });
    await recordMemberAudit(tx, { organizationId, actorMembershipId: scope.actorMembershipId, action: "member.invited", targetId: membership.id });
    return { ok: true, membershipId: membership.id, reinvited: Boolean(existing) };
  });
}

/**
 * Sends a new link to a person who has not accepted yet, in the language of their last invitation; refused
 * within the resend window of the last one.
 */
export async function resendInvitation(scope: MemberScope, membershipId: string): Promise<void> {
  const { organizationId } = scope;
  await withActor(scope, "members.invite", async (tx) => {
    const [membership] = await tx
      .select({ id: memberships.id, email: memberships.email })
      .from(memberships)
      .where(and(eq(memberships.id, membershipId), eq(memberships.organizationId, organizationId), eq(memberships.status, "invited")))
      .for("update");
    if (!membership) throw new AppError("not_found");
    // The row lock above serialises resends of one person; inside the window a resend sends nothing.
    if ((await recentlyInvitedMemberships(tx, organizationId, [membership.id])).size > 0) throw new AppError("rate_limited", { message: "recentlyInvited" });
    const locale = await invitationLocaleOf(tx, organizationId, membership.id);
    await issueInvitation(tx, { organizationId, membershipId: membership.id, email: membership.email, locale, invitedByMembershipId: scope.actorMembershipId });
    await recordMemberAudit(tx, { organizationId, actorMembershipId: scope.actorMembershipId, action: "member.invitationResent", targetId: membership.id });
  });
}

/** Whether `personId` is `ancestorId` or reports to them, directly or through others. */
async function reportsTo(tx: Tx, organizationId: string, personId: string, ancestorId: string): Promise<boolean> {
  // UNION (not UNION ALL) stops on a reporting line that already loops, instead of recursing forever.
  const rows = await tx.execute<{ found: boolean }>(sql`
    with recursive chain(id) as (
      select ${personId}::uuid
      union
      select m.manager_membership_id from memberships m join chain c on m.id = c.id
      where m.organization_id = ${organizationId} and m.manager_membership_id is not null
    )
    select exists(select 1 from chain where id = ${ancestorId}::uuid) as found`);
  return Boolean(rows[0]?.found);
}
