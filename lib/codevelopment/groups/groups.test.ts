import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { codevGroupMembers, codevGroups, codevTurnSwaps, meetings } from "@/db/schema";
import { closeProducer } from "@/lib/jobs/boss";
import { renderedEmails } from "@/lib/scheduling/test-fixtures";
import { testSession } from "@/lib/testing/request-mocks";
import { setGroupFacilitator } from "../formation/edit-proposal";
import { publishGroups } from "../formation/publish-groups";
import { runGroupFormation } from "../formation/run-formation";
import { createGroupsWorld, type GroupsPerson, type GroupsWorld } from "../group-fixtures";
import { getGroupView, listMyGroups } from "./queries";
import { setRotation } from "./rotation-edit";
import { requestTurnSwap, respondTurnSwap } from "./swaps";

// The group page's server actions as a crafted POST calls them (tests/authorization.test.ts lists them as
// covered here): only the Auth.js session lookup and Next's request APIs are replaced.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
const actions = await import("@/app/(app)/groups/[id]/actions");

const db = () => getDb();

type Group = { id: string; number: number; participants: string[]; facilitator: string | null; sessions: Array<{ id: string; presenter: string | null }> };

async function groupsOf(w: GroupsWorld): Promise<Group[]> {
  const groups = await db().select().from(codevGroups).where(eq(codevGroups.programmeId, w.programmeId)).orderBy(asc(codevGroups.number));
  const members = await db().select().from(codevGroupMembers).where(inArray(codevGroupMembers.groupId, groups.map((g) => g.id)));
  const out: Group[] = [];
  for (const group of groups) {
    const sessions = group.seriesId ? await db().select().from(meetings).where(eq(meetings.seriesId, group.seriesId)).orderBy(asc(meetings.startsAt)) : [];
    out.push({
      id: group.id,
      number: group.number,
      participants: members.filter((m) => m.groupId === group.id && m.role === "participant").map((m) => m.membershipId),
      facilitator: members.find((m) => m.groupId === group.id && m.role === "facilitator")?.membershipId ?? null,
      sessions: sessions.map((s) => ({ id: s.id, presenter: s.casePresenterMembershipId })),
    });
  }
  return out;
}

/** Forms the groups, gives each a facilitator (f2 where f1 manages a member) and publishes. */
async function publishedWorld(options: Parameters<typeof createGroupsWorld>[0] = {}) {
  const w = await createGroupsWorld(options);
  await runGroupFormation(w.admin.scope, w.programmeId);
  if ((options.facilitatorMode ?? "perGroup") === "perGroup") {
    for (const group of await groupsOf(w)) {
      const membershipId = group.participants.includes(w.p[2].membershipId) ? w.f2.membershipId : w.f1.membershipId;
      await setGroupFacilitator(w.admin.scope, { programmeId: w.programmeId, groupId: group.id, membershipId });
    }
  }
  await publishGroups(w.admin.scope, w.programmeId);
  return { w, groups: await groupsOf(w) };
}

const person = (w: GroupsWorld, membershipId: string): GroupsPerson => [...w.p, w.f1, w.f2].find((p) => p.membershipId === membershipId)!;

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

async function snapshot(organizationId: string): Promise<string> {
  const parts = [];
  for (const table of ["codev_groups", "codev_group_members", "codev_turn_swaps", "meeting_sessions", "email_messages"]) {
    parts.push(Array.from(await db().execute(sql`select * from ${sql.identifier(table)} where organization_id = ${organizationId} order by id`)));
  }
  return JSON.stringify(parts);
}

let w: GroupsWorld;
let groups: Group[];

