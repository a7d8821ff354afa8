import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { meetings, mentoringGoals } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { closeProducer } from "@/lib/jobs/boss";
import { addDays } from "@/lib/scheduling/time/local-date";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { testSession } from "@/lib/testing/request-mocks";
import { addClosingReflection, answerFitCheck } from "./check-ins";
import { endMatch } from "./end-match";
import { requestRematch } from "./rematch";
import { planFirstMeeting } from "./first-meeting";
import { createGoal, updateGoal } from "./goals";
import { addNote } from "./notes";
import { getPairView } from "./queries";
import { createPairWorld, pairSnapshot, type PairTestPerson, type PairWorld, type TestPair } from "./test-fixtures";

// The pair's actions as a crafted POST calls them (tests/authorization.test.ts lists them as covered here):
// only the Auth.js session lookup and Next's request APIs are replaced; roles and pairs come from the database.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
const actions = await import("@/app/(app)/matches/[id]/actions");

let world: PairWorld;
let pair: TestPair;
let goalId: string;
let slot: string;
let otherPairsMentor: PairTestPerson;
const dueDate = () => addDays(toZoned(new Date(), "Europe/Amsterdam").date, 20);

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const goalFields = () => ({ matchId: pair.matchId, specific: "Lead the Q3 planning", measurable: "Plan approved", achievable: "Did Q2", relevant: "Team growth", dueDate: dueDate(), status: "onTrack", progress: "20" });

/** Every action of the pair's page, aimed at the pair made in beforeAll. */
function calls() {
  return {
    createGoal: () => actions.createGoalAction(null, form(goalFields())),
    updateGoal: () => actions.updateGoalAction(null, form({ ...goalFields(), goalId, progress: "90" })),
    addNote: () => actions.addNoteAction(null, form({ matchId: pair.matchId, body: "Taken over" })),
    planFirstMeeting: () => actions.planFirstMeetingAction(null, form({ matchId: pair.matchId, startsAt: slot })),
    answerFitCheck: () => actions.answerFitCheckAction(null, form({ matchId: pair.matchId, answer: "newMatch", text: "" })),
    addClosingReflection: () => actions.addClosingReflectionAction(null, form({ matchId: pair.matchId, text: "Taken over" })),
    endMatch: () => actions.endMatchAction(null, form({ matchId: pair.matchId, confirm: "yes", text: "" })),
    requestRematch: () => actions.requestRematchAction(null, form({ matchId: pair.matchId, confirm: "yes" })),
  };
}

/** The same, straight on the data layer with someone's scope. */
function libCalls(scope: MemberScope) {
  const matchId = pair.matchId;
  return {
    read: () => getPairView(scope, matchId),
    createGoal: () => createGoal(scope, { ...goalFields(), status: "onTrack", progress: 20 }),
    updateGoal: () => updateGoal(scope, { ...goalFields(), status: "onTrack", progress: 90, goalId }),
    addNote: () => addNote(scope, { matchId, body: "Taken over" }),
    planFirstMeeting: () => planFirstMeeting(scope, { matchId, startsAt: slot }),
    answerFitCheck: () => answerFitCheck(scope, { matchId, answer: "newMatch", text: null }),
    addClosingReflection: () => addClosingReflection(scope, { matchId, text: "Taken over" }),
    endMatch: () => endMatch(scope, { matchId, confirm: "yes", text: null }),
    requestRematch: () => requestRematch(scope, { matchId, confirm: "yes" }),
  };
}

const snapshot = () => pairSnapshot(world.organizationId, pair.matchId, pair.mentorEnrolmentId);

beforeAll(async () => {
  world = await createPairWorld();
  pair = await world.makePair();
  otherPairsMentor = (await world.makePair()).mentor;
  const created = await createGoal(pair.mentor.scope, { ...goalFields(), status: "notStarted", progress: 0 });
  goalId = created.ok ? created.goalId : "";
  [slot] = (await getPairView(pair.mentor.scope, pair.matchId)).slots;
});
beforeEach(() => {
  session.userId = null;
});
afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("only the two people of the pair reach its space", () => {
  it("refuses a signed-out request every action; nothing changes", async () => {
    const before = await snapshot();
    for (const call of Object.values(calls())) expect(await call()).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await snapshot()).toBe(before);
  });

  for (const who of ["member", "admin", "otherPairsMentor", "outsider"] as const) {
    it(`refuses ${who} every read and every action with not_found; nothing changes`, async () => {
      const person = who === "otherPairsMentor" ? otherPairsMentor : world[who];
      const before = await snapshot();
      session.userId = person.userId;
      for (const [name, call] of Object.entries(calls())) expect([name, await call()]).toEqual([name, { ok: false, error: "not_found" }]);
      for (const [name, call] of Object.entries(libCalls(person.scope))) await expect(call(), name).rejects.toMatchObject({ code: "not_found" });
      expect(await snapshot()).toBe(before);
    });
  }

  it("refuses someone of another organisation who puts the pair's organisation in their scope", async () => {
    const before = await snapshot();
    const forged = { ...world.outsider.scope, organizationId: world.organizationId };
    for (const [name, call] of Object.entries(libCalls(forged))) await expect(call(), name).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot()).toBe(before);
  });

  it("does not let one pair edit another pair's goal through its own match", async () => {
    const mine = await world.makePair();
    const before = await snapshot();
    await expect(updateGoal(mine.mentor.scope, { ...goalFields(), matchId: mine.matchId, status: "done", progress: 100, goalId })).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot()).toBe(before);
  });

  it("answers a malformed id as not found", async () => {
    await expect(getPairView(pair.mentor.scope, "not-a-uuid")).rejects.toMatchObject({ code: "not_found" });
    session.userId = pair.mentor.userId;
    expect(await actions.addNoteAction(null, form({ matchId: "not-a-uuid", body: "x" }))).toMatchObject({ ok: false, fieldErrors: { matchId: "not_found" } });
  });
});

