import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db/client";
import type { MemberScope } from "@/lib/auth/actor";
import { closeProducer } from "@/lib/jobs/boss";
import { testSession } from "@/lib/testing/request-mocks";
import { addActionItem, removeActionItem, setActionItemDone } from "./actions";
import { commentCase, getCaseView, markCaseReady, saveCase } from "./cases";
import { getFeedbackView, giveFeedback } from "./feedback";
import { saveLearning } from "./learnings";
import { finishSession, moveStep, pauseSession, resumeSession, startSession } from "./runner";
import { recordAttendance } from "./runner-attendance";
import { addStepNote } from "./runner-notes";
import { getRunnerView } from "./runner-view";
import { codevSnapshot, createCodevWorld, type CodevPerson, type CodevWorld } from "./session-fixtures";

// Confidentiality, tried for real (issue 6): the session pages' actions as a crafted POST calls them (only
// the Auth.js session lookup and Next's request APIs are replaced; tests/authorization.test.ts lists them
// as covered here), and the data layer straight with someone's scope. Everyone outside the group — an admin
// of the organisation, a member of another group, someone of another organisation — gets not_found.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
const caseActions = await import("@/app/(app)/groups/[id]/sessions/[sessionId]/case/actions");
const runActions = await import("@/app/(app)/groups/[id]/sessions/[sessionId]/run/actions");
const feedbackActions = await import("@/app/(app)/groups/[id]/sessions/[sessionId]/feedback/actions");

const CASE = { title: "Confidential title 51e0", context: "Context", tried: "", question: "Confidential question 3d9a?", helpWanted: "" };
let world: CodevWorld;
let actionId: string;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const refFields = () => ({ groupId: world.groupId, sessionId: world.sessions[0].id });

/** Every action of the session pages, with input aimed at group 1's first session. */
function calls() {
  const ref = refFields();
  return {
    saveCase: () => caseActions.saveCaseAction(null, form({ ...ref, ...CASE, title: "Taken over" })),
    commentCase: () => caseActions.commentCaseAction(null, form({ ...ref, comment: "Taken over" })),
    markCaseReady: () => caseActions.markCaseReadyAction(null, form(ref)),
    startRunner: () => runActions.startRunnerAction(null, form(ref)),
    moveStep: () => runActions.moveStepAction(null, form({ ...ref, direction: "next", fromStep: "0" })),
    pauseRunner: () => runActions.pauseRunnerAction(null, form(ref)),
    resumeRunner: () => runActions.resumeRunnerAction(null, form(ref)),
    finishRunner: () => runActions.finishRunnerAction(null, form(ref)),
    recordAttendance: () => runActions.recordGroupAttendanceAction(null, form({ ...ref, [`attendance:${world.p1.membershipId}`]: "absent" })),
    addStepNote: () => runActions.addStepNoteAction(null, form({ ...ref, stepKey: "consultation", body: "Taken over" })),
    addActionItem: () => runActions.addActionItemAction(null, form({ ...ref, description: "Taken over", dueDate: "" })),
    removeActionItem: () => runActions.removeActionItemAction(null, form({ ...ref, actionId })),
    setActionItemDone: () => runActions.setActionItemDoneAction(null, form({ ...ref, actionId, done: "yes" })),
    saveLearning: () => runActions.saveLearningAction(null, form({ ...ref, body: "Taken over" })),
    giveFeedback: () => feedbackActions.giveFeedbackAction(null, form({ ...ref, score: "1", comment: "" })),
  };
}

/** The same, straight on the data layer, reads included. */
function libCalls(scope: MemberScope) {
  const ref = refFields();
  return {
    readCase: () => getCaseView(scope, ref),
    readRunner: () => getRunnerView(scope, ref),
    readFeedback: () => getFeedbackView(scope, ref),
    saveCase: () => saveCase(scope, { ...ref, ...CASE }),
    commentCase: () => commentCase(scope, { ...ref, comment: "x" }),
    markCaseReady: () => markCaseReady(scope, ref),
    startRunner: () => startSession(scope, ref),
    moveStep: () => moveStep(scope, { ...ref, direction: "next", fromStep: 0 }),
    pauseRunner: () => pauseSession(scope, ref),
    resumeRunner: () => resumeSession(scope, ref),
    finishRunner: () => finishSession(scope, ref),
    recordAttendance: () => recordAttendance(scope, { ...ref, entries: [{ membershipId: world.p1.membershipId, attendance: "absent" }] }),
    addStepNote: () => addStepNote(scope, { ...ref, stepKey: "consultation", body: "x" }),
    addActionItem: () => addActionItem(scope, { ...ref, description: "x", dueDate: null }),
    removeActionItem: () => removeActionItem(scope, { ...ref, actionId }),
    setActionItemDone: () => setActionItemDone(scope, { ...ref, actionId, done: "yes" }),
    saveLearning: () => saveLearning(scope, { ...ref, body: "x" }),
    giveFeedback: () => giveFeedback(scope, { ...ref, score: 1, comment: null }),
  };
}

const snapshot = () => codevSnapshot(world.organizationId);