beforeAll(async () => {
  ({ w, groups } = await publishedWorld());
});
beforeEach(() => {
  session.userId = null;
});
afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("a group's page", () => {
  it("is for its members and its facilitator only: admins, other groups and other organisations get not_found", async () => {
    const [a, b] = groups;
    const member = person(w, a.participants[0]);
    const view = await getGroupView(member.scope, a.id);
    expect(view.people.filter((p) => p.role === "participant").map((p) => p.membershipId).sort()).toEqual([...a.participants].sort());
    expect(view.people.find((p) => p.role === "facilitator")?.membershipId).toBe(a.facilitator);
    expect(view.sessions.map((s) => s.presenterId).sort()).toEqual([...a.participants].sort());
    expect(view).toMatchObject({ rotating: false, canEditRotation: false, me: { role: "participant" }, repeated: [] });
    expect((await getGroupView(person(w, a.facilitator!).scope, a.id)).canEditRotation).toBe(true);

    for (const scope of [w.admin.scope, person(w, b.participants[0]).scope, w.member.scope, w.outsider.scope, w.english.scope]) {
      await expect(getGroupView(scope, a.id)).rejects.toMatchObject({ code: "not_found" });
    }
    // Naming organisation A in the outsider's scope does not help: they are no member there.
    await expect(getGroupView({ ...w.outsider.scope, organizationId: w.organizationId }, a.id)).rejects.toMatchObject({ code: "forbidden" });

    expect((await listMyGroups(member.scope)).groups.map((g) => g.id)).toEqual([a.id]);
    expect((await listMyGroups(w.admin.scope)).groups).toEqual([]);
    const f2Groups = (await listMyGroups(w.f2.scope)).groups;
    expect(f2Groups.every((g) => g.role === "facilitator")).toBe(true);
  });

  it("shows nothing of a proposal before it is published", async () => {
    const fresh = await createGroupsWorld();
    await runGroupFormation(fresh.admin.scope, fresh.programmeId);
    const [group] = await groupsOf(fresh);
    const member = person(fresh, group.participants[0]);
    await expect(getGroupView(member.scope, group.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await listMyGroups(member.scope)).groups).toEqual([]);
    expect(await renderedEmails(fresh.organizationId, "group-published")).toEqual([]);
  });

  it("refuses every action to a signed-out caller, an admin or member outside the group and another organisation; nothing changes", async () => {
    const [a, b] = groups;
    const [first, second] = a.sessions;
    const calls = {
      rotation: () => actions.setRotationAction(null, form({ groupId: a.id, "session[]": [first.id, second.id], "presenter[]": [second.presenter!, first.presenter!] })),
      request: () => actions.requestTurnSwapAction(null, form({ groupId: a.id, mySessionId: first.id, partnerSessionId: second.id })),
      respond: () => actions.respondTurnSwapAction(null, form({ groupId: a.id, swapId: crypto.randomUUID(), answer: "accept" })),
    };
    const before = await snapshot(w.organizationId);
    for (const call of Object.values(calls)) {
      session.userId = null;
      expect(await call()).toMatchObject({ ok: false, error: "unauthenticated" });
      const others = [w.admin, w.member, person(w, b.participants[0]), ...(b.facilitator !== a.facilitator ? [person(w, b.facilitator!)] : [])];
      for (const outsider of others) {
        session.userId = outsider.userId;
        expect(await call()).toMatchObject({ ok: false, error: "not_found" });
      }
      session.userId = w.outsider.userId;
      expect((await call()).ok).toBe(false);
    }
    // A participant of the group may not set the rotation when each group has its own facilitator.
    session.userId = person(w, a.participants[0]).userId;
    expect(await calls.rotation()).toMatchObject({ ok: false, error: "forbidden" });
    expect(await snapshot(w.organizationId)).toBe(before);
  });
});

