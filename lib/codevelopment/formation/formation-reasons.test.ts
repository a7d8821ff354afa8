import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { auditEvents, codevGroupMembers, codevGroups, emailMessages, enrolments, meetingParticipants, meetings, memberships, programmes, users } from "@/db/schema";
import { closeProducer } from "@/lib/jobs/boss";
import { getTranslator } from "@/lib/i18n/translate";
import { readCodevSettings } from "@/lib/codevelopment/core/settings";
import { explainReason } from "@/lib/codevelopment/core/formation-wording";
import { testSession } from "@/lib/testing/request-mocks";
import { createGroupsWorld, type GroupsPerson, type GroupsWorld } from "../group-fixtures";
import { setGroupFacilitator } from "./edit-proposal";
import { allowRotatingFacilitation, appointFacilitator, changeGroupSize } from "./fix-rules";
import { publishGroups } from "./publish-groups";
import { getFormationView } from "./queries";
import { getFormationReadiness } from "./readiness";
import { runGroupFormation } from "./run-formation";

// The reasons a formation gives for everyone it leaves out, and the fixes the review page offers for
// them, through the server actions as a crafted POST calls them (only the session lookup and Next's
// request APIs are replaced; the database is real).
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
const actions = await import("@/app/(admin)/admin/programmes/[id]/groups/actions");

const db = () => getDb();

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** Everything of the organisation these actions could touch, as one value. */
async function snapshot(organizationId: string): Promise<string> {
  const parts = [];
  for (const table of ["programmes", "enrolments", "codev_groups", "codev_group_members", "meeting_series", "meeting_sessions", "meeting_participants", "email_messages", "audit_events"]) {
    parts.push(Array.from(await db().execute(sql`select * from ${sql.identifier(table)} where organization_id = ${organizationId} order by id`)));
  }
  return JSON.stringify(parts);
}

/** Only these people stay signed up for the world's programme; the others withdraw. */
async function keepOnly(w: GroupsWorld, people: GroupsPerson[]) {
  const ids = people.map((p) => p.membershipId);
  await db().update(enrolments).set({ status: "withdrawn" }).where(and(eq(enrolments.programmeId, w.programmeId), notInArray(enrolments.membershipId, ids)));
}

const proposedGroups = (w: GroupsWorld) => db().select().from(codevGroups).where(eq(codevGroups.programmeId, w.programmeId));
const roleOf = async (w: GroupsWorld, membershipId: string) =>
  (await db().select({ role: enrolments.role }).from(enrolments).where(and(eq(enrolments.programmeId, w.programmeId), eq(enrolments.membershipId, membershipId))))[0].role;
const settingsOf = async (w: GroupsWorld) => readCodevSettings((await db().select({ settings: programmes.settings }).from(programmes).where(eq(programmes.id, w.programmeId)))[0].settings);
const auditOf = (w: GroupsWorld, action: string) => db().select().from(auditEvents).where(and(eq(auditEvents.organizationId, w.organizationId), eq(auditEvents.action, action)));

/** A late sign-up: a new member of the organisation who enrols after the groups were published. */
async function enrolLate(w: GroupsWorld, key: string, availability = ["mon-09", "mon-10"]): Promise<GroupsPerson> {
  const email = `${key}-${w.programmeId.slice(0, 8)}@example.test`;
  const [user] = await db().insert(users).values({ email, name: key, locale: "en", currentOrganizationId: w.organizationId }).returning({ id: users.id });
  const [m] = await db()
    .insert(memberships)
    .values({ organizationId: w.organizationId, userId: user.id, email, name: key, role: "member", status: "active", department: "Sales", languages: ["nl"], availability, timeZone: "Europe/Amsterdam" })
    .returning({ id: memberships.id });
  await db().insert(enrolments).values({ organizationId: w.organizationId, programmeId: w.programmeId, membershipId: m.id, role: "participant", answers: {} });
  return { membershipId: m.id, userId: user.id, email, name: key, scope: { organizationId: w.organizationId, actorMembershipId: m.id, userId: user.id } };
}

