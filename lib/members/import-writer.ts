// No "server-only" marker: the job worker runs this module outside Next.js (npm run worker).
import { ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { now } from "@/lib/clock";
import { emailMessages, invitations, memberships } from "@/db/schema";
import type { TemplateProps } from "@/lib/email/template-types";
import { bossDb, getProducer } from "@/lib/jobs/boss";
import { queues } from "@/lib/jobs/queues";
import type { ImportMemberRow } from "./import-validation";
import { createInvitationToken, invitationUrl, type InvitationToken } from "./invitation-token";
import { invitationEmailKey, recentlyInvitedMemberships, revokeOpenInvitations } from "./issue-invitation";

export type ImportWriteContext = {
  organizationId: string;
  organizationName: string;
  invitedByMembershipId: string | null;
  inviterName: string | null;
};

/**
 * Writes one batch of an import with a handful of multi-row statements (not one per person): the
 * memberships, their invitations, the invitation emails and the email jobs. Active members are left
 * untouched by the upsert's condition, even if they became active after the preview. Returns the
 * addresses that were written, for the manager pass.
 */
export async function writeInvitationBatch(tx: Tx, context: ImportWriteContext, rows: ImportMemberRow[]): Promise<string[]> {
  const { organizationId } = context;
  const written = await tx
    .insert(memberships)
    .values(rows.map((r) => ({ organizationId, email: r.email, name: r.name, department: r.department, status: "invited" as const })))
    .onConflictDoUpdate({
      target: [memberships.organizationId, memberships.email],
      // As for a single invitation: a removed person comes back as a plain member, unlinked until they accept.
      set: {
        name: sql`excluded.name`,
        department: sql`excluded.department`,
        status: "invited",
        userId: null,
        role: sql`case when ${memberships.status} = 'removed' then 'member'::membership_role else ${memberships.role} end`,
        updatedAt: sql`now()`,
      },
      setWhere: ne(memberships.status, "active"),
    })
    .returning({ id: memberships.id, email: memberships.email });
  if (written.length === 0) return [];

  // People invited within the resend window keep the link they just got: an import run again right after
  // the first (or beside an admin's invite) sends nobody a second email.
  const recent = await recentlyInvitedMemberships(tx, organizationId, written.map((w) => w.id));
  const toInvite = written.filter((w) => !recent.has(w.id));
  if (toInvite.length === 0) return written.map((w) => w.email);
  await revokeOpenInvitations(tx, organizationId, toInvite.map((w) => w.id));
  const tokenByMembership = new Map<string, InvitationToken & { email: string }>(toInvite.map((w) => [w.id, { ...createInvitationToken(), email: w.email }]));
  const created = await tx
    .insert(invitations)
    .values(
      [...tokenByMembership].map(([membershipId, t]) => ({
        organizationId,
        membershipId,
        email: t.email,
        tokenHash: t.tokenHash,
        expiresAt: t.expiresAt,
        invitedByMembershipId: context.invitedByMembershipId,
        createdAt: now(),
      })),
    )
    .returning({ id: invitations.id, membershipId: invitations.membershipId });

  const languageOf = new Map(rows.map((r) => [r.email, r.language]));
  const messages = await tx
    .insert(emailMessages)
    .values(
      created.map((invitation) => {
        const t = tokenByMembership.get(invitation.membershipId)!;
        const props: TemplateProps<"invitation"> = {
          url: invitationUrl(t.token),
          organizationName: context.organizationName,
          inviterName: context.inviterName,
          expiresAt: t.expiresAt.toISOString(),
        };
        return {
          organizationId,
          template: "invitation",
          locale: languageOf.get(t.email) ?? "nl",
          toAddress: t.email,
          props,
          idempotencyKey: invitationEmailKey(invitation.id),
        };
      }),
    )
    .returning({ id: emailMessages.id });
  // One insert for the whole batch's jobs, in this transaction; the job id is the message id, as enqueueEmail does.
  const boss = await getProducer();
  await boss.insert(
    messages.map((m) => ({ name: queues.sendEmail, id: m.id, data: { messageId: m.id } })),
    { db: bossDb(tx) },
  );
  return written.map((w) => w.email);
}

/** Sets (or clears) the managers of these people with one UPDATE … FROM (VALUES …) for the batch. */
export async function setManagersBatch(tx: Tx, organizationId: string, rows: { email: string; managerEmail: string | null }[]): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map((r) => sql`(${r.email}::text, ${r.managerEmail}::text)`),
    sql`, `,
  );
  await tx.execute(sql`
    update memberships as person
    set manager_membership_id = manager.id, updated_at = now()
    from (values ${values}) as line(email, manager_email)
    left join memberships as manager
      on manager.organization_id = ${organizationId} and manager.email = line.manager_email and manager.status <> 'removed'
    where person.organization_id = ${organizationId} and person.email = line.email`);
}
