import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { conversationActions, conversations } from "@/db/schema";
import { closeProducer } from "@/lib/jobs/boss";
import { createPairWorld, type PairTestPerson, type PairWorld, type TestPair } from "@/lib/mentoring/pair/test-fixtures";
import { renderStoredEmail } from "@/lib/registry/email-templates";
import { addDays } from "@/lib/scheduling/time/local-date";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { testSession } from "@/lib/testing/request-mocks";
import { builtInGuide } from "./core/built-in-guides";
import { conversationSnapshot, emailsTo, form, redirectedTo } from "./conversation-fixtures";
import { getConversationView } from "./conversation-view";
import { createOwnGuide, updateOwnGuide } from "./own-guides";
import { ownGuideInput } from "./guide-fixtures";
import { getPairConversations } from "./pair-conversations";

// A pair's guided conversations as crafted POSTs call them (tests/authorization.test.ts lists the actions as
// covered here): only the Auth.js session lookup and Next's request APIs are replaced; people, pairs and
// roles come from the real database. After every refusal, nothing of the pair's conversations has changed.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
const actions = await import("@/app/(app)/conversations/actions");

let world: PairWorld;
let pair: TestPair;
let otherPair: TestPair;
const inDays = (days: number) => addDays(toZoned(new Date(), "Europe/Amsterdam").date, days);
const snapshot = () => conversationSnapshot(world.organizationId, [pair.mentor.membershipId, pair.mentee.membershipId]);
const as = (person: PairTestPerson | null) => {
  session.userId = person?.userId ?? null;
};
const start = (fields: Record<string, string> = {}) => actions.startPairConversationAction(null, form({ matchId: pair.matchId, guideKey: "mentoringFirst", plannedOn: inDays(3), mode: "plan", ...fields }));
const ref = (conversationId: string) => form({ conversationId });

/** Every action on one conversation, as a crafted request posts it. */
function runnerCalls(conversationId: string, actionId: string) {
  return {
    begin: () => actions.beginConversationAction(null, ref(conversationId)),
    move: () => actions.moveConversationStepAction(null, form({ conversationId, direction: "next", fromStep: "0" })),
    pause: () => actions.pauseConversationAction(null, ref(conversationId)),
    resume: () => actions.resumeConversationAction(null, ref(conversationId)),
    close: () => actions.closeConversationAction(null, form({ conversationId, "actions.0.description": "Taken over" })),
    discard: () => actions.discardConversationAction(null, ref(conversationId)),
    done: () => actions.setConversationActionDoneAction(null, form({ actionId, done: "yes" })),
  };
}