describe("presenting turns", () => {
  it("a member asks another to swap; the other gets an email and accepting swaps both presenters at once", async () => {
    const { w: x, groups: [group] } = await publishedWorld();
    const [s0, s1, s2] = group.sessions;
    const requester = person(x, s0.presenter!);
    const partner = person(x, s1.presenter!);
    const third = person(x, s2.presenter!);
    await expect(requestTurnSwap(requester.scope, { groupId: group.id, mySessionId: s1.id, partnerSessionId: s2.id })).rejects.toMatchObject({ messageKey: "codevGroups.errors.notYourTurn" });
    session.userId = requester.userId;
    expect(await actions.requestTurnSwapAction(null, form({ groupId: group.id, mySessionId: s0.id, partnerSessionId: s1.id }))).toEqual({ ok: true });
    expect(await actions.requestTurnSwapAction(null, form({ groupId: group.id, mySessionId: s0.id, partnerSessionId: s1.id }))).toEqual({ ok: false, error: "codevGroups.errors.swapPending" });
    const [swap] = await db().select().from(codevTurnSwaps).where(eq(codevTurnSwaps.groupId, group.id));
    expect(swap).toMatchObject({ status: "requested", requesterMembershipId: requester.membershipId, partnerMembershipId: partner.membershipId });

    const emails = await renderedEmails(x.organizationId, "group-turn-swap");
    expect(emails.map((e) => e.to)).toEqual([partner.email]);
    const partnerLocale = x.p.findIndex((p) => p.membershipId === partner.membershipId) % 2 === 0 ? "en" : "nl";
    expect(emails[0].locale).toBe(partnerLocale);
    expect(emails[0].subject).toContain(requester.name);
    expect(emails[0].text).toContain(`/groups/${group.id}`);

    const view = await getGroupView(partner.scope, group.id);
    expect(view.swaps.incoming.map((s) => s.id)).toEqual([swap.id]);
    expect((await getGroupView(requester.scope, group.id)).swaps.outgoing.map((s) => s.id)).toEqual([swap.id]);

    // Only the partner answers; anyone else in the group is told it does not exist.
    await expect(respondTurnSwap(third.scope, { groupId: group.id, swapId: swap.id, answer: "accept" })).rejects.toMatchObject({ code: "not_found" });
    session.userId = partner.userId;
    expect(await actions.respondTurnSwapAction(null, form({ groupId: group.id, swapId: swap.id, answer: "accept" }))).toEqual({ ok: true });
    const after = await groupsOf(x);
    expect(after[0].sessions.slice(0, 2).map((s) => s.presenter)).toEqual([partner.membershipId, requester.membershipId]);
    expect(after[0].sessions.map((s) => s.presenter).sort()).toEqual([...group.participants].sort());
    expect(await actions.respondTurnSwapAction(null, form({ groupId: group.id, swapId: swap.id, answer: "decline" }))).toEqual({ ok: false, error: "codevGroups.errors.swapGone" });

    // A declined request changes nothing.
    const { swapId } = await requestTurnSwap(third.scope, { groupId: group.id, mySessionId: s2.id, partnerSessionId: s0.id });
    await respondTurnSwap(partner.scope, { groupId: group.id, swapId, answer: "decline" });
    expect((await groupsOf(x))[0].sessions.map((s) => s.presenter)).toEqual(after[0].sessions.map((s) => s.presenter));
  });

  it("the facilitator picks presenters; someone presenting twice is reported, and open requests on changed sessions are withdrawn", async () => {
    const { w: x, groups: [group] } = await publishedWorld();
    const facilitator = person(x, group.facilitator!);
    const [s0, s1, s2] = group.sessions;
    const { swapId } = await requestTurnSwap(person(x, s1.presenter!).scope, { groupId: group.id, mySessionId: s1.id, partnerSessionId: s2.id });
    session.userId = facilitator.userId;
    const twice = await actions.setRotationAction(null, form({ groupId: group.id, "session[]": [s0.id, s1.id], "presenter[]": [s0.presenter!, s0.presenter!] }));
    expect(twice).toEqual({ ok: true, message: "repeated" });
    const view = await getGroupView(facilitator.scope, group.id);
    expect(view.repeated).toEqual([s0.presenter]);
    const [swap] = await db().select().from(codevTurnSwaps).where(eq(codevTurnSwaps.id, swapId));
    expect(swap.status).toBe("cancelled");
    await expect(setRotation(facilitator.scope, { groupId: group.id, session: [s1.id], presenter: [x.english.membershipId] })).rejects.toMatchObject({ messageKey: "codevGroups.errors.notParticipant" });
    expect(await actions.setRotationAction(null, form({ groupId: group.id, "session[]": [s1.id], "presenter[]": [s1.presenter!] }))).toEqual({ ok: true });
    expect((await getGroupView(facilitator.scope, group.id)).repeated).toEqual([]);
  });

  it("when facilitation rotates, each session shows who leads it and any member may change the rotation", async () => {
    const { w: x, groups: [group] } = await publishedWorld({ facilitatorMode: "rotating" });
    expect(group.facilitator).toBeNull();
    const member = person(x, group.participants[0]);
    const view = await getGroupView(member.scope, group.id);
    expect(view).toMatchObject({ rotating: true, canEditRotation: true });
    for (const s of view.sessions) {
      expect(s.facilitatorId).not.toBeNull();
      expect(s.facilitatorId).not.toBe(s.presenterId);
    }
    const [s0, s1] = view.sessions;
    await setRotation(member.scope, { groupId: group.id, session: [s0.id, s1.id], presenter: [s1.presenterId!, s0.presenterId!] });
    expect((await groupsOf(x))[0].sessions.slice(0, 2).map((s) => s.presenter)).toEqual([s1.presenterId, s0.presenterId]);
    // Publishing told each member once; nobody got a facilitator's email.
    const emails = await renderedEmails(x.organizationId, "group-published");
    expect(emails).toHaveLength(12);
  });
});
