import "server-only";
import type { Executor } from "@/db/client";
import { auditEvents } from "@/db/schema";

/**
 * Who did what over SCIM. Token events have the admin as actor; provisioning events have none (the
 * identity provider acted, with the organisation's token) and say which token in `data`. Attribute updates
 * are not logged one by one: an identity provider sends them on every change in its directory.
 */
export type ScimAuditAction =
  | "scim.tokenCreated"
  | "scim.tokenRotated"
  | "scim.tokenRevoked"
  | "scim.memberProvisioned"
  | "scim.memberDeactivated"
  | "scim.memberReactivated"
  | "scim.memberDeleted";

export type ScimAuditEvent = {
  organizationId: string;
  action: ScimAuditAction;
  targetId: string;
  actorMembershipId?: string | null;
  /** Ids and counts only (SECURITY.md rule 17). */
  data?: Record<string, string | number>;
};

export async function recordScimAudit(executor: Executor, event: ScimAuditEvent): Promise<void> {
  await executor.insert(auditEvents).values({
    organizationId: event.organizationId,
    actorMembershipId: event.actorMembershipId ?? null,
    action: event.action,
    targetType: event.action.startsWith("scim.token") ? "scim_token" : "membership",
    targetId: event.targetId,
    data: event.data ?? {},
  });
}
