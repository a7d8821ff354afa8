"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { addClosingReflection, answerFitCheck } from "@/lib/mentoring/pair/check-ins";
import { endMatch } from "@/lib/mentoring/pair/end-match";
import { requestRematch } from "@/lib/mentoring/pair/rematch";
import { planFirstMeeting } from "@/lib/mentoring/pair/first-meeting";
import { createGoal, updateGoal, type GoalResult } from "@/lib/mentoring/pair/goals";
import { addNote } from "@/lib/mentoring/pair/notes";
import { addNoteSchema, closingReflectionSchema, createGoalSchema, endMatchSchema, fitCheckSchema, planFirstMeetingSchema, rematchSchema, updateGoalSchema } from "@/lib/mentoring/schemas";

// Thin actions over lib/mentoring/pair: each one checks in the data layer that the actor is one of the
// pair's two people (anyone else gets not_found), so the page's own check is not what protects them.

const pairPath = (matchId: string) => `/matches/${matchId}`;

function goalReply(result: GoalResult, matchId: string): ActionResult {
  if (!result.ok) return { ok: false, error: "invalid", fieldErrors: { [result.field]: result.reason } };
  revalidatePath(pairPath(matchId));
  return { ok: true };
}

export const createGoalAction = authorizedAction(createGoalSchema, "matches.respond", async (input, ctx) => goalReply(await createGoal(actorScopeOf(ctx), input), input.matchId));

export const updateGoalAction = authorizedAction(updateGoalSchema, "matches.respond", async (input, ctx) => goalReply(await updateGoal(actorScopeOf(ctx), input), input.matchId));

export const addNoteAction = authorizedAction(addNoteSchema, "matches.respond", async (input, ctx) => {
  await addNote(actorScopeOf(ctx), input);
  revalidatePath(pairPath(input.matchId));
});

export const planFirstMeetingAction = authorizedAction(planFirstMeetingSchema, "matches.respond", async (input, ctx) => {
  await planFirstMeeting(actorScopeOf(ctx), input);
  revalidatePath(pairPath(input.matchId));
  revalidatePath("/sessions");
});

export const answerFitCheckAction = authorizedAction(fitCheckSchema, "matches.respond", async (input, ctx) => {
  await answerFitCheck(actorScopeOf(ctx), input);
  revalidatePath(pairPath(input.matchId));
});

export const addClosingReflectionAction = authorizedAction(closingReflectionSchema, "matches.respond", async (input, ctx) => {
  await addClosingReflection(actorScopeOf(ctx), input);
  revalidatePath(pairPath(input.matchId));
});

export const requestRematchAction = authorizedAction(rematchSchema, "matches.respond", async (input, ctx) => {
  await requestRematch(actorScopeOf(ctx), input);
  revalidatePath(pairPath(input.matchId));
  revalidatePath("/matches");
});

export const endMatchAction = authorizedAction(endMatchSchema, "matches.respond", async (input, ctx) => {
  await endMatch(actorScopeOf(ctx), input);
  revalidatePath(pairPath(input.matchId));
  revalidatePath("/matches");
});
