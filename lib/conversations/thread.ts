import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import { conversations, type Conversation } from "@/db/schema";

/**
 * The conversations of the same two people in the same context, one after the other: a pair's (by its
 * match), or a manager's with one team member (the manager always leads those). "From last time" and the
 * rule of one open conversation at a time are read per thread.
 */
export type Thread =
  | { organizationId: string; context: "pair"; matchId: string }
  | { organizationId: string; context: "team"; leadMembershipId: string; partnerMembershipId: string };

export function threadOf(conversation: Pick<Conversation, "organizationId" | "context" | "matchId" | "leadMembershipId" | "partnerMembershipId">): Thread {
  if (conversation.context === "pair" && conversation.matchId) return { organizationId: conversation.organizationId, context: "pair", matchId: conversation.matchId };
  return { organizationId: conversation.organizationId, context: "team", leadMembershipId: conversation.leadMembershipId, partnerMembershipId: conversation.partnerMembershipId };
}

/** The WHERE clause of a thread's conversations, the organisation always in it. */
export function inThread(thread: Thread): SQL {
  const base = [eq(conversations.organizationId, thread.organizationId), eq(conversations.context, thread.context)];
  const own =
    thread.context === "pair"
      ? [eq(conversations.matchId, thread.matchId)]
      : [eq(conversations.leadMembershipId, thread.leadMembershipId), eq(conversations.partnerMembershipId, thread.partnerMembershipId)];
  return and(...base, ...own)!;
}
