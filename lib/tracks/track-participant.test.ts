import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { conversations, enrolments, learningTrackReflections, learningTracks, programmes } from "@/db/schema";
import { builtInGuide } from "@/lib/conversations/core/built-in-guides";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { testSession } from "@/lib/testing/request-mocks";
import { getTrackForAdmin, removeTrackStep } from "./admin";
import { countTrackCompletion } from "./completion-counts";
import { getMyTrack, listMyTracks } from "./participant";
import { createTrackWorld, form, insertTrack, type TrackWorld } from "./test-fixtures";

// A participant's side of the learning track, through the actions a crafted request calls: who may complete
// which step, what counts as done (a mark, a reflection, a recorded attendance), and that a reflection is
// read by its writer only — not by another participant, not by an admin, not in the counts for insights.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));

const actions = await import("@/app/(app)/programmes/[id]/track/actions");

const SECRET = "My private reflection 7c1e: I avoid the hard conversations.";

let world: TrackWorld;
let steps: { reading: string; session: string; reflection: string; conversation: string; secondSession: string };

const mark = (stepId: string, done = "true", programmeId = world.programmeId) => actions.setTrackStepDoneAction(null, form({ programmeId, stepId, done }));
const reflect = (body: string, stepId = steps.reflection, programmeId = world.programmeId) => actions.saveTrackReflectionAction(null, form({ programmeId, stepId, body }));
const statusOf = async (person: TrackWorld["p1"]) => Object.fromEntries((await getMyTrack(person.scope, world.programmeId)).steps.map((s) => [s.kind === "session" ? `session${s.number}` : s.kind, s.progress.status]));

beforeAll(async () => {
  world = await createTrackWorld();
  const { stepIds } = await insertTrack(world.organizationId, world.programmeId, world.startsOn, [
    { kind: "reading", dueWeek: 1 },
    { kind: "session", dueWeek: 2 },
    { kind: "reflection", dueWeek: 3 },
    { kind: "conversation", guideKey: "career" },
    { kind: "session", dueWeek: 6 },
  ]);
  const [reading, session1, reflection, conversation, session2] = stepIds;
  steps = { reading, session: session1, reflection, conversation, secondSession: session2 };
});
beforeEach(() => {
  session.userId = null;
});
afterAll(() => closeDb());

describe("who completes a step", () => {
  it("refuses a signed-out request, a member not enrolled, another organisation's admin, a withdrawn participant and the group's facilitator, and changes nothing", async () => {
    const withdrawn = await world.add("withdrawn", "member", "en");
    await getDb().insert(enrolments).values({ organizationId: world.organizationId, programmeId: world.programmeId, membershipId: withdrawn.membershipId, role: "participant", status: "withdrawn" });
    const before = await world.snapshot();
    expect(await mark(steps.reading)).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await reflect(SECRET)).toMatchObject({ ok: false, error: "unauthenticated" });
    // The group's facilitator is enrolled to lead the sessions, not to walk the track.
    for (const person of [world.otherGroupMember, world.admin, world.outsider, withdrawn, world.facilitator]) {
      session.userId = person.userId;
      expect(await mark(steps.reading)).toMatchObject({ ok: false, error: "not_found" });
      expect(await reflect(SECRET)).toMatchObject({ ok: false, error: "not_found" });
      await expect(getMyTrack(person.scope, world.programmeId)).rejects.toMatchObject({ code: "not_found" });
    }
    expect(await world.snapshot()).toBe(before);
  });

  it("refuses bad input and steps that are not completed by hand, and writes nothing", async () => {
    session.userId = world.p1.userId;
    const before = await world.snapshot();
    expect(await reflect("   ")).toMatchObject({ ok: false, fieldErrors: { body: "reflectionRequired" } });
    expect(await reflect("x".repeat(4001))).toMatchObject({ ok: false, fieldErrors: { body: "tooLong" } });
    expect(await reflect("A bell\u0007 rings")).toMatchObject({ ok: false, fieldErrors: { body: "controlCharacters" } });
    expect(await mark(steps.reading, "maybe")).toMatchObject({ ok: false, fieldErrors: { done: "invalidOption" } });
    expect(await mark("not-a-uuid")).toMatchObject({ ok: false, error: "invalid" });
    expect(await mark(crypto.randomUUID())).toMatchObject({ ok: false, error: "not_found" });
    // A group session is ticked off by the attendance its facilitator records; a reflection by writing it.
    expect(await mark(steps.session)).toMatchObject({ ok: false, error: "automatic" });
    expect(await mark(steps.reflection)).toMatchObject({ ok: false, error: "writeReflection" });
    expect(await reflect(SECRET, steps.reading)).toMatchObject({ ok: false, error: "not_found" });
    expect(await world.snapshot()).toBe(before);
  });
});

