import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { conversationActions, conversations, memberships } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { closeProducer } from "@/lib/jobs/boss";
import { createPairWorld, type PairTestPerson, type PairWorld } from "@/lib/mentoring/pair/test-fixtures";
import { renderStoredEmail } from "@/lib/registry/email-templates";
import { testSession } from "@/lib/testing/request-mocks";
import { builtInGuide } from "./core/built-in-guides";
import { conversationSnapshot, emailsTo, form, redirectedTo } from "./conversation-fixtures";
import { getConversationView } from "./conversation-view";
import { getTeamView, hasTeamPage } from "./team";
import { countConversationsPerMonth, countPairsWithConversations, readClosedConversations } from "./usage";

// A manager's guided conversations with their own team members, as crafted POSTs call them
// (tests/authorization.test.ts lists the actions as covered here and in pair-conversations.test.ts). The
// team member need not be in a programme nor have signed in; they get the preparation and the actions by
// email in their language. Nobody but the two reaches the conversation, an admin of the organisation included.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
const actions = await import("@/app/(app)/conversations/actions");

let world: PairWorld;
let manager: PairTestPerson;
let reportEn: PairTestPerson;
let invited: { membershipId: string; email: string };
let elsewhere: PairTestPerson;
const as = (person: PairTestPerson | null) => {
  session.userId = person?.userId ?? null;
};
const snapshot = () => conversationSnapshot(world.organizationId, [manager.membershipId, reportEn.membershipId, invited.membershipId, elsewhere.membershipId]);
const start = (fields: Record<string, string>) => actions.startTeamConversationAction(null, form({ guideKey: "career", plannedOn: "", mode: "plan", ...fields }));

/** Runs a started conversation to its closing step and closes it with these fields. */
async function runAndClose(conversationId: string, record: Record<string, string>) {
  expect(await actions.beginConversationAction(null, form({ conversationId }))).toEqual({ ok: true });
  const steps = builtInGuide("career")!.steps.length;
  for (let step = 0; step < steps; step++) await actions.moveConversationStepAction(null, form({ conversationId, direction: "next", fromStep: String(step) }));
  expect(await actions.closeConversationAction(null, form({ conversationId, ...record }))).toEqual({ ok: true });
}

