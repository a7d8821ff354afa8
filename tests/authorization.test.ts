import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema";
import { testSession } from "@/lib/testing/request-mocks";

// Every server action is a public POST endpoint (SECURITY.md rule 1). These tests call the real actions the
// way a crafted request would: only the Auth.js session lookup and Next's request APIs are replaced; roles
// and organisations are read from the real database, and after every refusal nothing may have changed.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));

const membersActions = await import("@/app/(admin)/admin/members/actions");
const importActions = await import("@/app/(admin)/admin/members/import/actions");
const settingsActions = await import("@/app/(admin)/admin/settings/actions");
const shellActions = await import("@/app/_components/shell-actions");

type Person = { userId: string; membershipId: string; email: string };
let orgA: string;
let orgB: string;
let adminA: Person;
let memberA: Person;
let invitedA: Person;
let adminB: Person;

async function person(organizationId: string, role: "member" | "admin", status: "active" | "invited" = "active"): Promise<Person> {
  const db = getDb();
  const email = `authz-${role}-${crypto.randomUUID().slice(0, 8)}@example.org`;
  const [user] = await db.insert(users).values({ email, name: email, currentOrganizationId: organizationId }).returning();
  const [membership] = await db
    .insert(memberships)
    .values({ organizationId, userId: status === "active" ? user.id : null, email, role, status, name: email })
    .returning();
  return { userId: user.id, membershipId: membership.id, email };
}

/** Everything of organisation A that an action could touch, as one comparable value. */
async function snapshotOf(organizationId: string): Promise<string> {
  const tables = ["memberships", "invitations", "email_messages", "audit_events", "member_imports", "programmes", "enrolments"];
  const parts: unknown[] = [];
  for (const table of tables) {
    const rows = await getDb().execute(sql`select * from ${sql.identifier(table)} where organization_id = ${organizationId} order by id`);
    parts.push(Array.from(rows));
  }
  parts.push(Array.from(await getDb().execute(sql`select * from organizations where id = ${organizationId}`)));
  return JSON.stringify(parts);
}

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const csvFile = () => new File(["name,email\nNew Person,new-person@example.org\n"], "people.csv", { type: "text/csv" });

/** The admin actions, each with an input aimed at organisation A's invited person. */
function adminCalls() {
  return {
    changeRole: () => membersActions.changeRoleAction(null, form({ membershipId: invitedA.membershipId, role: "admin" })),
    remove: () => membersActions.removeMemberAction(null, form({ membershipId: invitedA.membershipId })),
    resend: () => membersActions.resendInvitationAction(null, form({ membershipId: invitedA.membershipId })),
    invite: () => membersActions.inviteMemberAction(null, form({ name: "Someone", email: "someone-new@example.org", department: "IT", language: "nl" })),
    previewImport: () => importActions.previewImportAction(null, form({ file: csvFile(), encoding: "plain" })),
    startImport: () => importActions.startImportAction(null, form({ file: csvFile(), encoding: "plain", fileHash: "0".repeat(64) })),
    settings: () => settingsActions.saveOrganizationSettings(null, form({ name: "Taken over", defaultLocale: "en", timeZone: "Europe/London", topics: "" })),
  };
}

beforeAll(async () => {
  const db = getDb();
  const suffix = crypto.randomUUID().slice(0, 8);
  [{ id: orgA }, { id: orgB }] = await db
    .insert(organizations)
    .values([{ name: "Org A", slug: `authz-a-${suffix}` }, { name: "Org B", slug: `authz-b-${suffix}` }])
    .returning({ id: organizations.id });
  adminA = await person(orgA, "admin");
  memberA = await person(orgA, "member");
  invitedA = await person(orgA, "member", "invited");
  adminB = await person(orgB, "admin");
});

beforeEach(() => {
  session.userId = null;
});

afterAll(() => closeDb());

describe("admin actions refuse a member of the same organisation", () => {
  for (const [name, call] of Object.entries({ ...adminCallsLazy() })) {
    it(`${name}: forbidden, nothing changes`, async () => {
      session.userId = memberA.userId;
      const before = await snapshotOf(orgA);
      const result = await call();
      expect(result).toMatchObject({ ok: false, error: "forbidden" });
      expect(await snapshotOf(orgA)).toBe(before);
    });
  }

  it("the manager search of the invite form returns nothing to a member", async () => {
    session.userId = memberA.userId;
    expect(await membersActions.searchManagersAction("authz")).toEqual([]);
  });
});

describe("actions refuse a signed-out request", () => {
  for (const [name, call] of Object.entries({ ...adminCallsLazy() })) {
    it(`${name}: unauthenticated, nothing changes`, async () => {
      const before = await snapshotOf(orgA);
      expect(await call()).toMatchObject({ ok: false, error: "unauthenticated" });
      expect(await snapshotOf(orgA)).toBe(before);
    });
  }
});

