import "server-only";
import { and, eq, isNull, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { calendarFeedTokens, memberships } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { now } from "@/lib/clock";
import { appLink } from "@/lib/env";
import { hashFeedToken, isFeedTokenShape } from "./feed-token";
import { buildIcs } from "@/lib/scheduling/time/ics";
import { readSessionsOf } from "./queries";

/**
 * The calendar feed behind a token: every session of that one person, cancelled ones marked CANCELLED so
 * that subscribed calendars drop them. Unknown, malformed and revoked tokens, and removed members, all
 * give null (the route answers 404 alike). The token is looked up with the system handle, as the request
 * carries no session; everything after that runs in the token's own organisation only.
 */
export async function buildCalendarFeed(token: string): Promise<string | null> {
  if (!isFeedTokenShape(token)) return null;
  const [owner] = await getDb()
    .select({ organizationId: calendarFeedTokens.organizationId, membershipId: calendarFeedTokens.membershipId, name: memberships.name, email: memberships.email })
    .from(calendarFeedTokens)
    .innerJoin(memberships, and(eq(memberships.id, calendarFeedTokens.membershipId), eq(memberships.organizationId, calendarFeedTokens.organizationId)))
    .where(and(eq(calendarFeedTokens.tokenHash, hashFeedToken(token)), isNull(calendarFeedTokens.revokedAt), ne(memberships.status, "removed")))
    .limit(1);
  if (!owner) return null;
  return withTenant({ organizationId: owner.organizationId }, async (tx) => {
    const sessions = await readSessionsOf(tx, owner.organizationId, owner.membershipId);
    return buildIcs({
      method: null,
      stamp: now(),
      name: `Kring — ${owner.name}`,
      events: sessions.map((s) => ({
        uid: s.icsUid,
        sequence: s.icsSequence,
        start: s.startsAt,
        end: s.endsAt,
        summary: s.title,
        location: s.place ?? s.videoUrl ?? undefined,
        url: s.videoUrl ?? appLink("/sessions"),
        status: s.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
        // A feed entry is not an invitation; when the organiser has left, the person themself stands in.
        organizer: s.organizer ?? { name: owner.name, email: owner.email },
        attendees: s.people.map((p) => ({ name: p.name, email: p.email, partstat: "NEEDS-ACTION" as const, rsvp: false })),
      })),
    });
  });
}