beforeAll(async () => {
  world = await createPairWorld();
  manager = await world.add("manager", { locale: "nl" });
  reportEn = await world.add("report", { locale: "en" });
  elsewhere = await world.add("elsewhere");
  const db = getDb();
  await db.update(memberships).set({ managerMembershipId: manager.membershipId }).where(eq(memberships.id, reportEn.membershipId));
  await db.update(memberships).set({ managerMembershipId: world.member.membershipId }).where(eq(memberships.id, elsewhere.membershipId));
  const email = `invited-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const [row] = await db
    .insert(memberships)
    .values({ organizationId: world.organizationId, email, name: "Invited Teamlid", status: "invited", managerMembershipId: manager.membershipId })
    .returning({ id: memberships.id });
  invited = { membershipId: row.id, email };
});
beforeEach(() => as(null));
afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("a manager holds a conversation with a team member", () => {
  it("refuses anyone else's team member, a signed-out request and a pair's guide; nothing is written", async () => {
    const before = await snapshot();
    expect(await start({ teamMemberId: invited.membershipId })).toMatchObject({ ok: false, error: "unauthenticated" });
    for (const person of [world.member, world.admin, reportEn, world.outsider]) {
      as(person);
      expect(await start({ teamMemberId: invited.membershipId })).toMatchObject({ ok: false, fieldErrors: { teamMemberId: "notInTeam" } });
    }
    as(manager);
    expect(await start({ teamMemberId: elsewhere.membershipId })).toMatchObject({ ok: false, fieldErrors: { teamMemberId: "notInTeam" } });
    expect(await start({ teamMemberId: invited.membershipId, guideKey: "mentoringFirst" })).toMatchObject({ ok: false, fieldErrors: { guideKey: "invalidOption" } });
    expect(await start({ teamMemberId: "", guideKey: "", mode: "" })).toMatchObject({ ok: false, fieldErrors: { teamMemberId: "teamMemberRequired", guideKey: "guideRequired", mode: "invalidOption" } });
    expect(await snapshot()).toBe(before);
  });

  it("emails a team member who never signed in the preparation, and after the conversation the actions, in their language", async () => {
    as(manager);
    const id = await redirectedTo(start({ teamMemberId: invited.membershipId, plannedOn: "2099-06-01" }));
    const [planned] = await emailsTo(invited.email, "conversation-planned");
    expect(planned.locale).toBe("nl");
    const prep = await renderStoredEmail({ template: "conversation-planned", locale: planned.locale, props: planned.props });
    expect(prep.subject).toContain(manager.name);
    expect(prep.text).toContain("1 juni 2099");
    expect(prep.text).toContain(builtInGuide("career")!.preparation!.nl.slice(0, 60));

    // An admin of the organisation, the manager's own report and anyone else: the conversation does not exist for them.
    for (const person of [world.admin, reportEn, world.member]) await expect(getConversationView(person.scope, id)).rejects.toMatchObject({ code: "not_found" });

    await runAndClose(id, {
      "agreements.0": "We praten elk kwartaal over je ontwikkeling.",
      "actions.0.description": "Een dag meelopen bij Data",
      "actions.0.ownerMembershipId": invited.membershipId,
      "actions.0.dueDate": "2099-07-01",
      "actions.1.description": "Opleidingsbudget navragen",
      "actions.1.ownerMembershipId": manager.membershipId,
      "actions.2.description": "Samen de doelen herzien",
    });
    const [sent] = await emailsTo(invited.email, "conversation-actions");
    expect(sent.locale).toBe("nl");
    const email = await renderStoredEmail({ template: "conversation-actions", locale: sent.locale, props: sent.props });
    expect(email.text).toContain("Jij, uiterlijk 1 juli 2099: Een dag meelopen bij Data");
    expect(email.text).toContain(`${manager.name}: Opleidingsbudget navragen`);
    expect(email.text).toContain("Samen: Samen de doelen herzien");
    // The agreements stay in Kring; the manager gets no copy.
    expect(email.text).not.toContain("kwartaal");
    expect(await emailsTo(manager.email, "conversation-actions")).toEqual([]);
  });

  it("writes to a team member with an account in English, and lets them read their record and tick an action off", async () => {
    as(manager);
    const id = await redirectedTo(start({ teamMemberId: reportEn.membershipId, guideKey: "career" }));
    const [planned] = await emailsTo(reportEn.email, "conversation-planned");
    expect(planned.locale).toBe("en");
    expect((await renderStoredEmail({ template: "conversation-planned", locale: "en", props: planned.props })).text).toContain(builtInGuide("career")!.preparation!.en.slice(0, 60));
    await runAndClose(id, { "actions.0.description": "Draft a learning plan", "actions.0.ownerMembershipId": reportEn.membershipId, "actions.0.dueDate": "2099-08-15" });
    const [sent] = await emailsTo(reportEn.email, "conversation-actions");
    expect((await renderStoredEmail({ template: "conversation-actions", locale: sent.locale, props: sent.props })).text).toContain("You, by August 15, 2099: Draft a learning plan");

    const theirs = await getTeamView(reportEn.scope);
    expect(theirs.withManager.map((c) => [c.id, c.otherName, c.status])).toEqual([[id, manager.name, "closed"]]);
    expect(theirs.team).toEqual([]);
    const view = await getConversationView(reportEn.scope, id);
    as(reportEn);
    expect(await actions.setConversationActionDoneAction(null, form({ actionId: view.record!.actions[0].id, done: "yes" }))).toEqual({ ok: true });
    const [action] = await getDb().select().from(conversationActions).where(eq(conversationActions.id, view.record!.actions[0].id));
    expect(action.doneAt).not.toBeNull();
    // An admin ticking it off finds nothing, and changes nothing.
    as(world.admin);
    expect(await actions.setConversationActionDoneAction(null, form({ actionId: action.id, done: "no" }))).toMatchObject({ ok: false, error: "not_found" });
    expect((await getDb().select().from(conversationActions).where(eq(conversationActions.id, action.id)))[0].doneAt).toEqual(action.doneAt);
  });

  it("lists the team and their conversations for the manager only, and links the page for those who have one", async () => {
    const mine = await getTeamView(manager.scope);
    expect(mine.team.map((m) => [m.name, m.invited])).toEqual([
      ["Invited Teamlid", true],
      [reportEn.name, false],
    ]);
    expect(mine.guides.map((g) => g.key)).toEqual(["oneOnOne", "career", "stay"]);
    expect(mine.led.map((c) => c.otherName).sort()).toEqual(["Invited Teamlid", reportEn.name].sort());
    expect((await getTeamView(world.admin.scope)).led).toEqual([]);
    expect(await hasTeamPage(manager.scope)).toBe(true);
    expect(await hasTeamPage(reportEn.scope)).toBe(true);
    expect(await hasTeamPage(world.admin.scope)).toBe(false);
  });

  it("keeps a manager's page and records once their people report to someone else", async () => {
    const db = getDb();
    await db.update(memberships).set({ managerMembershipId: null }).where(eq(memberships.managerMembershipId, manager.membershipId));
    try {
      const mine = await getTeamView(manager.scope);
      expect(mine.team).toEqual([]);
      expect(mine.led.map((c) => c.otherName).sort()).toEqual(["Invited Teamlid", reportEn.name].sort());
      expect(await hasTeamPage(manager.scope)).toBe(true);
    } finally {
      await db.update(memberships).set({ managerMembershipId: manager.membershipId }).where(inArray(memberships.id, [reportEn.membershipId, invited.membershipId]));
    }
  });

  it("refuses a removed team member", async () => {
    await getDb().update(memberships).set({ status: "removed" }).where(eq(memberships.id, elsewhere.membershipId));
    await getDb().update(memberships).set({ managerMembershipId: manager.membershipId }).where(eq(memberships.id, elsewhere.membershipId));
    const before = await snapshot();
    as(manager);
    expect(await start({ teamMemberId: elsewhere.membershipId })).toMatchObject({ ok: false, fieldErrors: { teamMemberId: "notInTeam" } });
    expect(await snapshot()).toBe(before);
  });
});

describe("what other domains read of conversations", () => {
  it("finds a member's closed conversations with a guide, and counts conversations per month, without their words", async () => {
    const scope = { organizationId: world.organizationId };
    const found = await withTenant(scope, (tx) => readClosedConversations(tx, { organizationId: world.organizationId, membershipId: reportEn.membershipId, guideKey: "career" }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ context: "team", guideKey: "career", guideKind: "career", role: "partner" });
    expect(Object.keys(found[0]).sort()).toEqual(["closedAt", "context", "guideKey", "guideKind", "id", "role"]);
    expect(await withTenant(scope, (tx) => readClosedConversations(tx, { organizationId: world.organizationId, membershipId: reportEn.membershipId, guideKey: "stay" }))).toEqual([]);
    // Another organisation's tenant sees none of them.
    expect(await withTenant({ organizationId: world.otherOrganizationId }, (tx) => readClosedConversations(tx, { organizationId: world.organizationId, membershipId: reportEn.membershipId }))).toEqual([]);

    const [{ closedAt }] = await getDb().select({ closedAt: conversations.closedAt }).from(conversations).where(eq(conversations.id, found[0].id));
    const from = new Date(closedAt!.getTime() - 86_400_000);
    const to = new Date(closedAt!.getTime() + 86_400_000);
    const months = await withTenant(scope, (tx) => countConversationsPerMonth(tx, { organizationId: world.organizationId, from, to, timeZone: "Europe/Amsterdam" }));
    expect(months.filter((m) => m.context === "team")).toEqual([{ month: expect.stringMatching(/^\d{4}-\d{2}$/), context: "team", guideKind: "career", conversations: 2 }]);
    expect(await withTenant(scope, (tx) => countPairsWithConversations(tx, { organizationId: world.organizationId, from, to }))).toBe(0);
  });
});
