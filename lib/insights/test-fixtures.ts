import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import {
  codevActions,
  codevCases,
  codevFeedback,
  codevGroupMembers,
  codevGroups,
  codevLearnings,
  codevStepNotes,
  enrolments,
  matchCheckIns,
  matches,
  matchNotes,
  meetingParticipants,
  meetingSeries,
  meetings,
  memberships,
  mentoringGoals,
  organizations,
  programmes,
  users,
  type Attendance,
} from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";

/** The insights tests' clock: mid-June 2027, a Tuesday. */
export const NOW = new Date("2027-06-15T10:00:00Z");
/** The period the tests look at: the first half of 2027 (June included). */
export const PERIOD = { from: "2027-01-01", to: "2027-06-30" };

const at = (date: string) => new Date(`${date}T10:00:00Z`);

/**
 * A small history whose every figure is worked out by hand in figures.test.ts, repeated `copies` times with
 * new people (so that with five copies every cell is about at least five people). Per copy:
 *
 * - Mentoring: mentors A and B (Finance), mentees C, D, E (IT). A–C accepted and meets 1 Feb, 1 Mar, 1 May
 *   (C absent on 1 Mar) and 1 Jul (planned); B–D declined (no time); A–D accepted, 10 Feb cancelled, 10 Mar
 *   held (attendance recorded, status left "scheduled"); B–E expired; B–E asked again, deadline in a day.
 * - Co-development: P1, P2 (IT), P3, P4 (Finance), facilitator Fa (Finance); 5 Feb (P1 presents, P3
 *   excused), 20 Mar (P2 presents, P1 and P4 absent), 20 May (P3 presents, P2 and P4 absent), 20 Jun
 *   planned (P4 presents, case still a draft). Actions: P1 two (one done), P2 one (done). Feedback scores 4,
 *   5, 3, 2. N1 (Finance) is a member who never signs up.
 *
 * Once, not per copy: Legal (one person) and Facilities (four people) sign up as mentees and get nothing;
 * an admin and a member of HR; an admin of another organisation. Every text a pair or group writes carries
 * `marker`, so that a test can look for it in everything an admin receives.
 */
