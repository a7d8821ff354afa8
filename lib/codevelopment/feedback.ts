import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevFeedback, meetingParticipants, memberships } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import type { FeedbackInput } from "./schemas";
import { sessionHeader, withGroupSession, type GroupSession, type GroupSessionRef, type SessionHeader } from "./session-access";

// After a session every participant scores it from 1 to 5, with an optional comment, once. Only the
// group's facilitator reads the single answers; the others see their own answer and nothing of anyone
// else's. (L&D sees aggregates only, in the reports.)

export type FeedbackAnswer = { name: string | null; score: number; comment: string | null };

export type FeedbackView = {
  header: SessionHeader;
  /** Why the actor cannot answer now, or null when they can (or already did). */
  closedReason: "notYet" | "cancelled" | "notAttended" | null;
  mine: { score: number; comment: string | null } | null;
  /** The group's facilitator only; null for everyone else. */
  answers: { list: FeedbackAnswer[]; average: number | null; memberCount: number } | null;
};

function sessionOver(gs: GroupSession, at: Date): boolean {
  return gs.session.status === "held" || gs.session.startsAt.getTime() + gs.session.durationMinutes * 60_000 <= at.getTime();
}

async function closedReason(tx: Tx, gs: GroupSession): Promise<FeedbackView["closedReason"]> {
  if (gs.session.status === "cancelled") return "cancelled";
  if (!sessionOver(gs, now())) return "notYet";
  const [row] = await tx
    .select({ attendance: meetingParticipants.attendance })
    .from(meetingParticipants)
    .where(and(eq(meetingParticipants.organizationId, gs.organizationId), eq(meetingParticipants.sessionId, gs.session.id), eq(meetingParticipants.membershipId, gs.membershipId)))
    .limit(1);
  return row && (row.attendance === "absent" || row.attendance === "excused") ? "notAttended" : null;
}

export async function getFeedbackView(scope: MemberScope, ref: GroupSessionRef): Promise<FeedbackView> {
  return withGroupSession(scope, ref, async (tx, gs) => {
    const [mine] = await tx
      .select({ score: codevFeedback.score, comment: codevFeedback.comment })
      .from(codevFeedback)
      .where(and(eq(codevFeedback.organizationId, gs.organizationId), eq(codevFeedback.sessionId, gs.session.id), eq(codevFeedback.membershipId, gs.membershipId)))
      .limit(1);
    let answers: FeedbackView["answers"] = null;
    if (gs.role === "facilitator") {
      const list = await tx
        .select({ name: memberships.name, score: codevFeedback.score, comment: codevFeedback.comment })
        .from(codevFeedback)
        .leftJoin(memberships, and(eq(memberships.id, codevFeedback.membershipId), eq(memberships.organizationId, gs.organizationId)))
        .where(and(eq(codevFeedback.organizationId, gs.organizationId), eq(codevFeedback.sessionId, gs.session.id)))
        .orderBy(asc(memberships.name), asc(codevFeedback.id));
      const average = list.length > 0 ? Math.round((list.reduce((sum, a) => sum + a.score, 0) / list.length) * 10) / 10 : null;
      answers = { list, average, memberCount: list.length };
    }
    return { header: sessionHeader(gs), closedReason: mine ? null : await closedReason(tx, gs), mine: mine ?? null, answers };
  });
}

/** One answer per person and session; a second one is refused (the first stands). */
export async function giveFeedback(scope: MemberScope, input: FeedbackInput): Promise<void> {
  await withGroupSession(scope, input, async (tx, gs) => {
    if (gs.groupStatus !== "published") throw new AppError("conflict", { message: "codevSessions.errors.groupClosed" });
    const reason = await closedReason(tx, gs);
    if (reason) throw new AppError("conflict", { message: `codevSessions.errors.feedback.${reason}` });
    const [row] = await tx
      .insert(codevFeedback)
      .values({ organizationId: gs.organizationId, sessionId: gs.session.id, membershipId: gs.membershipId, score: input.score, comment: input.comment })
      .onConflictDoNothing({ target: [codevFeedback.sessionId, codevFeedback.membershipId] })
      .returning({ id: codevFeedback.id });
    if (!row) throw new AppError("conflict", { message: "codevSessions.errors.feedback.given" });
  });
}