beforeEach(() => {
  session.userId = null;
});
afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("a facilitator per group and nobody volunteered", () => {
  let w: GroupsWorld;
  let six: GroupsPerson[];
  beforeAll(async () => {
    w = await createGroupsWorld();
    // Six participants who could form a group (no reporting lines among them), and no facilitator.
    six = w.p.slice(3, 9);
    await keepOnly(w, six);
  });

  it("a run forms no group, and is still a proposal that lists each person with the reason and the fixes", async () => {
    expect((await getFormationView(w.admin.scope, w.programmeId)).status).toBe("none");
    // The programme's page warned before formation.
    expect(await getFormationReadiness(w.admin.scope, w.programmeId)).toEqual([{ code: "noFacilitator" }]);
    await expect(getFormationReadiness(w.member.scope, w.programmeId)).rejects.toMatchObject({ code: "forbidden" });
    expect(await getFormationReadiness(w.outsider.scope, w.programmeId)).toEqual([]);
    session.userId = w.admin.userId;
    expect(await actions.formGroupsAction(null, form({ programmeId: w.programmeId }))).toMatchObject({ ok: true });
    expect(await proposedGroups(w)).toEqual([]);
    const view = await getFormationView(w.admin.scope, w.programmeId);
    expect(view.status).toBe("proposed");
    expect(view.facilitatorShortage).toEqual({ volunteers: 0, groups: 0 });
    expect(view.unassigned.map((u) => u.membershipId).sort()).toEqual(six.map((p) => p.membershipId).sort());
    for (const person of view.unassigned) {
      expect(person.reason).toEqual({ code: "noFacilitator" });
      expect(person.remedies).toEqual([{ kind: "appointFacilitator" }, { kind: "allowRotating" }]);
    }
    expect(explainReason(view.unassigned[0].reason, getTranslator("en", "codevGroups"), "en").join(" ")).toMatch(/nobody volunteered to facilitate/);
    expect(explainReason(view.unassigned[0].reason, getTranslator("nl", "codevGroups"), "nl").join(" ")).toMatch(/niemand heeft zich als begeleider aangemeld/);
  });

  it("refuses the fixes to a member, a facilitator, a signed-out request and another organisation's admin; nothing changes", async () => {
    const calls = [
      () => actions.appointFacilitatorAction(null, form({ programmeId: w.programmeId, membershipId: six[0].membershipId })),
      () => actions.allowRotatingAction(null, form({ programmeId: w.programmeId })),
      () => actions.changeGroupSizeAction(null, form({ programmeId: w.programmeId, bound: "min", size: "4" })),
      () => actions.addToGroupAction(null, form({ programmeId: w.programmeId, membershipId: six[0].membershipId, groupId: w.programmeId })),
    ];
    const before = await snapshot(w.organizationId);
    for (const call of calls) {
      session.userId = null;
      expect(await call()).toMatchObject({ ok: false, error: "unauthenticated" });
      session.userId = w.member.userId;
      expect(await call()).toMatchObject({ ok: false, error: "forbidden" });
      session.userId = w.f1.userId;
      expect(await call()).toMatchObject({ ok: false, error: "forbidden" });
      session.userId = w.outsider.userId;
      expect((await call()).ok).toBe(false);
    }
    await expect(appointFacilitator(w.outsider.scope, { programmeId: w.programmeId, membershipId: six[0].membershipId })).rejects.toMatchObject({ code: "not_found" });
    await expect(allowRotatingFacilitation(w.outsider.scope, w.programmeId)).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot(w.organizationId)).toBe(before);
  });

  it("refuses bad input at the field or by name, and changes nothing", async () => {
    session.userId = w.admin.userId;
    const before = await snapshot(w.organizationId);
    expect(await actions.changeGroupSizeAction(null, form({ programmeId: w.programmeId, bound: "min", size: "2" }))).toMatchObject({ ok: false, error: "invalid", fieldErrors: { size: expect.anything() } });
    expect(await actions.changeGroupSizeAction(null, form({ programmeId: w.programmeId, bound: "sideways", size: "5" }))).toMatchObject({ ok: false, fieldErrors: { bound: expect.anything() } });
    expect(await actions.changeGroupSizeAction(null, form({ programmeId: w.programmeId, bound: "min", size: "7" }))).toEqual({ ok: false, error: "codevGroups.errors.sizeRange" });
    expect(await actions.appointFacilitatorAction(null, form({ programmeId: w.programmeId, membershipId: "not-a-uuid" }))).toMatchObject({ ok: false, error: "invalid" });
    // Someone not signed up, someone who withdrew, and a member of another organisation: not a participant here.
    for (const membershipId of [w.member.membershipId, w.p[0].membershipId, w.outsider.membershipId]) {
      expect(await actions.appointFacilitatorAction(null, form({ programmeId: w.programmeId, membershipId }))).toMatchObject({ ok: false, error: "not_found" });
    }
    // Nothing is published: there is no group to add a late sign-up to.
    expect(await actions.addToGroupAction(null, form({ programmeId: w.programmeId, membershipId: six[0].membershipId, groupId: w.programmeId }))).toMatchObject({ ok: false, error: "not_found" });
    expect(await snapshot(w.organizationId)).toBe(before);
  });

  it("appointing one of them as facilitator changes their enrolment (audited), and a new run forms a group they can lead", async () => {
    session.userId = w.admin.userId;
    expect(await actions.appointFacilitatorAction(null, form({ programmeId: w.programmeId, membershipId: six[0].membershipId }))).toMatchObject({ ok: true });
    expect(await roleOf(w, six[0].membershipId)).toBe("facilitator");
    const [audit] = await auditOf(w, "codevGroups.facilitatorAppointed");
    expect(audit).toMatchObject({ actorMembershipId: w.admin.membershipId, targetId: w.programmeId });
    expect(JSON.stringify(audit.data)).not.toContain(six[0].name);
    // Appointing them again: they are no participant any more.
    expect(await actions.appointFacilitatorAction(null, form({ programmeId: w.programmeId, membershipId: six[0].membershipId }))).toMatchObject({ ok: false, error: "not_found" });

    await runGroupFormation(w.admin.scope, w.programmeId);
    const view = await getFormationView(w.admin.scope, w.programmeId);
    expect(view.groups).toHaveLength(1);
    expect(view.groups[0].members.map((m) => m.membershipId).sort()).toEqual(six.slice(1).map((p) => p.membershipId).sort());
    expect(view.unassigned).toEqual([]);
    expect(view.facilitatorShortage).toBeNull();
    expect(view.facilitators.map((f) => f.membershipId)).toEqual([six[0].membershipId]);
    await setGroupFacilitator(w.admin.scope, { programmeId: w.programmeId, groupId: view.groups[0].id, membershipId: six[0].membershipId });
    expect(await publishGroups(w.admin.scope, w.programmeId)).toEqual({ groups: 1 });
    // Once they are in a published group, a member cannot be turned into its facilitator.
    expect(await actions.appointFacilitatorAction(null, form({ programmeId: w.programmeId, membershipId: six[1].membershipId }))).toEqual({ ok: false, error: "codevGroups.errors.inPublishedGroup" });
  });
});