describe("the pair's own actions", () => {
  it("show field errors per field", async () => {
    session.userId = pair.mentee.userId;
    expect(await actions.createGoalAction(null, form({ ...goalFields(), specific: "  ", progress: "150", dueDate: "2026-13-40", status: "maybe" }))).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { specific: "required", progress: "progress", dueDate: "dueDate", status: "invalidOption" },
    });
    expect(await actions.createGoalAction(null, form({ ...goalFields(), dueDate: "2001-01-01" }))).toMatchObject({ ok: false, fieldErrors: { dueDate: "dueDateInPast" } });
    expect(await actions.addNoteAction(null, form({ matchId: pair.matchId, body: "x".repeat(4001) }))).toMatchObject({ ok: false, fieldErrors: { body: "tooLong" } });
    expect(await actions.endMatchAction(null, form({ matchId: pair.matchId, text: "" }))).toMatchObject({ ok: false, fieldErrors: { confirm: "confirmEnd" } });
    expect(await actions.answerFitCheckAction(null, form({ matchId: pair.matchId, text: "" }))).toMatchObject({ ok: false, fieldErrors: { answer: "invalidOption" } });
  });

  it("work for either person, from goals to the end", async () => {
    session.userId = pair.mentee.userId;
    expect(await actions.updateGoalAction(null, form({ ...goalFields(), goalId, progress: "60" }))).toEqual({ ok: true });
    expect((await getDb().select().from(mentoringGoals).where(eq(mentoringGoals.id, goalId)))[0]).toMatchObject({ progress: 60, status: "onTrack" });
    expect(await actions.addNoteAction(null, form({ matchId: pair.matchId, body: "From the mentee" }))).toEqual({ ok: true });
    expect(await actions.answerFitCheckAction(null, form({ matchId: pair.matchId, answer: "goodFit", text: "" }))).toMatchObject({ ok: false, error: "pair.errors.fitCheckNotYet" });

    session.userId = pair.mentor.userId;
    expect(await actions.createGoalAction(null, form(goalFields()))).toEqual({ ok: true });
    expect(await actions.planFirstMeetingAction(null, form({ matchId: pair.matchId, startsAt: slot }))).toEqual({ ok: true });
    session.userId = pair.mentee.userId;
    expect(await actions.planFirstMeetingAction(null, form({ matchId: pair.matchId, startsAt: slot }))).toMatchObject({ ok: false, error: "pair.errors.alreadyPlanned" });

    const meeting = (await getPairView(pair.mentee.scope, pair.matchId)).meeting!;
    await getDb().update(meetings).set({ startsAt: sql`now() - interval '5 minutes'` }).where(eq(meetings.id, meeting.id));
    expect(await actions.answerFitCheckAction(null, form({ matchId: pair.matchId, answer: "goodFit", text: "" }))).toEqual({ ok: true });
    expect(await actions.answerFitCheckAction(null, form({ matchId: pair.matchId, answer: "newMatch", text: "" }))).toMatchObject({ ok: false, error: "pair.errors.alreadyAnswered" });

    session.userId = pair.mentor.userId;
    expect(await actions.endMatchAction(null, form({ matchId: pair.matchId, confirm: "yes", text: "" }))).toEqual({ ok: true });
    expect(await actions.endMatchAction(null, form({ matchId: pair.matchId, confirm: "yes", text: "" }))).toMatchObject({ ok: false, error: "pair.errors.ended" });
    session.userId = pair.mentee.userId;
    expect(await actions.addClosingReflectionAction(null, form({ matchId: pair.matchId, text: "Thanks!" }))).toEqual({ ok: true });
    expect(await actions.addNoteAction(null, form({ matchId: pair.matchId, body: "After the end" }))).toMatchObject({ ok: false, error: "pair.errors.ended" });
  });
});
