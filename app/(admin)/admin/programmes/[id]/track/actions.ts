"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { addTrackStep, moveTrackStep, removeTrackStep, saveTrackStart, updateTrackStep } from "@/lib/tracks/admin";
import { addStepSchema, moveStepSchema, stepRefSchema, trackStartSchema, updateStepSchema } from "@/lib/tracks/schemas";

// Thin actions over lib/tracks/admin.ts, which checks in its own transaction that the actor is an admin of
// the programme's organisation: the admin layout is not what protects them.

const trackPath = (programmeId: string) => `/admin/programmes/${programmeId}/track`;

export const saveTrackStartAction = authorizedAction(trackStartSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  const { created } = await saveTrackStart(actorScopeOf(ctx), input);
  revalidatePath(trackPath(input.programmeId));
  if (created) redirect(`${trackPath(input.programmeId)}?done=created`);
  return { ok: true, message: "startSaved" };
});

export const addTrackStepAction = authorizedAction(addStepSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  await addTrackStep(actorScopeOf(ctx), input);
  revalidatePath(trackPath(input.programmeId));
  redirect(`${trackPath(input.programmeId)}?done=added`);
});

export const updateTrackStepAction = authorizedAction(updateStepSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  await updateTrackStep(actorScopeOf(ctx), input);
  revalidatePath(trackPath(input.programmeId));
  redirect(`${trackPath(input.programmeId)}?done=updated`);
});

export const moveTrackStepAction = authorizedAction(moveStepSchema, "programmes.manage", async (input, ctx): Promise<ActionResult<{ position: number }>> => {
  const { position } = await moveTrackStep(actorScopeOf(ctx), input);
  revalidatePath(trackPath(input.programmeId));
  return { ok: true, data: { position } };
});

export const removeTrackStepAction = authorizedAction(stepRefSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  await removeTrackStep(actorScopeOf(ctx), input);
  revalidatePath(trackPath(input.programmeId));
  redirect(`${trackPath(input.programmeId)}?done=removed`);
});
