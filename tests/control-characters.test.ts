import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { closeDb, getDb } from "@/db/client";
import { enrolments, matches, memberships } from "@/db/schema";
import { authorizedAction } from "@/lib/auth/action";
import { markCaseReady, saveCase } from "@/lib/codevelopment/cases";
import { startSession } from "@/lib/codevelopment/runner";
import { codevSnapshot, createCodevWorld, type CodevWorld } from "@/lib/codevelopment/session-fixtures";
import { closeProducer } from "@/lib/jobs/boss";
import { createPairWorld, pairSnapshot, type PairWorld, type TestPair } from "@/lib/mentoring/pair/test-fixtures";
import { testSession } from "@/lib/testing/request-mocks";

// Probe finding L2: a NUL byte in any text field ended as "unexpected" (PostgreSQL refuses \u0000 in text
// and jsonb). The real server actions, called the way a crafted POST calls them, now answer with a field
// message, and nothing reaches the database.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
const profileActions = await import("@/app/(app)/profile/actions");
const membersActions = await import("@/app/(admin)/admin/members/actions");
const settingsActions = await import("@/app/(admin)/admin/settings/actions");
const matchActions = await import("@/app/(app)/matches/actions");
const pairActions = await import("@/app/(app)/matches/[id]/actions");
const caseActions = await import("@/app/(app)/groups/[id]/sessions/[sessionId]/case/actions");
const runActions = await import("@/app/(app)/groups/[id]/sessions/[sessionId]/run/actions");
const feedbackActions = await import("@/app/(app)/groups/[id]/sessions/[sessionId]/feedback/actions");

const NUL = "Confidential\u0000text";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  return data;
}

let pairs: PairWorld;
let pair: TestPair;
let requested: { matchId: string; mentorUserId: string };
let codev: CodevWorld;

beforeAll(async () => {
  pairs = await createPairWorld();
  pair = await pairs.makePair();
  // A second mentee's request to the same mentor, still open: the decline form's text.
  const mentee = await pairs.add("mentee2");
  const [menteeEnrolment] = await getDb().insert(enrolments).values({ organizationId: pairs.organizationId, programmeId: pairs.programmeId, membershipId: mentee.membershipId, role: "mentee" }).returning();
  const [match] = await getDb()
    .insert(matches)
    .values({ organizationId: pairs.organizationId, programmeId: pairs.programmeId, runId: null, mentorEnrolmentId: pair.mentorEnrolmentId, menteeEnrolmentId: menteeEnrolment.id, score: 0.7, status: "requested" })
    .returning();
  requested = { matchId: match.id, mentorUserId: pair.mentor.userId };

  codev = await createCodevWorld();
  const ref = { groupId: codev.groupId, sessionId: codev.sessions[0].id };
  await saveCase(codev.p1.scope, { ...ref, title: "Case", context: "Context", tried: "", question: "Question?", helpWanted: "" });
  await markCaseReady(codev.facilitator.scope, ref);
  await startSession(codev.facilitator.scope, ref);
});

beforeEach(() => {
  session.userId = null;
});

afterAll(async () => {
  await closeProducer();
  await closeDb();
});

const refused = (field: string) => ({ ok: false, error: "invalid", fieldErrors: { [field]: "controlCharacters" } });

