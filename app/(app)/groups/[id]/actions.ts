"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { requestTurnSwapSchema, respondTurnSwapSchema, setRotationSchema } from "@/lib/codevelopment/schemas";
import { setRotation } from "@/lib/codevelopment/groups/rotation-edit";
import { requestTurnSwap, respondTurnSwap } from "@/lib/codevelopment/groups/swaps";

// Thin actions over lib/codevelopment/groups: each one checks in the data layer (requireGroupAccess) that
// the actor is a member or the facilitator of this group; anyone else, admins included, gets not_found.

const groupPath = (groupId: string) => `/groups/${groupId}`;

export const setRotationAction = authorizedAction(setRotationSchema, "sessions.view", async (input, ctx) => {
  const { repeated } = await setRotation(actorScopeOf(ctx), input);
  revalidatePath(groupPath(input.groupId));
  return { ok: true, message: repeated.length > 0 ? "repeated" : undefined };
});

export const requestTurnSwapAction = authorizedAction(requestTurnSwapSchema, "sessions.view", async (input, ctx) => {
  await requestTurnSwap(actorScopeOf(ctx), input);
  revalidatePath(groupPath(input.groupId));
});

export const respondTurnSwapAction = authorizedAction(respondTurnSwapSchema, "sessions.view", async (input, ctx) => {
  await respondTurnSwap(actorScopeOf(ctx), input);
  revalidatePath(groupPath(input.groupId));
});
