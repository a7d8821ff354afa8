import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emailMessages, enrolments, meetingParticipants, meetings, memberships, organizations, programmes, users } from "@/db/schema";

/**
 * Everything Kring keeps about one person, across their organisations (SECURITY.md rule 17): their
 * account, memberships and profiles, enrolments, sessions with attendance, and the emails sent to them.
 * Read with the system handle but filtered on this person's own user id and memberships only.
 */
export async function exportPersonalData(userId: string) {
  const db = getDb();
  const [user] = await db
    .select({ name: users.name, email: users.email, locale: users.locale, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return null;
  const own = await db
    .select({
      membershipId: memberships.id,
      organization: organizations.name,
      role: memberships.role,
      status: memberships.status,
      name: memberships.name,
      email: memberships.email,
      jobTitle: memberships.jobTitle,
      department: memberships.department,
      seniority: memberships.seniority,
      languages: memberships.languages,
      timeZone: memberships.timeZone,
      topics: memberships.topics,
      bio: memberships.bio,
      availability: memberships.availability,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, userId));
  const ids = own.map((m) => m.membershipId);
  const [ownEnrolments, ownSessions, emails] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .select({ programme: programmes.name, role: enrolments.role, status: enrolments.status, answers: enrolments.answers, capacity: enrolments.capacity, since: enrolments.createdAt })
          .from(enrolments)
          .innerJoin(programmes, and(eq(programmes.id, enrolments.programmeId), eq(programmes.organizationId, enrolments.organizationId)))
          .where(inArray(enrolments.membershipId, ids)),
    ids.length === 0
      ? []
      : db
          .select({ startsAt: meetings.startsAt, timeZone: meetings.timeZone, status: meetings.status, place: meetings.place, attendance: meetingParticipants.attendance })
          .from(meetingParticipants)
          .innerJoin(meetings, and(eq(meetings.id, meetingParticipants.sessionId), eq(meetings.organizationId, meetingParticipants.organizationId)))
          .where(inArray(meetingParticipants.membershipId, ids))
          .orderBy(desc(meetings.startsAt)),
    user.email
      ? db
          .select({ subject: emailMessages.subject, template: emailMessages.template, status: emailMessages.status, sentAt: emailMessages.sentAt })
          .from(emailMessages)
          .where(eq(emailMessages.toAddress, user.email))
          .orderBy(desc(emailMessages.createdAt))
      : [],
  ]);
  return {
    exportedAt: new Date().toISOString(),
    account: user,
    memberships: own.map(({ membershipId, ...rest }) => ({ id: membershipId, ...rest })),
    enrolments: ownEnrolments,
    sessions: ownSessions,
    emails,
  };
}
