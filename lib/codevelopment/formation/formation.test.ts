import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { codevGroupMembers, codevGroups, emailMessages, meetingSeries, meetings, programmes } from "@/db/schema";
import { closeProducer } from "@/lib/jobs/boss";
import { getTranslator } from "@/lib/i18n/translate";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { renderedEmails } from "@/lib/scheduling/test-fixtures";
import { testSession } from "@/lib/testing/request-mocks";
import { createGroupsWorld, type GroupsWorld } from "../group-fixtures";
import { moveParticipant, setGroupFacilitator } from "./edit-proposal";
import { publishGroups } from "./publish-groups";
import { getFormationView } from "./queries";
import { runGroupFormation } from "./run-formation";
import { explainReason } from "@/lib/codevelopment/core/formation-wording";

// The formation's server actions as a crafted POST calls them (tests/authorization.test.ts lists them as
// covered here): only the Auth.js session lookup and Next's request APIs are replaced.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
const actions = await import("@/app/(admin)/admin/programmes/[id]/groups/actions");

const db = () => getDb();
let world: GroupsWorld;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function proposal(w: GroupsWorld) {
  const groups = await db().select().from(codevGroups).where(eq(codevGroups.programmeId, w.programmeId)).orderBy(asc(codevGroups.number));
  const members = groups.length === 0 ? [] : await db().select().from(codevGroupMembers).where(inArray(codevGroupMembers.groupId, groups.map((g) => g.id)));
  return groups.map((group) => ({
    ...group,
    participants: members.filter((m) => m.groupId === group.id && m.role === "participant").map((m) => m.membershipId),
    facilitator: members.find((m) => m.groupId === group.id && m.role === "facilitator")?.membershipId ?? null,
  }));
}

/** Everything of the organisation that formation, publishing and emails could touch, as one value. */
async function snapshot(organizationId: string): Promise<string> {
  const parts = [];
  for (const table of ["codev_groups", "codev_group_members", "meeting_series", "meeting_sessions", "meeting_participants", "email_messages"]) {
    parts.push(Array.from(await db().execute(sql`select * from ${sql.identifier(table)} where organization_id = ${organizationId} order by id`)));
  }
  return JSON.stringify(parts);
}

const emailsOf = (organizationId: string) => db().select().from(emailMessages).where(eq(emailMessages.organizationId, organizationId));
const groupOf = (groups: Awaited<ReturnType<typeof proposal>>, membershipId: string) => groups.find((g) => g.participants.includes(membershipId))!;

