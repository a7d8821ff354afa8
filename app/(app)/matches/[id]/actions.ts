"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { addClosingReflection, answerFitCheck } from "@/lib/mentoring/pair/check-ins";
import { endMatch } from "@/lib/mentoring/pair/end-match";
import { requestRematch } from "@/lib/mentoring/pair/rematch";
import { planFirstMeeting } from "@/lib/mentoring/pair/first-meeting";
import { createGoal, updateGoal, type GoalResult } from "@/lib/mentoring/pair/goals";
import { acceptProposal, cancelPairMeeting, movePairMeeting, proposeMeeting, recordPairAttendance, type MeetingResult } from "@/lib/mentoring/pair/meetings";
import { addNote } from "@/lib/mentoring/pair/notes";
import {
  acceptProposalSchema,
  addNoteSchema,
  cancelPairMeetingSchema,
  closingReflectionSchema,
  createGoalSchema,
  endMatchSchema,
  fitCheckSchema,
  movePairMeetingSchema,
  pairAttendanceSchema,
  planFirstMeetingSchema,
  proposeMeetingSchema,
  rematchSchema,
  updateGoalSchema,
} from "@/lib/mentoring/schemas";

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

function meetingReply(result: MeetingResult<object>, matchId: string): ActionResult {
  if (!result.ok) return { ok: false, error: "invalid", fieldErrors: { [result.field]: result.reason } };
  revalidatePath(pairPath(matchId));
  revalidatePath("/sessions");
  return { ok: true };
}

export const proposeMeetingAction = authorizedAction(proposeMeetingSchema, "matches.respond", async (input, ctx) => meetingReply(await proposeMeeting(actorScopeOf(ctx), input), input.matchId));

export const acceptProposalAction = authorizedAction(acceptProposalSchema, "matches.respond", async (input, ctx) => {
  await acceptProposal(actorScopeOf(ctx), input);
  revalidatePath(pairPath(input.matchId));
  revalidatePath("/sessions");
});

export const movePairMeetingAction = authorizedAction(movePairMeetingSchema, "matches.respond", async (input, ctx) => meetingReply(await movePairMeeting(actorScopeOf(ctx), input), input.matchId));

export const cancelPairMeetingAction = authorizedAction(cancelPairMeetingSchema, "matches.respond", async (input, ctx) => {
  await cancelPairMeeting(actorScopeOf(ctx), input);
  revalidatePath(pairPath(input.matchId));
  revalidatePath("/sessions");
});

export const recordPairAttendanceAction = authorizedAction(pairAttendanceSchema, "matches.respond", async (input, ctx) => {
  await recordPairAttendance(actorScopeOf(ctx), input);
  revalidatePath(pairPath(input.matchId));
});
