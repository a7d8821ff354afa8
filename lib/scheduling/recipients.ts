// No "server-only" marker: the job worker runs this module outside Next.js (npm run worker).
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { meetingParticipants, memberships, organizations, users } from "@/db/schema";
import { isLocale, type AppLocale } from "@/lib/i18n/config";

/** Who gets a session email, with the language and the clock the email speaks in. */
export type Recipient = { membershipId: string; name: string; email: string; timeZone: string; locale: AppLocale; organizationTimeZone: string };

const recipientColumns = {
  membershipId: memberships.id,
  name: memberships.name,
  email: memberships.email,
  memberTimeZone: memberships.timeZone,
  userLocale: users.locale,
  organizationTimeZone: organizations.timeZone,
  organizationLocale: organizations.defaultLocale,
};

type RecipientRow = { membershipId: string; name: string; email: string; memberTimeZone: string | null; userLocale: string | null; organizationTimeZone: string; organizationLocale: AppLocale };

// Their own choices first, then the organisation's defaults (as pages do).
function toRecipient(row: RecipientRow): Recipient {
  return {
    membershipId: row.membershipId,
    name: row.name,
    email: row.email,
    timeZone: row.memberTimeZone ?? row.organizationTimeZone,
    organizationTimeZone: row.organizationTimeZone,
    locale: isLocale(row.userLocale) ? row.userLocale : row.organizationLocale,
  };
}

/** Active members of the organisation among `membershipIds`; unknown or removed ones are left out. */
export async function readActiveMembers(tx: Tx, organizationId: string, membershipIds: readonly string[]): Promise<Recipient[]> {
  if (membershipIds.length === 0) return [];
  const rows = await tx
    .select(recipientColumns)
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.id, [...membershipIds]), eq(memberships.status, "active")));
  return rows.map(toRecipient);
}

/** The participants of one session who are still members; `excused` ones can be left out (reminders). */
export async function readSessionRecipients(tx: Tx, organizationId: string, sessionId: string, options: { skipExcused?: boolean } = {}): Promise<Recipient[]> {
  const rows = await tx
    .select({ ...recipientColumns, attendance: meetingParticipants.attendance })
    .from(meetingParticipants)
    .innerJoin(memberships, and(eq(memberships.id, meetingParticipants.membershipId), eq(memberships.organizationId, organizationId)))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(meetingParticipants.organizationId, organizationId), eq(meetingParticipants.sessionId, sessionId), eq(memberships.status, "active")))
    .orderBy(memberships.name);
  return rows.filter((r) => !(options.skipExcused && r.attendance === "excused")).map(toRecipient);
}
