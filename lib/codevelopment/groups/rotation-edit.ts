import "server-only";
import { and, eq, inArray, or } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevTurnSwaps, meetings } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { requireGroupFacilitator } from "../access";
import { isOpenSession, withGroup } from "./group-scope";
import type { SetRotationInput } from "@/lib/codevelopment/schemas";
import { repeatedPresenters } from "@/lib/codevelopment/core/rotation";

/** Pending swap requests on these sessions no longer say what they did: they are withdrawn. */
export async function cancelSwapsOn(tx: Tx, organizationId: string, groupId: string, sessionIds: string[]): Promise<void> {
  if (sessionIds.length === 0) return;
  await tx
    .update(codevTurnSwaps)
    .set({ status: "cancelled", respondedAt: now() })
    .where(
      and(
        eq(codevTurnSwaps.organizationId, organizationId),
        eq(codevTurnSwaps.groupId, groupId),
        eq(codevTurnSwaps.status, "requested"),
        or(inArray(codevTurnSwaps.requesterSessionId, sessionIds), inArray(codevTurnSwaps.partnerSessionId, sessionIds)),
      ),
    );
}

/**
 * The facilitator (or, when facilitation rotates, any member) picks who presents at each open session.
 * Presenters must be participants of the group. Someone may present twice (when people cannot make their
 * turn); the answer lists who does, so the page can warn.
 */
export async function setRotation(scope: MemberScope, input: SetRotationInput): Promise<{ repeated: string[] }> {
  return withGroup(
    scope,
    input.groupId,
    async (tx, group) => {
      await requireGroupFacilitator(tx, scope, input.groupId, { rotating: group.settings.facilitatorMode === "rotating" });
      const participants = new Set(group.people.filter((p) => p.role === "participant").map((p) => p.membershipId));
      const at = now();
      const changed: string[] = [];
      const presenters = new Map(group.sessions.map((session) => [session.id, session.casePresenterMembershipId]));
      for (const [i, sessionId] of input.session.entries()) {
        const session = group.sessions.find((s) => s.id === sessionId);
        if (!session) throw new AppError("not_found");
        if (!isOpenSession(session, at)) throw new AppError("conflict", { message: "codevGroups.errors.sessionClosed" });
        const presenter = input.presenter[i];
        if (!participants.has(presenter)) throw new AppError("invalid", { message: "codevGroups.errors.notParticipant" });
        if (session.casePresenterMembershipId !== presenter) changed.push(sessionId);
        presenters.set(sessionId, presenter);
      }
      for (const sessionId of changed) {
        await tx
          .update(meetings)
          .set({ casePresenterMembershipId: presenters.get(sessionId) })
          .where(and(eq(meetings.id, sessionId), eq(meetings.organizationId, scope.organizationId)));
      }
      await cancelSwapsOn(tx, scope.organizationId, input.groupId, changed);
      const live = group.sessions.filter((s) => s.status !== "cancelled").map((s) => presenters.get(s.id) ?? null);
      return { repeated: repeatedPresenters(live) };
    },
    { lock: true },
  );
}