beforeAll(async () => {
  world = await createCodevWorld();
  await saveCase(world.p1.scope, { ...refFields(), ...CASE });
  await markCaseReady(world.facilitator.scope, refFields());
  await startSession(world.facilitator.scope, refFields());
  await addActionItem(world.p1.scope, { ...refFields(), description: "Confidential action", dueDate: null });
  await saveLearning(world.p2.scope, { ...refFields(), body: "Confidential learning" });
  await addStepNote(world.facilitator.scope, { ...refFields(), stepKey: "opening", body: "Confidential note" });
  actionId = (await getRunnerView(world.p1.scope, refFields())).actions[0].id;
});

beforeEach(() => {
  session.userId = null;
});

afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("only the group reaches a session's case, runner, notes, actions, learning and feedback", () => {
  it("refuses a signed-out request every action; nothing changes", async () => {
    const before = await snapshot();
    for (const [name, call] of Object.entries(calls())) expect([name, await call()]).toEqual([name, { ok: false, error: "unauthenticated" }]);
    expect(await snapshot()).toBe(before);
  });

  for (const who of ["admin", "otherGroupMember", "outsider"] as const) {
    it(`refuses ${who} every read and every action with not_found; nothing changes`, async () => {
      const person: CodevPerson = world[who];
      const before = await snapshot();
      session.userId = person.userId;
      for (const [name, call] of Object.entries(calls())) expect([name, await call()]).toEqual([name, { ok: false, error: "not_found" }]);
      for (const [name, call] of Object.entries(libCalls(person.scope))) await expect(call(), name).rejects.toMatchObject({ code: "not_found" });
      expect(await snapshot()).toBe(before);
    });
  }

  it("refuses someone of another organisation who puts the group's organisation in their scope", async () => {
    const before = await snapshot();
    const forged = { ...world.outsider.scope, organizationId: world.organizationId };
    for (const [name, call] of Object.entries(libCalls(forged))) await expect(call(), name).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot()).toBe(before);
  });

  it("refuses a session of another group through this group's id, and a malformed id", async () => {
    const before = await snapshot();
    const crossed = { groupId: world.groupId, sessionId: world.otherSession.id };
    await expect(getCaseView(world.p1.scope, crossed)).rejects.toMatchObject({ code: "not_found" });
    await expect(getRunnerView(world.facilitator.scope, crossed)).rejects.toMatchObject({ code: "not_found" });
    await expect(startSession(world.facilitator.scope, crossed)).rejects.toMatchObject({ code: "not_found" });
    await expect(getCaseView(world.p1.scope, { groupId: "nope", sessionId: world.sessions[0].id })).rejects.toMatchObject({ code: "not_found" });
    session.userId = world.p1.userId;
    expect(await caseActions.saveCaseAction(null, form({ ...CASE, groupId: world.groupId, sessionId: "not-a-uuid" }))).toMatchObject({ ok: false, fieldErrors: { sessionId: "not_found" } });
    expect(await snapshot()).toBe(before);
  });
});

describe("the group's own actions", () => {
  it("show field errors per field, with length limits", async () => {
    session.userId = world.p1.userId;
    const ref = refFields();
    expect(await caseActions.saveCaseAction(null, form({ ...ref, ...CASE, title: "  ", context: "x".repeat(3001), question: "" }))).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { title: "required", context: "tooLong", question: "required" },
    });
    expect(await runActions.addActionItemAction(null, form({ ...ref, description: "Do it", dueDate: "2026-13-40" }))).toMatchObject({ ok: false, fieldErrors: { dueDate: "dueDate" } });
    expect(await runActions.saveLearningAction(null, form({ ...ref, body: "x".repeat(1001) }))).toMatchObject({ ok: false, fieldErrors: { body: "tooLong" } });
    expect(await feedbackActions.giveFeedbackAction(null, form({ ...ref, score: "9", comment: "" }))).toMatchObject({ ok: false, fieldErrors: { score: "score" } });
  });

  it("work for the group: the presenter through the form, the facilitator running the steps, a participant's learning", async () => {
    const ref = refFields();
    session.userId = world.p1.userId;
    expect(await caseActions.saveCaseAction(null, form({ ...ref, ...CASE, tried: "Talking" }))).toEqual({ ok: true });
    expect(await caseActions.markCaseReadyAction(null, form(ref))).toEqual({ ok: false, error: "forbidden" });
    session.userId = world.facilitator.userId;
    expect(await runActions.moveStepAction(null, form({ ...ref, direction: "next", fromStep: "0" }))).toEqual({ ok: true });
    expect(await runActions.recordGroupAttendanceAction(null, form({ ...ref, [`attendance:${world.p1.membershipId}`]: "attended", [`attendance:${world.p2.membershipId}`]: "excused" }))).toEqual({
      ok: true,
    });
    expect(await runActions.finishRunnerAction(null, form(ref))).toEqual({ ok: true });
    session.userId = world.p3.userId;
    expect(await runActions.saveLearningAction(null, form({ ...ref, body: "Listen first" }))).toEqual({ ok: true });
    expect(await feedbackActions.giveFeedbackAction(null, form({ ...ref, score: "5", comment: "" }))).toEqual({ ok: true });
    session.userId = world.p2.userId;
    expect(await feedbackActions.giveFeedbackAction(null, form({ ...ref, score: "5", comment: "" }))).toEqual({ ok: false, error: "codevSessions.errors.feedback.notAttended" });
  });
});
