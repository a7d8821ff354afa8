import "server-only";
import { and, asc, eq, gte, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { meetings } from "@/db/schema";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import type { LocalTime, PlainDate } from "@/lib/scheduling/time/local-date";
import { assertCanManage } from "./manage-access";
import { occasionOf, sendSessionNotice } from "./notify";
import { readSessionRecipients } from "./recipients";
import { planReminder } from "./reminders";
import { followMove } from "@/lib/scheduling/time/series";
import { readSessionContext, type SessionContext } from "./session-context";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { fromZoned } from "@/lib/scheduling/time/zoned-time";

export type MoveSessionInput = {
  sessionId: string;
  /** The new wall-clock date and time, in the session's own zone. */
  date: PlainDate;
  time: LocalTime;
  /** "one" moves this session; "following" moves it and the later sessions of its series by as much. */
  scope: "one" | "following";
};

export type MovedSession = { id: string; startsAt: Date; icsSequence: number };

async function sessionsToMove(tx: Tx, session: SessionContext, scope: MoveSessionInput["scope"]) {
  if (scope === "one" || !session.seriesId) return [{ id: session.id, startsAt: session.startsAt, icsSequence: session.icsSequence }];
  return tx
    .select({ id: meetings.id, startsAt: meetings.startsAt, icsSequence: meetings.icsSequence })
    .from(meetings)
    .where(and(eq(meetings.organizationId, session.organizationId), eq(meetings.seriesId, session.seriesId), gte(meetings.startsAt, session.startsAt), ne(meetings.status, "cancelled")))
    .orderBy(asc(meetings.startsAt))
    .for("update");
}

/**
 * Moves a session (or it and the ones after it). Each moved session keeps its UID and gets SEQUENCE + 1,
 * so calendars replace the old entry; the participants get one update with a REQUEST per moved session;
 * each moved session gets a reminder for its new time, and the old reminder finds the time changed and
 * sends nothing.
 */
export async function moveSession(scope: MemberScope, input: MoveSessionInput): Promise<MovedSession[]> {
  return withActor(scope, "sessions.schedule", async (tx, actor) => {
    const session = await assertCanManage(tx, actor, await readSessionContext(tx, actor.organizationId, input.sessionId, { lock: true }));
    return moveInTransaction(tx, { id: actor.organizationId, name: actor.organizationName }, { name: actor.name, email: actor.email }, session, fromZoned(input.date, input.time, session.timeZone), input.scope);
  });
}

/**
 * The moving itself, in the caller's transaction, for a session the caller has locked and checked access to
 * (a planner above; one of a pair for the pair's meeting in lib/mentoring/pair/meetings.ts).
 */
export async function moveInTransaction(
  tx: Tx,
  organization: { id: string; name: string },
  organizer: { name: string; email: string },
  session: SessionContext,
  target: Date,
  scope: MoveSessionInput["scope"],
): Promise<MovedSession[]> {
  if (session.status === "cancelled") throw new AppError("conflict", { message: "cancelled" });
  if (target.getTime() <= now().getTime()) throw new AppError("invalid", { message: "inThePast" });
  if (target.getTime() === session.startsAt.getTime()) return [];

  const moved: (MovedSession & { icsUid: string; durationMinutes: number })[] = [];
  for (const row of await sessionsToMove(tx, session, scope)) {
    const startsAt = row.id === session.id ? target : followMove(row.startsAt, session.startsAt, target, session.timeZone);
    // Compare-and-swap on the sequence read under the lock: a concurrent change can never be overwritten.
    const [updated] = await tx
      .update(meetings)
      .set({ startsAt, status: "moved", icsSequence: sql`${meetings.icsSequence} + 1` })
      .where(and(eq(meetings.id, row.id), eq(meetings.organizationId, organization.id), eq(meetings.icsSequence, row.icsSequence), ne(meetings.status, "cancelled")))
      .returning({ id: meetings.id, startsAt: meetings.startsAt, icsSequence: meetings.icsSequence, icsUid: meetings.icsUid, durationMinutes: meetings.durationMinutes });
    if (!updated) throw new AppError("conflict");
    await planReminder(tx, { ...updated, organizationId: organization.id });
    moved.push(updated);
  }
  await sendSessionNotice(tx, {
    template: "session-update",
    organizationId: organization.id,
    organizationName: organization.name,
    title: session.title,
    occasion: occasionOf(session.ownerType),
    organizer,
    place: session.place,
    videoUrl: session.videoUrl,
    sessions: moved,
    recipients: await readSessionRecipients(tx, organization.id, session.id),
    stampedAt: now(),
    idempotencyKey: `session-update:${session.id}:${session.icsSequence + 1}`,
  });
  return moved.map(({ id, startsAt, icsSequence }) => ({ id, startsAt, icsSequence }));
}
