import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { matchMeetingProposals, meetingParticipants, meetingSeries, meetings, type Attendance } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { AcceptProposalInput, CancelPairMeetingInput, MovePairMeetingInput, PairAttendanceInput, ProposeMeetingInput } from "@/lib/mentoring/schemas";
import { cancelInTransaction } from "@/lib/scheduling/cancel-session";
import { insertSeries } from "@/lib/scheduling/create-series";
import { moveInTransaction } from "@/lib/scheduling/move-session";
import { readSessionContext, type SessionContext } from "@/lib/scheduling/session-context";
import { fromZoned, toZoned } from "@/lib/scheduling/time/zoned-time";
import { assertOngoing, withPair, type Pair, type PairPerson } from "./access";

// The pair plans its own meetings: either person proposes a date and time on their own clock, the other
// accepts it (a planned meeting with invitations, calendar files and a reminder, as every planned session
// gets: lib/scheduling/create-series.ts) or suggests another, which replaces it. Either person moves or
// cancels a meeting of their pair and records who came. Only the two of them: withPair answers not_found
// to anyone else, an admin of the organisation included.

/** A field's refusal, shown at the field; nothing was written. */
export type MeetingResult<T extends object = object> = ({ ok: true } & T) | { ok: false; field: "date" | "time"; reason: string };

/** A time proposed less than this from now is too soon for the other to answer. */
const MIN_NOTICE_MS = 30 * 60_000;
const MAX_AHEAD_MS = 366 * 86_400_000;

export type PairProposal = { id: string; startsAt: Date; endsAt: Date; proposedByMe: boolean; proposerName: string };
export type PairSession = { id: string; startsAt: Date; endsAt: Date; status: string; attendance: Record<string, Attendance> };

const pairTitle = (pair: Pair) => `${pair.mentor.name} & ${pair.mentee.name}`;

/** The pair's open proposal, if any, as the viewer sees it. */
export async function readOpenProposal(tx: Tx, pair: Pair): Promise<PairProposal | null> {
  const [row] = await tx
    .select()
    .from(matchMeetingProposals)
    .where(and(eq(matchMeetingProposals.organizationId, pair.organizationId), eq(matchMeetingProposals.matchId, pair.matchId), eq(matchMeetingProposals.status, "open")))
    .limit(1);
  if (!row) return null;
  const proposer = [pair.mentor, pair.mentee].find((p) => p.membershipId === row.proposedByMembershipId);
  return {
    id: row.id,
    startsAt: row.startsAt,
    endsAt: new Date(row.startsAt.getTime() + row.durationMinutes * 60_000),
    proposedByMe: row.proposedByMembershipId === pair.me.membershipId,
    proposerName: proposer?.name ?? "",
  };
}

/** Every meeting of the pair that was not cancelled, earliest first, with each person's recorded attendance. */
export async function readPairSessions(tx: Tx, pair: Pair): Promise<PairSession[]> {
  const rows = await tx
    .select({ id: meetings.id, startsAt: meetings.startsAt, durationMinutes: meetings.durationMinutes, status: meetings.status, membershipId: meetingParticipants.membershipId, attendance: meetingParticipants.attendance })
    .from(meetings)
    .innerJoin(meetingSeries, and(eq(meetingSeries.id, meetings.seriesId), eq(meetingSeries.organizationId, pair.organizationId)))
    .leftJoin(meetingParticipants, and(eq(meetingParticipants.sessionId, meetings.id), eq(meetingParticipants.organizationId, pair.organizationId)))
    .where(and(eq(meetings.organizationId, pair.organizationId), eq(meetingSeries.ownerType, "match"), eq(meetingSeries.ownerId, pair.matchId), ne(meetings.status, "cancelled")))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  const out = new Map<string, PairSession>();
  for (const row of rows) {
    const session = out.get(row.id) ?? { id: row.id, startsAt: row.startsAt, endsAt: new Date(row.startsAt.getTime() + row.durationMinutes * 60_000), status: row.status, attendance: {} };
    if (row.membershipId && row.attendance) session.attendance[row.membershipId] = row.attendance;
    out.set(row.id, session);
  }
  return [...out.values()];
}

