import { afterAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { closeDb, getDb, queryCounter } from "@/db/client";
import { auditEvents, emailMessages, invitations, memberships } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { closeProducer } from "@/lib/jobs/boss";
import { setClockOffset } from "@/lib/clock";
import { inviteMember, resendInvitation } from "./invite";
import { listMembers } from "./queries";
import { changeMemberRole, removeMember } from "./roles";
import { createTestOrganization } from "./test-helpers";

afterAll(async () => {
  await closeProducer();
  await closeDb();
});

const membershipOf = async (id: string) => (await getDb().select().from(memberships).where(eq(memberships.id, id)))[0];

describe("inviting one person", () => {
  it("writes the membership, a hashed 14-day invitation, the email and an audit row together", async () => {
    const org = await createTestOrganization();
    const result = await inviteMember(org.admin.scope, { name: "Ann", email: `ann-${org.tag}@example.test`, department: "IT", managerEmail: org.admin.email, language: "en" });
    if (!result.ok) throw new Error("expected ok");
    const membership = await membershipOf(result.membershipId);
    expect(membership).toMatchObject({ status: "invited", userId: null, role: "member", department: "IT", managerMembershipId: org.admin.membershipId });
    const [invitation] = await getDb().select().from(invitations).where(eq(invitations.membershipId, result.membershipId));
    expect(invitation.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(invitation.expiresAt.getTime() - Date.now()).toBeGreaterThan(13.9 * 24 * 3600 * 1000);
    const [email] = await getDb().select().from(emailMessages).where(eq(emailMessages.idempotencyKey, `invitation:${invitation.id}`));
    expect(email).toMatchObject({ template: "invitation", locale: "en", toAddress: `ann-${org.tag}@example.test`, organizationId: org.organizationId });
    // The stored hash is not the token from the link.
    expect(String(email.props.url)).not.toContain(invitation.tokenHash);
    const audit = await getDb().select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organizationId), eq(auditEvents.targetId, result.membershipId)));
    expect(audit.map((a) => a.action)).toEqual(["member.invited"]);
  });

  it("re-inviting issues a new token and the old one stops working; an active member is a field error", async () => {
    const org = await createTestOrganization();
    const input = { name: "Bob", email: `bob-${org.tag}@example.test`, department: null, managerEmail: null, language: "nl" as const };
    const first = await inviteMember(org.admin.scope, input);
    // Inside the resend window a re-invite sends nothing (one-effect-per-intent.test.ts); past it, a new link.
    setClockOffset(11 * 60_000);
    const second = await inviteMember(org.admin.scope, { ...input, name: "Bob B." });
    expect(second).toMatchObject({ ok: true, reinvited: true });
    if (!first.ok || !second.ok) throw new Error("expected ok");
    expect(second.membershipId).toBe(first.membershipId);
    const open = await getDb().select().from(invitations).where(and(eq(invitations.membershipId, first.membershipId), isNull(invitations.acceptedAt)));
    expect(open).toHaveLength(1);
    setClockOffset(22 * 60_000);
    await resendInvitation(org.admin.scope, first.membershipId);
    setClockOffset(0);
    expect(await getDb().select().from(invitations).where(eq(invitations.membershipId, first.membershipId))).toHaveLength(1);

    const active = await org.addPerson("member", "active");
    expect(await inviteMember(org.admin.scope, { ...input, email: active.email })).toEqual({ ok: false, field: "email", error: "alreadyActive" });
  });

  it("refuses an unknown manager and a manager who reports to the person", async () => {
    const org = await createTestOrganization();
    const unknown = await inviteMember(org.admin.scope, { name: "C", email: `c-${org.tag}@example.test`, department: null, managerEmail: "nobody@example.test", language: "nl" });
    expect(unknown).toEqual({ ok: false, field: "managerEmail", error: "managerUnknown" });
    const boss = await inviteMember(org.admin.scope, { name: "Boss", email: `boss-${org.tag}@example.test`, department: null, managerEmail: null, language: "nl" });
    await inviteMember(org.admin.scope, { name: "Report", email: `report-${org.tag}@example.test`, department: null, managerEmail: `boss-${org.tag}@example.test`, language: "nl" });
    expect(boss.ok).toBe(true);
    const cycle = await inviteMember(org.admin.scope, { name: "Boss", email: `boss-${org.tag}@example.test`, department: null, managerEmail: `report-${org.tag}@example.test`, language: "nl" });
    expect(cycle).toEqual({ ok: false, field: "managerEmail", error: "managerCycle" });
  });
});

