import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { enrolments, matches, matchingRuns, memberships, users } from "@/db/schema";
import { closeProducer } from "@/lib/jobs/boss";
import { renderedEmails } from "@/lib/scheduling/test-fixtures";
import { sweepMentoring } from "./sweep";
import { createMentoringWorld, type MentoringWorld } from "./test-fixtures";

const DAY = 86_400_000;
const HOUR = 3_600_000;
let world: MentoringWorld;
let runId: string;
const db = () => getDb();

beforeAll(async () => {
  world = await createMentoringWorld();
  const [run] = await db()
    .insert(matchingRuns)
    .values({ organizationId: world.organizationId, programmeId: world.programmeId, status: "published", publishedAt: new Date(), figures: { matched: 0, unmatched: 0, meanScore: 0, mentorLoad: { used: 0, capacity: 0 } } })
    .returning({ id: matchingRuns.id });
  runId = run.id;
});

afterAll(async () => {
  await closeProducer();
  await closeDb();
});

async function request(mentor: string, mentee: string, createdAt: Date, deadline: Date) {
  const [row] = await db()
    .insert(matches)
    .values({ organizationId: world.organizationId, programmeId: world.programmeId, runId, mentorEnrolmentId: mentor, menteeEnrolmentId: mentee, score: 0.7, status: "requested", createdAt, requestDeadline: deadline, explanation: [] })
    .returning();
  return row;
}

const scope = () => ({ programmeId: world.programmeId });
const statusOf = async (id: string) => (await db().select({ status: matches.status }).from(matches).where(eq(matches.id, id)))[0].status;

describe("request deadlines", () => {
  it("reminds the mentor once, a day before the deadline, in the mentor's language", async () => {
    const start = new Date();
    // z speaks English only, so only mentor A (English) fits; A's language is English.
    const target = await request(world.enrolment.mentorA, world.enrolment.z, start, new Date(start.getTime() + 5 * DAY));

    expect(await sweepMentoring(new Date(start.getTime() + 3 * DAY), scope())).toEqual({ expired: 0, reminded: 0, goalsDue: 0 });
    expect(await sweepMentoring(new Date(start.getTime() + 4 * DAY + HOUR), scope())).toEqual({ expired: 0, reminded: 1, goalsDue: 0 });
    expect(await sweepMentoring(new Date(start.getTime() + 4 * DAY + 2 * HOUR), scope())).toEqual({ expired: 0, reminded: 0, goalsDue: 0 });

    const reminders = await renderedEmails(world.organizationId, "match-reminder");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ to: world.mentorA.email, locale: "en" });
    expect(reminders[0].subject).toContain("Reminder");
    expect(reminders[0].text).toContain("z ");
    expect(await statusOf(target.id)).toBe("requested");
  });

  it("expires a request past its deadline; with no mentor left, the mentee hears so and every admin is told", async () => {
    const [request] = await db().select().from(matches).where(and(eq(matches.menteeEnrolmentId, world.enrolment.z), eq(matches.status, "requested")));
    const after = new Date(request.requestDeadline!.getTime() + 60_000);

    expect(await sweepMentoring(after, scope())).toEqual({ expired: 1, reminded: 0, goalsDue: 0 });
    expect(await statusOf(request.id)).toBe("expired");
    // Nobody else speaks z's language: no new request.
    const live = await db().select().from(matches).where(and(eq(matches.menteeEnrolmentId, world.enrolment.z), inArray(matches.status, ["requested", "accepted"])));
    expect(live).toHaveLength(0);

    const [toAdmin] = await renderedEmails(world.organizationId, "no-mentor-left");
    expect(toAdmin).toMatchObject({ to: world.admin.email, locale: "nl" });
    expect(toAdmin.subject).toContain("Geen mentor meer");
    expect(toAdmin.text).toContain(`/admin/programmes/${world.programmeId}/matching`);
    const [toMentee] = await renderedEmails(world.organizationId, "match-rematched");
    expect(toMentee.subject).toContain("We zoeken een mentor");
    // A second sweep finds nothing left to do.
    expect(await sweepMentoring(after, scope())).toEqual({ expired: 0, reminded: 0, goalsDue: 0 });
  });

  it("re-matches a mentee whose mentor let the deadline pass with the best mentor still free, and tells the mentee who", async () => {
    const [user] = await db().insert(users).values({ email: `w-${world.programmeId}@example.test`, name: "w", locale: "en", currentOrganizationId: world.organizationId }).returning({ id: users.id });
    const [w] = await db()
      .insert(memberships)
      .values({ organizationId: world.organizationId, userId: user.id, email: `w-${world.programmeId}@example.test`, name: "Walter", role: "member", status: "active", languages: ["nl"], topics: ["finance"], seniority: 1 })
      .returning({ id: memberships.id });
    const [enrolment] = await db().insert(enrolments).values({ organizationId: world.organizationId, programmeId: world.programmeId, membershipId: w.id, role: "mentee", answers: {} }).returning({ id: enrolments.id });
    const start = new Date();
    const target = await request(world.enrolment.mentorA, enrolment.id, start, new Date(start.getTime() - 1000));

    expect(await sweepMentoring(start, scope())).toMatchObject({ expired: 1 });

    expect(await statusOf(target.id)).toBe("expired");
    const [next] = await db().select().from(matches).where(and(eq(matches.menteeEnrolmentId, enrolment.id), eq(matches.status, "requested")));
    expect(next.mentorEnrolmentId).toBe(world.enrolment.mentorB);
    expect(next.requestDeadline!.getTime()).toBe(start.getTime() + 5 * DAY);
    const toMentee = (await renderedEmails(world.organizationId, "match-rematched")).find((mail) => mail.to.startsWith("w-"));
    expect(toMentee).toMatchObject({ locale: "en" });
    expect(toMentee!.text).toContain("did not answer in time");
    expect(toMentee!.text).toContain("mentorB");
    const requests = (await renderedEmails(world.organizationId, "match-request")).filter((mail) => mail.to === world.mentorB.email);
    expect(requests).toHaveLength(1);
    expect(requests[0].text).toContain("Walter");
  });
});
