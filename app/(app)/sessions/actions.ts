"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { memberScopeOf } from "@/lib/auth/actor";
import { cancelSession } from "@/lib/scheduling/cancel-session";
import { issueFeedLink, revokeFeedLinks } from "@/lib/scheduling/feed-tokens";
import { moveSession } from "@/lib/scheduling/move-session";
import { cancelSessionSchema, feedLinkSchema, moveSessionSchema } from "@/lib/scheduling/schemas";

/** A new private calendar link for the signed-in member (the old one stops working); shown once. */
export const issueFeedLinkAction = authorizedAction(feedLinkSchema, "sessions.view", async (_input, ctx): Promise<ActionResult<{ url: string }>> => {
  const { url } = await issueFeedLink(memberScopeOf(ctx));
  revalidatePath("/sessions");
  return { ok: true, data: { url } };
});

export const revokeFeedLinksAction = authorizedAction(feedLinkSchema, "sessions.view", async (_input, ctx): Promise<ActionResult> => {
  await revokeFeedLinks(memberScopeOf(ctx));
  revalidatePath("/sessions");
  return { ok: true, message: "revoked" };
});

export const cancelSessionAction = authorizedAction(cancelSessionSchema, "sessions.schedule", async (input, ctx): Promise<ActionResult> => {
  await cancelSession(memberScopeOf(ctx), input.sessionId);
  revalidatePath("/sessions");
  return { ok: true, message: "cancelled" };
});

export const moveSessionAction = authorizedAction(moveSessionSchema, "sessions.schedule", async (input, ctx): Promise<ActionResult> => {
  await moveSession(memberScopeOf(ctx), input);
  revalidatePath("/sessions");
  return { ok: true, message: "moved" };
});
