import "server-only";
import { and, eq, or } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { conversations, type Conversation } from "@/db/schema";
import { withActor, type Actor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import type { Guide } from "./core/guide-types";
import { readConversationPeople, type ConversationPerson } from "./people";

/** A conversation as one of its two people reads it: the guide it runs, who leads it, and who the viewer is. */
export type HeldConversation = Omit<Conversation, "guide"> & {
  guide: Guide;
  lead: ConversationPerson;
  partner: ConversationPerson;
  me: ConversationPerson;
  other: ConversationPerson;
};

/**
 * The conversation, only when the actor is one of its two people in this organisation. Anyone else — a
 * member of the same pair's programme, the manager's own manager, an admin of the organisation, someone of
 * another organisation — gets not_found, so that a guessed id confirms nothing (SECURITY.md rules 2 and 16).
 * `lock` serialises the changes of one conversation (two screens pressing at once).
 */
export async function loadConversation(tx: Tx, scope: MemberScope, conversationId: string, options: { lock?: boolean } = {}): Promise<HeldConversation> {
  if (!isUuid(conversationId)) throw new AppError("not_found");
  const me = scope.actorMembershipId;
  const query = tx
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.id, conversationId),
        eq(conversations.organizationId, scope.organizationId),
        or(eq(conversations.leadMembershipId, me), eq(conversations.partnerMembershipId, me)),
      ),
    )
    .limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found");
  const people = await readConversationPeople(tx, scope.organizationId, [row.leadMembershipId, row.partnerMembershipId]);
  const lead = people.find((p) => p.membershipId === row.leadMembershipId);
  const partner = people.find((p) => p.membershipId === row.partnerMembershipId);
  if (!lead || !partner) throw new AppError("not_found");
  const leading = lead.membershipId === me;
  return { ...row, guide: row.guide, lead, partner, me: leading ? lead : partner, other: leading ? partner : lead };
}

/** Runs `fn` in one tenant transaction for one of the conversation's two people (else not_found). */
export async function withConversation<T>(
  scope: MemberScope,
  conversationId: string,
  fn: (tx: Tx, conversation: HeldConversation, actor: Actor) => Promise<T>,
  options: { lock?: boolean } = {},
): Promise<T> {
  return withActor(scope, "conversations.hold", async (tx, actor) => fn(tx, await loadConversation(tx, scope, conversationId, options), actor));
}

/** The runner moves and the record is written only while the conversation is not closed. */
export function assertOpen(conversation: Pick<HeldConversation, "status">): void {
  if (conversation.status === "closed") throw new AppError("conflict", { message: "conversations.errors.closed" });
}
