import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { codevGroupMembers } from "@/db/schema";
import { getFeedbackView, giveFeedback } from "./feedback";
import { createCodevWorld, type CodevWorld } from "./session-fixtures";

// When facilitation rotates nobody holds the facilitator's place, so single answers go back to the group
// without names: the comments in a small group, the average and spread as well from five people on.
let world: CodevWorld;
const ref = () => ({ groupId: world.groupId, sessionId: world.sessions[0].id });

beforeAll(async () => {
  // The first session was yesterday: feedback is open.
  world = await createCodevWorld({ facilitatorMode: "rotating", firstSessionAt: new Date(Date.now() - 86_400_000) });
  await giveFeedback(world.p1.scope, { ...ref(), score: 5, comment: "Clear steps" });
  await giveFeedback(world.p2.scope, { ...ref(), score: 2, comment: "Too long" });
});
afterAll(() => closeDb());

describe("feedback in a rotating group", () => {
  it("in a group under five, the members read the comments without names and no scores", async () => {
    const view = await getFeedbackView(world.p3.scope, ref());
    expect(view.audience).toBe("groupComments");
    expect(view.answers).toBeNull();
    expect(view.group).toEqual({ answers: 2, average: null, spread: null, comments: ["Clear steps", "Too long"] });
    const text = JSON.stringify(view.group);
    for (const giver of [world.p1, world.p2]) {
      expect(text).not.toContain(giver.name);
      expect(text).not.toContain(giver.membershipId);
    }
  });

  it("from five people on, the group also reads the average and the spread, once five have answered", async () => {
    const fifth = await world.add("p5", "member", "en");
    await getDb().insert(codevGroupMembers).values({ organizationId: world.organizationId, groupId: world.groupId, membershipId: fifth.membershipId, role: "participant" });
    // Two answers in a group of five: an average would be someone's own score.
    let view = await getFeedbackView(fifth.scope, ref());
    expect(view.audience).toBe("groupWithScores");
    expect(view.group).toEqual({ answers: 2, average: null, spread: null, comments: ["Clear steps", "Too long"] });
    await giveFeedback(world.p3.scope, { ...ref(), score: 4, comment: null });
    await giveFeedback(fifth.scope, { ...ref(), score: 4, comment: null });
    await giveFeedback(world.facilitator.scope, { ...ref(), score: 5, comment: null });
    view = await getFeedbackView(fifth.scope, ref());
    expect(view.group).toEqual({ answers: 5, average: 4, spread: [0, 1, 0, 2, 2], comments: ["Clear steps", "Too long"] });
    // Nobody holds a facilitator's place when facilitation rotates: no one reads the answers with names.
    expect((await getFeedbackView(world.facilitator.scope, ref())).answers).toBeNull();
  });

  it("stays the group's: a member of another group and the organisation's admin get nothing", async () => {
    await expect(getFeedbackView(world.otherGroupMember.scope, ref())).rejects.toMatchObject({ code: "not_found" });
    await expect(getFeedbackView(world.admin.scope, ref())).rejects.toMatchObject({ code: "not_found" });
    await expect(getFeedbackView(world.outsider.scope, ref())).rejects.toMatchObject({ code: "not_found" });
  });

  it("with a standing facilitator, the members read nothing of the others", async () => {
    const standing = await createCodevWorld({ firstSessionAt: new Date(Date.now() - 86_400_000) });
    const r = { groupId: standing.groupId, sessionId: standing.sessions[0].id };
    await giveFeedback(standing.p1.scope, { ...r, score: 4, comment: "Fine" });
    const view = await getFeedbackView(standing.p2.scope, r);
    expect(view).toMatchObject({ audience: "facilitator", answers: null, group: null });
  });
});