beforeAll(async () => {
  world = await createGroupsWorld();
});
beforeEach(() => {
  session.userId = null;
});
afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("forming co-development groups", () => {
  it("refuses a member, a signed-out request and another organisation's admin; nothing changes", async () => {
    await runGroupFormation(world.admin.scope, world.programmeId);
    const [first, second] = await proposal(world);
    const calls = {
      form: () => actions.formGroupsAction(null, form({ programmeId: world.programmeId })),
      move: () => actions.moveParticipantAction(null, form({ programmeId: world.programmeId, membershipId: first.participants[0], toGroupId: "" })),
      facilitator: () => actions.setFacilitatorAction(null, form({ programmeId: world.programmeId, groupId: second.id, membershipId: world.f2.membershipId })),
      publish: () => actions.publishGroupsAction(null, form({ programmeId: world.programmeId })),
    };
    const before = await snapshot(world.organizationId);
    for (const call of Object.values(calls)) {
      session.userId = null;
      expect(await call()).toMatchObject({ ok: false, error: "unauthenticated" });
      session.userId = world.member.userId;
      expect(await call()).toMatchObject({ ok: false, error: "forbidden" });
      session.userId = world.f1.userId;
      expect(await call()).toMatchObject({ ok: false, error: "forbidden" });
      session.userId = world.outsider.userId;
      expect((await call()).ok).toBe(false);
    }
    expect(await snapshot(world.organizationId)).toBe(before);
    await expect(runGroupFormation(world.outsider.scope, world.programmeId)).rejects.toMatchObject({ code: "not_found" });
    await expect(getFormationView(world.member.scope, world.programmeId)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("keeps every hard rule, explains who is left out, and replaces the proposal on a re-run", async () => {
    session.userId = world.admin.userId;
    expect(await actions.formGroupsAction(null, form({ programmeId: world.programmeId }))).toMatchObject({ ok: true });
    const groups = await proposal(world);
    expect(groups).toHaveLength(2);
    const twelve = world.p.map((person) => person.membershipId);
    expect(groups.flatMap((g) => g.participants).sort()).toEqual([...twelve].sort());
    for (const group of groups) {
      expect(group).toMatchObject({ status: "proposed", language: "nl", slot: "mon-09", facilitator: null });
      expect(group.participants.length).toBeGreaterThanOrEqual(5);
      expect(group.participants.length).toBeLessThanOrEqual(6);
    }
    expect(groupOf(groups, world.p[0].membershipId).id).not.toBe(groupOf(groups, world.p[1].membershipId).id);

    const view = await getFormationView(world.admin.scope, world.programmeId);
    expect(view.figures).toMatchObject({ participants: 15, placed: 12, groups: 2 });
    // Four from each department in two groups of six: at best 2 + 2 + 2 same-department pairs per group.
    expect(view.figures.sameDepartmentPairs).toBe(6);
    expect(view.groups[0].departments.map((d) => d.count).reduce((a, b) => a + b)).toBe(6);
    const reasons = Object.fromEntries(view.unassigned.map((u) => [u.membershipId, u.reason.code]));
    expect(reasons).toEqual({ [world.english.membershipId]: "tooFewPeers", [world.german.membershipId]: "noLanguage", [world.tuesday.membershipId]: "tooFewPeers" });
    for (const locale of ["nl", "en"] as const) {
      const t = getTranslator(locale, "codevGroups");
      for (const person of view.unassigned) expect(explainReason(person.reason, t, locale).join(" ")).not.toMatch(/codevGroups|\{/);
    }
    expect(explainReason({ code: "tooFewPeers", bestPeerCount: 2, suggestedSlots: ["mon-09"] }, getTranslator("nl", "codevGroups"), "nl").join(" ")).toContain("maandag 09:00");
    expect(explainReason({ code: "tooFewPeers", bestPeerCount: 2, suggestedSlots: ["mon-09"] }, getTranslator("en", "codevGroups"), "en").join(" ")).toContain("Mondays 09:00");

    await runGroupFormation(world.admin.scope, world.programmeId);
    const again = await proposal(world);
    expect(again).toHaveLength(2);
    expect(again.map((g) => g.id).some((id) => groups.some((g) => g.id === id))).toBe(false);
    expect(await emailsOf(world.organizationId)).toEqual([]);
  });

  it("refuses a move that breaks a hard rule, naming the rule, and changes nothing", async () => {
    await runGroupFormation(world.admin.scope, world.programmeId);
    const groups = await proposal(world);
    const withBoss = groupOf(groups, world.p[0].membershipId);
    const other = groups.find((g) => g.id !== withBoss.id)!;
    const move = (membershipId: string, toGroupId: string | null) => moveParticipant(world.admin.scope, { programmeId: world.programmeId, membershipId, toGroupId });
    const before = await snapshot(world.organizationId);
    await expect(move(world.english.membershipId, withBoss.id)).rejects.toMatchObject({ messageKey: "codevGroups.rules.language" });
    await expect(move(world.tuesday.membershipId, withBoss.id)).rejects.toMatchObject({ messageKey: "codevGroups.rules.slot" });
    await expect(move(world.p[1].membershipId, withBoss.id)).rejects.toMatchObject({ messageKey: "codevGroups.rules.reportingLine" });
    const someone = other.participants.find((id) => id !== world.p[1].membershipId)!;
    await expect(move(someone, withBoss.id)).rejects.toMatchObject({ messageKey: "codevGroups.rules.groupFull" });
    expect(await snapshot(world.organizationId)).toBe(before);

    // Out to unassigned is fine while the group keeps its minimum; one more would take it below.
    await move(someone, null);
    const [left] = (await proposal(world)).filter((g) => g.id === other.id);
    expect(left.participants).toHaveLength(5);
    const view = await getFormationView(world.admin.scope, world.programmeId);
    expect(view.unassigned.find((u) => u.membershipId === someone)?.reason).toEqual({ code: "fitsGroup", numbers: [other.number] });
    const next = left.participants.find((id) => id !== world.p[1].membershipId)!;
    const afterOne = await snapshot(world.organizationId);
    await expect(move(next, null)).rejects.toMatchObject({ messageKey: "codevGroups.rules.groupTooSmall" });
    expect(await snapshot(world.organizationId)).toBe(afterOne);

    // Through the action the refusal comes back as the rule's message key.
    session.userId = world.admin.userId;
    expect(await actions.moveParticipantAction(null, form({ programmeId: world.programmeId, membershipId: world.english.membershipId, toGroupId: other.id }))).toEqual({ ok: false, error: "codevGroups.rules.language" });
    expect(await actions.moveParticipantAction(null, form({ programmeId: world.programmeId, membershipId: someone, toGroupId: other.id }))).toMatchObject({ ok: true });
    expect((await proposal(world)).find((g) => g.id === other.id)!.participants).toContain(someone);
  });

  it("never gives a group a facilitator in a member's reporting line; one facilitator may lead several groups", async () => {
    await runGroupFormation(world.admin.scope, world.programmeId);
    const groups = await proposal(world);
    const withReport = groupOf(groups, world.p[2].membershipId);
    const other = groups.find((g) => g.id !== withReport.id)!;
    const assign = (groupId: string, membershipId: string | null) => setGroupFacilitator(world.admin.scope, { programmeId: world.programmeId, groupId, membershipId });
    const before = await snapshot(world.organizationId);
    await expect(assign(withReport.id, world.f1.membershipId)).rejects.toMatchObject({ messageKey: "codevGroups.rules.facilitatorLine" });
    await expect(assign(withReport.id, world.p[0].membershipId)).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot(world.organizationId)).toBe(before);
    await assign(withReport.id, world.f2.membershipId);
    await assign(other.id, world.f2.membershipId);
    expect((await proposal(world)).map((g) => g.facilitator)).toEqual([world.f2.membershipId, world.f2.membershipId]);
    await assign(other.id, world.f1.membershipId);
    // f1 now leads `other`: p[2], their direct report, may not move in there.
    await expect(moveParticipant(world.admin.scope, { programmeId: world.programmeId, membershipId: world.p[2].membershipId, toGroupId: other.id })).rejects.toMatchObject({
      messageKey: "codevGroups.rules.facilitatorLine",
    });
    const view = await getFormationView(world.admin.scope, world.programmeId);
    expect(view.groups.map((g) => g.facilitator?.membershipId).sort()).toEqual([world.f1.membershipId, world.f2.membershipId].sort());
    expect(await emailsOf(world.organizationId)).toEqual([]);
  });
});

describe("publishing the groups", () => {
  it("refuses while a group has no facilitator, then publishes once: sessions, presenters, invitations and emails", async () => {
    const w = await createGroupsWorld();
    await runGroupFormation(w.admin.scope, w.programmeId);
    const groups = await proposal(w);
    await expect(publishGroups(w.admin.scope, w.programmeId)).rejects.toMatchObject({ messageKey: "codevGroups.errors.facilitatorMissing" });
    const withReport = groupOf(groups, w.p[2].membershipId);
    for (const group of groups) await setGroupFacilitator(w.admin.scope, { programmeId: w.programmeId, groupId: group.id, membershipId: group.id === withReport.id ? w.f2.membershipId : w.f1.membershipId });
    expect(await emailsOf(w.organizationId)).toEqual([]);
    expect(await db().select().from(meetingSeries).where(eq(meetingSeries.organizationId, w.organizationId))).toEqual([]);

    const started = Date.now();
    session.userId = w.admin.userId;
    expect(await actions.publishGroupsAction(null, form({ programmeId: w.programmeId }))).toEqual({ ok: true });
    // Sign-up had closed: publishing starts the programme.
    expect((await db().select({ status: programmes.status }).from(programmes).where(eq(programmes.id, w.programmeId)))[0].status).toBe("running");
    const afterPublish = await snapshot(w.organizationId);
    expect(await actions.publishGroupsAction(null, form({ programmeId: w.programmeId }))).toEqual({ ok: false, error: "codevGroups.errors.notProposed" });
    // After publishing a run only looks at those outside the groups: the three left over form no group.
    expect(await runGroupFormation(w.admin.scope, w.programmeId)).toMatchObject({ groups: 0, participants: 3 });
    expect(await snapshot(w.organizationId)).toBe(afterPublish);

    const published = await proposal(w);
    for (const group of published) {
      expect(group.status).toBe("published");
      expect(group.seriesId).not.toBeNull();
      const [series] = await db().select().from(meetingSeries).where(eq(meetingSeries.id, group.seriesId!));
      expect(series).toMatchObject({ ownerType: "group", ownerId: group.id, timeZone: "Europe/Amsterdam", cadenceWeeks: 3, durationMinutes: 120, startTime: "09:00", sessionCount: group.participants.length });
      const sessions = await db().select().from(meetings).where(eq(meetings.seriesId, series.id)).orderBy(asc(meetings.startsAt));
      expect(sessions).toHaveLength(group.participants.length);
      expect(sessions[0].startsAt.getTime()).toBeGreaterThanOrEqual(started + 7 * 86_400_000);
      expect(sessions[0].startsAt.getTime()).toBeLessThan(started + 14 * 86_400_000);
      for (const s of sessions) expect(toZoned(s.startsAt, "Europe/Amsterdam")).toMatchObject({ weekday: "mon", time: "09:00" });
      // Everyone presents exactly once.
      expect(sessions.map((s) => s.casePresenterMembershipId).sort()).toEqual([...group.participants].sort());
    }

    // One group-published email per member and facilitator, in their own language, with the group's link.
    const emails = await renderedEmails(w.organizationId, "group-published");
    const everyone = [...w.p, w.f1, w.f2];
    expect(emails.map((e) => e.to).sort()).toEqual(everyone.map((p) => p.email).sort());
    const localeOf = (email: string) => (email === w.f1.email ? "en" : email === w.f2.email ? "nl" : w.p.findIndex((p) => p.email === email) % 2 === 0 ? "en" : "nl");
    for (const email of emails) {
      expect(email.locale).toBe(localeOf(email.to));
      const group = published.find((g) => g.participants.includes(everyone.find((p) => p.email === email.to)!.membershipId) || g.facilitator === everyone.find((p) => p.email === email.to)!.membershipId)!;
      expect(email.text).toContain(`/groups/${group.id}`);
      expect(email.subject).toContain(email.locale === "nl" ? `groep ${group.number}` : `group ${group.number}`);
    }
    const london = emails.find((e) => e.to === w.p[11].email)!;
    expect(london.text).toMatch(/08:00/);
    // The calendar invitations went out with them; nobody outside the groups got anything.
    const invitations = await renderedEmails(w.organizationId, "session-invitation");
    expect(invitations.map((e) => e.to).sort()).toEqual(everyone.map((p) => p.email).sort());
    const outside = [w.english, w.german, w.tuesday, w.member, w.admin].map((p) => p.email);
    expect((await emailsOf(w.organizationId)).filter((e) => outside.includes(e.toAddress))).toEqual([]);
  });

  it("refuses a proposal that has gone stale since (a member withdrew)", async () => {
    const w = await createGroupsWorld({ facilitatorMode: "rotating" });
    await runGroupFormation(w.admin.scope, w.programmeId);
    await expect(setGroupFacilitator(w.admin.scope, { programmeId: w.programmeId, groupId: (await proposal(w))[0].id, membershipId: w.f1.membershipId })).rejects.toMatchObject({
      messageKey: "codevGroups.errors.rotating",
    });
    await db().execute(sql`update enrolments set status = 'withdrawn' where membership_id = ${w.p[3].membershipId}`);
    const before = await snapshot(w.organizationId);
    await expect(publishGroups(w.admin.scope, w.programmeId)).rejects.toMatchObject({ messageKey: "codevGroups.errors.stale" });
    expect(await snapshot(w.organizationId)).toBe(before);
    const stale = await db().select().from(codevGroups).where(and(eq(codevGroups.programmeId, w.programmeId), eq(codevGroups.status, "published")));
    expect(stale).toEqual([]);
  });
});
