// No "server-only" marker: the job worker runs this module outside Next.js (npm run worker).
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { meetingSeries, meetings, memberships, organizations } from "@/db/schema";

/** A session with what its emails need: the series' title, the organiser and the organisation's name. */
export type SessionContext = {
  id: string;
  organizationId: string;
  seriesId: string | null;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  place: string | null;
  videoUrl: string | null;
  status: "scheduled" | "moved" | "cancelled" | "held";
  icsUid: string;
  icsSequence: number;
  title: string;
  organizerMembershipId: string | null;
  /** Whose sessions: a pair's ("match") or a group's; null for a session outside a series. */
  ownerType: "match" | "group" | "adhoc" | null;
  ownerId: string | null;
  organizer: { name: string; email: string } | null;
  organizationName: string;
};

/**
 * Reads one session of the organisation; `lock` takes a row lock so that two changes of the same session
 * queue one after the other instead of both raising SEQUENCE from the same value.
 */
export async function readSessionContext(tx: Tx, organizationId: string, sessionId: string, options: { lock?: boolean } = {}): Promise<SessionContext | null> {
  const query = tx
    .select({
      id: meetings.id,
      organizationId: meetings.organizationId,
      seriesId: meetings.seriesId,
      startsAt: meetings.startsAt,
      timeZone: meetings.timeZone,
      durationMinutes: meetings.durationMinutes,
      place: meetings.place,
      videoUrl: meetings.videoUrl,
      status: meetings.status,
      icsUid: meetings.icsUid,
      icsSequence: meetings.icsSequence,
      title: meetingSeries.title,
      organizerMembershipId: meetingSeries.organizerMembershipId,
      ownerType: meetingSeries.ownerType,
      ownerId: meetingSeries.ownerId,
      organizerName: memberships.name,
      organizerEmail: memberships.email,
      organizationName: organizations.name,
    })
    .from(meetings)
    .innerJoin(organizations, eq(organizations.id, meetings.organizationId))
    .leftJoin(meetingSeries, and(eq(meetingSeries.id, meetings.seriesId), eq(meetingSeries.organizationId, organizationId)))
    .leftJoin(memberships, and(eq(memberships.id, meetingSeries.organizerMembershipId), eq(memberships.organizationId, organizationId)))
    .where(and(eq(meetings.id, sessionId), eq(meetings.organizationId, organizationId)))
    .limit(1);
  const [row] = options.lock ? await query.for("update", { of: meetings }) : await query;
  if (!row) return null;
  const { organizerName, organizerEmail, title, ...rest } = row;
  return { ...rest, title: title ?? "Kring", organizer: organizerName && organizerEmail ? { name: organizerName, email: organizerEmail } : null };
}