/** The typed date and time on the person's clock, or why not (at the field). */
function targetOf(date: string, time: string, person: PairPerson): { ok: true; at: Date } | { ok: false; field: "date" | "time"; reason: string } {
  const at = fromZoned(date, time, person.timeZone);
  const shown = toZoned(at, person.timeZone);
  // A time the clock skips that night (spring forward) does not exist on their clock.
  if (shown.date !== date || shown.time !== time) return { ok: false, field: "time", reason: "meetingTimeSkipped" };
  if (at.getTime() < now().getTime() + MIN_NOTICE_MS) return { ok: false, field: "date", reason: "meetingInThePast" };
  if (at.getTime() > now().getTime() + MAX_AHEAD_MS) return { ok: false, field: "date", reason: "meetingTooFar" };
  return { ok: true, at };
}

/** A session of this pair, locked; a session of anyone else answers not_found. */
async function pairSession(tx: Tx, pair: Pair, sessionId: string): Promise<SessionContext> {
  const session = await readSessionContext(tx, pair.organizationId, sessionId, { lock: true });
  if (!session || session.ownerType !== "match" || session.ownerId !== pair.matchId) throw new AppError("not_found");
  return session;
}

/**
 * One of the pair proposes a time (or, answering the other's proposal, suggests another): the open proposal
 * is replaced, and the other gets an email in their language with the time on their clock.
 */
export async function proposeMeeting(scope: MemberScope, input: ProposeMeetingInput): Promise<MeetingResult<{ proposalId: string }>> {
  return withPair(
    scope,
    input.matchId,
    async (tx, pair) => {
      assertOngoing(pair);
      const target = targetOf(input.date, input.time, pair.me);
      if (!target.ok) return target;
      const [replaced] = await tx
        .update(matchMeetingProposals)
        .set({ status: "replaced", answeredAt: now() })
        .where(and(eq(matchMeetingProposals.organizationId, pair.organizationId), eq(matchMeetingProposals.matchId, pair.matchId), eq(matchMeetingProposals.status, "open")))
        .returning({ proposedBy: matchMeetingProposals.proposedByMembershipId });
      const [proposal] = await tx
        .insert(matchMeetingProposals)
        .values({ organizationId: pair.organizationId, matchId: pair.matchId, proposedByMembershipId: pair.me.membershipId, startsAt: target.at, durationMinutes: input.durationMinutes, timeZone: pair.me.timeZone })
        .returning({ id: matchMeetingProposals.id });
      const reader = pair.other;
      if (reader.active) {
        await enqueueEmail(tx, {
          template: "pair-meeting-proposed",
          to: reader.email,
          locale: reader.locale,
          organizationId: pair.organizationId,
          idempotencyKey: `pair-meeting-proposed:${proposal.id}`,
          props: {
            url: appLink(`/matches/${pair.matchId}`),
            programmeName: pair.programmeName[reader.locale],
            proposerName: pair.me.name,
            startsAt: target.at.toISOString(),
            endsAt: new Date(target.at.getTime() + input.durationMinutes * 60_000).toISOString(),
            timeZone: reader.timeZone,
            organizationTimeZone: pair.organizationTimeZone,
            variant: replaced && replaced.proposedBy === reader.membershipId ? "counter" : "first",
          },
        });
      }
      return { ok: true, proposalId: proposal.id };
    },
    "update",
  );
}

/**
 * The other person accepts the open proposal: it becomes a planned meeting of the pair, in the proposer's
 * zone, signed by the proposer (the invitation reads "Anouk Smit planned your mentoring meeting").
 */