describe("what counts as done", () => {
  it("a reading is marked read, and unmarked again", async () => {
    session.userId = world.p1.userId;
    expect(await mark(steps.reading)).toMatchObject({ ok: true, message: "markedDone" });
    expect(await mark(steps.reading)).toMatchObject({ ok: true });
    expect((await statusOf(world.p1)).reading).toBe("done");
    expect(await mark(steps.reading, "false")).toMatchObject({ ok: true, message: "markedOpen" });
    expect((await statusOf(world.p1)).reading).not.toBe("done");
    expect(await mark(steps.reading)).toMatchObject({ ok: true });
  });

  it("a group session is done by a recorded attendance after the track began: absent is not, a session before the start is not", async () => {
    await world.recordAttendance(0, world.p2, "absent");
    await world.recordAttendance(0, world.p1, "attended");
    expect((await statusOf(world.p2)).session2).not.toBe("done");
    const p1 = await getMyTrack(world.p1.scope, world.programmeId);
    expect(p1.steps.find((s) => s.id === steps.session)?.progress).toMatchObject({ status: "done", doneAt: world.sessions[0].startsAt, completion: "automatic" });
    // The second session step waits for a second session.
    expect(p1.steps.find((s) => s.id === steps.secondSession)?.progress.status).not.toBe("done");
    // The same attendance, with the track starting the day after that session, counts for nothing.
    const dayAfter = toZoned(new Date(world.sessions[0].startsAt.getTime() + 86_400_000), "Europe/Amsterdam").date;
    await getDb().update(learningTracks).set({ startsOn: dayAfter }).where(eq(learningTracks.programmeId, world.programmeId));
    expect((await statusOf(world.p1)).session2).not.toBe("done");
    await getDb().update(learningTracks).set({ startsOn: world.startsOn }).where(eq(learningTracks.programmeId, world.programmeId));
    expect((await statusOf(world.p1)).session2).toBe("done");
  });

  it("in a mentoring programme a session step is the participant's to mark", async () => {
    const programmeId = await world.mentoringProgramme();
    const { stepIds } = await insertTrack(world.organizationId, programmeId, world.startsOn, [{ kind: "session", dueWeek: 2 }]);
    session.userId = world.p1.userId;
    expect(await mark(stepIds[0], "true", programmeId)).toMatchObject({ ok: true });
    const track = await getMyTrack(world.p1.scope, programmeId);
    expect(track.steps[0].progress).toMatchObject({ status: "done", completion: "mark" });
    expect(track.progress).toMatchObject({ done: 1, total: 1, complete: true, nextStepId: null });
  });

  it("a conversation step is done once the participant closed a conversation with that guide, as either person; one before the track began does not count", async () => {
    const guide = builtInGuide("career")!;
    const held = (lead: string, partner: string, closedAt: Date) => ({
      organizationId: world.organizationId, context: "team" as const, leadMembershipId: lead, partnerMembershipId: partner, guideKey: "career", guideKind: guide.kind, guide,
      status: "closed" as const, clock: { stepIndex: 0, stepStartedAt: 0, pausedAt: null, pausedMs: 0 }, startedAt: closedAt, closedAt,
    });
    const start = Date.parse(`${world.startsOn}T00:00:00Z`);
    const before = new Date(start - 3 * 86_400_000);
    // p3 held one before the track began: not done. p2 was the other person of one since: done.
    await getDb().insert(conversations).values([held(world.p3.membershipId, world.p1.membershipId, before), held(world.p1.membershipId, world.p2.membershipId, new Date(start + 86_400_000))]);
    const stepOf = async (person: TrackWorld["p1"]) => (await getMyTrack(person.scope, world.programmeId)).steps.find((s) => s.id === steps.conversation)!;
    expect((await stepOf(world.p2)).progress).toMatchObject({ status: "done", marked: false });
    // Without a tick there is nothing to take back: refused with its reason, and the step stays done.
    session.userId = world.p2.userId;
    expect(await mark(steps.conversation, "false")).toMatchObject({ ok: false, error: "notMarked" });
    expect((await stepOf(world.p2)).progress.status).toBe("done");
    expect((await stepOf(world.p3)).progress.status).not.toBe("done");
    await getDb().delete(conversations).where(eq(conversations.organizationId, world.organizationId));
  });

  it("a conversation is marked done by the participant", async () => {
    session.userId = world.p1.userId;
    expect(await mark(steps.conversation)).toMatchObject({ ok: true });
    const track = await getMyTrack(world.p1.scope, world.programmeId);
    expect(track.steps.find((s) => s.id === steps.conversation)).toMatchObject({ guideName: { en: "Career conversation" }, progress: { status: "done", completion: "mark" } });
  });
});

