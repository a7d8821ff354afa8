import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevFeedback, codevGroupMembers, meetingParticipants, memberships } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import type { FeedbackInput } from "./schemas";
import { sessionHeader, withGroupSession, type GroupSession, type GroupSessionRef, type SessionHeader } from "./session-access";

// After a session every participant scores it from 1 to 5, with an optional comment, once. With a
// standing facilitator, only they read the single answers. When facilitation rotates there is nobody in
// that place, so the answers go back to the group without names: in a group of GROUP_SCORES_MIN or more,
// the average, the spread and the comments; in a smaller one, where a score would give its giver away,
// the comments only. Each participant is told which before they answer. (L&D sees aggregates only.)

export type FeedbackAnswer = { name: string | null; score: number; comment: string | null };

/** A rotating group this large sees the scores as an average and a spread; a smaller one sees comments only. */
export const GROUP_SCORES_MIN = 5;

/** Who reads an answer given here: the group's facilitator, or the group without names (with or without the scores). */
export type FeedbackAudience = "facilitator" | "groupWithScores" | "groupComments";

export type GroupFeedback = {
  answers: number;
  /** Null in a group under GROUP_SCORES_MIN people, or before anyone answered. */
  average: number | null;
  /** How many gave 1, 2, 3, 4 and 5; null in a group under GROUP_SCORES_MIN people. */
  spread: number[] | null;
  /** The comments without names, in alphabetical order (not in the order given). */
  comments: string[];
};

export type FeedbackView = {
  header: SessionHeader;
  /** Why the actor cannot answer now, or null when they can (or already did). */
  closedReason: "notYet" | "cancelled" | "notAttended" | null;
  mine: { score: number; comment: string | null } | null;
  audience: FeedbackAudience;
  /** The group's facilitator only; null for everyone else. */
  answers: { list: FeedbackAnswer[]; average: number | null; memberCount: number } | null;
  /** A rotating group's members, once the session is over; null otherwise. */
  group: GroupFeedback | null;
};

const average = (scores: number[]) => (scores.length > 0 ? Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10 : null);

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
    // A standing facilitator's place: when facilitation rotates, nobody reads the answers with names.
    if (gs.role === "facilitator" && !gs.rotating) {
      const list = await tx
        .select({ name: memberships.name, score: codevFeedback.score, comment: codevFeedback.comment })
        .from(codevFeedback)
        .leftJoin(memberships, and(eq(memberships.id, codevFeedback.membershipId), eq(memberships.organizationId, gs.organizationId)))
        .where(and(eq(codevFeedback.organizationId, gs.organizationId), eq(codevFeedback.sessionId, gs.session.id)))
        .orderBy(asc(memberships.name), asc(codevFeedback.id));
      answers = { list, average: average(list.map((a) => a.score)), memberCount: list.length };
    }
    const withScores = gs.rotating && (await groupSize(tx, gs)) >= GROUP_SCORES_MIN;
    const audience: FeedbackAudience = !gs.rotating ? "facilitator" : withScores ? "groupWithScores" : "groupComments";
    let group: GroupFeedback | null = null;
    if (audience !== "facilitator" && gs.session.status !== "cancelled" && sessionOver(gs, now())) {
      // No names and no ids: nothing here ties an answer to its giver.
      const list = await tx
        .select({ score: codevFeedback.score, comment: codevFeedback.comment })
        .from(codevFeedback)
        .where(and(eq(codevFeedback.organizationId, gs.organizationId), eq(codevFeedback.sessionId, gs.session.id)));
      const scores = list.map((a) => a.score);
      // Figures only from GROUP_SCORES_MIN answers on: an average of one or two answers is someone's score.
      const figures = withScores && list.length >= GROUP_SCORES_MIN;
      group = {
        answers: list.length,
        average: figures ? average(scores) : null,
        spread: figures ? [1, 2, 3, 4, 5].map((score) => scores.filter((s) => s === score).length) : null,
        comments: list.flatMap((a) => (a.comment ? [a.comment] : [])).sort((a, b) => a.localeCompare(b)),
      };
    }
    return { header: sessionHeader(gs), closedReason: mine ? null : await closedReason(tx, gs), mine: mine ?? null, audience, answers, group };
  });
}

async function groupSize(tx: Tx, gs: GroupSession): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(codevGroupMembers)
    .where(and(eq(codevGroupMembers.organizationId, gs.organizationId), eq(codevGroupMembers.groupId, gs.groupId)));
  return row?.n ?? 0;
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
