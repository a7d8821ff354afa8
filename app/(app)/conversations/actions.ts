"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { closeConversation } from "@/lib/conversations/close";
import { setConversationActionDone } from "@/lib/conversations/record";
import { beginConversation, discardConversation, moveConversationStep, pauseConversation, resumeConversation } from "@/lib/conversations/runner";
import {
  closeConversationSchema,
  conversationActionDoneSchema,
  conversationRefSchema,
  moveConversationStepSchema,
  startPairConversationSchema,
  startTeamConversationSchema,
} from "@/lib/conversations/schemas";
import { startPairConversation, startTeamConversation, type StartResult } from "@/lib/conversations/start";

// Thin actions over lib/conversations: each checks in the data layer that the actor is one of the
// conversation's two people (or, to start one, one of the pair or the team member's manager); anyone else
// gets not_found, an admin of the organisation included.

const conversationPath = (id: string) => `/conversations/${id}`;
const pairPath = (matchId: string) => `/matches/${matchId}`;
const TEAM_PATH = "/team";

function started(result: StartResult, from: string): ActionResult {
  if (!result.ok) return { ok: false, error: "invalid", fieldErrors: { [result.field]: result.reason } };
  revalidatePath(from);
  redirect(conversationPath(result.conversationId));
}

export const startPairConversationAction = authorizedAction(startPairConversationSchema, "matches.respond", async (input, ctx) =>
  started(await startPairConversation(actorScopeOf(ctx), input), pairPath(input.matchId)),
);

export const startTeamConversationAction = authorizedAction(startTeamConversationSchema, "conversations.hold", async (input, ctx) =>
  started(await startTeamConversation(actorScopeOf(ctx), input), TEAM_PATH),
);

/** A record shows on its conversation's page, the next one's opening, and the pair's space or the team page. */
function refreshRecord(matchId: string | null) {
  revalidatePath("/conversations", "layout");
  revalidatePath(matchId ? pairPath(matchId) : TEAM_PATH);
}

export const beginConversationAction = authorizedAction(conversationRefSchema, "conversations.hold", async (input, ctx) => {
  await beginConversation(actorScopeOf(ctx), input);
  revalidatePath(conversationPath(input.conversationId));
});

export const moveConversationStepAction = authorizedAction(moveConversationStepSchema, "conversations.hold", async (input, ctx) => {
  await moveConversationStep(actorScopeOf(ctx), input);
  revalidatePath(conversationPath(input.conversationId));
});

export const pauseConversationAction = authorizedAction(conversationRefSchema, "conversations.hold", async (input, ctx) => {
  await pauseConversation(actorScopeOf(ctx), input);
  revalidatePath(conversationPath(input.conversationId));
});

export const resumeConversationAction = authorizedAction(conversationRefSchema, "conversations.hold", async (input, ctx) => {
  await resumeConversation(actorScopeOf(ctx), input);
  revalidatePath(conversationPath(input.conversationId));
});

export const discardConversationAction = authorizedAction(conversationRefSchema, "conversations.hold", async (input, ctx) => {
  const { matchId } = await discardConversation(actorScopeOf(ctx), input);
  revalidatePath(matchId ? pairPath(matchId) : TEAM_PATH);
  redirect(`${matchId ? pairPath(matchId) : TEAM_PATH}?conversation=discarded`);
});

export const closeConversationAction = authorizedAction(closeConversationSchema, "conversations.hold", async (input, ctx): Promise<ActionResult> => {
  const result = await closeConversation(actorScopeOf(ctx), input);
  if (!result.ok) return { ok: false, error: "invalid", fieldErrors: result.fieldErrors };
  refreshRecord(result.matchId);
  return { ok: true };
});

export const setConversationActionDoneAction = authorizedAction(conversationActionDoneSchema, "conversations.hold", async (input, ctx) => {
  const { matchId } = await setConversationActionDone(actorScopeOf(ctx), input);
  refreshRecord(matchId);
});