describe("appointing someone who once volunteered and withdrew", () => {
  it("gives them their facilitator sign-up back and withdraws the participant one, instead of a second row", async () => {
    const w = await createGroupsWorld();
    const person = await enrolLate(w, "once-volunteered");
    await db().insert(enrolments).values({ organizationId: w.organizationId, programmeId: w.programmeId, membershipId: person.membershipId, role: "facilitator", status: "withdrawn", answers: {} });
    await appointFacilitator(w.admin.scope, { programmeId: w.programmeId, membershipId: person.membershipId });
    const rows = await db()
      .select({ role: enrolments.role, status: enrolments.status })
      .from(enrolments)
      .where(and(eq(enrolments.programmeId, w.programmeId), eq(enrolments.membershipId, person.membershipId)));
    expect(rows.sort((a, b) => a.role.localeCompare(b.role))).toEqual([
      { role: "facilitator", status: "active" },
      { role: "participant", status: "withdrawn" },
    ]);
  });
});

describe("allowing groups without a facilitator", () => {
  it("switches the programme to rotating (audited), drops proposed facilitators, and a new run forms a group of all six", async () => {
    const w = await createGroupsWorld();
    const six = w.p.slice(3, 9);
    await keepOnly(w, six);
    await runGroupFormation(w.admin.scope, w.programmeId);
    session.userId = w.admin.userId;
    expect(await actions.allowRotatingAction(null, form({ programmeId: w.programmeId }))).toMatchObject({ ok: true });
    expect((await settingsOf(w)).facilitatorMode).toBe("rotating");
    expect(await auditOf(w, "programme.facilitationRotating")).toHaveLength(1);
    await runGroupFormation(w.admin.scope, w.programmeId);
    const view = await getFormationView(w.admin.scope, w.programmeId);
    expect(view.groups.map((g) => g.members.length)).toEqual([6]);
    expect(view.facilitatorShortage).toBeNull();
    // Once published, the groups keep the mode they were formed with.
    await publishGroups(w.admin.scope, w.programmeId);
    await db().update(programmes).set({ settings: { ...(await settingsOf(w)), facilitatorMode: "perGroup" } }).where(eq(programmes.id, w.programmeId));
    expect(await actions.allowRotatingAction(null, form({ programmeId: w.programmeId }))).toEqual({ ok: false, error: "codevGroups.errors.alreadyPublished" });
  });
});

