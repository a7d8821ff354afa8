import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { meetings } from "@/db/schema";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { assertCanManage } from "./manage-access";
import { occasionOf, sendSessionNotice } from "./notify";
import { readSessionRecipients } from "./recipients";
import { readSessionContext, type SessionContext } from "./session-context";
import { withActor, type MemberScope } from "@/lib/auth/actor";

/**
 * Cancels one session: status "cancelled" and SEQUENCE + 1 (compare-and-swap, so a double click cancels
 * once and mails once), and a CANCEL for the same UID to every participant. Its reminder is left queued:
 * the reminder re-reads the session and sends nothing for a cancelled one.
 */
export async function cancelSession(scope: MemberScope, sessionId: string): Promise<{ icsSequence: number }> {
  return withActor(scope, "sessions.schedule", async (tx, actor) => {
    const session = await assertCanManage(tx, actor, await readSessionContext(tx, actor.organizationId, sessionId, { lock: true }));
    if (session.startsAt.getTime() <= now().getTime()) throw new AppError("invalid", { message: "inThePast" });
    const cancelled = await cancelInTransaction(tx, { id: actor.organizationId, name: actor.organizationName }, { name: actor.name, email: actor.email }, session);
    if (!cancelled) throw new AppError("conflict", { message: "cancelled" });
    return cancelled;
  });
}

/**
 * The cancelling itself, in the caller's transaction, for a session whose access the caller has checked
 * (a planner above; a pair ending its mentorship in lib/mentoring/pair/end-match.ts). Null when it was
 * cancelled already.
 */
export async function cancelInTransaction(
  tx: Tx,
  organization: { id: string; name: string },
  organizer: { name: string; email: string },
  session: SessionContext,
): Promise<{ icsSequence: number } | null> {
  const [cancelled] = await tx
    .update(meetings)
    .set({ status: "cancelled", icsSequence: sql`${meetings.icsSequence} + 1` })
    .where(and(eq(meetings.id, session.id), eq(meetings.organizationId, organization.id), ne(meetings.status, "cancelled")))
    .returning({ icsSequence: meetings.icsSequence, icsUid: meetings.icsUid, startsAt: meetings.startsAt, durationMinutes: meetings.durationMinutes });
  if (!cancelled) return null;
  await sendSessionNotice(tx, {
    template: "session-cancelled",
    organizationId: organization.id,
    organizationName: organization.name,
    title: session.title,
    occasion: occasionOf(session.ownerType),
    organizer,
    place: session.place,
    videoUrl: session.videoUrl,
    sessions: [cancelled],
    recipients: await readSessionRecipients(tx, organization.id, session.id),
    stampedAt: now(),
    idempotencyKey: `session-cancelled:${session.id}`,
  });
  return { icsSequence: cancelled.icsSequence };
}