describe("a reflection", () => {
  it("is done once written, and only its writer reads it: not another participant, not an admin, not the counts", async () => {
    session.userId = world.p1.userId;
    expect(await reflect(`${SECRET}\r\nSecond line.`)).toMatchObject({ ok: true, message: "reflectionSaved" });
    expect(await reflect(`${SECRET}\nSecond line, rewritten.`)).toMatchObject({ ok: true });
    const mine = await getMyTrack(world.p1.scope, world.programmeId);
    expect(mine.steps.find((s) => s.id === steps.reflection)).toMatchObject({ reflection: `${SECRET}\nSecond line, rewritten.`, progress: { status: "done", completion: "reflection" } });
    const rows = await getDb().select().from(learningTrackReflections).where(eq(learningTrackReflections.stepId, steps.reflection));
    expect(rows).toHaveLength(1);

    const theirs = await getMyTrack(world.p2.scope, world.programmeId);
    expect(theirs.steps.find((s) => s.id === steps.reflection)).toMatchObject({ reflection: null, progress: { status: expect.not.stringMatching(/^done$/) } });
    expect(JSON.stringify(theirs)).not.toContain("7c1e");
    expect(JSON.stringify(await getTrackForAdmin(world.admin.scope, world.programmeId))).not.toContain("7c1e");
    const counts = await countTrackCompletion(world.admin.scope, world.programmeId);
    expect(JSON.stringify(counts)).not.toContain("7c1e");
    expect(counts?.steps.find((s) => s.stepId === steps.reflection)?.done).toBe(1);
  });

  it("stays its writer's when the admin removes its step", async () => {
    const mentoringId = await world.mentoringProgramme();
    const { stepIds } = await insertTrack(world.organizationId, mentoringId, world.startsOn, [{ kind: "reflection" }, { kind: "reading" }]);
    session.userId = world.p1.userId;
    expect(await reflect("Kept 51ab", stepIds[0], mentoringId)).toMatchObject({ ok: true });
    await removeTrackStep(world.admin.scope, { programmeId: mentoringId, stepId: stepIds[0] });
    const track = await getMyTrack(world.p1.scope, mentoringId);
    expect(track.steps.map((s) => s.kind)).toEqual(["reading"]);
    expect(track.keptReflections).toEqual([{ stepId: stepIds[0], title: { nl: "Stap 1", en: "Step 1" }, body: "Kept 51ab" }]);
    expect(await reflect("Rewritten", stepIds[0], mentoringId)).toMatchObject({ ok: false, error: "not_found" });
  });
});

describe("the dashboard and the counts", () => {
  it("shows each participant their progress and next step", async () => {
    const [p1] = (await listMyTracks(world.p1.scope)).filter((t) => t.programmeId === world.programmeId);
    // Reading, first session, reflection and conversation done; the second session is next.
    expect(p1).toMatchObject({ done: 4, total: 5, complete: false, next: { title: { en: "Step 5" } } });
    const [p3] = await listMyTracks(world.p3.scope);
    expect(p3).toMatchObject({ programmeId: world.programmeId, done: 0, total: 5, next: { title: { en: "Step 1" } } });
    expect(await listMyTracks(world.otherGroupMember.scope)).toEqual([]);
  });

  it("counts per step for admins only, by the same rules, never across organisations", async () => {
    const counts = await countTrackCompletion(world.admin.scope, world.programmeId);
    // p1, p2 and p3 walk the track; the facilitator's enrolment does not count.
    expect(counts).toMatchObject({ participants: 3 });
    expect(counts?.steps.map((s) => [s.kind, s.done])).toEqual([
      ["reading", 1],
      ["session", 1],
      ["reflection", 1],
      ["conversation", 1],
      ["session", 0],
    ]);
    await expect(countTrackCompletion(world.p1.scope, world.programmeId)).rejects.toMatchObject({ code: "forbidden" });
    await expect(countTrackCompletion(world.outsider.scope, world.programmeId)).rejects.toMatchObject({ code: "not_found" });
  });

  it("an archived programme's track is shown but not worked on", async () => {
    await getDb().update(programmes).set({ status: "closed" }).where(eq(programmes.id, world.programmeId));
    session.userId = world.p3.userId;
    const before = await world.snapshot();
    expect(await mark(steps.reading)).toMatchObject({ ok: false, error: "archived" });
    expect(await reflect("Too late")).toMatchObject({ ok: false, error: "archived" });
    expect(await world.snapshot()).toBe(before);
    expect((await getMyTrack(world.p3.scope, world.programmeId)).writable).toBe(false);
    expect(await listMyTracks(world.p3.scope)).toEqual([]);
    await getDb().update(programmes).set({ status: "running" }).where(eq(programmes.id, world.programmeId));
  });
});
