import { randomBytes, randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  codevActions,
  codevCases,
  codevFeedback,
  codevGroupMembers,
  codevGroups,
  codevLearnings,
  codevRunnerStates,
  codevSessionNotices,
  codevStepNotes,
  emailMessages,
  meetingParticipants,
  meetingSeries,
  meetings,
  memberships,
  organizations,
  programmes,
  users,
  type MembershipRole,
} from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import type { FacilitatorMode } from "@/lib/codevelopment/core/settings";

// Test arrangements for the session pages, with direct inserts (group formation and scheduling are built
// elsewhere): an organisation with a published group, its series of sessions and the people around it.

export type CodevPerson = { membershipId: string; userId: string; email: string; name: string; scope: MemberScope };

const DAY = 86_400_000;

type WorldOptions = { facilitatorMode?: FacilitatorMode; casePrepDays?: number; firstSessionAt?: Date; sessionCount?: number };

/**
 * A Dutch organisation (Amsterdam) with a running co-development programme and two published groups.
 * Group 1: a facilitator (Dutch) and three participants (English, Dutch, English), with sessions three weeks
 * apart whose presenters take turns; group 2 has one member of its own. Around them: an admin of the
 * organisation who is in no group, and an admin of another organisation.
 */
export async function createCodevWorld(options: WorldOptions = {}) {
  const db = getDb();
  const tag = randomBytes(5).toString("hex");
  const [org] = await db
    .insert(organizations)
    .values({ name: `Codev ${tag}`, slug: `codev-${tag}`, defaultLocale: "nl", timeZone: "Europe/Amsterdam" })
    .returning();
  const [other] = await db
    .insert(organizations)
    .values({ name: `Other ${tag}`, slug: `other-c-${tag}` })
    .returning();
  let n = 0;
  const add = async (key: string, role: MembershipRole, locale: "nl" | "en" | null, organizationId = org.id): Promise<CodevPerson> => {
    const email = `${key}-${(n += 1)}-${tag}@example.test`;
    const name = `${key} ${tag}`;
    const [user] = await db.insert(users).values({ email, name, locale, currentOrganizationId: organizationId }).returning({ id: users.id });
    const [m] = await db
      .insert(memberships)
      .values({ organizationId, userId: user.id, email, name, role, status: "active", languages: ["nl", "en"], timeZone: "Europe/Amsterdam" })
      .returning({ id: memberships.id });
    return { membershipId: m.id, userId: user.id, email, name, scope: { organizationId, actorMembershipId: m.id, userId: user.id } };
  };
  const [programme] = await db
    .insert(programmes)
    .values({
      organizationId: org.id,
      kind: "codevelopment",
      status: "running",
      name: { nl: `Intervisie ${tag}`, en: `Intervision ${tag}` },
      description: { nl: "", en: "" },
      settings: { facilitatorMode: options.facilitatorMode ?? "perGroup", casePrepDays: options.casePrepDays ?? 7 },
    })
    .returning();

  const facilitator = await add("facilitator", "facilitator", "nl");
  const p1 = await add("p1", "member", "en");
  const p2 = await add("p2", "member", "nl");
  const p3 = await add("p3", "member", "en");
  const admin = await add("admin", "admin", "en");
  const otherGroupMember = await add("othergroup", "member", "en");
  const outsider = await add("outsider", "admin", "en", other.id);

  const group = async (number: number, people: { person: CodevPerson; role: "participant" | "facilitator" }[]) => {
    const [g] = await db
      .insert(codevGroups)
      .values({ organizationId: org.id, programmeId: programme.id, status: "published", number, language: "nl", slot: "mon-19", publishedAt: new Date() })
      .returning({ id: codevGroups.id });
    await db.insert(codevGroupMembers).values(people.map(({ person, role }) => ({ organizationId: org.id, groupId: g.id, membershipId: person.membershipId, role })));
    return g.id;
  };
  const groupId = await group(1, [
    { person: facilitator, role: "facilitator" },
    { person: p1, role: "participant" },
    { person: p2, role: "participant" },
    { person: p3, role: "participant" },
  ]);
  const otherGroupId = await group(2, [{ person: otherGroupMember, role: "participant" }]);

  /** A series of the group with sessions three weeks apart; presenters take turns in `presenters`' order. */
  const series = async (forGroup: string, members: CodevPerson[], presenters: CodevPerson[], firstAt: Date, count: number) => {
    const [s] = await db
      .insert(meetingSeries)
      .values({
        organizationId: org.id,
        ownerType: "group",
        ownerId: forGroup,
        title: `Intervision ${tag}`,
        organizerMembershipId: facilitator.membershipId,
        timeZone: "Europe/Amsterdam",
        cadenceWeeks: 3,
        sessionCount: count,
        firstDate: firstAt.toISOString().slice(0, 10),
        startTime: "19:00",
        durationMinutes: 120,
        place: "Room 2",
      })
      .returning({ id: meetingSeries.id });
    const rows = await db
      .insert(meetings)
      .values(
        Array.from({ length: count }, (_, i) => ({
          organizationId: org.id,
          seriesId: s.id,
          startsAt: new Date(firstAt.getTime() + i * 21 * DAY),
          timeZone: "Europe/Amsterdam",
          durationMinutes: 120,
          place: "Room 2",
          icsUid: `${randomUUID()}@kring`,
          casePresenterMembershipId: presenters[i % presenters.length].membershipId,
        })),
      )
      .returning({ id: meetings.id, startsAt: meetings.startsAt });
    await db.insert(meetingParticipants).values(rows.flatMap((r) => members.map((m) => ({ organizationId: org.id, sessionId: r.id, membershipId: m.membershipId }))));
    return rows.map((r) => ({ id: r.id, startsAt: r.startsAt }));
  };
  const firstAt = options.firstSessionAt ?? new Date(Date.now() + 30 * DAY);
  const sessions = await series(groupId, [facilitator, p1, p2, p3], [p1, p2, p3], firstAt, options.sessionCount ?? 3);
  // Long past, so that the clock-driven emails of group 2 never mix with group 1's in a test.
  const [otherSession] = await series(otherGroupId, [otherGroupMember], [otherGroupMember], new Date(firstAt.getTime() - 60 * DAY), 1);

  return {
    organizationId: org.id,
    otherOrganizationId: other.id,
    programmeId: programme.id,
    groupId,
    otherGroupId,
    sessions,
    otherSession,
    facilitator,
    p1,
    p2,
    p3,
    admin,
    otherGroupMember,
    outsider,
    add,
  };
}

