import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { emailMessages, enrolments, matches, matchingRuns, memberships, mentorLoads, users } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { closeProducer } from "@/lib/jobs/boss";
import { renderedEmails } from "@/lib/scheduling/test-fixtures";
import { acceptMatch, declineMatch, listMyMatches } from "./respond";
import { createMentoringWorld, type MentoringWorld } from "./test-fixtures";
import { testSession } from "@/lib/testing/request-mocks";

// The answer actions as a crafted POST calls them (tests/authorization.test.ts lists them as covered here):
// only the Auth.js session lookup and Next's request APIs are replaced.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
const actions = await import("@/app/(app)/matches/actions");

type Person = { membershipId: string; userId: string; email: string; scope: MemberScope };

let world: MentoringWorld;
const db = () => getDb();
const tag = randomBytes(4).toString("hex");
const DAY = 86_400_000;

async function person(key: string, locale: "nl" | "en" = "nl"): Promise<Person> {
  const email = `${key}-${tag}@example.test`;
  const [user] = await db().insert(users).values({ email, name: key, locale, currentOrganizationId: world.organizationId }).returning({ id: users.id });
  const [m] = await db()
    .insert(memberships)
    .values({ organizationId: world.organizationId, userId: user.id, email, name: `${key} ${tag}`, role: "member", status: "active", department: "Finance", topics: ["finance"] })
    .returning({ id: memberships.id });
  return { membershipId: m.id, userId: user.id, email, scope: { organizationId: world.organizationId, actorMembershipId: m.id, userId: user.id } };
}

async function enrol(who: Person, role: "mentor" | "mentee", capacity: number | null = null, answers: Record<string, unknown> = {}) {
  const [row] = await db().insert(enrolments).values({ organizationId: world.organizationId, programmeId: world.programmeId, membershipId: who.membershipId, role, capacity, answers }).returning({ id: enrolments.id });
  return row.id;
}

async function publishedRun() {
  const [run] = await db()
    .insert(matchingRuns)
    .values({ organizationId: world.organizationId, programmeId: world.programmeId, status: "published", publishedAt: new Date(), figures: { matched: 0, unmatched: 0, meanScore: 0, mentorLoad: { used: 0, capacity: 0 } } })
    .returning({ id: matchingRuns.id });
  return run.id;
}

async function request(runId: string, mentor: string, mentee: string, deadline = new Date(Date.now() + 5 * DAY)) {
  const [row] = await db()
    .insert(matches)
    .values({
      organizationId: world.organizationId,
      programmeId: world.programmeId,
      runId,
      mentorEnrolmentId: mentor,
      menteeEnrolmentId: mentee,
      score: 0.8,
      status: "requested",
      requestDeadline: deadline,
      explanation: [{ code: "sharedTopics", topics: ["finance"], effect: 0.3 }],
    })
    .returning();
  return row;
}

const matchesOf = (ids: string[]) => db().select().from(matches).where(inArray(matches.id, ids));
const loadOf = async (mentorEnrolmentId: string) => (await db().select().from(mentorLoads).where(eq(mentorLoads.mentorEnrolmentId, mentorEnrolmentId)))[0];

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function snapshot(): Promise<string> {
  const parts = [];
  for (const table of [matches, mentorLoads, emailMessages]) parts.push(await db().select().from(table).where(eq(table.organizationId, world.organizationId)));
  return JSON.stringify(parts);
}

