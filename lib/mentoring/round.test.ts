import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { emailMessages, matches, matchingRuns, programmes } from "@/db/schema";
import { closeProducer } from "@/lib/jobs/boss";
import { renderedEmails } from "@/lib/scheduling/test-fixtures";
import { breakMatch, setMatchPinned, swapMentors } from "./proposal";
import { runMatchingRound } from "./run-round";
import { createMentoringWorld, type MentoringWorld } from "./test-fixtures";
import { testSession } from "@/lib/testing/request-mocks";

// The round's server actions as a crafted POST calls them (tests/authorization.test.ts lists them as
// covered here): only the Auth.js session lookup and Next's request APIs are replaced.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
const actions = await import("@/app/(admin)/admin/programmes/[id]/matching/actions");

let world: MentoringWorld;
const db = () => getDb();
const runMatches = (runId: string) => db().select().from(matches).where(eq(matches.runId, runId));
const emailsOf = (organizationId: string) => db().select().from(emailMessages).where(eq(emailMessages.organizationId, organizationId));

async function snapshot(): Promise<string> {
  const parts = [];
  for (const table of [matchingRuns, matches, emailMessages]) parts.push(await db().select().from(table).where(eq(table.organizationId, world.organizationId)));
  return JSON.stringify(parts);
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
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

describe("a matching round", () => {
  it("refuses a member, a signed-out request and another organisation's admin; nothing changes", async () => {
    await runMatchingRound(world.admin.scope, world.programmeId);
    const [run] = await db().select().from(matchingRuns).where(and(eq(matchingRuns.programmeId, world.programmeId), eq(matchingRuns.status, "proposed")));
    const [first, second] = await runMatches(run.id);
    const calls = {
      run: () => actions.runMatchingAction(null, form({ programmeId: world.programmeId })),
      pin: () => actions.pinMatchAction(null, form({ programmeId: world.programmeId, matchId: first.id, pinned: "true" })),
      break: () => actions.breakMatchAction(null, form({ programmeId: world.programmeId, matchId: first.id })),
      swap: () => actions.swapMentorsAction(null, form({ programmeId: world.programmeId, first: first.id, second: second.id })),
      publish: () => actions.publishRunAction(null, form({ programmeId: world.programmeId, runId: run.id })),
    };
    const before = await snapshot();
    for (const call of Object.values(calls)) {
      session.userId = null;
      expect(await call()).toMatchObject({ ok: false, error: "unauthenticated" });
      session.userId = world.member.userId;
      expect(await call()).toMatchObject({ ok: false, error: "forbidden" });
      session.userId = world.outsider.userId;
      expect((await call()).ok).toBe(false);
    }
    expect(await snapshot()).toBe(before);
    await expect(runMatchingRound(world.outsider.scope, world.programmeId)).rejects.toThrow();
  });

  it("respects the hard rules, keeps pins on a re-run, refuses a swap that breaks a rule, and tells nobody before publishing", async () => {
    const { runId } = await runMatchingRound(world.admin.scope, world.programmeId);
    const [run] = await db().select().from(matchingRuns).where(eq(matchingRuns.id, runId));
    expect(run.figures).toMatchObject({ matched: 2, unmatched: 1, mentorLoad: { used: 2, capacity: 2 } });
    const pairs = await runMatches(runId);
    const forZ = pairs.find((p) => p.menteeEnrolmentId === world.enrolment.z)!;
    const other = pairs.find((p) => p.menteeEnrolmentId !== world.enrolment.z)!;
    expect(forZ.mentorEnrolmentId).toBe(world.enrolment.mentorA);
    expect(other).toMatchObject({ mentorEnrolmentId: world.enrolment.mentorB, status: "proposed" });

    // z speaks English only: mentor B cannot take z.
    await expect(swapMentors(world.admin.scope, world.programmeId, forZ.id, other.id)).rejects.toMatchObject({ messageKey: "mentoring.exclusion.noSharedLanguage" });

    await setMatchPinned(world.admin.scope, world.programmeId, other.id, true);
    const { runId: rerun } = await runMatchingRound(world.admin.scope, world.programmeId);
    const [old] = await db().select().from(matchingRuns).where(eq(matchingRuns.id, runId));
    expect(old.status).toBe("superseded");
    const kept = (await runMatches(rerun)).find((p) => p.pinned)!;
    expect(kept).toMatchObject({ menteeEnrolmentId: other.menteeEnrolmentId, mentorEnrolmentId: world.enrolment.mentorB });

    await breakMatch(world.admin.scope, world.programmeId, kept.id);
    const [afterBreak] = await db().select().from(matchingRuns).where(eq(matchingRuns.id, rerun));
    expect(afterBreak.figures.matched).toBe(1);
    expect(afterBreak.unmatched.map((u) => u.menteeEnrolmentId)).toContain(other.menteeEnrolmentId);
    expect(await emailsOf(world.organizationId)).toEqual([]);
  });

  it("publishes once: requests with a deadline and one email per mentor in the mentor's language", async () => {
    const { runId } = await runMatchingRound(world.admin.scope, world.programmeId);
    expect(await emailsOf(world.organizationId)).toEqual([]);
    session.userId = world.admin.userId;
    expect(await actions.publishRunAction(null, form({ programmeId: world.programmeId, runId }))).toMatchObject({ ok: true });
    expect(await actions.publishRunAction(null, form({ programmeId: world.programmeId, runId }))).toMatchObject({ ok: false, error: "mentoring.errors.notProposed" });
    // Sign-up had closed: publishing starts the programme.
    expect((await db().select({ status: programmes.status }).from(programmes).where(eq(programmes.id, world.programmeId)))[0].status).toBe("running");
    const requested = await runMatches(runId);
    expect(requested.every((m) => m.status === "requested" && m.requestDeadline !== null)).toBe(true);
    const emails = await renderedEmails(world.organizationId, "match-request");
    expect(emails.map((e) => [e.to, e.locale])).toEqual([
      [world.mentorA.email, "en"],
      [world.mentorB.email, "nl"],
    ]);
    expect(emails[0].text).toContain("Both work on finance");
    expect(emails[1].subject).toContain("Wil je");

    // A new round after publishing leaves the published requests alone and proposes only for mentees
    // without a live request (here: none have room left, so nobody is proposed twice).
    const { runId: next } = await runMatchingRound(world.admin.scope, world.programmeId);
    expect(next).not.toBe(runId);
    const requestedMentees = new Set(requested.map((m) => m.menteeEnrolmentId));
    expect((await runMatches(next)).filter((m) => requestedMentees.has(m.menteeEnrolmentId))).toEqual([]);
    expect((await runMatches(runId)).map((m) => m.status)).toEqual(requested.map(() => "requested"));
  });
});
