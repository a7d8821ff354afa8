import { afterAll, afterEach, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { emailMessages, invitations, memberships, users, verificationTokens } from "@/db/schema";
import { setClockOffset } from "@/lib/clock";
import { closeProducer } from "@/lib/jobs/boss";
import { acceptInvitation, findOpenInvitation } from "./accept-invitation";
import { inviteMember } from "./invite";
import { createTestOrganization, type TestOrganization } from "./test-helpers";

afterEach(() => setClockOffset(0));
afterAll(async () => {
  await closeProducer();
  await closeDb();
});

/** Invites an address and returns the token from the link in the email, as the invitee would. */
async function inviteAndReadToken(org: TestOrganization, email: string, language: "nl" | "en" = "en") {
  const result = await inviteMember(org.admin.scope, { name: "Invited Person", email, department: null, managerEmail: null, language });
  if (!result.ok) throw new Error("expected ok");
  const [message] = await getDb()
    .select({ props: emailMessages.props })
    .from(emailMessages)
    .innerJoin(invitations, eq(emailMessages.idempotencyKey, sql`'invitation:' || ${invitations.id}::text`))
    .where(eq(invitations.membershipId, result.membershipId));
  const token = new URL(String(message.props.url)).pathname.split("/").pop()!;
  return { token, membershipId: result.membershipId };
}

const membershipOf = async (id: string) => (await getDb().select().from(memberships).where(eq(memberships.id, id)))[0];

describe("accepting an invitation", () => {
  it("creates the account, links the membership and mints a one-time sign-in link for the invited address", async () => {
    const org = await createTestOrganization();
    const email = `new-${org.tag}@example.test`;
    const { token, membershipId } = await inviteAndReadToken(org, email, "en");
    expect(await findOpenInvitation(token)).toEqual({ organizationName: `Test org ${org.tag}`, email });

    const result = await acceptInvitation(token);
    if (!result.ok) throw new Error("expected ok");
    const signIn = new URL(result.signInPath, "http://localhost");
    expect(signIn.pathname).toBe("/api/auth/callback/email");
    expect(signIn.searchParams.get("email")).toBe(email);
    expect(signIn.searchParams.get("callbackUrl")).toBe("/dashboard");

    const [user] = await getDb().select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ name: "Invited Person", locale: "en", currentOrganizationId: org.organizationId });
    expect(await membershipOf(membershipId)).toMatchObject({ userId: user.id, status: "active" });
    expect(await getDb().select().from(verificationTokens).where(eq(verificationTokens.identifier, email))).toHaveLength(1);
  });

  it("works once: a second use of the same token is refused and changes nothing", async () => {
    const org = await createTestOrganization();
    const { token } = await inviteAndReadToken(org, `twice-${org.tag}@example.test`);
    expect((await acceptInvitation(token)).ok).toBe(true);
    expect(await acceptInvitation(token)).toEqual({ ok: false });
    expect(await findOpenInvitation(token)).toBeNull();
    expect(await getDb().select().from(verificationTokens).where(eq(verificationTokens.identifier, `twice-${org.tag}@example.test`))).toHaveLength(1);
  });

  it("refuses an expired invitation, an unknown token and one replaced by a newer invitation", async () => {
    const org = await createTestOrganization();
    const email = `late-${org.tag}@example.test`;
    const { token: old } = await inviteAndReadToken(org, email);
    setClockOffset(11 * 60_000); // past the resend window, so the second invitation is sent
    const { token, membershipId } = await inviteAndReadToken(org, email);
    expect(await acceptInvitation(old)).toEqual({ ok: false });
    expect(await acceptInvitation("x".repeat(43))).toEqual({ ok: false });
    expect(await acceptInvitation("not a token")).toEqual({ ok: false });
    setClockOffset(15 * 24 * 60 * 60 * 1000);
    expect(await findOpenInvitation(token)).toBeNull();
    expect(await acceptInvitation(token)).toEqual({ ok: false });
    expect(await membershipOf(membershipId)).toMatchObject({ status: "invited", userId: null });
    expect(await getDb().select().from(users).where(eq(users.email, email))).toHaveLength(0);
  });

  it("never overwrites an existing account: name, locale and verification stay as they were", async () => {
    const org = await createTestOrganization();
    const email = `existing-${org.tag}@example.test`;
    const [existing] = await getDb().insert(users).values({ email, name: "Chosen Name", locale: "nl", emailVerified: new Date("2026-01-05T10:00:00Z") }).returning();
    const { token, membershipId } = await inviteAndReadToken(org, email, "en");
    expect((await acceptInvitation(token)).ok).toBe(true);
    const [after] = await getDb().select().from(users).where(eq(users.id, existing.id));
    expect(after).toEqual({ ...existing, currentOrganizationId: org.organizationId });
    expect(await getDb().select().from(users).where(eq(users.email, email))).toHaveLength(1);
    expect((await membershipOf(membershipId)).userId).toBe(existing.id);
  });

  it("refuses to hand an invitation to an account whose address was never proven (an SSO claim)", async () => {
    const org = await createTestOrganization();
    const email = `claimed-${org.tag}@example.test`;
    const [claimer] = await getDb().insert(users).values({ email, name: "Claimer", emailVerified: null }).returning();
    const { token, membershipId } = await inviteAndReadToken(org, email, "en");
    expect(await acceptInvitation(token)).toEqual({ ok: false });
    expect(await membershipOf(membershipId)).toMatchObject({ status: "invited", userId: null });
    const [after] = await getDb().select().from(users).where(eq(users.id, claimer.id));
    expect(after.currentOrganizationId).toBeNull();
  });

  it("leaves a second membership unlinked when the account is already in that organisation", async () => {
    const org = await createTestOrganization();
    const member = await org.addPerson("member", "already");
    // The member's account changed its address after joining; an invitation to the new address reaches it.
    const [invited] = await getDb()
      .insert(memberships)
      .values({ organizationId: org.organizationId, email: `second-${org.tag}@example.test`, name: "Second", status: "invited" })
      .returning({ id: memberships.id });
    await getDb().update(users).set({ email: `second-${org.tag}@example.test` }).where(eq(users.id, member.userId));
    const { token } = await inviteAndReadToken(org, `second-${org.tag}@example.test`);
    expect((await acceptInvitation(token)).ok).toBe(true);
    expect(await membershipOf(invited.id)).toMatchObject({ status: "invited", userId: null });
    const own = await getDb().select().from(memberships).where(and(eq(memberships.organizationId, org.organizationId), eq(memberships.userId, member.userId)));
    expect(own).toHaveLength(1);
  });
});