beforeAll(async () => {
  world = await createMentoringWorld();
});
beforeEach(() => {
  session.userId = null;
});
afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("answering a match request", () => {
  it("holds a mentor's capacity under 20 concurrent accepts: exactly 2 succeed, the rest are refused and unchanged", async () => {
    const mentor = await person("busy-mentor", "en");
    const mentorEnrolment = await enrol(mentor, "mentor", 2);
    const runId = await publishedRun();
    const requests = [];
    for (let i = 0; i < 20; i += 1) {
      const mentee = await person(`crowd-${i}`);
      requests.push(await request(runId, mentorEnrolment, await enrol(mentee, "mentee")));
    }
    const emailsBefore = (await db().select().from(emailMessages).where(eq(emailMessages.organizationId, world.organizationId))).length;

    const results = await Promise.allSettled(requests.map((r) => acceptMatch(mentor.scope, r.id)));

    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as { messageKey?: string }] : []));
    expect(ok).toHaveLength(2);
    expect(refused.map((e) => e.messageKey)).toEqual(Array(18).fill("matches.errors.capacityFull"));
    expect(await loadOf(mentorEnrolment)).toMatchObject({ acceptedCount: 2, capacity: 2 });
    const after = await matchesOf(requests.map((r) => r.id));
    expect(after.filter((m) => m.status === "accepted")).toHaveLength(2);
    const untouched = after.filter((m) => m.status !== "accepted");
    expect(untouched).toHaveLength(18);
    expect(untouched.every((m) => m.status === "requested" && m.respondedAt === null)).toBe(true);
    // Two emails per accepted match (mentor and mentee), nothing for the refused ones.
    const emailsAfter = await db().select().from(emailMessages).where(eq(emailMessages.organizationId, world.organizationId));
    expect(emailsAfter.length - emailsBefore).toBe(4);

    // A twenty-first attempt on a full mentor is refused too, and so is accepting an accepted match again.
    const acceptedId = after.find((m) => m.status === "accepted")!.id;
    await expect(acceptMatch(mentor.scope, acceptedId)).rejects.toMatchObject({ code: "conflict" });
    expect(await loadOf(mentorEnrolment)).toMatchObject({ acceptedCount: 2 });
  }, 60_000);

  it("accepts once, withdraws the mentee's other requests and emails both in their own language", async () => {
    const mentor = await person("mentor-c", "en");
    const otherMentor = await person("mentor-d", "nl");
    const mentee = await person("mentee-p", "nl");
    const mentorEnrolment = await enrol(mentor, "mentor", 3);
    const otherEnrolment = await enrol(otherMentor, "mentor", 3);
    const menteeEnrolment = await enrol(mentee, "mentee", null, { goals: "Learn to delegate" });
    const mine = await request(await publishedRun(), mentorEnrolment, menteeEnrolment);
    const theirs = await request(await publishedRun(), otherEnrolment, menteeEnrolment);

    const view = await listMyMatches(mentor.scope);
    expect(view.asMentor).toHaveLength(1);
    expect(view.asMentor[0]).toMatchObject({ id: mine.id, menteeName: `mentee-p ${tag}`, department: "Finance", topics: ["finance"], goals: "Learn to delegate", open: true });
    expect(view.asMentor[0].factors[0]).toMatchObject({ code: "sharedTopics" });

    session.userId = mentor.userId;
    expect(await actions.acceptMatchAction(null, form({ matchId: mine.id }))).toMatchObject({ ok: true });
    expect(await actions.acceptMatchAction(null, form({ matchId: mine.id }))).toMatchObject({ ok: false, error: "matches.errors.alreadyAnswered" });
    const [accepted, withdrawn] = await Promise.all([matchesOf([mine.id]), matchesOf([theirs.id])]);
    expect(accepted[0]).toMatchObject({ status: "accepted" });
    expect(accepted[0].respondedAt).not.toBeNull();
    expect(withdrawn[0]).toMatchObject({ status: "withdrawn" });
    expect(await loadOf(mentorEnrolment)).toMatchObject({ acceptedCount: 1, capacity: 3 });

    // The other mentor can no longer accept the withdrawn request.
    await expect(acceptMatch(otherMentor.scope, theirs.id)).rejects.toMatchObject({ messageKey: "matches.errors.alreadyAnswered" });

    const emails = (await renderedEmails(world.organizationId, "match-accepted")).filter((e) => e.idempotencyKey.includes(mine.id));
    expect(emails.map((e) => [e.to, e.locale]).sort()).toEqual([[mentee.email, "nl"], [mentor.email, "en"]].sort());
    expect(emails.find((e) => e.to === mentor.email)!.subject).toContain(`mentee-p ${tag}`);
    expect(emails.find((e) => e.to === mentee.email)!.subject).toContain(`mentor-c ${tag}`);

    const menteeView = await listMyMatches(mentee.scope);
    expect(menteeView.asMentee.map((m) => [m.mentorName, m.status]).sort()).toEqual([[`mentor-c ${tag}`, "accepted"], [`mentor-d ${tag}`, "withdrawn"]].sort());
  });

  it("refuses a request past its deadline", async () => {
    const mentor = await person("late-mentor");
    const mentee = await person("late-mentee");
    const late = await request(await publishedRun(), await enrol(mentor, "mentor", 2), await enrol(mentee, "mentee"), new Date(Date.now() - DAY));
    await expect(acceptMatch(mentor.scope, late.id)).rejects.toMatchObject({ messageKey: "matches.errors.expired" });
    expect((await matchesOf([late.id]))[0]).toMatchObject({ status: "requested", respondedAt: null });
    expect((await listMyMatches(mentor.scope)).asMentor[0]).toMatchObject({ open: false });
  });

  it("refuses a signed-out request, another member, the mentee and another organisation; nothing changes", async () => {
    const mentor = await person("guarded-mentor");
    const mentee = await person("guarded-mentee");
    const target = await request(await publishedRun(), await enrol(mentor, "mentor", 2), await enrol(mentee, "mentee"));
    const calls = {
      accept: () => actions.acceptMatchAction(null, form({ matchId: target.id })),
      decline: () => actions.declineMatchAction(null, form({ matchId: target.id, reason: "noTime", text: "" })),
    };
    const before = await snapshot();
    for (const call of Object.values(calls)) {
      session.userId = null;
      expect(await call()).toMatchObject({ ok: false, error: "unauthenticated" });
      session.userId = world.member.userId;
      expect(await call()).toMatchObject({ ok: false, error: "not_found" });
      session.userId = mentee.userId;
      expect(await call()).toMatchObject({ ok: false, error: "not_found" });
      session.userId = world.outsider.userId;
      expect((await call()).ok).toBe(false);
    }
    expect(await snapshot()).toBe(before);
    await expect(acceptMatch(world.outsider.scope, target.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(acceptMatch({ ...world.outsider.scope, organizationId: world.organizationId }, target.id)).rejects.toMatchObject({ code: "forbidden" });
    expect((await listMyMatches(world.outsider.scope)).asMentor).toEqual([]);
    expect((await listMyMatches(world.member.scope)).asMentor).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it("declines with a reason and a private note that the mentee never sees", async () => {
    const mentor = await person("declining-mentor");
    const mentee = await person("declined-mentee");
    const target = await request(await publishedRun(), await enrol(mentor, "mentor", 2), await enrol(mentee, "mentee"));
    session.userId = mentor.userId;
    expect(await actions.declineMatchAction(null, form({ matchId: target.id, reason: "because", text: "" }))).toMatchObject({ ok: false, error: "invalid" });
    expect(await actions.declineMatchAction(null, form({ matchId: target.id, reason: "other", text: "x".repeat(501) }))).toMatchObject({ ok: false, fieldErrors: { text: "tooLong" } });
    expect(await actions.declineMatchAction(null, form({ matchId: target.id, reason: "conflictOfInterest", text: "  We share a budget.  " }))).toMatchObject({ ok: true });
    const [row] = await matchesOf([target.id]);
    expect(row).toMatchObject({ status: "declined", declineReason: "conflictOfInterest", declineText: "We share a budget." });
    expect(row.respondedAt).not.toBeNull();
    expect(await actions.acceptMatchAction(null, form({ matchId: target.id }))).toMatchObject({ ok: false, error: "matches.errors.alreadyAnswered" });
    await expect(declineMatch(mentor.scope, target.id, "noTime", null)).rejects.toMatchObject({ messageKey: "matches.errors.alreadyAnswered" });
    const menteeView = await listMyMatches(mentee.scope);
    expect(menteeView.asMentee).toEqual(expect.arrayContaining([expect.objectContaining({ id: target.id, status: "declined" })]));
    expect(JSON.stringify(menteeView)).not.toContain("budget");
    expect(JSON.stringify(menteeView)).not.toContain("conflictOfInterest");
    expect((await db().select().from(matches).where(and(eq(matches.id, target.id), eq(matches.status, "declined")))).length).toBe(1);
  });

  it("re-matches a declined mentee with the best mentor still available, and emails that mentor", async () => {
    const speak = (who: Person, department: string) =>
      db().update(memberships).set({ languages: ["nl"], department, seniority: 6, timeZone: "Europe/Amsterdam" }).where(eq(memberships.id, who.membershipId));
    const first = await person("first-mentor");
    const second = await person("second-mentor", "en");
    const full = await person("full-mentor");
    const mentee = await person("rematched-mentee");
    await Promise.all([speak(first, "IT"), speak(second, "HR"), speak(full, "Sales"), speak(mentee, "Finance")]);
    await db().update(memberships).set({ seniority: 2 }).where(eq(memberships.id, mentee.membershipId));
    const runId = await publishedRun();
    const firstEnrolment = await enrol(first, "mentor", 1);
    await enrol(second, "mentor", 1);
    const fullEnrolment = await enrol(full, "mentor", 1);
    const menteeEnrolment = await enrol(mentee, "mentee", null, { topics: ["finance"] });
    // The third mentor's only place is taken by another request.
    await request(runId, fullEnrolment, await enrol(await person("someone-else"), "mentee"));
    const target = await request(runId, firstEnrolment, menteeEnrolment);

    await declineMatch(first.scope, target.id, "noTime", null);

    // Other tests of this file enrol mentors in the same programme too: the new mentor is one with room
    // who is neither the one who declined nor the full one, and gets the request by email.
    const live = await db().select().from(matches).where(and(eq(matches.menteeEnrolmentId, menteeEnrolment), eq(matches.status, "requested")));
    expect(live).toHaveLength(1);
    expect([firstEnrolment, fullEnrolment]).not.toContain(live[0].mentorEnrolmentId);
    expect(live[0].runId).toBe(runId);
    expect(live[0].requestDeadline!.getTime()).toBeGreaterThan(Date.now());
    const [newMentor] = await db()
      .select({ email: memberships.email })
      .from(enrolments)
      .innerJoin(memberships, eq(memberships.id, enrolments.membershipId))
      .where(eq(enrolments.id, live[0].mentorEnrolmentId));
    const mail = await db().select().from(emailMessages).where(and(eq(emailMessages.toAddress, newMentor.email), eq(emailMessages.template, "match-request")));
    expect(mail.length).toBeGreaterThanOrEqual(1);
  });
});
