// No "server-only" marker: the job worker runs this module outside Next.js (npm run worker).
import { and, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { emailMessages, invitations, memberships, organizations } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/enqueue";
import { now } from "@/lib/clock";
import type { AppLocale } from "@/lib/i18n/config";
import { createInvitationToken, invitationUrl } from "./invitation-token";

export type IssueInvitationOptions = {
  organizationId: string;
  membershipId: string;
  email: string;
  locale: AppLocale;
  invitedByMembershipId: string | null;
};

/**
 * One invitation email per address within this window: a re-invite, a resend or a re-run import inside it
 * sends nothing new (one effect per intent: a double click or a replayed request must not flood a person).
 */
export const INVITATION_RESEND_WINDOW_MINUTES = 10;

/** The memberships among these whose newest open invitation is younger than the resend window. */
export async function recentlyInvitedMemberships(tx: Tx, organizationId: string, membershipIds: string[]): Promise<Set<string>> {
  if (membershipIds.length === 0) return new Set();
  const since = new Date(now().getTime() - INVITATION_RESEND_WINDOW_MINUTES * 60_000);
  const rows = await tx
    .selectDistinct({ membershipId: invitations.membershipId })
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        inArray(invitations.membershipId, membershipIds),
        isNull(invitations.acceptedAt),
        gt(invitations.createdAt, since),
      ),
    );
  return new Set(rows.map((r) => r.membershipId));
}

/** The message that carries an invitation; acceptance reads its locale back for a new account. */
export function invitationEmailKey(invitationId: string): string {
  return `invitation:${invitationId}`;
}

/**
 * Gives a membership a fresh invitation and writes its email, in the caller's transaction. Earlier unused
 * invitations of the membership are deleted first: only the newest link works (SECURITY.md rule 8).
 */
export async function issueInvitation(tx: Tx, options: IssueInvitationOptions): Promise<string> {
  const { organizationId, membershipId } = options;
  await revokeOpenInvitations(tx, organizationId, [membershipId]);
  const { token, tokenHash, expiresAt } = createInvitationToken();
  const [invitation] = await tx
    .insert(invitations)
    // createdAt from the app clock, which the resend window is measured on (and tests move).
    .values({ organizationId, membershipId, email: options.email, tokenHash, expiresAt, invitedByMembershipId: options.invitedByMembershipId, createdAt: now() })
    .returning({ id: invitations.id });
  const [names] = await tx
    .select({ organizationName: organizations.name, inviterName: memberships.name })
    .from(organizations)
    .leftJoin(
      memberships,
      options.invitedByMembershipId
        ? and(eq(memberships.organizationId, organizations.id), eq(memberships.id, options.invitedByMembershipId))
        : sql`false`,
    )
    .where(eq(organizations.id, organizationId));
  await enqueueEmail(tx, {
    template: "invitation",
    to: options.email,
    locale: options.locale,
    props: { url: invitationUrl(token), organizationName: names.organizationName, inviterName: names.inviterName, expiresAt: expiresAt.toISOString() },
    idempotencyKey: invitationEmailKey(invitation.id),
    organizationId,
  });
  return invitation.id;
}

/**
 * Deletes the unused invitations of these memberships and cancels their emails that have not gone out
 * yet, so that nobody receives a link that no longer works.
 */
export async function revokeOpenInvitations(tx: Tx, organizationId: string, membershipIds: string[]): Promise<void> {
  if (membershipIds.length === 0) return;
  const revoked = await tx
    .delete(invitations)
    .where(and(eq(invitations.organizationId, organizationId), inArray(invitations.membershipId, membershipIds), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  if (revoked.length === 0) return;
  await tx
    .update(emailMessages)
    .set({ status: "cancelled" })
    .where(
      and(
        eq(emailMessages.organizationId, organizationId),
        eq(emailMessages.status, "queued"),
        inArray(emailMessages.idempotencyKey, revoked.map((r) => invitationEmailKey(r.id))),
      ),
    );
}

/** The language of the membership's latest invitation email, or the organisation's default. */
export async function invitationLocaleOf(tx: Tx, organizationId: string, membershipId: string): Promise<AppLocale> {
  const [latest] = await tx
    .select({ locale: emailMessages.locale })
    .from(invitations)
    .innerJoin(
      emailMessages,
      and(eq(emailMessages.organizationId, organizationId), eq(emailMessages.idempotencyKey, sql`'invitation:' || ${invitations.id}::text`)),
    )
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.membershipId, membershipId)))
    .orderBy(desc(invitations.createdAt))
    .limit(1);
  if (latest) return latest.locale;
  const [organization] = await tx.select({ locale: organizations.defaultLocale }).from(organizations).where(eq(organizations.id, organizationId));
  return organization.locale;
}
