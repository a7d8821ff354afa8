import "server-only";
import { and, eq } from "drizzle-orm";
import { conversationActions, conversationAgreements, conversations } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { pauseRunner } from "@/lib/scheduling/time/runner-clock";
import { withConversation } from "./access";
import type { CloseConversationInput } from "./schemas";

// The closing step: the two write down their agreements and actions, and the conversation closes, all in one
// transaction (a refused field writes nothing, and a second press finds it closed). In the team context the
// team member then gets the agreed actions by email, in their language: they may have no account to read
// them in Kring.

export type CloseResult = { ok: true; matchId: string | null } | { ok: false; fieldErrors: Record<string, string> };

export async function closeConversation(scope: MemberScope, input: CloseConversationInput): Promise<CloseResult> {
  return withConversation(
    scope,
    input.conversationId,
    async (tx, conversation) => {
      if (conversation.status === "closed") throw new AppError("conflict", { message: "conversations.errors.closed" });
      if (conversation.status !== "running" || !conversation.clock) throw new AppError("conflict", { message: "conversations.errors.notStarted" });
      const two = new Set([conversation.lead.membershipId, conversation.partner.membershipId]);
      const fieldErrors: Record<string, string> = {};
      input.actions.forEach((action, i) => {
        if (action.ownerMembershipId && !two.has(action.ownerMembershipId)) fieldErrors[`actions.${i}.ownerMembershipId`] = "invalidOption";
      });
      if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

      const { organizationId, id: conversationId } = conversation;
      if (input.agreements.length > 0) {
        await tx.insert(conversationAgreements).values(input.agreements.map((body, position) => ({ organizationId, conversationId, position, body })));
      }
      if (input.actions.length > 0) {
        await tx.insert(conversationActions).values(input.actions.map((action, position) => ({ organizationId, conversationId, position, ...action })));
      }
      const at = now();
      await tx
        .update(conversations)
        .set({ status: "closed", closedAt: at, clock: pauseRunner(conversation.clock, at.getTime()) })
        .where(and(eq(conversations.id, conversationId), eq(conversations.organizationId, organizationId)));

      const reader = conversation.partner;
      if (conversation.context === "team" && input.actions.length > 0 && reader.reachable) {
        await enqueueEmail(tx, {
          template: "conversation-actions",
          to: reader.email,
          locale: reader.locale,
          organizationId,
          idempotencyKey: `conversation-actions:${conversationId}`,
          props: {
            url: appLink(`/conversations/${conversationId}`),
            managerName: conversation.lead.name,
            guideName: conversation.guide.name[reader.locale],
            actions: input.actions.map((action) => ({
              description: action.description,
              owner: action.ownerMembershipId === reader.membershipId ? "you" : action.ownerMembershipId === conversation.lead.membershipId ? "manager" : null,
              dueDate: action.dueDate,
            })),
          },
        });
      }
      return { ok: true, matchId: conversation.matchId };
    },
    { lock: true },
  );
}