beforeAll(async () => {
  world = await createPairWorld();
  pair = await world.makePair();
  otherPair = await world.makePair();
});
beforeEach(() => as(null));
afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("a pair runs a guided conversation", () => {
  let first: string;

  it("refuses to start one for anyone but the two, and bad input at the field; nothing is written", async () => {
    const before = await snapshot();
    expect(await start()).toMatchObject({ ok: false, error: "unauthenticated" });
    for (const person of [world.member, world.admin, otherPair.mentor, world.outsider]) {
      as(person);
      expect(await start()).toMatchObject({ ok: false, error: "not_found" });
    }
    as(pair.mentee);
    expect(await start({ guideKey: "career" })).toMatchObject({ ok: false, fieldErrors: { guideKey: "invalidOption" } });
    expect(await start({ guideKey: "custom:00000000-0000-4000-8000-000000000000" })).toMatchObject({ ok: false, fieldErrors: { guideKey: "invalidOption" } });
    expect(await start({ guideKey: "", plannedOn: "2027-02-30", mode: "later" })).toMatchObject({ ok: false, fieldErrors: { guideKey: "guideRequired", plannedOn: "plannedOn", mode: "invalidOption" } });
    expect(await start({ plannedOn: inDays(-1) })).toMatchObject({ ok: false, fieldErrors: { plannedOn: "plannedOnPast" } });
    expect(await start({ matchId: "not-a-uuid" })).toMatchObject({ ok: false, fieldErrors: { matchId: "not_found" } });
    expect(await snapshot()).toBe(before);
  });

  it("plans the first meeting: the other person gets the preparation in their language, once", async () => {
    as(pair.mentee);
    first = await redirectedTo(start());
    // A second press (a double click) finds the first, and writes no second email.
    expect(await redirectedTo(start())).toBe(first);
    const [row] = await getDb().select().from(conversations).where(eq(conversations.id, first));
    expect(row).toMatchObject({ context: "pair", matchId: pair.matchId, leadMembershipId: pair.mentee.membershipId, partnerMembershipId: pair.mentor.membershipId, status: "planned", guideKey: "mentoringFirst", plannedOn: inDays(3) });
    const emails = await emailsTo(pair.mentor.email, "conversation-planned");
    expect(emails).toHaveLength(1);
    expect(emails[0].locale).toBe("en");
    const email = await renderStoredEmail({ template: "conversation-planned", locale: "en", props: emails[0].props });
    expect(email.text).toContain(builtInGuide("mentoringFirst")!.preparation!.en);
    expect(email.text).toContain(pair.mentee.name);
    expect(email.text).toContain(`/conversations/${first}`);
    expect((await emailsTo(pair.mentee.email, "conversation-planned")).length).toBe(0);
  });

  it("runs step by step, pauses, and closes with agreements and two actions, all or nothing", async () => {
    as(pair.mentor);
    expect(await actions.moveConversationStepAction(null, form({ conversationId: first, direction: "next", fromStep: "0" }))).toMatchObject({ ok: false, error: "conversations.errors.notStarted" });
    expect(await actions.beginConversationAction(null, ref(first))).toEqual({ ok: true });
    const steps = builtInGuide("mentoringFirst")!.steps.length;
    for (let step = 0; step < steps; step++) expect(await actions.moveConversationStepAction(null, form({ conversationId: first, direction: "next", fromStep: String(step) }))).toEqual({ ok: true });
    // A press from a screen still showing an earlier step changes nothing.
    expect(await actions.moveConversationStepAction(null, form({ conversationId: first, direction: "back", fromStep: "0" }))).toEqual({ ok: true });
    expect(await actions.pauseConversationAction(null, ref(first))).toEqual({ ok: true });
    let view = await getConversationView(pair.mentor.scope, first);
    expect(view.clock).toMatchObject({ stepIndex: steps });
    expect(view.clock!.pausedAt).not.toBeNull();
    expect(await actions.resumeConversationAction(null, ref(first))).toEqual({ ok: true });

    const before = await snapshot();
    const record = {
      conversationId: first,
      "agreements.0": "What we say stays between us.",
      "agreements.1": "",
      "actions.0.description": "Send my development plan",
      "actions.0.ownerMembershipId": world.admin.membershipId,
      "actions.0.dueDate": "2027-13-01",
    };
    expect(await actions.closeConversationAction(null, form(record))).toMatchObject({ ok: false, fieldErrors: { "agreements.1": "required", "actions.0.dueDate": "dueDate" } });
    // An owner outside the two is refused at the field, after the schema: still nothing written.
    expect(await actions.closeConversationAction(null, form({ ...record, "agreements.1": "We meet monthly.", "actions.0.dueDate": inDays(14) }))).toMatchObject({
      ok: false,
      fieldErrors: { "actions.0.ownerMembershipId": "invalidOption" },
    });
    expect(await snapshot()).toBe(before);

    expect(
      await actions.closeConversationAction(
        null,
        form({
          ...record,
          "agreements.1": "We meet monthly.",
          "actions.0.ownerMembershipId": pair.mentee.membershipId,
          "actions.0.dueDate": inDays(14),
          "actions.1.description": "Introduce my mentee to the finance team",
          "actions.1.ownerMembershipId": pair.mentor.membershipId,
          "actions.1.dueDate": "",
        }),
      ),
    ).toEqual({ ok: true });
    view = await getConversationView(pair.mentee.scope, first);
    expect(view.status).toBe("closed");
    expect(view.record!.agreements.map((a) => a.body)).toEqual(["What we say stays between us.", "We meet monthly."]);
    expect(view.record!.actions.map((a) => [a.description, a.ownerName, a.dueDate, a.done])).toEqual([
      ["Send my development plan", pair.mentee.name, inDays(14), false],
      ["Introduce my mentee to the finance team", pair.mentor.name, null, false],
    ]);
    // A pair's actions stay in their space: no email carries them.
    expect(await emailsTo(pair.mentee.email, "conversation-actions")).toEqual([]);
    expect(await actions.closeConversationAction(null, form({ conversationId: first }))).toMatchObject({ ok: false, error: "conversations.errors.closed" });
  });

  it("shows the agreements and open actions at the next conversation's opening, and in the pair's space", async () => {
    as(pair.mentor);
    const next = await redirectedTo(start({ guideKey: "mentoringCheckIn", mode: "now" }));
    const view = await getConversationView(pair.mentor.scope, next);
    expect(view).toMatchObject({ status: "running", guide: { key: "mentoringCheckIn" } });
    expect(view.fromLastTime!.agreements.map((a) => a.body)).toEqual(["What we say stays between us.", "We meet monthly."]);
    expect(view.fromLastTime!.openActions.map((a) => a.description)).toEqual(["Send my development plan", "Introduce my mentee to the finance team"]);
    // Starting now, the other person is there: no preparation email.
    expect(await emailsTo(pair.mentee.email, "conversation-planned")).toEqual([]);

    const [action] = view.fromLastTime!.openActions;
    as(pair.mentee);
    expect(await actions.setConversationActionDoneAction(null, form({ actionId: action.id, done: "yes" }))).toEqual({ ok: true });
    const space = await getPairConversations(pair.mentee.scope, pair.matchId);
    expect(space.open).toMatchObject({ id: next, status: "running", otherName: pair.mentor.name });
    expect(space.held.map((c) => c.id)).toEqual([first]);
    expect(space.proposedKey).toBe("mentoringCheckIn");
    expect(space.fromLastTime!.openActions.map((a) => a.description)).toEqual(["Introduce my mentee to the finance team"]);
    // Another guide while one is open is refused; the conversation under way stays the one.
    expect(await start({ guideKey: "mentoringFirst" })).toMatchObject({ ok: false, error: "conversations.errors.openExists" });
  });

  it("refuses every reader and change of a conversation to anyone but its two people, an admin included; nothing changes", async () => {
    const [row] = await getDb().select({ id: conversations.id }).from(conversations).where(and(eq(conversations.matchId, pair.matchId), eq(conversations.status, "running")));
    const [action] = await getDb().select({ id: conversationActions.id }).from(conversationActions).innerJoin(conversations, eq(conversations.id, conversationActions.conversationId)).where(eq(conversations.matchId, pair.matchId));
    const before = await snapshot();
    for (const call of Object.values(runnerCalls(row.id, action.id))) expect(await call()).toMatchObject({ ok: false, error: "unauthenticated" });
    for (const person of [world.member, world.admin, otherPair.mentee, world.outsider]) {
      as(person);
      for (const [name, call] of Object.entries(runnerCalls(row.id, action.id))) expect([name, await call()]).toEqual([name, { ok: false, error: "not_found" }]);
      await expect(getConversationView(person.scope, row.id)).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(getConversationView({ ...world.outsider.scope, organizationId: world.organizationId }, row.id)).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot()).toBe(before);
  });

  it("keeps the guide as it was planned when the organisation edits its own guide", async () => {
    const guideId = await createOwnGuide(world.admin.scope, ownGuideInput({ kind: "mentoringCheckIn" }));
    as(otherPair.mentor);
    const id = await redirectedTo(actions.startPairConversationAction(null, form({ matchId: otherPair.matchId, guideKey: `custom:${guideId}`, plannedOn: "", mode: "plan" })));
    await updateOwnGuide(world.admin.scope, guideId, ownGuideInput({ kind: "mentoringCheckIn", name: { nl: "Nieuwe naam", en: "New name" } }));
    expect((await getConversationView(otherPair.mentor.scope, id)).guide.name.en).toBe("Kick-off");
    // Called off before it was held: it goes, and the pair may plan another.
    await expect(actions.discardConversationAction(null, ref(id))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await getDb().select().from(conversations).where(eq(conversations.id, id))).toEqual([]);
    // The mentee had been told it was planned: they are told it is off, in their language.
    const calledOff = await emailsTo(otherPair.mentee.email, "conversation-called-off");
    expect(calledOff).toHaveLength(1);
    expect(calledOff[0]).toMatchObject({ props: { name: otherPair.mentor.name, context: "pair", url: expect.stringContaining(`/matches/${otherPair.matchId}`) } });
    // One started on the spot was never announced: calling it off tells nobody.
    const now = await redirectedTo(actions.startPairConversationAction(null, form({ matchId: otherPair.matchId, guideKey: "mentoringCheckIn", plannedOn: "", mode: "now" })));
    await expect(actions.discardConversationAction(null, ref(now))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await emailsTo(otherPair.mentee.email, "conversation-called-off")).toHaveLength(1);
  });
});
