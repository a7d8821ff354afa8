import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevGroupMembers, meetings, memberships, type LocalizedText } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { readActiveMembers } from "@/lib/scheduling/recipients";

// The group's emails, written with the caller's transaction (SECURITY.md rule 12). They carry names, dates
// and a link, never what the group discusses.

/** Everyone in the group (participants by name, then the facilitator), with their role. */
async function groupPeople(tx: Tx, organizationId: string, groupId: string) {
  return tx
    .select({ membershipId: codevGroupMembers.membershipId, role: codevGroupMembers.role, name: memberships.name })
    .from(codevGroupMembers)
    .innerJoin(memberships, and(eq(memberships.id, codevGroupMembers.membershipId), eq(memberships.organizationId, organizationId)))
    .where(and(eq(codevGroupMembers.organizationId, organizationId), eq(codevGroupMembers.groupId, groupId)))
    .orderBy(asc(memberships.name), asc(memberships.id));
}

export type GroupPublishedNotice = { organizationId: string; groupId: string; number: number; programmeName: LocalizedText; firstSessionId: string };

/** "group-published" to every member and the facilitator: in their language, the first session on their clock. */
export async function enqueueGroupPublished(tx: Tx, notice: GroupPublishedNotice): Promise<void> {
  const { organizationId, groupId } = notice;
  const people = await groupPeople(tx, organizationId, groupId);
  const [first] = await tx.select({ startsAt: meetings.startsAt }).from(meetings).where(and(eq(meetings.id, notice.firstSessionId), eq(meetings.organizationId, organizationId)));
  const memberNames = people.filter((p) => p.role === "participant").map((p) => p.name);
  const facilitatorName = people.find((p) => p.role === "facilitator")?.name ?? null;
  const roleOf = new Map(people.map((p) => [p.membershipId, p.role]));
  for (const recipient of await readActiveMembers(tx, organizationId, people.map((p) => p.membershipId))) {
    await enqueueEmail(tx, {
      template: "group-published",
      to: recipient.email,
      locale: recipient.locale,
      organizationId,
      idempotencyKey: `group-published:${groupId}:${recipient.membershipId}`,
      props: {
        url: appLink(`/groups/${groupId}`),
        programmeName: notice.programmeName[recipient.locale],
        number: notice.number,
        role: roleOf.get(recipient.membershipId) ?? "participant",
        memberNames,
        facilitatorName,
        firstSessionAt: first.startsAt.toISOString(),
        timeZone: recipient.timeZone,
      },
    });
  }
}

export type TurnSwapNotice = {
  organizationId: string;
  groupId: string;
  swapId: string;
  number: number;
  requesterName: string;
  partnerMembershipId: string;
  /** The partner's own turn, which they would give up, and the requester's, which they would take. */
  partnerSessionAt: Date;
  requesterSessionAt: Date;
};

/** "group-turn-swap" to the member asked to swap turns, in their language and on their clock. */
export async function enqueueTurnSwapRequest(tx: Tx, notice: TurnSwapNotice): Promise<void> {
  const [partner] = await readActiveMembers(tx, notice.organizationId, [notice.partnerMembershipId]);
  if (!partner) return;
  await enqueueEmail(tx, {
    template: "group-turn-swap",
    to: partner.email,
    locale: partner.locale,
    organizationId: notice.organizationId,
    idempotencyKey: `group-turn-swap:${notice.swapId}`,
    props: {
      url: appLink(`/groups/${notice.groupId}`),
      number: notice.number,
      requesterName: notice.requesterName,
      yourTurnAt: notice.partnerSessionAt.toISOString(),
      theirTurnAt: notice.requesterSessionAt.toISOString(),
      timeZone: partner.timeZone,
    },
  });
}
