import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { meetings } from "@/db/schema";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { assertCanManage } from "./manage-access";
import { sendSessionNotice } from "./notify";
import { readSessionRecipients } from "./recipients";
import { readSessionContext } from "./session-context";
import { withSchedulingActor, type MemberScope } from "./scope";

/**
 * Cancels one session: status "cancelled" and SEQUENCE + 1 (compare-and-swap, so a double click cancels
 * once and mails once), and a CANCEL for the same UID to every participant. Its reminder is left queued:
 * the reminder re-reads the session and sends nothing for a cancelled one.
 */
export async function cancelSession(scope: MemberScope, sessionId: string): Promise<{ icsSequence: number }> {
  return withSchedulingActor(scope, "sessions.schedule", async (tx, actor) => {
    const session = await assertCanManage(tx, actor, await readSessionContext(tx, actor.organizationId, sessionId, { lock: true }));
    if (session.startsAt.getTime() <= now().getTime()) throw new AppError("invalid", { message: "inThePast" });
    const [cancelled] = await tx
      .update(meetings)
      .set({ status: "cancelled", icsSequence: sql`${meetings.icsSequence} + 1` })
      .where(and(eq(meetings.id, session.id), eq(meetings.organizationId, actor.organizationId), ne(meetings.status, "cancelled")))
      .returning({ icsSequence: meetings.icsSequence, icsUid: meetings.icsUid, startsAt: meetings.startsAt, durationMinutes: meetings.durationMinutes });
    if (!cancelled) throw new AppError("conflict", { message: "cancelled" });
    await sendSessionNotice(tx, {
      template: "session-cancelled",
      organizationId: actor.organizationId,
      organizationName: actor.organizationName,
      title: session.title,
      organizer: { name: actor.name, email: actor.email },
      place: session.place,
      videoUrl: session.videoUrl,
      sessions: [cancelled],
      recipients: await readSessionRecipients(tx, actor.organizationId, session.id),
      stampedAt: now(),
      idempotencyKey: `session-cancelled:${session.id}`,
    });
    return { icsSequence: cancelled.icsSequence };
  });
}
