import "server-only";
import { readViewerClock } from "./viewer-clock";
import { and, asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";
import { meetingParticipants, meetingSeries, meetings, memberships, type Attendance, type MeetingStatus } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { now } from "@/lib/clock";
import { withActor, type MemberScope } from "@/lib/auth/actor";

export type MySession = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** The zone the session was planned in: a move is entered on that clock. */
  timeZone: string;
  status: MeetingStatus;
  place: string | null;
  videoUrl: string | null;
  attendance: Attendance;
  /** The other people in the session, by name. */
  others: string[];
  /** Whether this person may move or cancel it: facilitators and admins manage the sessions they are in. */
  canManage: boolean;
};

export type MySessions = {
  timeZone: string;
  /** The organisation's zone: the viewer's is named only when it differs (README, "Times"). */
  organizationTimeZone: string;
  upcoming: MySession[];
  /** Planned sessions after the ones listed: they are in the calendar feed. */
  moreUpcoming: number;
  past: MySession[];
  /** Earlier sessions than the ones listed. */
  morePast: number;
};

/**
 * The most recent sessions only: enough to look back on and to mark attendance, while the page stays light
 * (each card is in the HTML and again in the page's data: a facilitator of two groups with sixteen past
 * sessions had 68 KB). Older sessions stay in the calendar feed.
 */
const PAST_LIMIT = 10;
/** The soonest sessions: a facilitator of several groups has a year of them planned; the feed has them all. */
const UPCOMING_LIMIT = 20;

/** The sessions a member takes part in, read in one transaction (two queries, whatever the count). */
export async function readSessionsOf(tx: Tx, organizationId: string, membershipId: string) {
  const organizer = alias(memberships, "organizer");
  const rows = await tx
    .select({
      id: meetings.id,
      title: meetingSeries.title,
      organizerName: organizer.name,
      organizerEmail: organizer.email,
      startsAt: meetings.startsAt,
      timeZone: meetings.timeZone,
      durationMinutes: meetings.durationMinutes,
      status: meetings.status,
      place: meetings.place,
      videoUrl: meetings.videoUrl,
      icsUid: meetings.icsUid,
      icsSequence: meetings.icsSequence,
      attendance: meetingParticipants.attendance,
    })
    .from(meetingParticipants)
    .innerJoin(meetings, and(eq(meetings.id, meetingParticipants.sessionId), eq(meetings.organizationId, organizationId)))
    .leftJoin(meetingSeries, and(eq(meetingSeries.id, meetings.seriesId), eq(meetingSeries.organizationId, organizationId)))
    .leftJoin(organizer, and(eq(organizer.id, meetingSeries.organizerMembershipId), eq(organizer.organizationId, organizationId)))
    .where(and(eq(meetingParticipants.organizationId, organizationId), eq(meetingParticipants.membershipId, membershipId)))
    .orderBy(asc(meetings.startsAt));
  const ids = rows.map((r) => r.id);
  const people =
    ids.length === 0
      ? []
      : await tx
          .select({ sessionId: meetingParticipants.sessionId, membershipId: memberships.id, name: memberships.name, email: memberships.email })
          .from(meetingParticipants)
          .innerJoin(memberships, and(eq(memberships.id, meetingParticipants.membershipId), eq(memberships.organizationId, organizationId)))
          .where(and(eq(meetingParticipants.organizationId, organizationId), inArray(meetingParticipants.sessionId, ids)))
          .orderBy(asc(memberships.name));
  return rows.map(({ organizerName, organizerEmail, ...r }) => ({
    ...r,
    title: r.title ?? "Kring",
    organizer: organizerName && organizerEmail ? { name: organizerName, email: organizerEmail } : null,
    endsAt: new Date(r.startsAt.getTime() + r.durationMinutes * 60_000),
    people: people.filter((p) => p.sessionId === r.id),
  }));
}

/** The signed-in member's sessions: upcoming ones first (soonest first), then the recent past. */
export async function listMySessions(scope: MemberScope): Promise<MySessions> {
  return withActor(scope, "sessions.view", async (tx, actor) => {
    const rows = await readSessionsOf(tx, actor.organizationId, actor.membershipId);
    const canManage = can(actor.role, "sessions.schedule");
    const cutoff = now().getTime();
    const sessions: MySession[] = rows.map((r) => ({
      id: r.id,
      title: r.title,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      timeZone: r.timeZone,
      status: r.status,
      place: r.place,
      videoUrl: r.videoUrl,
      attendance: r.attendance,
      others: r.people.filter((p) => p.membershipId !== actor.membershipId).map((p) => p.name),
      canManage,
    }));
    const upcoming = sessions.filter((s) => s.endsAt.getTime() > cutoff);
    const past = sessions.filter((s) => s.endsAt.getTime() <= cutoff).reverse();
    const clock = await readViewerClock(tx, actor, "");
    return {
      timeZone: actor.timeZone,
      organizationTimeZone: clock.organizationTimeZone,
      upcoming: upcoming.slice(0, UPCOMING_LIMIT),
      moreUpcoming: Math.max(0, upcoming.length - UPCOMING_LIMIT),
      past: past.slice(0, PAST_LIMIT),
      morePast: Math.max(0, past.length - PAST_LIMIT),
    };
  });
}
