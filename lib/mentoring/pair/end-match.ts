import "server-only";
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { matches, meetings, meetingSeries, mentorLoads, matchMeetingProposals } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { cancelInTransaction } from "@/lib/scheduling/cancel-session";
import { readSessionContext } from "@/lib/scheduling/session-context";
import { withPair, type Pair } from "./access";
import { insertClosingReflection } from "./check-ins";
import type { EndMatchInput } from "@/lib/mentoring/schemas";

/**
 * Either person ends the mentorship: accepted → ended by compare-and-swap on the locked match row, the
 * mentor's accepted count lowered by one under the mentor_loads row lock (as acceptMatch keeps it), the
 * optional closing reflection saved, the pair's meetings still to come cancelled (calendars get a CANCEL),
 * and a "match-ended" email to both in their own language — all in one transaction (SECURITY.md rules 10–12).
 */
export async function endMatch(scope: MemberScope, { matchId, text }: EndMatchInput): Promise<void> {
  await withPair(
    scope,
    matchId,
    async (tx, pair) => {
      await closeMatch(tx, pair, now());
      if (text) await insertClosingReflection(tx, pair, text);
      await emailEnded(tx, pair, "byActor");
    },
    "update",
  );
}

/**
 * The end itself, shared with a no-fault re-match (rematch.ts): accepted → ended by compare-and-swap, the
 * mentor's place given back, the meetings still to come cancelled. The caller holds the match row's lock.
 */
export async function closeMatch(tx: Tx, pair: Pair, at: Date): Promise<void> {
  const ended = await tx
    .update(matches)
    .set({ status: "ended", endedAt: at, endedByMembershipId: pair.me.membershipId })
    .where(and(eq(matches.id, pair.matchId), eq(matches.organizationId, pair.organizationId), eq(matches.status, "accepted")))
    .returning({ id: matches.id });
  if (ended.length === 0) throw new AppError("conflict", { message: "pair.errors.ended" });
  await releaseMentorPlace(tx, pair);
  await cancelFutureMeetings(tx, pair, at);
}

/** The pair's planned meetings after `at`: nobody should keep a meeting of a mentorship that has ended. */
async function cancelFutureMeetings(tx: Tx, pair: Pair, at: Date): Promise<void> {
  const upcoming = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .innerJoin(meetingSeries, and(eq(meetingSeries.id, meetings.seriesId), eq(meetingSeries.organizationId, pair.organizationId)))
    .where(
      and(
        eq(meetings.organizationId, pair.organizationId),
        eq(meetingSeries.ownerType, "match"),
        eq(meetingSeries.ownerId, pair.matchId),
        inArray(meetings.status, ["scheduled", "moved"]),
        gt(meetings.startsAt, at),
      ),
    );
  for (const { id } of upcoming) {
    const session = await readSessionContext(tx, pair.organizationId, id, { lock: true });
    if (session) await cancelInTransaction(tx, { id: pair.organizationId, name: pair.organizationName }, { name: pair.me.name, email: pair.me.email }, session);
  }
  // A time one of them proposed and the other has not answered is no longer on the table either.
  await tx
    .update(matchMeetingProposals)
    .set({ status: "withdrawn", answeredAt: at })
    .where(and(eq(matchMeetingProposals.organizationId, pair.organizationId), eq(matchMeetingProposals.matchId, pair.matchId), eq(matchMeetingProposals.status, "open")));
}

/**
 * A mentor whose load row does not exist yet has never accepted through acceptMatch; that row is built from
 * the accepted matches when first needed, which no longer count this one.
 */
async function releaseMentorPlace(tx: Tx, pair: Pair): Promise<void> {
  const where = and(eq(mentorLoads.mentorEnrolmentId, pair.mentorEnrolmentId), eq(mentorLoads.organizationId, pair.organizationId));
  const [load] = await tx.select({ acceptedCount: mentorLoads.acceptedCount }).from(mentorLoads).where(where).for("update");
  if (!load) return;
  await tx
    .update(mentorLoads)
    .set({ acceptedCount: sql`${mentorLoads.acceptedCount} - 1` })
    .where(and(where, gt(mentorLoads.acceptedCount, 0)));
}

/** Both people, in their own language: who ended it, or (a re-match) that it ended for a new match, nobody's fault. */
export async function emailEnded(tx: Tx, pair: Pair, how: "byActor" | "rematch"): Promise<void> {
  for (const [reader, other] of [[pair.me, pair.other], [pair.other, pair.me]] as const) {
    if (!reader.active) continue;
    await enqueueEmail(tx, {
      template: "match-ended",
      to: reader.email,
      locale: reader.locale,
      organizationId: pair.organizationId,
      idempotencyKey: `match-ended:${pair.matchId}:${reader.membershipId}`,
      props: { url: appLink(`/matches/${pair.matchId}`), programmeName: pair.programmeName[reader.locale], otherName: other.name, endedBy: how === "rematch" ? "rematch" : reader === pair.me ? "self" : "other" },
    });
  }
}
