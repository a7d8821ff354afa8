"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { addActionItem, removeActionItem, setActionItemDone } from "@/lib/codevelopment/actions";
import { saveLearning } from "@/lib/codevelopment/learnings";
import { finishSession, moveStep, pauseSession, resumeSession, startSession } from "@/lib/codevelopment/runner";
import { recordAttendance } from "@/lib/codevelopment/runner-attendance";
import {
  actionItemSchema,
  addActionItemSchema,
  attendanceFormSchema,
  learningSchema,
  moveStepSchema,
  sessionRefSchema,
  setActionDoneSchema,
  stepNoteSchema,
} from "@/lib/codevelopment/schemas";
import { addStepNote } from "@/lib/codevelopment/runner-notes";

// Thin actions over the runner (lib/codevelopment/runner*.ts, actions.ts, learnings.ts): each checks in the
// data layer that the actor is in the group and what their part is, so the page is not what protects them.

const runPath = (input: { groupId: string; sessionId: string }) => `/groups/${input.groupId}/sessions/${input.sessionId}/run`;

export const startRunnerAction = authorizedAction(sessionRefSchema, "sessions.view", async (input, ctx) => {
  await startSession(actorScopeOf(ctx), input);
  revalidatePath(runPath(input));
});

export const moveStepAction = authorizedAction(moveStepSchema, "sessions.view", async (input, ctx) => {
  await moveStep(actorScopeOf(ctx), input);
  revalidatePath(runPath(input));
});

export const pauseRunnerAction = authorizedAction(sessionRefSchema, "sessions.view", async (input, ctx) => {
  await pauseSession(actorScopeOf(ctx), input);
  revalidatePath(runPath(input));
});

export const resumeRunnerAction = authorizedAction(sessionRefSchema, "sessions.view", async (input, ctx) => {
  await resumeSession(actorScopeOf(ctx), input);
  revalidatePath(runPath(input));
});

export const finishRunnerAction = authorizedAction(sessionRefSchema, "sessions.view", async (input, ctx) => {
  await finishSession(actorScopeOf(ctx), input);
  revalidatePath(runPath(input));
  revalidatePath("/sessions");
});

export const recordGroupAttendanceAction = authorizedAction(attendanceFormSchema, "sessions.view", async (input, ctx) => {
  await recordAttendance(actorScopeOf(ctx), input);
  revalidatePath(runPath(input));
});

export const addStepNoteAction = authorizedAction(stepNoteSchema, "sessions.view", async (input, ctx) => {
  await addStepNote(actorScopeOf(ctx), input);
  revalidatePath(runPath(input));
});

export const addActionItemAction = authorizedAction(addActionItemSchema, "sessions.view", async (input, ctx) => {
  await addActionItem(actorScopeOf(ctx), input);
  revalidatePath(runPath(input));
});

export const removeActionItemAction = authorizedAction(actionItemSchema, "sessions.view", async (input, ctx) => {
  await removeActionItem(actorScopeOf(ctx), input);
  revalidatePath(runPath(input));
});

/** The action may belong to the previous session (shown at this one's opening): both pages show it. */
export const setActionItemDoneAction = authorizedAction(setActionDoneSchema, "sessions.view", async (input, ctx) => {
  await setActionItemDone(actorScopeOf(ctx), input);
  revalidatePath(`/groups/${input.groupId}/sessions`, "layout");
});

export const saveLearningAction = authorizedAction(learningSchema, "sessions.view", async (input, ctx) => {
  await saveLearning(actorScopeOf(ctx), input);
  revalidatePath(runPath(input));
});