export async function createInsightsWorld(options: { copies: number; marker?: string }) {
  const tag = randomBytes(5).toString("hex");
  const marker = options.marker ?? `SECRET-${tag}`;
  const db = getDb();
  const [org] = await db.insert(organizations).values({ name: `Insights ${tag}`, slug: `insights-${tag}`, timeZone: "Europe/Amsterdam" }).returning();
  const [other] = await db.insert(organizations).values({ name: `Other ${tag}`, slug: `insights-other-${tag}` }).returning();
  let n = 0;
  const person = async (key: string, department: string | null, role: "member" | "admin" | "facilitator" = "member", organizationId = org.id) => {
    const email = `${key}-${++n}-${tag}@example.test`;
    const [user] = await db.insert(users).values({ email, name: key, locale: role === "admin" ? "en" : null, currentOrganizationId: organizationId }).returning({ id: users.id });
    const [m] = await db
      .insert(memberships)
      .values({ organizationId, userId: user.id, email, name: `${key} ${n}`, role, status: "active", department, createdAt: at("2026-12-01") })
      .returning({ id: memberships.id, name: memberships.name });
    const scope: MemberScope = { organizationId, actorMembershipId: m.id, userId: user.id };
    return { membershipId: m.id, name: m.name, userId: user.id, email, scope };
  };
  const admin = await person("admin", "HR", "admin");
  const member = await person("member", "HR");
  const outsider = await person("outsider", "HR", "admin", other.id);

  const [mentoring, codev] = await db
    .insert(programmes)
    .values([
      { organizationId: org.id, kind: "mentoring" as const, status: "running" as const, name: { nl: "Mentoraat", en: "Mentoring" }, description: { nl: "", en: "" } },
      { organizationId: org.id, kind: "codevelopment" as const, status: "running" as const, name: { nl: "Intervisie", en: "Co-development" }, description: { nl: "", en: "" } },
    ])
    .returning();
  const enrol = async (membershipId: string, programmeId: string, role: "mentor" | "mentee" | "participant" | "facilitator", date: string) =>
    (await db.insert(enrolments).values({ organizationId: org.id, programmeId, membershipId, role, capacity: role === "mentor" ? 2 : null, createdAt: at(date) }).returning({ id: enrolments.id }))[0].id;

  // Sessions of one owner: [date, status, { membershipId: attendance }].
  const sessions = async (ownerType: "match" | "group", ownerId: string, list: [string, "held" | "scheduled" | "cancelled", Record<string, Attendance>, string?][]) => {
    const [series] = await db
      .insert(meetingSeries)
      .values({ organizationId: org.id, ownerType, ownerId, title: "Series", timeZone: "Europe/Amsterdam", cadenceWeeks: 4, sessionCount: list.length, firstDate: list[0][0], startTime: "12:00", durationMinutes: 60 })
      .returning({ id: meetingSeries.id });
    const ids: string[] = [];
    for (const [date, status, attendance, presenter] of list) {
      const [s] = await db
        .insert(meetings)
        .values({ organizationId: org.id, seriesId: series.id, startsAt: at(date), timeZone: "Europe/Amsterdam", durationMinutes: 60, status, icsUid: `${randomBytes(8).toString("hex")}@test`, casePresenterMembershipId: presenter ?? null })
        .returning({ id: meetings.id });
      await db.insert(meetingParticipants).values(Object.entries(attendance).map(([membershipId, a]) => ({ organizationId: org.id, sessionId: s.id, membershipId, attendance: a })));
      ids.push(s.id);
    }
    return ids;
  };

  const copies = [];
  for (let c = 0; c < options.copies; c++) {
    const [A, B, C, D, E] = [await person("A", "Finance"), await person("B", "Finance"), await person("C", "IT"), await person("D", "IT"), await person("E", "IT")];
    const [P1, P2, P3, P4, Fa] = [await person("P1", "IT"), await person("P2", "IT"), await person("P3", "Finance"), await person("P4", "Finance"), await person("Fa", "Finance", "facilitator")];
    const N1 = await person("N1", "Finance");
    const e = {
      A: await enrol(A.membershipId, mentoring.id, "mentor", "2027-01-05"),
      B: await enrol(B.membershipId, mentoring.id, "mentor", "2027-01-05"),
      C: await enrol(C.membershipId, mentoring.id, "mentee", "2027-01-05"),
      D: await enrol(D.membershipId, mentoring.id, "mentee", "2027-01-06"),
      E: await enrol(E.membershipId, mentoring.id, "mentee", "2027-01-07"),
    };
    for (const p of [P1, P2, P3, P4]) await enrol(p.membershipId, codev.id, "participant", "2027-01-10");
    await enrol(Fa.membershipId, codev.id, "facilitator", "2027-01-10");
    const match = async (mentor: string, mentee: string, status: "accepted" | "declined" | "expired" | "requested", created: string, responded: string | null, extra: Partial<typeof matches.$inferInsert> = {}) =>
      (
        await db
          .insert(matches)
          .values({ organizationId: org.id, programmeId: mentoring.id, mentorEnrolmentId: mentor, menteeEnrolmentId: mentee, score: 0.8, status, createdAt: at(created), respondedAt: responded ? at(responded) : null, ...extra })
          .returning({ id: matches.id })
      )[0].id;
    const m1 = await match(e.A, e.C, "accepted", "2027-01-15", "2027-01-16");
    await match(e.B, e.D, "declined", "2027-01-15", "2027-01-17", { declineReason: "noTime", declineText: `${marker} decline text` });
    const m3 = await match(e.A, e.D, "accepted", "2027-01-17", "2027-01-18");
    await match(e.B, e.E, "expired", "2027-01-15", "2027-01-21");
    await match(e.B, e.E, "requested", "2027-06-12", null, { requestDeadline: new Date(NOW.getTime() + 24 * 3_600_000) });
    await sessions("match", m1, [
      ["2027-02-01", "held", { [A.membershipId]: "attended", [C.membershipId]: "attended" }],
      ["2027-03-01", "held", { [A.membershipId]: "attended", [C.membershipId]: "absent" }],
      ["2027-05-01", "held", { [A.membershipId]: "attended", [C.membershipId]: "attended" }],
      ["2027-07-01", "scheduled", { [A.membershipId]: "invited", [C.membershipId]: "invited" }],
    ]);
    await sessions("match", m3, [
      ["2027-02-10", "cancelled", { [A.membershipId]: "invited", [D.membershipId]: "invited" }],
      ["2027-03-10", "scheduled", { [A.membershipId]: "attended", [D.membershipId]: "attended" }],
    ]);
    await db.insert(mentoringGoals).values({ organizationId: org.id, matchId: m1, specific: `${marker} goal`, measurable: marker, achievable: marker, relevant: marker, dueDate: "2027-09-01" });
    await db.insert(matchNotes).values({ organizationId: org.id, matchId: m1, authorMembershipId: A.membershipId, body: `${marker} pair note` });
    await db.insert(matchCheckIns).values({ organizationId: org.id, matchId: m1, membershipId: C.membershipId, kind: "fit", goodFit: true, text: `${marker} fit check` });

    const [group] = await db
      .insert(codevGroups)
      .values({ organizationId: org.id, programmeId: codev.id, status: "published", number: c + 1, language: "nl", slot: "fri-12", publishedAt: at("2027-01-20") })
      .returning({ id: codevGroups.id });
    await db.insert(codevGroupMembers).values([
      ...[P1, P2, P3, P4].map((p) => ({ organizationId: org.id, groupId: group.id, membershipId: p.membershipId, role: "participant" as const })),
      { organizationId: org.id, groupId: group.id, membershipId: Fa.membershipId, role: "facilitator" as const },
    ]);
    const everyone = (a: Attendance[]) => Object.fromEntries([P1, P2, P3, P4, Fa].map((p, i) => [p.membershipId, a[i]])) as Record<string, Attendance>;
    const [s1, s2, s3, s4] = await sessions("group", group.id, [
      ["2027-02-05", "held", everyone(["attended", "attended", "excused", "attended", "attended"]), P1.membershipId],
      ["2027-03-20", "held", everyone(["absent", "attended", "attended", "absent", "attended"]), P2.membershipId],
      ["2027-05-20", "held", everyone(["attended", "absent", "attended", "absent", "attended"]), P3.membershipId],
      ["2027-06-20", "scheduled", everyone(["invited", "invited", "invited", "invited", "invited"]), P4.membershipId],
    ]);
    const caseText = (what: string) => ({ title: `${marker} ${what} title`, context: `${marker} context`, tried: `${marker} tried`, question: `${marker} question`, helpWanted: `${marker} help`, facilitatorComment: `${marker} comment` });
    await db.insert(codevCases).values([
      { organizationId: org.id, sessionId: s1, groupId: group.id, presenterMembershipId: P1.membershipId, status: "ready" as const, ...caseText("s1") },
      { organizationId: org.id, sessionId: s2, groupId: group.id, presenterMembershipId: P2.membershipId, status: "ready" as const, ...caseText("s2") },
      { organizationId: org.id, sessionId: s3, groupId: group.id, presenterMembershipId: P3.membershipId, status: "ready" as const, ...caseText("s3") },
      { organizationId: org.id, sessionId: s4, groupId: group.id, presenterMembershipId: P4.membershipId, status: "draft" as const, ...caseText("s4") },
    ]);
    await db.insert(codevActions).values([
      { organizationId: org.id, sessionId: s1, groupId: group.id, ownerMembershipId: P1.membershipId, description: `${marker} action 1`, createdAt: at("2027-02-05"), doneAt: at("2027-02-20") },
      { organizationId: org.id, sessionId: s1, groupId: group.id, ownerMembershipId: P1.membershipId, description: `${marker} action 2`, createdAt: at("2027-02-05") },
      { organizationId: org.id, sessionId: s2, groupId: group.id, ownerMembershipId: P2.membershipId, description: `${marker} action 3`, createdAt: at("2027-03-20"), doneAt: at("2027-04-01") },
    ]);
    await db.insert(codevFeedback).values([
      { organizationId: org.id, sessionId: s1, membershipId: P2.membershipId, score: 4, comment: `${marker} feedback 1` },
      { organizationId: org.id, sessionId: s1, membershipId: P4.membershipId, score: 5, comment: `${marker} feedback 2` },
      { organizationId: org.id, sessionId: s2, membershipId: P3.membershipId, score: 3, comment: `${marker} feedback 3` },
      { organizationId: org.id, sessionId: s3, membershipId: P1.membershipId, score: 2, comment: `${marker} feedback 4` },
    ]);
    await db.insert(codevLearnings).values({ organizationId: org.id, sessionId: s1, membershipId: P2.membershipId, body: `${marker} learning` });
    await db.insert(codevStepNotes).values({ organizationId: org.id, sessionId: s1, stepKey: "consultation", authorMembershipId: Fa.membershipId, body: `${marker} step note` });
    copies.push({ A, B, C, D, E, P1, P2, P3, P4, Fa, N1, groupId: group.id, pairAC: m1 });
  }
  const small = [await person("Legal", "Legal"), ...(await Promise.all([1, 2, 3, 4].map(() => person("Facilities", "Facilities"))))];
  for (const p of small) await enrol(p.membershipId, mentoring.id, "mentee", "2027-01-05");
  return { sessions, organizationId: org.id, otherOrganizationId: other.id, mentoringId: mentoring.id, codevId: codev.id, admin, member, outsider, copies, marker };
}

export type InsightsWorld = Awaited<ReturnType<typeof createInsightsWorld>>;