export type CodevWorld = Awaited<ReturnType<typeof createCodevWorld>>;

/** Everything a session's action could change in the world's organisation, as one comparable value. */
export async function codevSnapshot(organizationId: string): Promise<string> {
  const db = getDb();
  const sessionIds = (await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.organizationId, organizationId))).map((r) => r.id);
  const parts = [
    await db.select().from(meetings).where(eq(meetings.organizationId, organizationId)).orderBy(meetings.id),
    await db.select().from(meetingParticipants).where(eq(meetingParticipants.organizationId, organizationId)).orderBy(meetingParticipants.id),
    await db.select().from(codevCases).where(eq(codevCases.organizationId, organizationId)).orderBy(codevCases.id),
    await db.select().from(codevRunnerStates).where(eq(codevRunnerStates.organizationId, organizationId)).orderBy(codevRunnerStates.sessionId),
    await db.select().from(codevStepNotes).where(eq(codevStepNotes.organizationId, organizationId)).orderBy(codevStepNotes.id),
    await db.select().from(codevActions).where(eq(codevActions.organizationId, organizationId)).orderBy(codevActions.id),
    await db.select().from(codevLearnings).where(eq(codevLearnings.organizationId, organizationId)).orderBy(codevLearnings.id),
    await db.select().from(codevFeedback).where(eq(codevFeedback.organizationId, organizationId)).orderBy(codevFeedback.id),
    sessionIds.length ? await db.select().from(codevSessionNotices).where(inArray(codevSessionNotices.sessionId, sessionIds)).orderBy(codevSessionNotices.id) : [],
    await db.select({ id: emailMessages.id }).from(emailMessages).where(eq(emailMessages.organizationId, organizationId)).orderBy(emailMessages.id),
  ];
  return JSON.stringify(parts);
}

/** The stored emails of the organisation (props and any rendered text), for content checks. */
export async function storedEmails(organizationId: string, template?: string) {
  return getDb()
    .select()
    .from(emailMessages)
    .where(and(eq(emailMessages.organizationId, organizationId), template ? eq(emailMessages.template, template) : sql`true`))
    .orderBy(emailMessages.toAddress, emailMessages.createdAt);
}
