import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { codevRunnerStates, meetingParticipants, meetings } from "@/db/schema";
import { setClockOffset } from "@/lib/clock";
import { closeProducer } from "@/lib/jobs/boss";
import { renderedEmails } from "@/lib/scheduling/test-fixtures";
import { addActionItem, removeActionItem, setActionItemDone } from "./actions";
import { getFeedbackView, giveFeedback } from "./feedback";
import { saveLearning } from "./learnings";
import { finishSession, moveStep, pauseSession, resumeSession, startSession } from "./runner";
import { stepTimer } from "@/lib/scheduling/time/runner-clock";
import { recordAttendance } from "./runner-attendance";
import { addStepNote } from "./runner-notes";
import { getRunnerView } from "./runner-view";
import { createCodevWorld, type CodevWorld } from "./session-fixtures";

const MIN = 60_000;
let world: CodevWorld;
const ref = (i = 0) => ({ groupId: world.groupId, sessionId: world.sessions[i].id });

/** The step's time left as the page would count it, `at` the view's server time. */
async function timerOf(who: CodevWorld["p1"]) {
  const view = await getRunnerView(who.scope, ref());
  const step = view.method.steps[view.state!.clock.stepIndex];
  return { index: view.state!.clock.stepIndex, paused: view.state!.clock.pausedAt !== null, ...stepTimer(view.state!.clock, step.minutes, view.serverNow) };
}

beforeAll(async () => {
  // The first session starts in an hour: the runner works before, during and after its planned time.
  world = await createCodevWorld({ firstSessionAt: new Date(Date.now() + 60 * MIN) });
});

afterEach(() => setClockOffset(0));

afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("the session runner", () => {
  it("shows the method's steps before it starts; the facilitator starts it at the first step, for everyone", async () => {
    const before = await getRunnerView(world.p2.scope, ref());
    expect(before.state).toBeNull();
    expect(before.method.steps.map((s) => s.key)).toEqual(["opening", "presentation", "clarifying", "request", "consultation", "synthesis", "learning"]);
    expect(before.attendance).toEqual([]);

    await expect(startSession(world.p2.scope, ref())).rejects.toMatchObject({ code: "forbidden" });
    await startSession(world.facilitator.scope, ref());
    await startSession(world.facilitator.scope, ref()); // a second press changes nothing
    expect(await timerOf(world.p2)).toMatchObject({ index: 0, paused: false, overtime: false });
  });

  it("counts a step down on the stored clock, leaves pauses out and goes into overtime without moving on", async () => {
    const [state] = await getDb().select().from(codevRunnerStates).where(eq(codevRunnerStates.sessionId, world.sessions[0].id));
    const startedAt = state.clock.stepStartedAt;
    const at = (ms: number) => setClockOffset(startedAt + ms - Date.now());

    at(3 * MIN);
    expect((await timerOf(world.p3)).remainingMs).toBeCloseTo(2 * MIN, -3);
    await pauseSession(world.facilitator.scope, ref());
    at(10 * MIN);
    expect(await timerOf(world.p3)).toMatchObject({ paused: true, overtime: false });
    expect((await timerOf(world.p3)).remainingMs).toBeCloseTo(2 * MIN, -3);
    await resumeSession(world.facilitator.scope, ref());
    at(13 * MIN);
    expect(await timerOf(world.p3)).toMatchObject({ index: 0, overtime: true });
    await expect(pauseSession(world.p3.scope, ref())).rejects.toMatchObject({ code: "forbidden" });
  });

  it("moves next and back from the step the screen showed, so that a double press moves one step", async () => {
    await moveStep(world.facilitator.scope, { ...ref(), direction: "next", fromStep: 0 });
    await moveStep(world.facilitator.scope, { ...ref(), direction: "next", fromStep: 0 });
    expect((await timerOf(world.p1)).index).toBe(1);
    await moveStep(world.facilitator.scope, { ...ref(), direction: "back", fromStep: 1 });
    expect((await timerOf(world.p1)).index).toBe(0);
    await expect(moveStep(world.p1.scope, { ...ref(), direction: "next", fromStep: 0 })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("keeps attendance for the group's members only, by whoever runs the session", async () => {
    const entries = [
      { membershipId: world.p1.membershipId, attendance: "attended" as const },
      { membershipId: world.p2.membershipId, attendance: "attended" as const },
      { membershipId: world.p3.membershipId, attendance: "excused" as const },
    ];
    await recordAttendance(world.facilitator.scope, { ...ref(), entries });
    const view = await getRunnerView(world.facilitator.scope, ref());
    expect(Object.fromEntries(view.attendance.map((p) => [p.membershipId, p.attendance]))).toEqual({
      [world.facilitator.membershipId]: "invited",
      [world.p1.membershipId]: "attended",
      [world.p2.membershipId]: "attended",
      [world.p3.membershipId]: "excused",
    });
    await expect(recordAttendance(world.p1.scope, { ...ref(), entries })).rejects.toMatchObject({ code: "forbidden" });
    await expect(recordAttendance(world.facilitator.scope, { ...ref(), entries: [{ membershipId: world.otherGroupMember.membershipId, attendance: "attended" }] })).rejects.toMatchObject({
      code: "not_found",
    });
    const [row] = await getDb()
      .select()
      .from(meetingParticipants)
      .where(and(eq(meetingParticipants.sessionId, world.sessions[0].id), eq(meetingParticipants.membershipId, world.otherGroupMember.membershipId)));
    expect(row).toBeUndefined();
  });

  it("lets the presenter record the action plan, everyone their learning, and the facilitator and presenter notes per step", async () => {
    await addActionItem(world.p1.scope, { ...ref(), description: "Talk to each team member this week", dueDate: "2030-02-01" });
    await addActionItem(world.p1.scope, { ...ref(), description: "Drop this one", dueDate: null });
    await expect(addActionItem(world.p2.scope, { ...ref(), description: "Not mine to add", dueDate: null })).rejects.toMatchObject({ code: "forbidden" });
    let view = await getRunnerView(world.p2.scope, ref());
    expect(view.actions.map((a) => [a.description, a.dueDate, a.mine])).toEqual([
      ["Talk to each team member this week", "2030-02-01", false],
      ["Drop this one", null, false],
    ]);
    await expect(removeActionItem(world.p2.scope, { ...ref(), actionId: view.actions[1].id })).rejects.toMatchObject({ code: "not_found" });
    await removeActionItem(world.p1.scope, { ...ref(), actionId: view.actions[1].id });

    await saveLearning(world.p2.scope, { ...ref(), body: "Ask before advising." });
    await saveLearning(world.p2.scope, { ...ref(), body: "Ask before advising, always." });
    await saveLearning(world.p1.scope, { ...ref(), body: "My team needs time." });

    await addStepNote(world.facilitator.scope, { ...ref(), stepKey: "consultation", body: "Idea: a team day" });
    await addStepNote(world.p1.scope, { ...ref(), stepKey: "consultation", body: "Ask HR" });
    await expect(addStepNote(world.p2.scope, { ...ref(), stepKey: "consultation", body: "x" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(addStepNote(world.facilitator.scope, { ...ref(), stepKey: "nope", body: "x" })).rejects.toMatchObject({ code: "invalid" });

    view = await getRunnerView(world.p2.scope, ref());
    expect(view.actions.map((a) => a.description)).toEqual(["Talk to each team member this week"]);
    expect(view.learnings.map((l) => [l.body, l.mine]).sort()).toEqual(
      [
        ["Ask before advising, always.", true],
        ["My team needs time.", false],
      ].sort(),
    );
    expect(view.stepNotes.map((n) => n.body)).toEqual(["Idea: a team day", "Ask HR"]);
  });

  it("finishes: the session counts as held, the runner stops and the participants who came are asked for feedback", async () => {
    await expect(giveFeedback(world.p2.scope, { ...ref(), score: 4, comment: null })).rejects.toMatchObject({ messageKey: "codevSessions.errors.feedback.notYet" });
    await finishSession(world.facilitator.scope, ref());
    await finishSession(world.facilitator.scope, ref());
    const [session] = await getDb().select().from(meetings).where(eq(meetings.id, world.sessions[0].id));
    expect(session.status).toBe("held");
    await expect(moveStep(world.facilitator.scope, { ...ref(), direction: "next", fromStep: 0 })).rejects.toMatchObject({ messageKey: "codevSessions.errors.finished" });
    expect((await getRunnerView(world.p2.scope, ref())).state?.finished).toBe(true);

    const emails = await renderedEmails(world.organizationId, "codev-feedback");
    expect(emails.map((e) => e.to).sort()).toEqual([world.facilitator.email, world.p1.email, world.p2.email].sort());
    expect(emails.find((e) => e.to === world.p2.email)?.text).toContain(`/groups/${world.groupId}/sessions/${world.sessions[0].id}/feedback`);
  });

  it("takes feedback once per person; only the facilitator reads the answers", async () => {
    await giveFeedback(world.p2.scope, { ...ref(), score: 4, comment: "Useful" });
    await expect(giveFeedback(world.p2.scope, { ...ref(), score: 1, comment: null })).rejects.toMatchObject({ messageKey: "codevSessions.errors.feedback.given" });
    await expect(giveFeedback(world.p3.scope, { ...ref(), score: 5, comment: null })).rejects.toMatchObject({ messageKey: "codevSessions.errors.feedback.notAttended" });
    await giveFeedback(world.p1.scope, { ...ref(), score: 5, comment: null });

    expect(await getFeedbackView(world.p2.scope, ref())).toMatchObject({ mine: { score: 4, comment: "Useful" }, answers: null, closedReason: null });
    expect((await getFeedbackView(world.p1.scope, ref())).answers).toBeNull();
    const facilitatorView = await getFeedbackView(world.facilitator.scope, ref());
    expect(facilitatorView.answers).toMatchObject({ average: 4.5, memberCount: 2 });
    expect(facilitatorView.answers?.list.map((a) => [a.name, a.score, a.comment]).sort()).toEqual(
      [
        [world.p1.name, 5, null],
        [world.p2.name, 4, "Useful"],
      ].sort(),
    );
  });

  it("opens the next session with the previous presenter's actions, which their owner ticks off", async () => {
    const next = { groupId: world.groupId, sessionId: world.sessions[1].id };
    let view = await getRunnerView(world.p3.scope, next);
    expect(view.method.steps[0].showsPreviousActions).toBe(true);
    expect(view.previous?.sessionId).toBe(world.sessions[0].id);
    expect(view.previous?.actions.map((a) => [a.description, a.ownerName, a.done])).toEqual([["Talk to each team member this week", world.p1.name, false]]);
    const actionId = view.previous!.actions[0].id;
    await expect(setActionItemDone(world.p3.scope, { ...ref(0), actionId, done: "yes" })).rejects.toMatchObject({ code: "not_found" });
    await setActionItemDone(world.p1.scope, { ...ref(0), actionId, done: "yes" });
    view = await getRunnerView(world.p3.scope, next);
    expect(view.previous?.actions[0].done).toBe(true);
  });

  it("when facilitation rotates, any member runs the session", async () => {
    const rotating = await createCodevWorld({ facilitatorMode: "rotating" });
    const r = { groupId: rotating.groupId, sessionId: rotating.sessions[0].id };
    await startSession(rotating.p2.scope, r);
    await moveStep(rotating.p3.scope, { ...r, direction: "next", fromStep: 0 });
    expect((await getRunnerView(rotating.p1.scope, r)).state?.clock.stepIndex).toBe(1);
    // No member reads the single answers with names; the group's view without names is in rotating-feedback.test.ts.
    expect((await getFeedbackView(rotating.p2.scope, r)).answers).toBeNull();
  });
});
