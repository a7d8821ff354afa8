import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { emailMessages, matches, memberships, programmes } from "@/db/schema";
import { closeProducer } from "@/lib/jobs/boss";
import { renderedEmails } from "@/lib/scheduling/test-fixtures";
import { testSession } from "@/lib/testing/request-mocks";
import { declineMatch } from "./respond";
import { getSelfSelectView, requestMentor } from "./self-select";
import { createMentoringWorld, type MentoringWorld } from "./test-fixtures";

// requestMentorAction as a crafted POST calls it (tests/authorization.test.ts lists it as covered here).
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
const actions = await import("@/app/(app)/programmes/actions");

let world: MentoringWorld;
const db = () => getDb();

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function snapshot(): Promise<string> {
  const parts = [];
  for (const table of [matches, emailMessages]) parts.push(await db().select().from(table).where(eq(table.organizationId, world.organizationId)));
  return JSON.stringify(parts);
}

const setMode = (matchingMode: "admin" | "self-select") =>
  db().update(programmes).set({ settings: { defaultCapacity: 1, responseDays: 5, matchingMode } }).where(eq(programmes.id, world.programmeId));

beforeAll(async () => {
  world = await createMentoringWorld();
  await setMode("self-select");
});
beforeEach(() => {
  session.userId = null;
});
afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("self-select mode", () => {
  it("shows a mentee only suggestions that keep the hard rules, best first, and nothing in admin mode", async () => {
    // x reports to mentor A: only B may mentor x. z speaks English only: only A fits.
    const forX = await getSelfSelectView(world.mentees.x.scope, world.programmeId);
    expect(forX).toMatchObject({ state: "choose", suggestions: [{ mentorEnrolmentId: world.enrolment.mentorB }] });
    const forZ = await getSelfSelectView(world.mentees.z.scope, world.programmeId);
    expect(forZ).toMatchObject({ state: "choose", suggestions: [{ mentorEnrolmentId: world.enrolment.mentorA }] });
    if (forZ?.state === "choose") expect(forZ.suggestions[0].factors.length).toBeGreaterThan(0);
    // A mentor, a member who is not enrolled and another organisation's admin get no view.
    expect(await getSelfSelectView(world.mentorA.scope, world.programmeId)).toBeNull();
    expect(await getSelfSelectView(world.member.scope, world.programmeId)).toBeNull();
    expect(await getSelfSelectView(world.outsider.scope, world.programmeId)).toBeNull();
    await setMode("admin");
    expect(await getSelfSelectView(world.mentees.x.scope, world.programmeId)).toBeNull();
    await setMode("self-select");
  });

  it("refuses a mentor outside the suggestions, a signed-out request and another organisation; nothing changes", async () => {
    const before = await snapshot();
    session.userId = world.mentees.x.userId;
    expect(await actions.requestMentorAction(null, form({ programmeId: world.programmeId, mentorEnrolmentId: world.enrolment.mentorA }))).toMatchObject({ ok: false, error: "mentoring.errors.notSuggested" });
    session.userId = world.member.userId;
    expect(await actions.requestMentorAction(null, form({ programmeId: world.programmeId, mentorEnrolmentId: world.enrolment.mentorB }))).toMatchObject({ ok: false, error: "not_found" });
    session.userId = world.outsider.userId;
    expect(await actions.requestMentorAction(null, form({ programmeId: world.programmeId, mentorEnrolmentId: world.enrolment.mentorB }))).toMatchObject({ ok: false });
    session.userId = null;
    expect(await actions.requestMentorAction(null, form({ programmeId: world.programmeId, mentorEnrolmentId: world.enrolment.mentorB }))).toMatchObject({ ok: false });
    expect(await snapshot()).toBe(before);
  });

  it("sends the request to the chosen mentor, once; after a decline the mentee chooses again without the decliner", async () => {
    session.userId = world.mentees.x.userId;
    expect(await actions.requestMentorAction(null, form({ programmeId: world.programmeId, mentorEnrolmentId: world.enrolment.mentorB }))).toMatchObject({ ok: true });
    const [request] = await db().select().from(matches).where(and(eq(matches.menteeEnrolmentId, world.enrolment.x), eq(matches.status, "requested")));
    expect(request).toMatchObject({ mentorEnrolmentId: world.enrolment.mentorB, runId: null });
    expect(request.requestDeadline!.getTime()).toBeGreaterThan(Date.now() + 4 * 86_400_000);
    const [mail] = await renderedEmails(world.organizationId, "match-request");
    expect(mail).toMatchObject({ to: world.mentorB.email, locale: "nl" });
    expect(await getSelfSelectView(world.mentees.x.scope, world.programmeId)).toMatchObject({ state: "requested" });
    await expect(requestMentor(world.mentees.x.scope, world.programmeId, world.enrolment.mentorB)).rejects.toMatchObject({ messageKey: "mentoring.errors.alreadyRequested" });

    // y also reports to A, so B is y's only suggestion: when B declines x, nobody else fits x.
    await declineMatch(world.mentorB.scope, request.id, "noTime", null);
    const live = await db().select().from(matches).where(and(eq(matches.menteeEnrolmentId, world.enrolment.x), eq(matches.status, "requested")));
    expect(live).toHaveLength(0);
    expect(await getSelfSelectView(world.mentees.x.scope, world.programmeId)).toEqual({ state: "choose", suggestions: [] });
    expect(await renderedEmails(world.organizationId, "no-mentor-left")).toHaveLength(1);
  });

  it("asks a mentee whose chosen mentor declined to choose again when others fit", async () => {
    // z chooses A; B learns English meanwhile, so after A declines, B is a fresh suggestion.
    const request = await requestMentor(world.mentees.z.scope, world.programmeId, world.enrolment.mentorA);
    await db().update(memberships).set({ languages: ["nl", "en"] }).where(eq(memberships.id, world.mentorB.membershipId));
    await declineMatch(world.mentorA.scope, request.matchId, "notAGoodFit", null);
    const mail = (await renderedEmails(world.organizationId, "match-rematched")).find((m) => m.to === world.mentees.z.email);
    expect(mail?.subject).toContain("Kies een andere mentor");
    expect(mail?.text).toContain(`/programmes/${world.programmeId}`);
    expect(await getSelfSelectView(world.mentees.z.scope, world.programmeId)).toMatchObject({ state: "choose", suggestions: [{ mentorEnrolmentId: world.enrolment.mentorB }] });
  });
});