export async function acceptProposal(scope: MemberScope, input: AcceptProposalInput): Promise<{ sessionId: string }> {
  return withPair(
    scope,
    input.matchId,
    async (tx, pair) => {
      assertOngoing(pair);
      const [proposal] = await tx
        .select()
        .from(matchMeetingProposals)
        .where(and(eq(matchMeetingProposals.id, input.proposalId), eq(matchMeetingProposals.organizationId, pair.organizationId), eq(matchMeetingProposals.matchId, pair.matchId)))
        .for("update");
      if (!proposal || proposal.status !== "open") throw new AppError("conflict", { message: "pair.errors.proposalGone" });
      if (proposal.proposedByMembershipId === pair.me.membershipId) throw new AppError("invalid", { message: "pair.errors.ownProposal" });
      if (proposal.startsAt.getTime() <= now().getTime()) throw new AppError("conflict", { message: "pair.errors.proposalPast" });
      const proposer = pair.other;
      const local = toZoned(proposal.startsAt, proposal.timeZone);
      const { sessionIds } = await insertSeries(
        tx,
        { organizationId: pair.organizationId, organizationName: pair.organizationName, membershipId: proposer.membershipId, name: proposer.name, email: proposer.email },
        { type: "match", id: pair.matchId },
        {
          title: pairTitle(pair),
          membershipIds: [pair.mentor.membershipId, pair.mentee.membershipId],
          timeZone: proposal.timeZone,
          firstDate: local.date,
          startTime: local.time,
          durationMinutes: proposal.durationMinutes,
          cadenceWeeks: 1,
          count: 1,
          place: null,
          videoUrl: null,
          skipDates: [],
        },
      );
      await tx
        .update(matchMeetingProposals)
        .set({ status: "accepted", sessionId: sessionIds[0], answeredAt: now() })
        .where(and(eq(matchMeetingProposals.id, proposal.id), eq(matchMeetingProposals.organizationId, pair.organizationId)));
      return { sessionId: sessionIds[0] };
    },
    "update",
  );
}

/** Either person moves a meeting of their pair to a date and time on their own clock; both get an update. */
export async function movePairMeeting(scope: MemberScope, input: MovePairMeetingInput): Promise<MeetingResult> {
  return withPair(
    scope,
    input.matchId,
    async (tx, pair) => {
      assertOngoing(pair);
      const session = await pairSession(tx, pair, input.sessionId);
      if (session.status === "cancelled") throw new AppError("conflict", { message: "pair.errors.cancelled" });
      if (session.startsAt.getTime() <= now().getTime()) throw new AppError("conflict", { message: "pair.errors.meetingStarted" });
      const target = targetOf(input.date, input.time, pair.me);
      if (!target.ok) return target;
      await moveInTransaction(tx, { id: pair.organizationId, name: pair.organizationName }, { name: pair.me.name, email: pair.me.email }, session, target.at, "one");
      return { ok: true };
    },
    "update",
  );
}

/** Either person cancels a meeting of their pair that has not started; both get a CANCEL for their calendar. */
export async function cancelPairMeeting(scope: MemberScope, input: CancelPairMeetingInput): Promise<void> {
  await withPair(
    scope,
    input.matchId,
    async (tx, pair) => {
      assertOngoing(pair);
      const session = await pairSession(tx, pair, input.sessionId);
      if (session.startsAt.getTime() <= now().getTime()) throw new AppError("conflict", { message: "pair.errors.meetingStarted" });
      const cancelled = await cancelInTransaction(tx, { id: pair.organizationId, name: pair.organizationName }, { name: pair.me.name, email: pair.me.email }, session);
      if (!cancelled) throw new AppError("conflict", { message: "pair.errors.cancelled" });
    },
    "update",
  );
}

/**
 * Either person records whether each of them came to a meeting that has started. Until someone does,
 * insights presume a meeting that was not cancelled was held with both present; from then on the record counts.
 */
export async function recordPairAttendance(scope: MemberScope, input: PairAttendanceInput): Promise<void> {
  await withPair(
    scope,
    input.matchId,
    async (tx, pair) => {
      const session = await pairSession(tx, pair, input.sessionId);
      if (session.status === "cancelled") throw new AppError("conflict", { message: "pair.errors.cancelled" });
      if (session.startsAt.getTime() > now().getTime()) throw new AppError("conflict", { message: "pair.errors.notStartedYet" });
      if (input.membershipId !== pair.mentor.membershipId && input.membershipId !== pair.mentee.membershipId) throw new AppError("invalid", { message: "pair.errors.invalidOption" });
      const [row] = await tx
        .update(meetingParticipants)
        .set({ attendance: input.attendance })
        .where(and(eq(meetingParticipants.organizationId, pair.organizationId), eq(meetingParticipants.sessionId, session.id), eq(meetingParticipants.membershipId, input.membershipId)))
        .returning({ id: meetingParticipants.id });
      if (!row) throw new AppError("not_found");
    },
    "share",
  );
}
