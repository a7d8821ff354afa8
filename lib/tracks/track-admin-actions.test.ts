import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { auditEvents, learningTrackSteps, learningTracks, programmes } from "@/db/schema";
import { createOwnGuide } from "@/lib/conversations/own-guides";
import { ownGuideInput } from "@/lib/conversations/guide-fixtures";
import { testSession } from "@/lib/testing/request-mocks";
import { getTrackForAdmin } from "./admin";
import { createTrackWorld, form, insertTrack, storedSteps, type TrackWorld } from "./test-fixtures";

// The admin's track actions as a crafted request calls them: only the Auth.js session lookup and Next's
// request APIs are replaced; roles and organisations come from the real database. After every refusal,
// nothing of the organisation's tracks or audit log may have changed.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));

const actions = await import("@/app/(admin)/admin/programmes/[id]/track/actions");

let world: TrackWorld;
let trackId: string;
let stepIds: string[];
let ownGuideKey: string;
let otherOrgGuideKey: string;

const stepFields = (change: Record<string, string | null> = {}) => {
  const fields: Record<string, string> = { programmeId: world.programmeId, kind: "reading", "title.nl": "Lees het artikel", "title.en": "Read the article", dueWeek: "2", url: "https://example.org/listening", guideKey: "" };
  for (const [key, value] of Object.entries(change)) {
    if (value === null) delete fields[key];
    else fields[key] = value;
  }
  return form(fields);
};

const calls = () => ({
  start: () => actions.saveTrackStartAction(null, form({ programmeId: world.programmeId, startsOn: "2030-01-07" })),
  add: () => actions.addTrackStepAction(null, stepFields()),
  update: () => actions.updateTrackStepAction(null, stepFields({ stepId: stepIds[0], "title.en": "Taken over" })),
  move: () => actions.moveTrackStepAction(null, form({ programmeId: world.programmeId, stepId: stepIds[1], direction: "up" })),
  remove: () => actions.removeTrackStepAction(null, form({ programmeId: world.programmeId, stepId: stepIds[0] })),
});

beforeAll(async () => {
  world = await createTrackWorld();
  ({ trackId, stepIds } = await insertTrack(world.organizationId, world.programmeId, world.startsOn, [{ kind: "reading", dueWeek: 1 }, { kind: "reflection" }, { kind: "session", dueWeek: 3 }]));
  ownGuideKey = `custom:${await createOwnGuide(world.admin.scope, ownGuideInput())}`;
  otherOrgGuideKey = `custom:${await createOwnGuide(world.outsider.scope, ownGuideInput())}`;
});
beforeEach(() => {
  session.userId = null;
});
afterAll(() => closeDb());