describe("roles and removal", () => {
  it("changes a role with an audit row, and never demotes or removes the last admin", async () => {
    const org = await createTestOrganization();
    const member = await org.addPerson("member", "m");
    await changeMemberRole(org.admin.scope, { membershipId: member.membershipId, role: "facilitator" });
    expect((await membershipOf(member.membershipId)).role).toBe("facilitator");
    await expect(changeMemberRole(org.admin.scope, { membershipId: org.admin.membershipId, role: "member" })).rejects.toMatchObject({ messageKey: "lastAdmin" });
    await expect(removeMember(org.admin.scope, org.admin.membershipId)).rejects.toMatchObject({ messageKey: "lastAdmin" });
    expect((await membershipOf(org.admin.membershipId)).role).toBe("admin");
    // With a second admin, demoting oneself is fine.
    await changeMemberRole(org.admin.scope, { membershipId: member.membershipId, role: "admin" });
    await changeMemberRole(org.admin.scope, { membershipId: org.admin.membershipId, role: "member" });
    expect((await membershipOf(org.admin.membershipId)).role).toBe("member");
  });

  it("removes by status (no delete) and revokes the open invitation", async () => {
    const org = await createTestOrganization();
    const invited = await inviteMember(org.admin.scope, { name: "D", email: `d-${org.tag}@example.test`, department: null, managerEmail: null, language: "nl" });
    if (!invited.ok) throw new Error("expected ok");
    await removeMember(org.admin.scope, invited.membershipId);
    expect((await membershipOf(invited.membershipId)).status).toBe("removed");
    expect(await getDb().select().from(invitations).where(eq(invitations.membershipId, invited.membershipId))).toHaveLength(0);
    const [email] = await getDb().select().from(emailMessages).where(eq(emailMessages.toAddress, `d-${org.tag}@example.test`));
    expect(email.status).toBe("cancelled");
  });

  it("an admin of organisation A cannot touch a member of organisation B: nothing changes", async () => {
    const orgA = await createTestOrganization("A");
    const orgB = await createTestOrganization("B");
    const memberB = await orgB.addPerson("member", "b");
    const before = await membershipOf(memberB.membershipId);
    await expect(changeMemberRole(orgA.admin.scope, { membershipId: memberB.membershipId, role: "admin" })).rejects.toMatchObject({ code: "not_found" });
    await expect(removeMember(orgA.admin.scope, memberB.membershipId)).rejects.toMatchObject({ code: "not_found" });
    await expect(resendInvitation(orgA.admin.scope, memberB.membershipId)).rejects.toMatchObject({ code: "not_found" });
    // A forged scope (A's admin claiming organisation B) fails the actor check in B.
    await expect(changeMemberRole({ ...orgA.admin.scope, organizationId: orgB.organizationId }, { membershipId: memberB.membershipId, role: "admin" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await membershipOf(memberB.membershipId)).toEqual(before);
    const list = await listMembers(orgA.admin.scope);
    expect(list.rows.map((r) => r.id)).not.toContain(memberB.membershipId);
  });

  it("a member who is not an admin is refused by the permission check and in the data layer", async () => {
    const org = await createTestOrganization();
    const member = await org.addPerson("member", "plain");
    const other = await org.addPerson("member", "other");
    expect(can("member", "members.changeRole") || can("member", "members.invite") || can("member", "members.view")).toBe(false);
    expect(can("facilitator", "members.changeRole")).toBe(false);
    await expect(changeMemberRole(member.scope, { membershipId: other.membershipId, role: "admin" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeMember(member.scope, other.membershipId)).rejects.toMatchObject({ code: "forbidden" });
    await expect(inviteMember(member.scope, { name: "X", email: `x-${org.tag}@example.test`, department: null, managerEmail: null, language: "nl" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listMembers(member.scope)).rejects.toMatchObject({ code: "forbidden" });
    expect((await membershipOf(other.membershipId)).role).toBe("member");
    expect(await getDb().select().from(memberships).where(eq(memberships.email, `x-${org.tag}@example.test`))).toHaveLength(0);
  });
});

describe("listing members", () => {
  it("pages and searches in SQL with the same number of queries for every page", async () => {
    const org = await createTestOrganization();
    await getDb()
      .insert(memberships)
      .values(Array.from({ length: 120 }, (_, i) => ({ organizationId: org.organizationId, email: `p${i}-${org.tag}@example.test`, name: `Person ${String(i).padStart(3, "0")}`, department: i % 2 ? "Sales" : "IT_50%", managerMembershipId: org.admin.membershipId })));
    const counted = async (run: () => Promise<unknown>) => {
      const start = queryCounter.count;
      await run();
      return queryCounter.count - start;
    };
    const first = await listMembers(org.admin.scope, { page: 1 });
    expect(first).toMatchObject({ total: 121, pageCount: 5 });
    expect(first.rows).toHaveLength(25);
    expect(first.rows.find((r) => r.name === "Person 000")?.managerName).toBe(org.admin.scope && `admin ${org.tag}`);
    expect((await listMembers(org.admin.scope, { page: 5 })).rows).toHaveLength(21);
    expect(await counted(() => listMembers(org.admin.scope, { page: 1 }))).toBe(await counted(() => listMembers(org.admin.scope, { page: 5 })));
    // % and _ are matched literally.
    expect((await listMembers(org.admin.scope, { search: "it_50%" })).total).toBe(60);
    expect((await listMembers(org.admin.scope, { search: `p7-${org.tag}` })).rows.map((r) => r.name)).toEqual(["Person 007"]);
  });
});
