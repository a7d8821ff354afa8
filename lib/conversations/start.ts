import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { conversations, memberships } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertOngoing, withPair } from "@/lib/mentoring/pair/access";
import { startRunner } from "@/lib/scheduling/time/runner-clock";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import type { Guide } from "./core/guide-types";
import { resolveGuide } from "./guide-choice";
import { readConversationPeople, type ConversationPerson } from "./people";
import type { StartPairConversationInput, StartTeamConversationInput } from "./schemas";
import { inThread, type Thread } from "./thread";

// Starting a guided conversation: one of a pair, from their space, or a manager with one of their own team
// members, from their team page. "plan" keeps it for the day the two meet and emails the other person, in
// their language, that it is planned, with the guide's preparation; "now" starts the runner at once (the
// other person is there, so no email). The guide is copied into the conversation, so that editing or
// deleting an own guide later never changes it. One open conversation per pair, and per manager and team
// member: a second press of the same start (a double click, a retry) answers with the first.

/** A field's refusal, shown at the field; nothing was written. */
export type StartResult = { ok: true; conversationId: string } | { ok: false; field: "guideKey" | "plannedOn" | "teamMemberId"; reason: string };

type NewConversation = {
  thread: Thread;
  lead: ConversationPerson;
  partner: ConversationPerson;
  guide: Guide;
  plannedOn: string | null;
  mode: "plan" | "now";
};

async function insertConversation(tx: Tx, c: NewConversation): Promise<StartResult> {
  const [open] = await tx.select({ id: conversations.id, guideKey: conversations.guideKey }).from(conversations).where(and(inThread(c.thread), ne(conversations.status, "closed"))).limit(1);
  if (open) {
    if (open.guideKey === c.guide.key) return { ok: true, conversationId: open.id };
    throw new AppError("conflict", { message: "conversations.errors.openExists" });
  }
  const at = now();
  const running = c.mode === "now";
  if (!running && c.plannedOn && c.plannedOn < toZoned(at, c.lead.timeZone).date) return { ok: false, field: "plannedOn", reason: "plannedOnPast" };
  const announce = !running && c.partner.reachable;
  const [row] = await tx
    .insert(conversations)
    .values({
      organizationId: c.thread.organizationId,
      context: c.thread.context,
      matchId: c.thread.context === "pair" ? c.thread.matchId : null,
      leadMembershipId: c.lead.membershipId,
      partnerMembershipId: c.partner.membershipId,
      guideKey: c.guide.key,
      guideKind: c.guide.kind,
      guide: c.guide,
      status: running ? "running" : "planned",
      plannedOn: running ? null : c.plannedOn,
      announcedAt: announce ? at : null,
      clock: running ? startRunner(at.getTime()) : null,
      startedAt: running ? at : null,
    })
    .returning({ id: conversations.id });
  if (announce) {
    const reader = c.partner;
    await enqueueEmail(tx, {
      template: "conversation-planned",
      to: reader.email,
      locale: reader.locale,
      organizationId: c.thread.organizationId,
      idempotencyKey: `conversation-planned:${row.id}`,
      props: {
        url: appLink(`/conversations/${row.id}`),
        context: c.thread.context,
        leadName: c.lead.name,
        guideName: c.guide.name[reader.locale],
        plannedOn: c.plannedOn,
        preparation: c.guide.preparation?.[reader.locale] ?? null,
      },
    });
  }
  return { ok: true, conversationId: row.id };
}

/** Either person of an ongoing pair starts or plans a conversation with one of the mentoring guides. */
export async function startPairConversation(scope: MemberScope, input: StartPairConversationInput): Promise<StartResult> {
  return withPair(
    scope,
    input.matchId,
    async (tx, pair) => {
      assertOngoing(pair);
      const guide = await resolveGuide(tx, pair.organizationId, "pair", input.guideKey);
      if (!guide) return { ok: false, field: "guideKey", reason: "invalidOption" };
      const people = await readConversationPeople(tx, pair.organizationId, [pair.me.membershipId, pair.other.membershipId]);
      const lead = people.find((p) => p.membershipId === pair.me.membershipId);
      const partner = people.find((p) => p.membershipId === pair.other.membershipId);
      if (!lead || !partner) throw new AppError("not_found");
      return insertConversation(tx, { thread: { organizationId: pair.organizationId, context: "pair", matchId: pair.matchId }, lead, partner, guide, plannedOn: input.plannedOn, mode: input.mode });
    },
    // Serialises two starts of the same pair (one open conversation per pair).
    "update",
  );
}

/**
 * A manager starts or plans a conversation with one of their own team members (the member's manager is the
 * actor; invited members who never signed in count, removed ones do not). Anyone else's team member is
 * refused at the field, as if they were not in the list.
 */
export async function startTeamConversation(scope: MemberScope, input: StartTeamConversationInput): Promise<StartResult> {
  return withActor(scope, "conversations.hold", async (tx, actor) => {
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(
          eq(memberships.id, input.teamMemberId),
          eq(memberships.organizationId, actor.organizationId),
          eq(memberships.managerMembershipId, actor.membershipId),
          ne(memberships.status, "removed"),
        ),
      )
      // Serialises two starts with the same team member (one open conversation at a time).
      .for("update");
    if (!member) return { ok: false, field: "teamMemberId", reason: "notInTeam" };
    const guide = await resolveGuide(tx, actor.organizationId, "team", input.guideKey);
    if (!guide) return { ok: false, field: "guideKey", reason: "invalidOption" };
    const people = await readConversationPeople(tx, actor.organizationId, [actor.membershipId, member.id]);
    const lead = people.find((p) => p.membershipId === actor.membershipId);
    const partner = people.find((p) => p.membershipId === member.id);
    if (!lead || !partner) throw new AppError("not_found");
    return insertConversation(tx, {
      thread: { organizationId: actor.organizationId, context: "team", leadMembershipId: lead.membershipId, partnerMembershipId: partner.membershipId },
      lead,
      partner,
      guide,
      plannedOn: input.plannedOn,
      mode: input.mode,
    });
  });
}