describe("the learning track's admin actions", () => {
  for (const name of ["start", "add", "update", "move", "remove"] as const) {
    it(`${name}: a member and a facilitator are forbidden, a signed-out request unauthenticated, another organisation's admin finds nothing; nothing changes`, async () => {
      const before = await world.snapshot();
      for (const person of [world.p1, world.facilitator]) {
        session.userId = person.userId;
        expect(await calls()[name]()).toMatchObject({ ok: false, error: "forbidden" });
      }
      session.userId = null;
      expect(await calls()[name]()).toMatchObject({ ok: false, error: "unauthenticated" });
      session.userId = world.outsider.userId;
      expect(await calls()[name]()).toMatchObject({ ok: false, error: "not_found" });
      expect(await world.snapshot()).toBe(before);
    });
  }

  it("refuse bad input at the field and write nothing", async () => {
    session.userId = world.admin.userId;
    const before = await world.snapshot();
    const refused = async (change: Record<string, string | null>) => {
      const result = await actions.addTrackStepAction(null, stepFields(change));
      expect(result).toMatchObject({ ok: false, error: "invalid" });
      return (result as { fieldErrors: Record<string, string> }).fieldErrors;
    };
    expect(await refused({ "title.nl": "", "title.en": "x".repeat(121), dueWeek: "0" })).toEqual({ "title.nl": "required", "title.en": "tooLong", dueWeek: "dueWeek" });
    expect(await refused({ dueWeek: "53" })).toEqual({ dueWeek: "dueWeek" });
    expect(await refused({ dueWeek: "2.5" })).toEqual({ dueWeek: "dueWeek" });
    expect(await refused({ url: "http://example.org/plain" })).toEqual({ url: "urlHttps" });
    expect(await refused({ url: "javascript:alert(1)" })).toEqual({ url: "urlHttps" });
    expect(await refused({ url: "https://localhost/x" })).toEqual({ url: "urlHttps" });
    expect(await refused({ url: "" })).toEqual({ url: "urlRequired" });
    expect(await refused({ kind: "conversation" })).toEqual({ guideKey: "guideRequired" });
    expect(await refused({ kind: "webinar" })).toEqual({ kind: "invalidOption" });
    expect(await refused({ "title.nl": "Lees\u0000dit" })).toEqual({ "title.nl": "controlCharacters" });
    // A guide that is not this organisation's (another's own guide, or a made-up key) is refused as such.
    for (const guideKey of [otherOrgGuideKey, "custom:not-a-guide", "appraisal"]) {
      expect(await actions.addTrackStepAction(null, stepFields({ kind: "conversation", guideKey }))).toMatchObject({ ok: false, error: "guideUnknown" });
    }
    expect(await actions.saveTrackStartAction(null, form({ programmeId: world.programmeId, startsOn: "2027-02-30" }))).toMatchObject({ ok: false, fieldErrors: { startsOn: "startsOn" } });
    expect(await actions.saveTrackStartAction(null, form({ programmeId: world.programmeId, startsOn: "" }))).toMatchObject({ ok: false, fieldErrors: { startsOn: "startsOn" } });
    // A step's kind stays what it was.
    expect(await actions.updateTrackStepAction(null, stepFields({ stepId: stepIds[1], kind: "reading" }))).toMatchObject({ ok: false, error: "kindChanged" });
    expect(await actions.moveTrackStepAction(null, form({ programmeId: world.programmeId, stepId: stepIds[0], direction: "sideways" }))).toMatchObject({ ok: false, fieldErrors: { direction: "invalidOption" } });
    expect(await actions.removeTrackStepAction(null, form({ programmeId: world.programmeId, stepId: "not-a-uuid" }))).toMatchObject({ ok: false });
    expect(await actions.removeTrackStepAction(null, form({ programmeId: world.programmeId, stepId: crypto.randomUUID() }))).toMatchObject({ ok: false, error: "not_found" });
    expect(await world.snapshot()).toBe(before);
  });

  it("let an admin create a track, add steps of every kind, edit, move and remove them, each audited without content", async () => {
    session.userId = world.admin.userId;
    const [programme] = await getDb()
      .insert(programmes)
      .values({ organizationId: world.organizationId, kind: "mentoring", status: "open", name: { nl: "Nieuw", en: "New" }, description: { nl: "", en: "" } })
      .returning({ id: programmes.id });
    const id = programme.id;
    const fields = (change: Record<string, string>) => stepFields({ programmeId: id, ...change });
    // No track yet: adding a step says so.
    expect(await actions.addTrackStepAction(null, fields({}))).toMatchObject({ ok: false, error: "noTrack" });
    await expect(actions.saveTrackStartAction(null, form({ programmeId: id, startsOn: "2030-01-07" }))).rejects.toThrow(/NEXT_REDIRECT/);
    // Twice is one track; the second save moves its start.
    expect(await actions.saveTrackStartAction(null, form({ programmeId: id, startsOn: "2030-01-14" }))).toMatchObject({ ok: true, message: "startSaved" });
    const tracks = await getDb().select().from(learningTracks).where(eq(learningTracks.programmeId, id));
    expect(tracks).toHaveLength(1);
    expect(tracks[0].startsOn).toBe("2030-01-14");

    const changes: Record<string, string>[] = [
      { kind: "reading", url: "HTTPS://Example.org/Listening", guideKey: "career" },
      { kind: "conversation", guideKey: ownGuideKey, url: "https://dropped.example.org", "title.en": "Career talk", dueWeek: "" },
      { kind: "reflection", "title.en": "Reflect" },
      { kind: "session", "title.en": "Meet", dueWeek: "6" },
    ];
    for (const change of changes) {
      await expect(actions.addTrackStepAction(null, fields(change))).rejects.toThrow(/NEXT_REDIRECT/);
    }
    const added = await storedSteps(tracks[0].id);
    expect(added.map((s) => [s.position, s.kind, s.dueWeek, s.guideKey, s.url])).toEqual([
      [1, "reading", 2, null, "https://example.org/Listening"],
      [2, "conversation", null, ownGuideKey, null],
      [3, "reflection", 2, null, null],
      [4, "session", 6, null, null],
    ]);

    await expect(actions.updateTrackStepAction(null, fields({ stepId: added[1].id, kind: "conversation", guideKey: "career", "title.nl": "Loopbaangesprek", dueWeek: "4" }))).rejects.toThrow(/NEXT_REDIRECT/);
    const [edited] = await getDb().select().from(learningTrackSteps).where(eq(learningTrackSteps.id, added[1].id));
    expect(edited).toMatchObject({ guideKey: "career", dueWeek: 4, title: { nl: "Loopbaangesprek", en: "Read the article" }, kind: "conversation" });

    // Down, then the first up (nothing happens), then the last down (nothing happens).
    expect(await actions.moveTrackStepAction(null, form({ programmeId: id, stepId: added[0].id, direction: "down" }))).toMatchObject({ ok: true, data: { position: 2 } });
    expect(await actions.moveTrackStepAction(null, form({ programmeId: id, stepId: added[1].id, direction: "up" }))).toMatchObject({ ok: true, data: { position: 1 } });
    expect(await actions.moveTrackStepAction(null, form({ programmeId: id, stepId: added[3].id, direction: "down" }))).toMatchObject({ ok: true, data: { position: 4 } });
    expect((await storedSteps(tracks[0].id)).map((s) => s.kind)).toEqual(["conversation", "reading", "reflection", "session"]);

    await expect(actions.removeTrackStepAction(null, form({ programmeId: id, stepId: added[0].id }))).rejects.toThrow(/NEXT_REDIRECT/);
    const after = await storedSteps(tracks[0].id);
    expect(after.map((s) => [s.kind, s.position, s.removedAt !== null])).toEqual([
      ["conversation", 1, false],
      ["reflection", 2, false],
      ["session", 3, false],
      ["reading", 2, true],
    ]);
    expect((await getTrackForAdmin(world.admin.scope, id)).steps.map((s) => s.kind)).toEqual(["conversation", "reflection", "session"]);
    // Removed once is gone: a second removal or an edit finds nothing.
    expect(await actions.removeTrackStepAction(null, form({ programmeId: id, stepId: added[0].id }))).toMatchObject({ ok: false, error: "not_found" });

    const audit = await getDb()
      .select({ action: auditEvents.action, targetType: auditEvents.targetType, targetId: auditEvents.targetId, data: auditEvents.data })
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, world.organizationId), eq(auditEvents.targetId, id)))
      .orderBy(auditEvents.createdAt, auditEvents.id);
    expect(audit.map((a) => a.action)).toEqual([
      "learningTrack.created",
      "learningTrack.startChanged",
      "learningTrack.stepAdded",
      "learningTrack.stepAdded",
      "learningTrack.stepAdded",
      "learningTrack.stepAdded",
      "learningTrack.stepUpdated",
      // The two moves that changed nothing are not in the log.
      "learningTrack.stepMoved",
      "learningTrack.stepRemoved",
    ]);
    expect(audit.every((a) => a.targetType === "programme")).toBe(true);
    expect(JSON.stringify(audit)).not.toMatch(/Lees|Read the article|Loopbaan|example\.org/);
  });

  it("keep a track to 30 steps, and an archived programme's track as it is", async () => {
    session.userId = world.admin.userId;
    const [programme] = await getDb()
      .insert(programmes)
      .values({ organizationId: world.organizationId, kind: "codevelopment", status: "running", name: { nl: "Vol", en: "Full" }, description: { nl: "", en: "" } })
      .returning({ id: programmes.id });
    const full = await insertTrack(world.organizationId, programme.id, "2030-01-07", Array.from({ length: 30 }, () => ({ kind: "reading" as const })));
    expect(await actions.addTrackStepAction(null, stepFields({ programmeId: programme.id }))).toMatchObject({ ok: false, error: "tooManySteps" });
    await getDb().update(programmes).set({ status: "closed" }).where(eq(programmes.id, programme.id));
    const before = await world.snapshot();
    expect(await actions.saveTrackStartAction(null, form({ programmeId: programme.id, startsOn: "2030-02-04" }))).toMatchObject({ ok: false, error: "archived" });
    expect(await actions.moveTrackStepAction(null, form({ programmeId: programme.id, stepId: full.stepIds[1], direction: "up" }))).toMatchObject({ ok: false, error: "archived" });
    expect(await actions.removeTrackStepAction(null, form({ programmeId: programme.id, stepId: full.stepIds[1] }))).toMatchObject({ ok: false, error: "archived" });
    expect(await world.snapshot()).toBe(before);
  });

  it("the admin's page offers the built-in guides and this organisation's own, never another's", async () => {
    const view = await getTrackForAdmin(world.admin.scope, world.programmeId);
    const keys = view.guides.map((g) => g.key);
    expect(keys).toEqual(expect.arrayContaining(["mentoringFirst", "mentoringCheckIn", "oneOnOne", "career", "stay", ownGuideKey]));
    expect(keys).not.toContain(otherOrgGuideKey);
    expect(view.track).toEqual({ id: trackId, startsOn: world.startsOn });
  });
});
