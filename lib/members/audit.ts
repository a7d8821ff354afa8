import "server-only";
import type { Executor } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type MemberAuditAction = "member.invited" | "member.invitationResent" | "member.roleChanged" | "member.removed" | "members.importStarted";

export type MemberAuditEvent = {
  organizationId: string;
  actorMembershipId: string | null;
  action: MemberAuditAction;
  targetId: string;
  /** Facts about the change (roles, counts), never names, addresses or other content (SECURITY.md rule 17). */
  data?: Record<string, string | number>;
};

export async function recordMemberAudit(executor: Executor, event: MemberAuditEvent): Promise<void> {
  await executor.insert(auditEvents).values({
    organizationId: event.organizationId,
    actorMembershipId: event.actorMembershipId,
    action: event.action,
    targetType: event.action === "members.importStarted" ? "member_import" : "membership",
    targetId: event.targetId,
    data: event.data ?? {},
  });
}