describe("an admin of another organisation cannot reach organisation A", () => {
  for (const name of ["changeRole", "remove", "resend"] as const) {
    it(`${name} on A's member: refused, A unchanged`, async () => {
      session.userId = adminB.userId;
      const before = await snapshotOf(orgA);
      const result = await adminCalls()[name]();
      expect(result.ok).toBe(false);
      expect(await snapshotOf(orgA)).toBe(before);
    });
  }

  it("their own settings and invitations change only their own organisation", async () => {
    session.userId = adminB.userId;
    const before = await snapshotOf(orgA);
    expect(await adminCalls().settings()).toMatchObject({ ok: true });
    expect(await adminCalls().invite()).toMatchObject({ ok: true });
    expect(await snapshotOf(orgA)).toBe(before);
    const [b] = await getDb().select().from(organizations).where(eq(organizations.id, orgB));
    expect(b.name).toBe("Taken over");
  });

  it("the manager search never returns another organisation's people", async () => {
    session.userId = adminB.userId;
    const found = await membersActions.searchManagersAction("authz");
    expect(found.map((c) => JSON.stringify(c)).join()).not.toContain(adminA.email);
  });

  it("switching to an organisation one does not belong to changes nothing", async () => {
    session.userId = memberA.userId;
    await expect(shellActions.switchOrganizationAction(form({ organizationId: orgB }))).rejects.toThrow(/NEXT_REDIRECT/);
    const [user] = await getDb().select().from(users).where(eq(users.id, memberA.userId));
    expect(user.currentOrganizationId).toBe(orgA);
  });
});

describe("single sign-on mapping", () => {
  const issuer = "https://idp.example.org";
  const ssoForm = () => form({ name: "Org A", defaultLocale: "nl", timeZone: "Europe/Amsterdam", topics: "", ssoProvider: "oidc", ssoTenantId: issuer });

  it("an admin cannot map a tenant they have never signed in from", async () => {
    Object.assign(process.env, { AUTH_OIDC_ISSUER: issuer, AUTH_OIDC_ID: "kring", AUTH_OIDC_SECRET: "secret" });
    try {
      session.userId = adminA.userId;
      const before = await snapshotOf(orgA);
      expect(await settingsActions.saveOrganizationSettings(null, ssoForm())).toMatchObject({ ok: false, fieldErrors: { ssoTenantId: "ssoNotYours" } });
      expect(await snapshotOf(orgA)).toBe(before);

      // After signing in through that provider once (an accounts row with its ID token), it can.
      const idToken = ["e30", Buffer.from(JSON.stringify({ iss: issuer, sub: "admin-a" })).toString("base64url"), "sig"].join(".");
      await getDb().execute(sql`insert into accounts (user_id, type, provider, provider_account_id, id_token) values (${adminA.userId}, 'oidc', 'oidc', 'admin-a', ${idToken})`);
      expect(await settingsActions.saveOrganizationSettings(null, ssoForm())).toMatchObject({ ok: true });
      const [a] = await getDb().select().from(organizations).where(eq(organizations.id, orgA));
      expect(a).toMatchObject({ ssoProvider: "oidc", ssoTenantId: issuer });
    } finally {
      delete process.env.AUTH_OIDC_ISSUER;
      delete process.env.AUTH_OIDC_ID;
      delete process.env.AUTH_OIDC_SECRET;
    }
  });
});

describe("an admin is allowed (the refusals above are about the role, not a broken action)", () => {
  it("changes a role in their own organisation", async () => {
    session.userId = adminA.userId;
    expect(await adminCalls().changeRole()).toMatchObject({ ok: true });
    const [m] = await getDb().select().from(memberships).where(eq(memberships.id, invitedA.membershipId));
    expect(m.role).toBe("admin");
  });
});

