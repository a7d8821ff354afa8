import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { codevCases, meetings } from "@/db/schema";
import { closeProducer } from "@/lib/jobs/boss";
import { commentCase, getCaseView, markCaseReady, saveCase } from "./cases";
import { createCodevWorld, type CodevWorld } from "./session-fixtures";

const CASE = {
  title: "A team that stopped talking",
  context: "Since the reorganisation my team avoids meetings.",
  tried: "One-to-ones.",
  question: "How do I get them to talk to each other again?",
  helpWanted: "Experiences",
};

let world: CodevWorld;
const ref = (w = world, i = 0) => ({ groupId: w.groupId, sessionId: w.sessions[i].id });

beforeAll(async () => {
  world = await createCodevWorld();
});

afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("the case of a session", () => {
  it("is being prepared for the group until the facilitator marks it ready; the presenter and the facilitator work on the draft", async () => {
    expect(await getCaseView(world.p2.scope, ref())).toMatchObject({ status: "none", content: null, isPresenter: false, canEdit: false, canReview: false });
    expect(await getCaseView(world.p1.scope, ref())).toMatchObject({ status: "none", isPresenter: true, canEdit: true, presenter: { name: world.p1.name } });

    await saveCase(world.p1.scope, { ...ref(), ...CASE });
    expect(await getCaseView(world.p2.scope, ref())).toMatchObject({ status: "draft", content: null, comment: null });
    expect(await getCaseView(world.facilitator.scope, ref())).toMatchObject({ status: "draft", canReview: true, content: CASE });

    // A participant neither writes someone else's case nor reviews it.
    await expect(saveCase(world.p2.scope, { ...ref(), ...CASE, title: "Taken over" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(commentCase(world.p2.scope, { ...ref(), comment: "x" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(markCaseReady(world.p2.scope, ref())).rejects.toMatchObject({ code: "forbidden" });

    await commentCase(world.facilitator.scope, { ...ref(), comment: "Make the question sharper." });
    expect((await getCaseView(world.p1.scope, ref())).comment).toBe("Make the question sharper.");
    expect((await getCaseView(world.p2.scope, ref())).comment).toBeNull();
    await saveCase(world.p1.scope, { ...ref(), ...CASE, question: "How do I help them to talk again, starting this month?" });

    await markCaseReady(world.facilitator.scope, ref());
    const read = await getCaseView(world.p3.scope, ref());
    expect(read).toMatchObject({ status: "ready", content: { ...CASE, question: "How do I help them to talk again, starting this month?" }, comment: null });
    expect(read.readyAt).toBeInstanceOf(Date);
    // Marking it ready twice changes nothing.
    await markCaseReady(world.facilitator.scope, ref());
  });

  it("cannot be reviewed before it is written", async () => {
    await expect(markCaseReady(world.facilitator.scope, ref(world, 1))).rejects.toMatchObject({ code: "conflict", messageKey: "codevSessions.errors.noCase" });
    await expect(commentCase(world.facilitator.scope, { ...ref(world, 1), comment: "Hi" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("belongs to the current presenter: after a turn swap the new presenter starts from an empty page", async () => {
    await saveCase(world.p2.scope, { ...ref(world, 1), ...CASE, title: "p2's draft" });
    await getDb().update(meetings).set({ casePresenterMembershipId: world.p3.membershipId }).where(eq(meetings.id, world.sessions[1].id));
    expect(await getCaseView(world.p3.scope, ref(world, 1))).toMatchObject({ status: "none", content: null, isPresenter: true });
    expect(await getCaseView(world.p2.scope, ref(world, 1))).toMatchObject({ status: "none", content: null, isPresenter: false });
    await saveCase(world.p3.scope, { ...ref(world, 1), ...CASE, title: "p3's case" });
    const [row] = await getDb().select().from(codevCases).where(eq(codevCases.sessionId, world.sessions[1].id));
    expect(row).toMatchObject({ title: "p3's case", presenterMembershipId: world.p3.membershipId, status: "draft" });
  });

  it("is refused on a cancelled session", async () => {
    await getDb().update(meetings).set({ status: "cancelled" }).where(eq(meetings.id, world.sessions[2].id));
    await expect(saveCase(world.p3.scope, { ...ref(world, 2), ...CASE })).rejects.toMatchObject({ code: "conflict", messageKey: "codevSessions.errors.cancelled" });
    expect(await getCaseView(world.p3.scope, ref(world, 2))).toMatchObject({ canEdit: false });
  });

  it("when facilitation rotates, any member reviews it and marks it ready", async () => {
    const rotating = await createCodevWorld({ facilitatorMode: "rotating" });
    await saveCase(rotating.p1.scope, { ...ref(rotating), ...CASE });
    expect(await getCaseView(rotating.p3.scope, ref(rotating))).toMatchObject({ canReview: true, content: CASE });
    await markCaseReady(rotating.p3.scope, ref(rotating));
    expect((await getCaseView(rotating.p2.scope, ref(rotating))).status).toBe("ready");
  });
});
