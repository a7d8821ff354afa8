import "server-only";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { emailMessages, invitations, memberships, organizations, users } from "@/db/schema";
import { mintSignInPath } from "@/lib/auth/sign-in-link";
import { now } from "@/lib/clock";
import { hashInvitationToken, isInvitationTokenShape } from "./invitation-token";
import { invitationEmailKey } from "./issue-invitation";

export type OpenInvitation = { organizationName: string; email: string };

export type AcceptInvitationResult = { ok: true; signInPath: string } | { ok: false };

/** Where a newly joined person lands once Auth.js has signed them in. */
const AFTER_ACCEPT_PATH = "/dashboard";

/**
 * The invitation behind a token, if it can still be accepted. The visitor is not signed in, so this reads
 * with the system handle; the token itself is the proof. Expired, used and unknown tokens all look the same.
 */
export async function findOpenInvitation(token: string): Promise<OpenInvitation | null> {
  if (!isInvitationTokenShape(token)) return null;
  const [row] = await getDb()
    .select({ organizationName: organizations.name, email: invitations.email })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .innerJoin(memberships, and(eq(memberships.id, invitations.membershipId), eq(memberships.organizationId, invitations.organizationId)))
    .where(and(eq(invitations.tokenHash, hashInvitationToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now()), ne(memberships.status, "removed")))
    .limit(1);
  return row ?? null;
}

class InvitationUnusable extends Error {}

/**
 * Accepts an invitation: uses the token up (compare-and-swap, so that it works once), finds or creates the
 * person's account by the invited address, links the membership, and mints a one-time sign-in link for
 * that address — all in one transaction. An existing account is never changed beyond its current
 * organisation (SECURITY.md rule 8).
 */
export async function acceptInvitation(token: string): Promise<AcceptInvitationResult> {
  if (!isInvitationTokenShape(token)) return { ok: false };
  try {
    return await getDb().transaction(async (tx) => {
      const [invitation] = await tx
        .update(invitations)
        .set({ acceptedAt: now() })
        .where(and(eq(invitations.tokenHash, hashInvitationToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now())))
        .returning({ id: invitations.id, organizationId: invitations.organizationId, membershipId: invitations.membershipId, email: invitations.email });
      if (!invitation) throw new InvitationUnusable();
      const { organizationId } = invitation;
      const [membership] = await tx
        .select({ id: memberships.id, name: memberships.name, email: memberships.email, status: memberships.status })
        .from(memberships)
        .where(and(eq(memberships.id, invitation.membershipId), eq(memberships.organizationId, organizationId)))
        .for("update");
      // Rolls the compare-and-swap back too: the token of a removed person stays unused and useless.
      if (!membership || membership.status === "removed" || membership.email !== invitation.email) throw new InvitationUnusable();

      const userId = await findOrCreateUser(tx, { email: invitation.email, name: membership.name, organizationId, invitationId: invitation.id });
      const [alreadyMember] = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)))
        .limit(1);
      if (!alreadyMember) {
        await tx
          .update(memberships)
          .set({ userId, status: "active" })
          .where(and(eq(memberships.id, membership.id), eq(memberships.organizationId, organizationId), eq(memberships.status, "invited")));
      }
      await tx.update(users).set({ currentOrganizationId: organizationId }).where(eq(users.id, userId));
      return { ok: true as const, signInPath: await mintSignInPath(invitation.email, AFTER_ACCEPT_PATH, tx) };
    });
  } catch (error) {
    if (error instanceof InvitationUnusable) return { ok: false };
    throw error;
  }
}

type NewUser = { email: string; name: string; organizationId: string; invitationId: string };

/**
 * The account of the invited address, created when there is none. Addresses are compared without case,
 * because an SSO provider may have stored one with capitals. An account whose address was never proven
 * (an SSO provider's unverified claim) is not handed the invitation: whoever created it may not own the
 * address, and the invited person would be signed into their account.
 */
async function findOrCreateUser(tx: Tx, person: NewUser): Promise<string> {
  const byAddress = sql`lower(${users.email}) = ${person.email}`;
  const [existing] = await tx.select({ id: users.id, emailVerified: users.emailVerified }).from(users).where(byAddress).limit(1);
  if (existing && !existing.emailVerified) throw new InvitationUnusable();
  if (existing) return existing.id;
  // The language the invitation was written in is the best guess for a new account.
  const [invitationEmail] = await tx
    .select({ locale: emailMessages.locale })
    .from(emailMessages)
    .where(and(eq(emailMessages.organizationId, person.organizationId), eq(emailMessages.idempotencyKey, invitationEmailKey(person.invitationId))));
  const [created] = await tx
    .insert(users)
    .values({ email: person.email, name: person.name, locale: invitationEmail?.locale ?? null, emailVerified: now() })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (created) return created.id;
  // Someone else created the account a moment ago (another invitation, a sign-in): use theirs.
  const [raced] = await tx.select({ id: users.id }).from(users).where(byAddress).limit(1);
  return raced.id;
}
