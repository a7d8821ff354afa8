import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { emailMessages, matches, matchingRuns } from "@/db/schema";
import { closeProducer } from "@/lib/jobs/boss";
import { testSession } from "@/lib/testing/request-mocks";
import { breakMatch } from "./proposal";
import { getProposalView } from "./queries";
import { runMatchingRound } from "./run-round";
import { createMentoringWorld, type MentoringWorld } from "./test-fixtures";

// Every mentee the round leaves without a mentor is listed with the reason and the mentors who may take
// them by hand; pairing by hand keeps every hard rule. Through the action as a crafted POST calls it.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
const actions = await import("@/app/(admin)/admin/programmes/[id]/matching/actions");

let world: MentoringWorld;
const db = () => getDb();

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

describe("pairing an unmatched mentee by hand", () => {
  it("lists each unmatched mentee with a reason and who may take them, and pairs by hand within the rules", async () => {
    const { runId } = await runMatchingRound(world.admin.scope, world.programmeId);
    const pairs = await db().select().from(matches).where(eq(matches.runId, runId));
    const withB = pairs.find((p) => p.mentorEnrolmentId === world.enrolment.mentorB)!;
    await breakMatch(world.admin.scope, world.programmeId, withB.id);
    const view = await getProposalView(world.admin.scope, world.programmeId);
    expect(view.unmatched).toHaveLength(2);
    const broken = view.unmatched.find((u) => u.enrolmentId === withB.menteeEnrolmentId)!;
    expect(broken.reason).toEqual({ code: "broken" });
    expect(broken.candidates.map((c) => c.enrolmentId)).toEqual([world.enrolment.mentorB]);
    const other = view.unmatched.find((u) => u.enrolmentId !== withB.menteeEnrolmentId)!;
    expect(other.reason.code).not.toBe("broken");
    expect(other.name).not.toBe("");

    const call = (menteeEnrolmentId: string, mentorEnrolmentId: string) => actions.pairByHandAction(null, form({ programmeId: world.programmeId, menteeEnrolmentId, mentorEnrolmentId }));
    // Refused: signed out, a member, another organisation's admin; then bad input and broken rules.
    const before = await snapshot();
    session.userId = null;
    expect(await call(broken.enrolmentId, world.enrolment.mentorB)).toMatchObject({ ok: false, error: "unauthenticated" });
    session.userId = world.member.userId;
    expect(await call(broken.enrolmentId, world.enrolment.mentorB)).toMatchObject({ ok: false, error: "forbidden" });
    session.userId = world.outsider.userId;
    expect((await call(broken.enrolmentId, world.enrolment.mentorB)).ok).toBe(false);
    session.userId = world.admin.userId;
    expect(await call(broken.enrolmentId, "nobody")).toMatchObject({ ok: false, error: "invalid", fieldErrors: { mentorEnrolmentId: expect.anything() } });
    // Mentor A may not take them (the refusal names the rule); a mentee who has a mentor is not unmatched.
    expect(await call(broken.enrolmentId, world.enrolment.mentorA)).toMatchObject({ ok: false, error: expect.stringMatching(/^mentoring\.exclusion\.(capacity|reportingLine)/) });
    const matched = pairs.find((p) => p.id !== withB.id)!;
    expect(await call(matched.menteeEnrolmentId, world.enrolment.mentorB)).toMatchObject({ ok: false, error: "mentoring.exclusion.notFound" });
    expect(await snapshot()).toBe(before);

    expect(await call(broken.enrolmentId, world.enrolment.mentorB)).toMatchObject({ ok: true });
    const after = await getProposalView(world.admin.scope, world.programmeId);
    expect(after.unmatched.map((u) => u.enrolmentId)).toEqual([other.enrolmentId]);
    const made = (await db().select().from(matches).where(and(eq(matches.runId, runId), eq(matches.menteeEnrolmentId, broken.enrolmentId))))[0];
    expect(made).toMatchObject({ mentorEnrolmentId: world.enrolment.mentorB, status: "proposed" });
    expect(made.score).toBeGreaterThan(0);
    const [run] = await db().select().from(matchingRuns).where(eq(matchingRuns.id, runId));
    expect(run.figures).toMatchObject({ matched: 2, unmatched: 1 });
    // Nobody is told before publishing.
    expect(await db().select().from(emailMessages).where(eq(emailMessages.organizationId, world.organizationId))).toEqual([]);
  });
});
