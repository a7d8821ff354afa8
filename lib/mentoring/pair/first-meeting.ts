import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { meetingSeries, meetings, type MeetingStatus } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { insertSeries } from "@/lib/scheduling/create-series";
import { commonStarts, commonTimeWindow } from "@/lib/scheduling/time/common-time";
import { fromZoned, toZoned } from "@/lib/scheduling/time/zoned-time";
import { assertOngoing, withPair, type Pair } from "./access";
import type { PlanFirstMeetingInput } from "@/lib/mentoring/schemas";

export const FIRST_MEETING_MINUTES = 60;
const MAX_SLOTS = 6;

export type PairMeeting = { id: string; startsAt: Date; endsAt: Date; timeZone: string; status: MeetingStatus; place: string | null; videoUrl: string | null };

/** The pair's first meeting that was not cancelled: sessions of series owned by this match. */
export async function readFirstMeeting(tx: Tx, pair: Pair): Promise<PairMeeting | null> {
  const [row] = await tx
    .select({ id: meetings.id, startsAt: meetings.startsAt, timeZone: meetings.timeZone, durationMinutes: meetings.durationMinutes, status: meetings.status, place: meetings.place, videoUrl: meetings.videoUrl })
    .from(meetings)
    .innerJoin(meetingSeries, and(eq(meetingSeries.id, meetings.seriesId), eq(meetingSeries.organizationId, pair.organizationId)))
    .where(and(eq(meetings.organizationId, pair.organizationId), eq(meetingSeries.ownerType, "match"), eq(meetingSeries.ownerId, pair.matchId), ne(meetings.status, "cancelled")))
    .orderBy(asc(meetings.startsAt))
    .limit(1);
  if (!row) return null;
  const { durationMinutes, ...meeting } = row;
  return { ...meeting, endsAt: new Date(row.startsAt.getTime() + durationMinutes * 60_000) };
}

/** The zone the pair's slots are found in and its meeting is planned on: the mentee's clock. */
const pairZone = (pair: Pair) => pair.mentee.timeZone;

/** Whether this instant, written as a wall time on `zone`'s clock, reads back as itself. */
function roundTrips(instant: Date, zone: string): boolean {
  const local = toZoned(instant, zone);
  return fromZoned(local.date, local.time, zone).getTime() === instant.getTime();
}

/**
 * Every hour in the next two weeks that both people can make according to their weekly availability,
 * earliest first. Empty when either has not filled in their availability. The same computation and horizon
 * as the matching explanation's "free hours in common" (lib/scheduling/time/common-time.ts).
 */
export function candidateSlots(pair: Pair, at: Date = now()): Date[] {
  const people = [pair.mentor, pair.mentee].map((p) => ({ id: p.membershipId, timeZone: p.timeZone, availability: p.availability }));
  return commonStarts({ people, referenceZone: pair.organizationTimeZone, window: commonTimeWindow(at), durationMinutes: FIRST_MEETING_MINUTES });
}

/** A handful of the candidates, spread over different days first (one per day, then the rest), in time order. */
export function pickSlots(candidates: Date[], zone: string, max = MAX_SLOTS): Date[] {
  const days = new Set<string>();
  const first: Date[] = [];
  const rest: Date[] = [];
  for (const slot of candidates) {
    const day = toZoned(slot, zone).date;
    if (days.has(day)) rest.push(slot);
    else {
      days.add(day);
      first.push(slot);
    }
  }
  return [...first, ...rest].slice(0, max).sort((a, b) => a.getTime() - b.getTime());
}

export function proposeFirstMeetingSlots(pair: Pair, at: Date = now()): Date[] {
  return pickSlots(candidateSlots(pair, at), pairZone(pair));
}

/**
 * Either person plans the pair's first meeting at one of the proposed times: a one-session series owned by
 * the match, with both as participants, invitations with ICS and a reminder (lib/scheduling/create-series.ts).
 * The match row is locked, so two clicks at once plan one meeting; a pair with a meeting gets a conflict.
 */
export async function planFirstMeeting(scope: MemberScope, { matchId, startsAt }: PlanFirstMeetingInput): Promise<{ sessionId: string }> {
  return withPair(
    scope,
    matchId,
    async (tx, pair) => {
      assertOngoing(pair);
      if (await readFirstMeeting(tx, pair)) throw new AppError("conflict", { message: "pair.errors.alreadyPlanned" });
      const chosen = new Date(startsAt);
      if (!candidateSlots(pair).some((slot) => slot.getTime() === chosen.getTime())) throw new AppError("invalid", { message: "pair.errors.slotGone" });
      // The series is kept as a wall time on a clock: the mentee's, unless the chosen hour is one their clock
      // shows twice (the night it falls back), where only the organisation's names the instant exactly.
      const zone = roundTrips(chosen, pairZone(pair)) ? pairZone(pair) : pair.organizationTimeZone;
      const local = toZoned(chosen, zone);
      const { sessionIds } = await insertSeries(
        tx,
        { organizationId: pair.organizationId, organizationName: pair.organizationName, membershipId: pair.me.membershipId, name: pair.me.name, email: pair.me.email },
        { type: "match", id: pair.matchId },
        {
          title: `${pair.mentor.name} & ${pair.mentee.name}`,
          membershipIds: [pair.mentor.membershipId, pair.mentee.membershipId],
          timeZone: zone,
          firstDate: local.date,
          startTime: local.time,
          durationMinutes: FIRST_MEETING_MINUTES,
          cadenceWeeks: 1,
          count: 1,
          place: null,
          videoUrl: null,
          skipDates: [],
        },
      );
      return { sessionId: sessionIds[0] };
    },
    "update",
  );
}