describe("a NUL byte in a text field is a field message, and nothing is written", () => {
  it("profile: name and bio", async () => {
    session.userId = pairs.member.userId;
    const [before] = await getDb().select().from(memberships).where(eq(memberships.id, pairs.member.membershipId));
    const fields = { name: "Member", languages: "nl", timeZone: "Europe/Amsterdam", bio: "" };
    expect(await profileActions.saveProfileAction(null, form({ ...fields, name: NUL }))).toEqual(refused("name"));
    expect(await profileActions.saveProfileAction(null, form({ ...fields, bio: NUL }))).toEqual(refused("bio"));
    const [after] = await getDb().select().from(memberships).where(eq(memberships.id, pairs.member.membershipId));
    expect(after).toEqual(before);
  });

  it("profile: a tab in the one-line name is refused by the field's own schema", async () => {
    session.userId = pairs.member.userId;
    const result = await profileActions.saveProfileAction(null, form({ name: "Mem\tber", languages: "nl", timeZone: "Europe/Amsterdam" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: "controlCharacters" } });
  });

  it("invitation: the name (whose schema is the members area's own: authorizedAction's net)", async () => {
    session.userId = pairs.admin.userId;
    const result = await membersActions.inviteMemberAction(null, form({ name: NUL, email: "nul-invite@example.org", language: "nl" }));
    expect(result).toEqual(refused("name"));
    expect(await getDb().select().from(memberships).where(eq(memberships.email, "nul-invite@example.org"))).toEqual([]);
  });

  it("organisation settings: name and topics", async () => {
    session.userId = pairs.admin.userId;
    const fields = { name: "Pair org", defaultLocale: "nl", timeZone: "Europe/Amsterdam", topics: "" };
    expect(await settingsActions.saveOrganizationSettings(null, form({ ...fields, name: NUL }))).toEqual(refused("name"));
    expect(await settingsActions.saveOrganizationSettings(null, form({ ...fields, topics: `Finance\n${NUL}` }))).toEqual(refused("topics"));
  });

  it("the mentor's decline text", async () => {
    session.userId = requested.mentorUserId;
    expect(await matchActions.declineMatchAction(null, form({ matchId: requested.matchId, reason: "noTime", text: NUL }))).toEqual(refused("text"));
    const [match] = await getDb().select().from(matches).where(eq(matches.id, requested.matchId));
    expect(match.status).toBe("requested");
  });

  it("the pair's note, goal and check-in", async () => {
    session.userId = pair.mentee.userId;
    const before = await pairSnapshot(pairs.organizationId, pair.matchId, pair.mentorEnrolmentId);
    expect(await pairActions.addNoteAction(null, form({ matchId: pair.matchId, body: NUL }))).toEqual(refused("body"));
    const goal = { matchId: pair.matchId, specific: "a", measurable: "b", achievable: "c", relevant: "d", dueDate: "2030-01-01", status: "notStarted", progress: "0" };
    expect(await pairActions.createGoalAction(null, form({ ...goal, relevant: NUL }))).toEqual(refused("relevant"));
    expect(await pairActions.answerFitCheckAction(null, form({ matchId: pair.matchId, answer: "goodFit", text: NUL }))).toEqual(refused("text"));
    expect(await pairSnapshot(pairs.organizationId, pair.matchId, pair.mentorEnrolmentId)).toBe(before);
  });

  it("the case, its comment, the learning, a step note, an action and the feedback", async () => {
    const ref = { groupId: codev.groupId, sessionId: codev.sessions[0].id };
    const before = await codevSnapshot(codev.organizationId);
    session.userId = codev.p1.userId;
    expect(await caseActions.saveCaseAction(null, form({ ...ref, title: "Case", context: NUL, tried: "", question: "Question?", helpWanted: "" }))).toEqual(refused("context"));
    expect(await runActions.addActionItemAction(null, form({ ...ref, description: NUL, dueDate: "" }))).toEqual(refused("description"));
    session.userId = codev.facilitator.userId;
    expect(await caseActions.commentCaseAction(null, form({ ...ref, comment: NUL }))).toEqual(refused("comment"));
    expect(await runActions.addStepNoteAction(null, form({ ...ref, stepKey: "opening", body: NUL }))).toEqual(refused("body"));
    session.userId = codev.p2.userId;
    expect(await runActions.saveLearningAction(null, form({ ...ref, body: NUL }))).toEqual(refused("body"));
    expect(await feedbackActions.giveFeedbackAction(null, form({ ...ref, score: "4", comment: NUL }))).toEqual(refused("comment"));
    expect(await codevSnapshot(codev.organizationId)).toBe(before);
  });

  it("the manager and avoid searches answer with nothing instead of failing", async () => {
    session.userId = pairs.admin.userId;
    expect(await membersActions.searchManagersAction(`me\u0000`)).toEqual([]);
    expect(await profileActions.searchManagersAction(`me\u0000`)).toEqual([]);
  });
});

describe("authorizedAction's net", () => {
  it("refuses a control character in any posted field before the schema and the action run", async () => {
    session.userId = pairs.member.userId;
    const run = vi.fn(async () => undefined);
    // A schema that forgot lib/validation/text.ts.
    const action = authorizedAction(z.object({ title: z.string(), tags: z.array(z.string()) }), "profile.editOwn", run);
    expect(await action(null, form({ title: "fine", "tags[]": ["ok", "b\u0007ad"] }))).toEqual(refused("tags"));
    expect(await action(null, form({ title: "line\nbreak\tand tab", "tags[]": ["ok"] }))).toEqual({ ok: true });
    expect(run).toHaveBeenCalledTimes(1);
  });
});
