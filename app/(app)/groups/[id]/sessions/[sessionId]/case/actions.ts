"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { commentCase, markCaseReady, saveCase } from "@/lib/codevelopment/cases";
import { commentCaseSchema, saveCaseSchema, sessionRefSchema } from "@/lib/codevelopment/schemas";

// Thin actions over lib/codevelopment/cases: the data layer checks that the actor is in the group (anyone
// else gets not_found) and what their part is (presenter writes, facilitator reviews).

const casePath = (input: { groupId: string; sessionId: string }) => `/groups/${input.groupId}/sessions/${input.sessionId}/case`;

export const saveCaseAction = authorizedAction(saveCaseSchema, "sessions.view", async (input, ctx) => {
  await saveCase(actorScopeOf(ctx), input);
  revalidatePath(casePath(input));
});

export const commentCaseAction = authorizedAction(commentCaseSchema, "sessions.view", async (input, ctx) => {
  await commentCase(actorScopeOf(ctx), input);
  revalidatePath(casePath(input));
});

export const markCaseReadyAction = authorizedAction(sessionRefSchema, "sessions.view", async (input, ctx) => {
  await markCaseReady(actorScopeOf(ctx), input);
  revalidatePath(casePath(input));
});