it("every server action of the app is covered by an authorisation test", () => {
  const covered = new Set([
    // tested here
    "changeRoleAction", "removeMemberAction", "resendInvitationAction", "inviteMemberAction", "searchManagersAction",
    "previewImportAction", "startImportAction", "saveOrganizationSettings", "switchOrganizationAction",
    // lib/profiles/profile-actions.test.ts
    "saveProfileAction",
    // acts on the signed-in person's own account only (lib/accounts/erase.test.ts)
    "eraseOwnAccountAction",
    // lib/scheduling/scheduling-actions.test.ts (member, signed-out and other-organisation refusals)
    "cancelSessionAction", "moveSessionAction", "createSeriesAction", "proposeSlotsAction", "searchPlannableMembersAction",
    "issueFeedLinkAction", "revokeFeedLinksAction",
    // lib/mentoring/round.test.ts (member, signed-out and other-organisation refusals)
    "runMatchingAction", "pinMatchAction", "breakMatchAction", "swapMentorsAction", "publishRunAction",
    // lib/mentoring/pair-by-hand.test.ts (member, signed-out and other-organisation refusals)
    "pairByHandAction",
    // lib/mentoring/respond.test.ts (signed-out, other-member and other-organisation refusals)
    "acceptMatchAction", "declineMatchAction",
    // lib/mentoring/pair/pair-access.test.ts (signed-out, other-member, admin-outside-the-pair and other-organisation refusals)
    "createGoalAction", "updateGoalAction", "addNoteAction", "planFirstMeetingAction", "answerFitCheckAction", "addClosingReflectionAction", "endMatchAction", "requestRematchAction",
    // lib/mentoring/pair/pair-meetings.test.ts (signed-out, other-member, admin-outside-the-pair and other-organisation refusals)
    "proposeMeetingAction", "acceptProposalAction", "movePairMeetingAction", "cancelPairMeetingAction", "recordPairAttendanceAction",
    // lib/mentoring/self-select.test.ts (signed-out, non-mentee and other-organisation refusals)
    "requestMentorAction",
    // lib/codevelopment/formation/formation.test.ts (member, facilitator, signed-out and other-organisation refusals)
    "formGroupsAction", "moveParticipantAction", "setFacilitatorAction", "publishGroupsAction",
    // lib/codevelopment/formation/formation-reasons.test.ts (the same refusals for the fixes and late places)
    "appointFacilitatorAction", "allowRotatingAction", "changeGroupSizeAction", "addToGroupAction",
    // lib/codevelopment/groups/groups.test.ts (signed-out, admin-outside-the-group, other-group and other-organisation refusals)
    "setRotationAction", "requestTurnSwapAction", "respondTurnSwapAction",
    // lib/codevelopment/session-access.test.ts (signed-out, admin-outside-the-group, other-group and other-organisation refusals)
    "saveCaseAction", "commentCaseAction", "markCaseReadyAction", "startRunnerAction", "moveStepAction", "pauseRunnerAction", "resumeRunnerAction",
    "finishRunnerAction", "recordGroupAttendanceAction", "addStepNoteAction", "addActionItemAction", "removeActionItemAction", "setActionItemDoneAction",
    "saveLearningAction", "giveFeedbackAction",
    // lib/mentoring/programme-actions.test.ts (member, signed-out and other-organisation refusals)
    "createProgrammeAction", "updateProgrammeAction", "changeProgrammeStatusAction", "saveEnrolmentAction", "withdrawEnrolmentAction", "searchAvoidAction",
    // lib/codevelopment/programme-actions.test.ts (member, signed-out and other-organisation refusals)
    "createCodevProgrammeAction", "updateCodevProgrammeAction", "chooseCodevMethodAction", "saveCodevStepsAction",
    "createMethodAction", "updateMethodAction", "deleteMethodAction", "saveCodevEnrolmentAction",
    // lib/conversations/guide-actions.test.ts (member, facilitator, signed-out and other-organisation refusals)
    "createGuideAction", "updateGuideAction", "deleteGuideAction",
    // lib/conversations/pair-conversations.test.ts and team-conversations.test.ts (signed-out, other-member, admin-outside-the-conversation and other-organisation refusals)
    "startPairConversationAction", "startTeamConversationAction", "beginConversationAction", "moveConversationStepAction", "pauseConversationAction",
    "resumeConversationAction", "discardConversationAction", "closeConversationAction", "setConversationActionDoneAction",
    // lib/tracks/track-admin-actions.test.ts (member, facilitator, signed-out and other-organisation refusals)
    "saveTrackStartAction", "addTrackStepAction", "updateTrackStepAction", "moveTrackStepAction", "removeTrackStepAction",
    // lib/tracks/track-participant.test.ts (signed-out, not-enrolled, withdrawn, admin-not-enrolled and other-organisation refusals)
    "setTrackStepDoneAction", "saveTrackReflectionAction",
    // lib/chat/channel.test.ts (member, signed-out and other-organisation refusals); the preference acts on the member's own row only
    "connectChatChannelAction", "testChatChannelAction", "disconnectChatChannelAction", "saveNoticePreferencesAction",
    // lib/scim/tokens.test.ts (member, signed-out and other-organisation refusals)
    "manageScimTokenAction",
    // open to everyone by design: asking for a sign-in link, SSO, language, signing out
    "requestMagicLink", "signInWithSso", "setLocaleAction", "signOutAction",
  ]);
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && fs.readFileSync(full, "utf8").trimStart().startsWith('"use server"')) {
        for (const match of fs.readFileSync(full, "utf8").matchAll(/^export (?:async function|const) (\w+)/gm)) found.push(match[1]);
      }
    }
  };
  walk(path.join(process.cwd(), "app"));
  walk(path.join(process.cwd(), "lib"));
  expect(found.filter((name) => !covered.has(name))).toEqual([]);
});

/** Test names are needed before beforeAll runs; the calls read the people lazily. */
function adminCallsLazy(): Record<string, () => Promise<{ ok: boolean }>> {
  const names = ["changeRole", "remove", "resend", "invite", "previewImport", "startImport", "settings"] as const;
  return Object.fromEntries(names.map((n) => [n, () => adminCalls()[n]()]));
}