describe("a volunteer facilitator when groups rotate", () => {
  it("joins the groups as a participant, so that a rotating run places them", async () => {
    const w = await createGroupsWorld();
    const six = w.p.slice(3, 9);
    await keepOnly(w, six);
    const volunteer = await enrolLate(w, "volunteer");
    await db().update(enrolments).set({ role: "facilitator" }).where(and(eq(enrolments.programmeId, w.programmeId), eq(enrolments.membershipId, volunteer.membershipId)));
    await allowRotatingFacilitation(w.admin.scope, w.programmeId);
    expect(await roleOf(w, volunteer.membershipId)).toBe("participant");
    await runGroupFormation(w.admin.scope, w.programmeId);
    const view = await getFormationView(w.admin.scope, w.programmeId);
    expect(view.groups.flatMap((g) => g.members.map((m) => m.membershipId))).toContain(volunteer.membershipId);
  });
});

describe("other reasons in plain words", () => {
  it("no language, no common slot and group size: each said, with a step on the size that a new run uses", async () => {
    const w = await createGroupsWorld({ facilitatorMode: "rotating" });
    const four = w.p.slice(3, 7);
    await keepOnly(w, [...four, w.english, w.german, w.tuesday]);
    await runGroupFormation(w.admin.scope, w.programmeId);
    const view = await getFormationView(w.admin.scope, w.programmeId);
    expect(view.status).toBe("proposed");
    expect(view.groups).toEqual([]);
    const by = new Map(view.unassigned.map((u) => [u.membershipId, u]));
    expect(by.get(w.german.membershipId)!.reason).toEqual({ code: "noLanguage" });
    expect(by.get(w.english.membershipId)!.reason).toMatchObject({ code: "tooFewPeers", bestPeerCount: 0 });
    expect(by.get(four[0].membershipId)!.reason).toMatchObject({ code: "tooFewPeers", bestPeerCount: 3 });
    expect(by.get(four[0].membershipId)!.remedies).toEqual([{ kind: "lowerMinimum", to: 4 }, { kind: "settings" }]);
    const en = getTranslator("en", "codevGroups");
    const nl = getTranslator("nl", "codevGroups");
    const words = (id: string, t: typeof en, locale: string) => explainReason(by.get(id)!.reason, t, locale, { minSize: 5 }).join(" ");
    expect(words(w.german.membershipId, en, "en")).toMatch(/none of this programme's languages/);
    expect(words(w.english.membershipId, en, "en")).toMatch(/no weekly time in common/);
    expect(words(four[0].membershipId, en, "en")).toMatch(/only 3 others; a group needs at least 5/);
    expect(words(four[0].membershipId, nl, "nl")).toMatch(/maar 3 anderen; een groep heeft er minstens 5 nodig/);

    session.userId = w.admin.userId;
    expect(await actions.changeGroupSizeAction(null, form({ programmeId: w.programmeId, bound: "min", size: "4" }))).toMatchObject({ ok: true });
    expect(await settingsOf(w)).toMatchObject({ groupSizeMin: 4, groupSizeMax: 6 });
    expect((await auditOf(w, "programme.groupSizeChanged"))[0].data).toEqual({ min: 4, max: 6 });
    await runGroupFormation(w.admin.scope, w.programmeId);
    const again = await getFormationView(w.admin.scope, w.programmeId);
    expect(again.groups.map((g) => g.members.length)).toEqual([4]);
  });
});

describe("late sign-ups", () => {
  let w: GroupsWorld;
  beforeAll(async () => {
    w = await createGroupsWorld();
    await runGroupFormation(w.admin.scope, w.programmeId);
    const groups = (await getFormationView(w.admin.scope, w.programmeId)).groups;
    const withReport = groups.find((g) => g.members.some((m) => m.membershipId === w.p[2].membershipId))!;
    for (const group of groups) await setGroupFacilitator(w.admin.scope, { programmeId: w.programmeId, groupId: group.id, membershipId: group.id === withReport.id ? w.f2.membershipId : w.f1.membershipId });
    await publishGroups(w.admin.scope, w.programmeId);
  });

  it("are listed with the published groups that have room, and added through a confirmed step: group, sessions, invitations, one email", async () => {
    const late = await enrolLate(w, "late");
    let view = await getFormationView(w.admin.scope, w.programmeId);
    expect(view.status).toBe("published");
    // Both groups have six, the maximum: no room yet.
    expect(view.unassigned.find((u) => u.membershipId === late.membershipId)!.reason).toMatchObject({ code: "groupsFull" });
    expect(view.unassigned.find((u) => u.membershipId === late.membershipId)!.remedies).toContainEqual({ kind: "raiseMaximum", to: 7 });
    const [first] = view.groups;
    session.userId = w.admin.userId;
    const full = await snapshot(w.organizationId);
    expect(await actions.addToGroupAction(null, form({ programmeId: w.programmeId, membershipId: late.membershipId, groupId: first.id }))).toEqual({ ok: false, error: "codevGroups.rules.groupFull" });
    expect(await snapshot(w.organizationId)).toBe(full);

    await changeGroupSize(w.admin.scope, { programmeId: w.programmeId, bound: "max", size: 7 });
    view = await getFormationView(w.admin.scope, w.programmeId);
    const listed = view.unassigned.find((u) => u.membershipId === late.membershipId)!;
    expect(listed.reason).toEqual({ code: "lateFits", numbers: [1, 2] });
    expect(explainReason(listed.reason, getTranslator("en", "codevGroups"), "en").join(" ")).toMatch(/^Signed up after the groups were published; fits Group 1 or Group 2/);
    expect(listed.remedies).toEqual([{ kind: "addToGroup", numbers: [1, 2] }]);

    const emailsBefore = await db().select().from(emailMessages).where(eq(emailMessages.organizationId, w.organizationId));
    expect(await actions.addToGroupAction(null, form({ programmeId: w.programmeId, membershipId: late.membershipId, groupId: first.id }))).toEqual({ ok: true });
    const members = await db().select().from(codevGroupMembers).where(eq(codevGroupMembers.groupId, first.id));
    expect(members.map((m) => m.membershipId)).toContain(late.membershipId);
    const [group] = await db().select().from(codevGroups).where(eq(codevGroups.id, first.id));
    const sessions = await db().select().from(meetings).where(eq(meetings.seriesId, group.seriesId!));
    const invited = await db().select().from(meetingParticipants).where(and(eq(meetingParticipants.membershipId, late.membershipId), inArray(meetingParticipants.sessionId, sessions.map((s) => s.id))));
    expect(invited).toHaveLength(sessions.length);
    const emailsAfter = await db().select().from(emailMessages).where(eq(emailMessages.organizationId, w.organizationId));
    const fresh = emailsAfter.filter((e) => !emailsBefore.some((b) => b.id === e.id));
    expect(fresh.map((e) => [e.toAddress, e.template]).sort()).toEqual([
      [late.email, "group-published"],
      [late.email, "session-invitation"],
    ]);
    expect(await auditOf(w, "codevGroups.lateAdded")).toHaveLength(1);
    expect((await getFormationView(w.admin.scope, w.programmeId)).unassigned.map((u) => u.membershipId)).not.toContain(late.membershipId);
    // Twice: they have a group now.
    expect(await actions.addToGroupAction(null, form({ programmeId: w.programmeId, membershipId: late.membershipId, groupId: first.id }))).toEqual({ ok: false, error: "codevGroups.errors.alreadyPlaced" });
  });

  it("enough late sign-ups who fit together form a new group through the same run and publish, leaving the published groups alone", async () => {
    const tuesday = [];
    for (let i = 0; i < 5; i++) tuesday.push(await enrolLate(w, `tue${i}`, ["tue-14", "tue-15"]));
    const published = (await proposedGroups(w)).filter((g) => g.status === "published");
    const before = JSON.stringify(await db().select().from(codevGroupMembers).where(inArray(codevGroupMembers.groupId, published.map((g) => g.id))));
    session.userId = w.admin.userId;
    expect(await actions.formGroupsAction(null, form({ programmeId: w.programmeId }))).toMatchObject({ ok: true });
    const view = await getFormationView(w.admin.scope, w.programmeId);
    const fresh = view.groups.filter((g) => g.status === "proposed");
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toMatchObject({ number: 3, slot: "tue-14" });
    expect(fresh[0].members.map((m) => m.membershipId).sort()).toEqual(tuesday.map((p) => p.membershipId).sort());
    await setGroupFacilitator(w.admin.scope, { programmeId: w.programmeId, groupId: fresh[0].id, membershipId: w.f2.membershipId });
    expect(await actions.publishGroupsAction(null, form({ programmeId: w.programmeId }))).toEqual({ ok: true });
    expect(JSON.stringify(await db().select().from(codevGroupMembers).where(inArray(codevGroupMembers.groupId, published.map((g) => g.id))))).toBe(before);
    const [group] = await db().select().from(codevGroups).where(eq(codevGroups.id, fresh[0].id));
    expect(group.status).toBe("published");
    expect(group.seriesId).not.toBeNull();
  });
});
